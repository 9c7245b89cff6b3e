// SPDX-License-Identifier: MIT
#include "userstore.h"

#include "safefile.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace cc
{
namespace
{

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = sqlErrorText(q.lastError());
    return false;
}

// Each migration takes the store from version N to N + 1; version 0 is a new, empty file.
bool migrate(QSqlDatabase &db, int from, QString *error)
{
    QSqlQuery q(db);
    if (from < 1) {
        // Version 1: saved comparisons (name and the two codes).
        if (!exec(q, QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"), error)
            || !exec(q,
                QStringLiteral("CREATE TABLE saved_comparisons (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                               " code_a TEXT NOT NULL, code_b TEXT NOT NULL, saved_at TEXT NOT NULL)"),
                error))
            return false;
    }
    if (from < 2) {
        // Version 2: the client and notes of a comparison; custom roles.
        if (!exec(q,
                QStringLiteral("ALTER TABLE saved_comparisons ADD COLUMN client TEXT NOT NULL DEFAULT ''"),
                error)
            || !exec(q,
                QStringLiteral("ALTER TABLE saved_comparisons ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
                error)
            || !exec(q,
                QStringLiteral("CREATE TABLE custom_roles (code TEXT PRIMARY KEY, json TEXT NOT NULL, "
                               "updated_at TEXT NOT NULL)"),
                error))
            return false;
    }
    if (from < 3) {
        // Version 3: clients are records of their own; each comparison names its client and when it was
        // last modified. Every v2 client name becomes a client (one per distinct trimmed name); every
        // comparison keeps its notes and its old `client` text.
        if (!exec(q,
                QStringLiteral("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                               "notes TEXT NOT NULL DEFAULT '', modified_at TEXT NOT NULL)"),
                error)
            || !exec(q,
                QStringLiteral("ALTER TABLE saved_comparisons ADD COLUMN client_id INTEGER "
                               "REFERENCES clients(id) ON DELETE SET NULL"),
                error)
            || !exec(q,
                QStringLiteral(
                    "ALTER TABLE saved_comparisons ADD COLUMN modified_at TEXT NOT NULL DEFAULT ''"),
                error)
            || !exec(q,
                QStringLiteral("INSERT INTO clients (name, modified_at) SELECT trim(client), max(saved_at) "
                               "FROM saved_comparisons WHERE trim(client) <> '' GROUP BY trim(client) "
                               "ORDER BY min(id)"),
                error)
            || !exec(q,
                QStringLiteral("UPDATE saved_comparisons SET modified_at = saved_at, client_id = (SELECT id "
                               "FROM clients WHERE clients.name = trim(saved_comparisons.client))"),
                error))
            return false;
    }
    return exec(q, QStringLiteral("PRAGMA user_version = %1").arg(UserStore::SchemaVersion), error);
}

} // namespace

QString UserStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("userdata.sqlite"));
}

UserStore::UserStore(const QString &path)
    : m_path(path)
    , m_connection(std::make_unique<SqliteConnection>(
          QStringLiteral("cc-userstore"), path, SqliteConnection::Mode::ReadWrite))
{
}

UserStore::~UserStore() = default;

QSqlDatabase UserStore::db() const
{
    return m_connection->database();
}

namespace
{

// Only a file SQLite itself calls damaged is set aside; any other failure (a full disk, no
// permission, a lock) leaves the file alone and reports the error.
bool isDamage(const QSqlError &e)
{
    const QString code = e.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26"); // SQLITE_CORRUPT, SQLITE_NOTADB
}

// Whether the open file has a table of this name.
bool hasTable(QSqlQuery &q, const QString &name)
{
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// Whether the file is ours: our application id, or (stores written before it was set) none with our
// tables, or a new file: empty, with no version either. Anything else is someone else's database
// (another application id; other tables; no tables but a user_version another program set):
// refused and left untouched. Reads only.
bool checkIdentity(QSqlDatabase &database, QString *why, bool *damaged)
{
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *why = sqlErrorText(q.lastError());
        *damaged = isDamage(q.lastError());
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    if (id == UserStore::ApplicationId)
        return true;
    bool foreign = id != 0;
    if (!foreign) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            *why = sqlErrorText(q.lastError());
            *damaged = isDamage(q.lastError());
            return false;
        }
        const bool empty = q.value(0).toInt() == 0;
        if (empty) {
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
                *why = sqlErrorText(q.lastError());
                return false;
            }
            foreign = q.value(0).toLongLong() != 0;
        } else {
            foreign = !hasTable(q, QStringLiteral("saved_comparisons"));
        }
    }
    if (foreign) {
        *why = QCoreApplication::translate("UserStore",
            "it is not a Career Compare user store (it belongs to another program; it was left as it is)");
        return false;
    }
    return true;
}

// "it was written by a newer Career Compare (store version 7)"
QString newerVersion(int version)
{
    return QCoreApplication::translate(
        "UserStore", "it was written by a newer Career Compare (store version %1)")
        .arg(version);
}

// Runs `sql`, tried again while another connection holds the lock it needs, until the busy timeout
// has passed (an attempt that waited in SQLite's own busy handler counts its wait).
// For switching a new store to WAL: SQLite reads the file's header, then asks for the write lock to
// change it, and does not call the busy handler for that step from reading to writing. So of several
// processes opening a new store at once, one failed at once with "database is locked" whenever
// another held the write lock at that moment.
bool execWaitingForLock(QSqlQuery &q, const QString &sql)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (q.exec(sql))
            return true;
        if (sqlitePrimaryCode(q.lastError()) != 5 // SQLITE_BUSY, any extended code
            || waited.elapsed() >= SqliteConnection::BusyTimeoutMs)
            return false;
        QThread::msleep(2);
    }
}

// Checks the open file, switches on WAL, and brings an older (or new, empty) store to SchemaVersion.
// Nothing is written until the file is known to be ours and of a version this one can write: a
// file that is not, or a newer store, is refused as it is (not even switched to WAL).
bool checkAndMigrate(QSqlDatabase &database, QString *why, bool *damaged)
{
    if (!checkIdentity(database, why, damaged))
        return false;
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        *why = sqlErrorText(q.lastError());
        *damaged = isDamage(q.lastError());
        return false;
    }
    if (!q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *why = q.value(0).toString();
        *damaged = true;
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *why = sqlErrorText(q.lastError());
        return false;
    }
    if (const int version = q.value(0).toInt(); version > UserStore::SchemaVersion) {
        *why = newerVersion(version);
        return false;
    }
    if (!execWaitingForLock(q, QStringLiteral("PRAGMA journal_mode = WAL"))
        || !q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *why = sqlErrorText(q.lastError());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version < UserStore::SchemaVersion) {
        // IMMEDIATE: another process opening the same new store waits (busy timeout) and then
        // finds it migrated, instead of failing on a stale read. The version is read again inside:
        // another program may have upgraded it meanwhile, even past this version.
        QString error;
        int current = -1;
        if (!exec(q, QStringLiteral("BEGIN IMMEDIATE"), &error)
            || !q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            if (error.isEmpty())
                error = sqlErrorText(q.lastError());
        } else if ((current = q.value(0).toInt()) > UserStore::SchemaVersion) {
            q.exec(QStringLiteral("ROLLBACK"));
            *why = newerVersion(current);
            return false;
        } else if (!migrate(database, current, &error) || !exec(q, QStringLiteral("COMMIT"), &error)) {
            if (error.isEmpty())
                error = sqlErrorText(q.lastError());
        }
        if (!error.isEmpty()) {
            q.exec(QStringLiteral("ROLLBACK"));
            *why = QCoreApplication::translate("UserStore", "it could not be upgraded: %1").arg(error);
            return false;
        }
    }
    // Written once (a new store, or one from before the id): not again at every start.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        *why = sqlErrorText(q.lastError());
        return false;
    }
    if (q.value(0).toLongLong() != UserStore::ApplicationId
        && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(UserStore::ApplicationId))) {
        *why = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<UserStore> UserStore::tryOpen(const QString &path, QString *why, bool *damaged)
{
    *damaged = false;
    std::unique_ptr<UserStore> store(new UserStore(QFileInfo(path).absoluteFilePath()));
    if (!store->m_connection->open()) {
        *why = sqlErrorText(store->m_connection->lastError());
        *damaged = isDamage(store->m_connection->lastError());
        return nullptr;
    }
    QSqlDatabase database = store->db();
    if (!checkAndMigrate(database, why, damaged))
        return nullptr;
    return store;
}

UserStore::OpenResult UserStore::open(const QString &path)
{
    OpenResult result;
    const QFileInfo info(path);
    if (path.isEmpty() || (info.exists() && !info.isFile()) || (info.isSymLink() && !info.exists())) {
        // A folder, a device, a FIFO, a dangling link: never opened, never set aside.
        result.error = QCoreApplication::translate("UserStore", "The user store %1 cannot be opened: %2")
                           .arg(safefile::printable(path), safefile::outputReason(path));
        if (path.isEmpty())
            result.error = QCoreApplication::translate("UserStore", "No user store file was given.");
        return result;
    }
    QDir().mkpath(info.absolutePath());
    QString why;
    bool damaged = false;
    result.store = tryOpen(path, &why, &damaged);
    if (result.store)
        return result;
    if (!damaged) {
        // Not damaged (a newer version, a full disk, no permission): leave the file alone.
        result.error = QCoreApplication::translate("UserStore", "The user store %1 cannot be opened: %2.")
                           .arg(safefile::printable(path), why);
        return result;
    }
    // Set the damaged store aside and start a new one; the user is told where the old one is.
    const QString aside
        = QStringLiteral("%1.damaged-%2")
              .arg(path, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (!QFile::rename(path, aside)) {
        result.error = QCoreApplication::translate(
            "UserStore", "The user store %1 is damaged (%2) and could not be set aside.")
                           .arg(safefile::printable(path), why);
        return result;
    }
    for (const char *suffix : { "-wal", "-shm" })
        QFile::rename(path + QLatin1String(suffix), aside + QLatin1String(suffix));
    result.setAsidePath = aside;
    QString again;
    result.store = tryOpen(path, &again, &damaged);
    if (!result.store)
        result.error
            = QCoreApplication::translate("UserStore", "A new user store could not be created at %1: %2")
                  .arg(safefile::printable(path), again);
    return result;
}

int UserStore::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        fail(sqlErrorText(q.lastError()));
        return -1;
    }
    m_lastError.clear();
    return q.value(0).toInt();
}

bool UserStore::fail(const QString &why) const
{
    m_lastError = why;
    return false;
}

// Runs `work` in one transaction: all or nothing. `work` returns false after calling fail().
bool UserStore::inTransaction(const std::function<bool()> &work)
{
    m_lastError.clear();
    // IMMEDIATE takes the write lock at the start, so a concurrent writer waits for it (busy timeout)
    // rather than failing on a snapshot that went stale.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(sqlErrorText(q.lastError()));
    if (!work() || !q.exec(QStringLiteral("COMMIT"))) {
        if (m_lastError.isEmpty())
            m_lastError = sqlErrorText(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace cc
