// SPDX-License-Identifier: MIT
#pragma once

#include "importerror.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace cc::import
{

// A published figure as read from a cell: a number, or one of the sources' markers for its absence.
struct Cell {
    enum class Kind { Number, Empty, NotReleased, TopCoded, NotAvailable };
    Kind kind = Kind::Empty;
    double value = 0;
    bool isNumber() const { return kind == Kind::Number; }
};

// A CSV (RFC 4180 quoting) or TSV file with one header row, read whole. Columns are found by header
// name, so files whose columns move or gain neighbours (O*NET's Excel and text editions) read alike.
class DelimitedTable
{
public:
    enum class Format { Csv, Tsv };
    // The largest source file read (the biggest O*NET table is under 8 MB).
    static constexpr qint64 MaxSourceBytes = 256 * 1024 * 1024;

    // Throws ImportError when the file is missing, unreadable, not a regular file, over MaxSourceBytes or has
    // a row of the wrong width.
    static DelimitedTable read(const QString &path, Format format);
    // The same from bytes in memory; `fileName` names them in errors.
    static DelimitedTable parse(const QByteArray &bytes, Format format, const QString &fileName);

    QString fileName() const { return m_fileName; }
    int rowCount() const { return int(m_rows.size()); }
    const QStringList &row(int index) const { return m_rows.at(index); }
    int lineOf(int index) const { return m_lines.at(index); }
    QString text(int row, int column) const
    {
        return column < 0 ? QString() : m_rows.at(row).at(column).trimmed();
    }

    // The header of `column` as the file writes it ("A_MEDIAN"), for messages.
    QString columnName(int column) const { return m_header.value(column); }
    // The index of the first header matching one of `names` (case, spaces and dashes folded), or
    // -1 when optional; throws ImportError naming the file when a required column is absent.
    int column(const QStringList &names, bool required = true) const;

    // Reads a number cell. Accepts thousands separators ("1,234"), a bare leading point (".5") and the
    // markers "*" (not released), "#" (top-coded), "—"/"n/a" (not available) and empty cells.
    // Anything else stops the import with file:line.
    Cell number(int row, int column) const;
    // A number that must be present: throws with file:line otherwise.
    double requiredNumber(int row, int column) const;

    [[noreturn]] void fail(int row, const QString &message) const;

private:
    QString m_fileName;
    QStringList m_header;
    QVector<QStringList> m_rows;
    QVector<int> m_lines;
};

std::optional<double> parseNumber(const QString &text);

// Whether nothing at all is at `path`: no file, no folder, no link (not even a dangling or looping
// one). Only such a name is absent; anything else there is read, and fails with why if it cannot be.
bool nothingAt(const QString &path);

// Whether the optional source folder `dir` (mobility/, esco/) has any of `tables`: false only when
// nothing is at the folder's name or at any table's. A folder or table that is there but cannot be
// read (a loop of links, a dangling link, a FIFO, a device, a file for the folder, no permission)
// stops the import, naming it, saying why and what to do; it is never taken for absent.
bool optionalTablesPresent(const QString &dir, const QStringList &tables);

// While one is alive, DelimitedTable::read() counts the data rows of every file it reads here, by
// path (importCatalogue() keeps one for an import, to compare them with the catalogue it replaces).
class RowLog
{
public:
    RowLog();
    ~RowLog();
    RowLog(const RowLog &) = delete;
    RowLog &operator=(const RowLog &) = delete;
    const QMap<QString, int> &rowsByPath() const { return m_rows; }
    static void record(const QString &path, int rows);

private:
    QMap<QString, int> m_rows;
    RowLog *m_outer;
};

} // namespace cc::import
