// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>

namespace cc
{

namespace
{
const QString Driver = QStringLiteral("QSQLITE");
}

SqliteConnection::SqliteConnection(const QString &prefix, const QString &path, Mode mode)
    : m_path(path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(Driver, m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    else // a writer waits for another's lock instead of failing at once with "database is locked"
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::open()
{
    QSqlDatabase db = database();
    return db.open();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlError SqliteConnection::lastError() const
{
    return database().lastError();
}

bool SqliteConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(Driver);
}

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("SqlError", text);
}

// The reason for SQLite's primary result code (the low byte of an extended one); empty when none fits.
QString reasonForCode(int code)
{
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("another program is using the file (the database is locked); close it and try again");
    case 13: // SQLITE_FULL
        return tr("the disk is full; free some space and try again");
    case 8: // SQLITE_READONLY
        return tr("the file or its folder is read-only; choose a file you may write to");
    case 14: // SQLITE_CANTOPEN
        return tr("the file cannot be opened; check that its folder exists and that you may read and "
                  "write there");
    case 26: // SQLITE_NOTADB
        return tr("it is not a database file");
    case 11: // SQLITE_CORRUPT
        return tr("the file is damaged");
    case 10: // SQLITE_IOERR
        return tr("the disk could not be read or written (input/output error)");
    case 23: // SQLITE_AUTH
    case 3: // SQLITE_PERM
        return tr("you do not have permission to use the file");
    default:
        return QString();
    }
}

} // namespace

QString sqlErrorText(const QSqlError &error)
{
    QString database = error.databaseText().trimmed();
    if (database == QLatin1String("not an error"))
        database.clear(); // SQLite's message for "no error": a stale text, no reason
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (numeric) {
        if (const QString reason = reasonForCode(code); !reason.isEmpty())
            return reason;
    }
    if (database.startsWith(QLatin1String("no such table"))
        || database.startsWith(QLatin1String("no such column")))
        return tr("a table or column it needs is missing (%1); the file is damaged or from another "
                  "version of Career Compare")
            .arg(database);
    if (!database.isEmpty())
        return database;
    // Only the driver's words ("Parameter count mismatch", "Unable to fetch row"), or none: a query
    // that did not fit the file, which says nothing a user can act on by itself.
    const QString driver = error.driverText().trimmed();
    return driver.isEmpty()
        ? tr("the database gave no reason; the file may be damaged or from another version of Career "
             "Compare")
        : tr("a query did not fit the file (%1); the file may be damaged or from another version of "
             "Career Compare")
              .arg(driver);
}

} // namespace cc
