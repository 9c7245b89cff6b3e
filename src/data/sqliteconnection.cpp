// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"

#include "safefile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

namespace cc
{

namespace
{
const QString Driver = QStringLiteral("QSQLITE");

// SQLite calls the progress handler every this many virtual-machine steps of a running statement.
constexpr int ProgressPeriod = 1000;

// The read-only catalogue's page cache: 256 KiB (64 pages) instead of SQLite's 2 MB. Reading two
// roles touches about 480 pages once each; with room for all of them every page gets memory of its
// own, and a process's first touch of a page of memory is what costs (a page fault: about 2 µs on a
// virtual machine, more than reading the page again from the system's file cache). The small cache
// reuses its buffers and keeps the B-tree's upper pages, which are read again and again
// (docs/PERFORMANCE.md, eighth speed round).
constexpr char CataloguePageCache[] = "PRAGMA cache_size = -256";

// "file:///path/to/careers.sqlite?immutable=1": '?', '#', '%' and spaces in the path percent-encoded.
QString immutableUri(const QString &path)
{
    QUrl url = QUrl::fromLocalFile(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("immutable"), QStringLiteral("1"));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}
} // namespace

// The clock and row count of the statement running on a read-only connection. SQLite's trace hook
// restarts them when a statement starts and counts its rows; its progress handler stops the
// statement (SQLITE_INTERRUPT, which Qt reports as a failed query) once either limit is passed.
// An operation of several statements (OperationLimit) shares one deadline: each statement stops at
// its own limit or at the operation's, whichever comes first.
struct SqliteConnection::QueryGuard {
    using Clock = std::chrono::steady_clock;
    std::chrono::milliseconds limit { DefaultQueryTimeLimitMs };
    Clock::time_point deadline = Clock::now() + limit;
    std::optional<Clock::time_point> operationDeadline;
    long long rows = 0;
    enum class Stop { None, Time, OperationTime, Rows } stop = Stop::None;

    static int onTrace(unsigned type, void *context, void *, void *)
    {
        auto *guard = static_cast<QueryGuard *>(context);
        if (type == SQLITE_TRACE_STMT) {
            guard->deadline = Clock::now() + guard->limit;
            guard->rows = 0;
            guard->stop = Stop::None;
        } else if (type == SQLITE_TRACE_ROW) {
            ++guard->rows;
        }
        return 0;
    }

    static int onProgress(void *context)
    {
        auto *guard = static_cast<QueryGuard *>(context);
        const Clock::time_point now = Clock::now();
        if (guard->rows > MaxRowsPerStatement)
            guard->stop = Stop::Rows;
        else if (now > guard->deadline)
            guard->stop = Stop::Time;
        else if (guard->operationDeadline && now > *guard->operationDeadline)
            guard->stop = Stop::OperationTime;
        return guard->stop == Stop::None ? 0 : 1;
    }

    void install(sqlite3 *connection)
    {
        if (!connection)
            return;
        sqlite3_trace_v2(connection, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, &QueryGuard::onTrace, this);
        sqlite3_progress_handler(connection, ProgressPeriod, &QueryGuard::onProgress, this);
    }
};

namespace
{
// The sqlite3 handle behind Qt's connection; null when the driver is not Qt's SQLite driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

// Statements prepared once per connection, by their SQL. They run on Qt's handle, so the query
// limits (trace hook and progress handler) apply to them as to Qt's own queries.
struct SqliteConnection::StatementCache {
    struct Entry {
        sqlite3_stmt *statement = nullptr;
        bool inUse = false;
    };
    std::map<std::string, Entry, std::less<>> bySql;

    ~StatementCache()
    {
        for (auto &entry : bySql)
            sqlite3_finalize(entry.second.statement);
    }
};

SqliteConnection::SqliteConnection(const QString &prefix, const QString &path, Mode mode)
    : m_path(path)
    , m_mode(mode)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("%1-%2").arg(prefix).arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(Driver, m_name);
    if (mode == Mode::ReadOnly) {
        m_guard = std::make_unique<QueryGuard>();
        db.setDatabaseName(immutableUri(path));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else { // a writer waits for another's lock instead of failing at once with "database is locked"
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    }
}

SqliteConnection::~SqliteConnection()
{
    m_statements.reset(); // finalized first: SQLite does not close a connection with live statements
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

SqliteConnection::OperationLimit::OperationLimit(const SqliteConnection &connection)
    : m_guard(connection.m_guard.get())
{
    if (m_guard && !m_guard->operationDeadline)
        m_guard->operationDeadline = QueryGuard::Clock::now() + m_guard->limit;
    else
        m_guard = nullptr; // no limits, or inside another operation: that one's deadline holds
}

SqliteConnection::OperationLimit::~OperationLimit()
{
    if (m_guard)
        m_guard->operationDeadline.reset();
}

void SqliteConnection::setQueryTimeLimit(int milliseconds)
{
    if (m_guard)
        m_guard->limit = std::chrono::milliseconds(milliseconds);
}

namespace
{
// Why a file SQLite keeps beside a database it writes (its journal, write-ahead log or shared
// memory) cannot be used, or empty. SQLite opens a leftover journal to see whether it must be replayed:
// a FIFO there hung every command, and a read-only -shm left by an earlier run was reported as the
// store itself being read-only.
QString companionProblem(const QString &named)
{
    // SQLite follows a link to the database: its companions are beside the file the link points to.
    const QString target = QFileInfo(named).canonicalFilePath();
    const QString database = target.isEmpty() ? named : target;
    for (const char *suffix : { "-journal", "-wal", "-shm" }) {
        const QString path = database + QLatin1String(suffix);
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            continue; // none: SQLite makes it when it needs it
        QString why = safefile::inputReason(path);
        if (why.isEmpty() && ::access(QFile::encodeName(path).constData(), W_OK) != 0)
            why = QCoreApplication::translate("SqliteConnection", "it is read-only");
        if (!why.isEmpty())
            return QCoreApplication::translate("SqliteConnection",
                "%1, a file SQLite keeps beside %2, cannot be used: %3. Move it away (keep it: it may hold "
                "recent changes) or use another file")
                .arg(safefile::printable(path), safefile::printable(database), why);
    }
    return QString();
}
} // namespace

bool SqliteConnection::open()
{
    if (m_mode == Mode::ReadWrite) {
        if (const QString why = companionProblem(m_path); !why.isEmpty()) {
            m_openError = QSqlError(QString(), why, QSqlError::ConnectionError);
            return false;
        }
    }
    m_openError = QSqlError();
    QSqlDatabase db = database();
    if (!db.open())
        return false;
    m_handle = sqliteHandle(db);
    m_statements = std::make_unique<StatementCache>();
    if (m_guard)
        m_guard->install(m_handle);
    if (m_mode == Mode::ReadOnly)
        sqlite3_exec(m_handle, CataloguePageCache, nullptr, nullptr, nullptr); // a hint: no failure to report
    return true;
}

sqlite3_stmt *SqliteConnection::statement(std::string_view sql, int *errorCode)
{
    *errorCode = SQLITE_OK;
    if (!m_handle || !m_statements) {
        *errorCode = SQLITE_MISUSE;
        return nullptr;
    }
    auto known = m_statements->bySql.find(sql);
    if (known != m_statements->bySql.end() && !known->second.inUse) {
        known->second.inUse = true;
        return known->second.statement;
    }
    sqlite3_stmt *statement = nullptr;
    *errorCode = sqlite3_prepare_v2(m_handle, sql.data(), int(sql.size()), &statement, nullptr);
    if (*errorCode != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    if (known == m_statements->bySql.end())
        m_statements->bySql.emplace(std::string(sql), StatementCache::Entry { statement, true });
    return statement;
}

void SqliteConnection::release(sqlite3_stmt *statement)
{
    if (!statement)
        return;
    if (m_statements) {
        for (auto &entry : m_statements->bySql) {
            if (entry.second.statement == statement) {
                sqlite3_reset(statement);
                sqlite3_clear_bindings(statement);
                entry.second.inUse = false;
                return;
            }
        }
    }
    sqlite3_finalize(statement);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlError SqliteConnection::lastError() const
{
    return m_openError.isValid() ? m_openError : database().lastError();
}

QString SqliteConnection::interruption() const
{
    if (!m_guard)
        return QString();
    switch (m_guard->stop) {
    case QueryGuard::Stop::None:
        break;
    case QueryGuard::Stop::Time:
        return QCoreApplication::translate("SqliteConnection", "took longer than %1 seconds and was stopped")
            .arg(double(m_guard->limit.count()) / 1000.0);
    case QueryGuard::Stop::OperationTime:
        return QCoreApplication::translate("SqliteConnection",
            "was stopped: with the statements before it, reading took longer than %1 seconds")
            .arg(double(m_guard->limit.count()) / 1000.0);
    case QueryGuard::Stop::Rows:
        return QCoreApplication::translate("SqliteConnection", "returned more than %1 rows and was stopped")
            .arg(MaxRowsPerStatement);
    }
    return QString();
}

bool SqliteConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(Driver);
}

namespace
{

// lupdate files a tr() outside a class under its namespace, "cc": the same context here, or the
// Spanish in the .ts is never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("cc", text);
}

// The reason for SQLite's primary result code (sqlitePrimaryCode()); empty when none fits.
QString reasonForCode(int code)
{
    switch (code) {
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

int sqlitePrimaryCode(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    return numeric ? code & 0xff : -1;
}

QString sqlErrorText(const QSqlError &error)
{
    QString database = error.databaseText().trimmed();
    if (database == QLatin1String("not an error"))
        database.clear(); // SQLite's message for "no error": a stale text, no reason
    if (const int code = sqlitePrimaryCode(error); code >= 0) {
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
