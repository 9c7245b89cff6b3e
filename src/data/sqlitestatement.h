// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <string_view>

struct sqlite3_stmt;

namespace cc
{

class SqliteConnection;

// One statement run through SQLite's C API on a connection's own handle: prepared once per
// connection (SqliteConnection::statement()), its values read straight from SQLite without Qt SQL's
// row cache. It runs on the same handle as Qt's queries, so a read-only connection's query limits
// stop it the same way. Values and errors are what Qt's SQLite driver would give for the same row,
// so that code reading them (cataloguevalues.h) sees no difference.
class SqliteStatement
{
public:
    // Prepares `sql` (or takes the connection's prepared copy) and binds `values` as text, in order.
    SqliteStatement(
        SqliteConnection &connection, std::string_view sql, std::initializer_list<QString> values = {});
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Steps to the next row: false at the end, or on a failure (then error() is set).
    bool next();
    // Why preparing or stepping failed, as Qt's driver words it; NoError when nothing failed.
    QSqlError error() const { return m_error; }

    int columnCount() const;
    // The columns' names as a QSqlRecord of the row has them (double quotes dropped).
    QStringList columnNames() const;
    // The value as Qt's driver gives it: qlonglong, double, QString, QByteArray, or a null QString
    // for NULL; an invalid QVariant for a column that is not there.
    QVariant value(int column) const;
    // value(column).toString() and .toInt(), faster for the usual types.
    QString text(int column) const;
    int integer(int column) const;
    bool isNull(int column) const;
    bool isText(int column) const;
    // The raw UTF-8 bytes of a text column (valid until the next call on this statement).
    std::string_view utf8(int column) const;

private:
    void fail(const char *driverText, int code);

    SqliteConnection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
    bool m_done = false;
};

} // namespace cc
