// SPDX-License-Identifier: MIT
// Opening the catalogue: the file checked before SQLite sees it, then opened immutable and read-only,
// then recognised by its application id and schema version; each refusal one sentence for the user.
#include "cataloguedatabase.h"

#include "catalogueschema.h"
#include "cataloguevalues.h"
#include "safefile.h"
#include "sqliteconnection.h"
#include "sqlitesidefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cc
{

namespace
{

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return f.read(16) == magic;
}

// Why a file is not a usable catalogue, each with its one message for the user.
enum class Problem {
    Missing,
    NotAFile,
    NotSqlite,
    NoDriver,
    CannotOpen,
    NotCatalogue,
    NoVersion,
    WrongVersion,
    InUse,
    LeftoverJournal,
    LeftoverWal,
    TooSlow
};

CatalogueDatabase::OpenError openErrorOf(Problem problem)
{
    using E = CatalogueDatabase::OpenError;
    switch (problem) {
    case Problem::Missing:
        return E::Missing;
    case Problem::NotAFile:
    case Problem::NoDriver:
    case Problem::CannotOpen:
        return E::Unreadable;
    case Problem::NotSqlite:
        return E::NotSqlite;
    case Problem::NotCatalogue:
    case Problem::NoVersion:
        return E::NotCatalogue;
    case Problem::WrongVersion:
        return E::WrongVersion;
    case Problem::InUse:
        return E::InUse;
    case Problem::LeftoverJournal:
    case Problem::LeftoverWal:
        return E::Unfinished;
    case Problem::TooSlow:
        return E::Unreadable;
    }
    return E::Unreadable;
}

QString messageOf(Problem problem, const QString &path, const QString &detail)
{
    if (path.isEmpty() && (problem == Problem::Missing || problem == Problem::NotAFile))
        return QCoreApplication::translate(
            "CatalogueDatabase", "No catalogue file was given: its name is empty.");
    switch (problem) {
    case Problem::Missing:
        return QCoreApplication::translate("CatalogueDatabase", "The catalogue %1 does not exist.").arg(path);
    case Problem::NotAFile:
        return QCoreApplication::translate("CatalogueDatabase", "The catalogue %1 cannot be read: %2.")
            .arg(path, detail);
    case Problem::NotSqlite:
        return QCoreApplication::translate("CatalogueDatabase",
            "%1 is not a catalogue: it is not an SQLite database (it may be empty or damaged).")
            .arg(path);
    case Problem::NoDriver:
        return QCoreApplication::translate("CatalogueDatabase",
            "Qt's SQLite driver (QSQLITE) is not installed, so no catalogue can be read.");
    case Problem::CannotOpen:
        return QCoreApplication::translate("CatalogueDatabase", "The catalogue %1 cannot be opened: %2")
            .arg(path, detail);
    case Problem::NotCatalogue:
        return QCoreApplication::translate(
            "CatalogueDatabase", "%1 is an SQLite database but not a Career Compare catalogue (%2).")
            .arg(path, detail);
    case Problem::NoVersion:
        return QCoreApplication::translate("CatalogueDatabase", "%1 has no schema version.").arg(path);
    case Problem::WrongVersion:
        return QCoreApplication::translate(
            "CatalogueDatabase", "%1 has catalogue schema version %2, but this program reads version %3.")
            .arg(path, detail)
            .arg(schema::CatalogueVersion);
    case Problem::InUse:
        return QCoreApplication::translate("CatalogueDatabase",
            "The catalogue %1 is being changed by another program (%2) right now; try "
            "again when it has finished.")
            .arg(path, detail);
    case Problem::LeftoverJournal:
        return QCoreApplication::translate("CatalogueDatabase",
            "The catalogue %1 cannot be trusted: %2 is the journal of a change that did not finish, so "
            "the catalogue may be half-changed. Career Compare only reads catalogues and does not roll "
            "the change back: open %1 once with the sqlite3 program (SQLite rolls the change back), or "
            "move %2 away and rebuild the catalogue with careercompare-import, or install it again.")
            .arg(path, detail);
    case Problem::LeftoverWal:
        return QCoreApplication::translate("CatalogueDatabase",
            "The catalogue %1 cannot be read as it is: %2 holds changes that were never written into "
            "it (another program may be changing it, or was stopped). Career Compare only reads "
            "catalogues: open %1 once with the sqlite3 program (SQLite writes the changes in), or move "
            "%2 away and rebuild the catalogue with careercompare-import, or install it again.")
            .arg(path, detail);
    case Problem::TooSlow:
        return QCoreApplication::translate("CatalogueDatabase",
            "The catalogue %1 cannot be read: a query of its metadata %2 (the file "
            "may be damaged or altered).")
            .arg(path, detail);
    }
    return QString();
}

CatalogueDatabase::OpenResult failure(Problem problem, const QString &path, const QString &detail = QString())
{
    CatalogueDatabase::OpenResult result;
    result.error = openErrorOf(problem);
    result.message = messageOf(problem, safefile::printable(path), detail);
    return result;
}

// The file before SQLite opens it: there, a regular file, SQLite's header, a driver to read it, no
// writer at work and nothing left over from an unfinished change beside it.
std::optional<Problem> fileProblem(const QFileInfo &info, QString *detail)
{
    bool absent = false;
    if (const QString why = safefile::inputReason(info.filePath(), &absent); !why.isEmpty()) {
        *detail = why; // a loop, a FIFO, a folder, a device, "a part of the path is not a folder"...
        return absent ? Problem::Missing : Problem::NotAFile;
    }
    if (!looksLikeSqlite(info.filePath()))
        return Problem::NotSqlite;
    if (!SqliteConnection::driverAvailable())
        return Problem::NoDriver;
    if (const pid_t pid = sqlitefiles::processHoldingLock(info.filePath(), sqlitefiles::Lock::Writer)) {
        *detail = QCoreApplication::translate("CatalogueDatabase", "process %1").arg(pid);
        return Problem::InUse;
    }
    const QString journal = info.filePath() + QStringLiteral("-journal");
    if (sqlitefiles::isHotJournal(journal)) {
        *detail = journal;
        return Problem::LeftoverJournal;
    }
    const QString wal = info.filePath() + QStringLiteral("-wal");
    if (sqlitefiles::hasWalContent(wal)) {
        *detail = wal;
        return Problem::LeftoverWal;
    }
    return std::nullopt;
}

// The open file: our application id and the schema version this program reads.
std::optional<Problem> schemaProblem(const SqliteConnection &connection, QString *detail)
{
    QSqlQuery q(connection.database());
    const QString select = QStringLiteral("SELECT value FROM metadata WHERE key = '%1'");
    const bool read = q.exec(select.arg(schema::MetadataKey::ApplicationId));
    if (!connection.interruption().isEmpty()) {
        *detail = connection.interruption();
        return Problem::TooSlow;
    }
    if (!read || !q.next() || q.value(0).toString() != schema::ApplicationId) {
        *detail = q.lastError().isValid()
            ? sqlErrorText(q.lastError())
            : QCoreApplication::translate("CatalogueDatabase", "no application id");
        return Problem::NotCatalogue;
    }
    if (!q.exec(select.arg(schema::MetadataKey::SchemaVersion)) || !q.next()) {
        *detail = connection.interruption();
        return detail->isEmpty() ? Problem::NoVersion : Problem::TooSlow;
    }
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version != schema::CatalogueVersion) {
        *detail = catalogue::cleanText(q.value(0), 40);
        return Problem::WrongVersion;
    }
    return std::nullopt;
}

} // namespace

CatalogueDatabase::OpenResult CatalogueDatabase::open(const QString &path, int queryTimeLimitMs)
{
    const QFileInfo info(path);
    QString detail;
    if (const auto problem = fileProblem(info, &detail))
        return failure(*problem, path, detail);
    std::unique_ptr<CatalogueDatabase> catalogue(new CatalogueDatabase(info.absoluteFilePath()));
    catalogue->m_connection->setQueryTimeLimit(queryTimeLimitMs);
    if (!catalogue->m_connection->open())
        return failure(Problem::CannotOpen, path, sqlErrorText(catalogue->m_connection->lastError()));
    if (const auto problem = schemaProblem(*catalogue->m_connection, &detail))
        return failure(*problem, path, detail);
    OpenResult result;
    result.catalogue = std::move(catalogue);
    return result;
}

} // namespace cc
