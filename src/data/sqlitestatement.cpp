// SPDX-License-Identifier: MIT
#include "sqlitestatement.h"

#include "sqliteconnection.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace cc
{

namespace
{

// Qt's driver words its failures in this context; the texts are Qt's (and so are their translations).
constexpr const char *DriverContext = "QSQLiteResult";

QString driverWords(const char *text)
{
    return QCoreApplication::translate(DriverContext, text);
}

bool isAscii(std::string_view bytes)
{
    return std::all_of(
        bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// A text column as Qt's driver reads it (through SQLite's UTF-16): plain ASCII directly, anything
// else through SQLite's own conversion, so that even malformed UTF-8 comes out the same.
QString textOf(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    const std::string_view utf8(bytes ? bytes : "", std::size_t(sqlite3_column_bytes(statement, column)));
    if (isAscii(utf8))
        return QString::fromLatin1(utf8.data(), qsizetype(utf8.size()));
    const auto *utf16 = static_cast<const QChar *>(sqlite3_column_text16(statement, column));
    return QString(utf16, sqlite3_column_bytes16(statement, column) / qsizetype(sizeof(QChar)));
}

} // namespace

SqliteStatement::SqliteStatement(
    SqliteConnection &connection, std::string_view sql, std::initializer_list<QString> values)
    : m_connection(connection)
{
    int code = SQLITE_OK;
    m_statement = connection.statement(sql, &code);
    if (!m_statement) {
        fail("Unable to execute statement", code);
        return;
    }
    if (int(values.size()) != sqlite3_bind_parameter_count(m_statement)) {
        m_error = QSqlError(driverWords("Parameter count mismatch"), QString(), QSqlError::StatementError);
        return;
    }
    int index = 1;
    for (const QString &v : values) {
        // As Qt binds a QString: UTF-16, so that the text compared is the same.
        code = sqlite3_bind_text16(
            m_statement, index++, v.utf16(), int(v.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
        if (code != SQLITE_OK) {
            fail("Unable to bind parameters", code);
            return;
        }
    }
}

SqliteStatement::~SqliteStatement()
{
    m_connection.release(m_statement);
}

void SqliteStatement::fail(const char *driverText, int code)
{
    // (No handle: no message; sqlite3_errmsg() would say "out of memory".)
    const char *message = m_connection.handle() ? sqlite3_errmsg(m_connection.handle()) : nullptr;
    m_error = QSqlError(driverWords(driverText), QString::fromUtf8(message ? message : ""),
        code == SQLITE_OK ? QSqlError::UnknownError : QSqlError::StatementError, QString::number(code));
}

bool SqliteStatement::next()
{
    if (!m_statement || m_done || m_error.isValid())
        return false;
    int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    m_done = true;
    if (code == SQLITE_DONE)
        return false;
    // As Qt's driver does: SQLite's generic error is made specific by resetting the statement.
    if (code == SQLITE_ERROR)
        code = sqlite3_reset(m_statement);
    fail("Unable to fetch row", code);
    return false;
}

int SqliteStatement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

QStringList SqliteStatement::columnNames() const
{
    QStringList names;
    const int count = columnCount();
    names.reserve(count);
    for (int i = 0; i < count; ++i) {
        const char *column = sqlite3_column_name(m_statement, i);
        names << QString::fromUtf8(column ? column : "").remove(QLatin1Char('"'));
    }
    return names;
}

QVariant SqliteStatement::value(int column) const
{
    if (!m_statement || column < 0 || column >= columnCount())
        return QVariant();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
            sqlite3_column_bytes(m_statement, column)));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QVariant(textOf(m_statement, column));
    }
}

QString SqliteStatement::text(int column) const
{
    if (m_statement && column >= 0 && column < columnCount()
        && sqlite3_column_type(m_statement, column) == SQLITE_TEXT)
        return textOf(m_statement, column);
    return value(column).toString();
}

int SqliteStatement::integer(int column) const
{
    if (m_statement && column >= 0 && column < columnCount()
        && sqlite3_column_type(m_statement, column) == SQLITE_INTEGER)
        return int(sqlite3_column_int64(m_statement, column));
    return value(column).toInt();
}

bool SqliteStatement::isText(int column) const
{
    return m_statement && column >= 0 && column < columnCount()
        && sqlite3_column_type(m_statement, column) == SQLITE_TEXT;
}

bool SqliteStatement::isNull(int column) const
{
    return !m_statement || column < 0 || column >= columnCount()
        || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::string_view SqliteStatement::utf8(int column) const
{
    if (!m_statement || column < 0 || column >= columnCount())
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return std::string_view(bytes ? bytes : "", std::size_t(sqlite3_column_bytes(m_statement, column)));
}

} // namespace cc
