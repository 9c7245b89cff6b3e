// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;
QT_BEGIN_NAMESPACE
class QSqlError;
QT_END_NAMESPACE

namespace cc
{

// One SQLite connection through Qt SQL, set up and torn down in one place: a unique connection
// name, the file, the open mode; the destructor closes it and removes it from QSqlDatabase's
// registry. Every QSqlQuery on it must be gone before it is destroyed (declare it first).
class SqliteConnection
{
    struct QueryGuard; // the query limits of a read-only connection

public:
    enum class Mode {
        // The file must exist. Opened as an immutable file (a "file:" URI with immutable=1, and
        // QSQLITE_OPEN_READONLY): SQLite takes no lock, creates no -journal, -wal or -shm beside it,
        // and never replays a journal. Every statement runs under the query limits below.
        ReadOnly,
        ReadWrite, // created when missing; waits up to BusyTimeoutMs for another writer's lock
    };
    static constexpr int BusyTimeoutMs = 15000;
    // Query limits of a read-only connection: a statement that runs longer than the time limit (from
    // its first step to its last row) or returns more than MaxRowsPerStatement rows is stopped, so a
    // recursive view or a giant table in a damaged or altered file cannot hang a command.
    static constexpr int DefaultQueryTimeLimitMs = 10000;
    static constexpr long long MaxRowsPerStatement = 500000;

    // `prefix` names the owner in the connection name ("cc-catalogue-3"), for debugging.
    SqliteConnection(const QString &prefix, const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // The time limit of each statement of a read-only connection; set before open().
    void setQueryTimeLimit(int milliseconds);
    // While it lives, the statements of a read-only connection share one deadline as well: all of
    // them together stop at the time limit (a role read of ten statements that each take most of the
    // limit would otherwise run for ten times as long). Nested, the outer one's deadline holds.
    class OperationLimit
    {
    public:
        explicit OperationLimit(const SqliteConnection &connection);
        ~OperationLimit();
        OperationLimit(const OperationLimit &) = delete;
        OperationLimit &operator=(const OperationLimit &) = delete;

    private:
        QueryGuard *m_guard;
    };
    // Opens the file; false with lastError() set when SQLite cannot.
    bool open();
    QSqlDatabase database() const;
    QSqlError lastError() const;
    QString name() const { return m_name; }
    QString path() const { return m_path; }
    // Why the latest statement was stopped by the query limits ("took longer than 10 seconds and was
    // stopped");
    // empty when it was not.
    QString interruption() const;

    static bool driverAvailable();

    // SQLite's own handle of the open connection (Qt's), for SqliteStatement; null before open().
    sqlite3 *handle() const { return m_handle; }
    // The statement for `sql`, prepared on first use and kept until the connection closes, so that
    // each SQL text is prepared once; give it back with release(). While it is in use, another one
    // (prepared again, finalized by release()). Null with `*errorCode` set when SQLite cannot prepare it.
    sqlite3_stmt *statement(std::string_view sql, int *errorCode);
    // Resets a statement from statement() (or finalizes it when it was not kept).
    void release(sqlite3_stmt *statement);

private:
    struct StatementCache;

    QString m_name;
    QString m_path;
    Mode m_mode;
    std::unique_ptr<QueryGuard> m_guard; // read-only connections only
    QSqlError m_openError; // why open() refused before SQLite was asked (a companion file)
    std::unique_ptr<StatementCache> m_statements; // finalized before the connection closes
    sqlite3 *m_handle = nullptr;
};

// What a database error means for the user, as a reason that can follow "cannot be opened: ": never
// the driver's raw text alone ("Parameter count mismatch", "Unable to fetch row") and never empty.
// SQLite's own result (locked, full, read-only, damaged, not a database, a missing table) becomes
// a sentence that says what to do; the database's words are kept in brackets where they add facts.
QString sqlErrorText(const QSqlError &error);

// SQLite's primary result code of `error` (the low byte of the extended code Qt's driver gives:
// 5 for SQLITE_BUSY and every SQLITE_BUSY_*); -1 when the error carries no SQLite code.
int sqlitePrimaryCode(const QSqlError &error);

} // namespace cc
