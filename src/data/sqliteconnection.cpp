// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"

#include <QAtomicInt>
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

} // namespace cc
