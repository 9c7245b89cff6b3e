// SPDX-License-Identifier: MIT
#pragma once

// A guard against a truncated source file (issue #13): the catalogue records how many data rows each
// source table had (metadata `source_rows`), and the next import into the same file stops when a
// table has fewer than half of them, naming the file, unless it is forced (--force).

#include <QMap>
#include <QString>

namespace cc::import
{

// Each table's rows by a name that is the same in O*NET's two editions: "onet/Skills" for
// onet/tsv/Skills.tsv and onet/Skills.txt; other files by their path under the source folder
// ("wages/national_M2024_dl.csv"). `rowsByPath` is a RowLog's; `pathByName` receives each path.
QMap<QString, int> sourceRowCounts(
    const QString &sourceDir, const QMap<QString, int> &rowsByPath, QMap<QString, QString> *pathByName);

// The metadata value: one "name<TAB>rows" a line, in name order; and back.
QString sourceRowsText(const QMap<QString, int> &rows);
QMap<QString, int> sourceRowsFromText(const QString &text);

// The rows recorded in the catalogue at `path`; empty when there is none, it is not a catalogue or
// it records none (catalogues built before the record began).
QMap<QString, int> previousSourceRows(const QString &path);

// Throws ImportError naming the first table (by name) with fewer than half its previous rows (a
// table not read at all has none), or returns.
void checkNoTableShrank(const QMap<QString, int> &previous, const QMap<QString, int> &current,
    const QMap<QString, QString> &pathByName, const QString &sourceDir, const QString &catalogue);

} // namespace cc::import
