// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

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
public:
    enum class Mode {
        ReadOnly, // the file must exist; nothing can be written (QSQLITE_OPEN_READONLY)
        ReadWrite, // created when missing; waits up to BusyTimeoutMs for another writer's lock
    };
    static constexpr int BusyTimeoutMs = 15000;

    // `prefix` names the owner in the connection name ("cc-catalogue-3"), for debugging.
    SqliteConnection(const QString &prefix, const QString &path, Mode mode);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    // Opens the file; false with lastError() set when SQLite cannot.
    bool open();
    QSqlDatabase database() const;
    QSqlError lastError() const;
    QString name() const { return m_name; }
    QString path() const { return m_path; }

    static bool driverAvailable();

private:
    QString m_name;
    QString m_path;
};

// What a database error means for the user, as a reason that can follow "cannot be opened: ": never
// the driver's raw text alone ("Parameter count mismatch", "Unable to fetch row") and never empty.
// SQLite's own result (locked, full, read-only, damaged, not a database, a missing table) becomes
// a sentence that says what to do; the database's words are kept in brackets where they add facts.
QString sqlErrorText(const QSqlError &error);

} // namespace cc
