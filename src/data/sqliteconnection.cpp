// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"

#include <QAtomicInt>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <chrono>

namespace cc
{

namespace
{
const QString Driver = QStringLiteral("QSQLITE");

// SQLite calls the progress handler every this many virtual-machine steps of a running statement.
constexpr int ProgressPeriod = 1000;

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
struct SqliteConnection::QueryGuard {
    using Clock = std::chrono::steady_clock;
    std::chrono::milliseconds limit { DefaultQueryTimeLimitMs };
    Clock::time_point deadline = Clock::now() + limit;
    long long rows = 0;
    enum class Stop { None, Time, Rows } stop = Stop::None;

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
        if (guard->rows > MaxRowsPerStatement)
            guard->stop = Stop::Rows;
        else if (Clock::now() > guard->deadline)
            guard->stop = Stop::Time;
        return guard->stop == Stop::None ? 0 : 1;
    }

    void install(const QSqlDatabase &db)
    {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
        if (!connection)
            return;
        sqlite3_trace_v2(connection, SQLITE_TRACE_STMT | SQLITE_TRACE_ROW, &QueryGuard::onTrace, this);
        sqlite3_progress_handler(connection, ProgressPeriod, &QueryGuard::onProgress, this);
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
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void SqliteConnection::setQueryTimeLimit(int milliseconds)
{
    if (m_guard)
        m_guard->limit = std::chrono::milliseconds(milliseconds);
}

bool SqliteConnection::open()
{
    QSqlDatabase db = database();
    if (!db.open())
        return false;
    if (m_guard)
        m_guard->install(db);
    return true;
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlError SqliteConnection::lastError() const
{
    return database().lastError();
}

QString SqliteConnection::interruption() const
{
    if (!m_guard)
        return QString();
    switch (m_guard->stop) {
    case QueryGuard::Stop::None:
        break;
    case QueryGuard::Stop::Time:
        return QStringLiteral("took longer than %1 seconds and was stopped")
            .arg(double(m_guard->limit.count()) / 1000.0);
    case QueryGuard::Stop::Rows:
        return QStringLiteral("returned more than %1 rows and was stopped").arg(MaxRowsPerStatement);
    }
    return QString();
}

bool SqliteConnection::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(Driver);
}

} // namespace cc
