// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace cc
{

struct NamedCode {
    QString name;
    QString code;
};

// Suggestions for a name that matched nothing: names containing the query first, then the nearest by
// edit distance (case-insensitive) when within half the query's length, one per code, at most `limit`.
QStringList closestNames(const QString &query, const QVector<NamedCode> &candidates, int limit = 5);

int editDistance(const QString &a, const QString &b);

// The form every search compares: accents and other combining marks removed ("enfermería" and
// "ENFERMERIA" fold alike, "ñ" folds to "n"), case folded, white space simplified. ASCII text
// takes a fast path. The importer stores Spanish terms in this form; the window and the command
// line fold titles and queries with it.
QString searchFold(const QString &text);

// How `foldedName` matches `foldedQuery` (both searchFold()ed): -1 not at all, 0 the whole name,
// 1 its start, 2 the start of a word in it, 3 elsewhere inside it, 4 every word of a query of several
// words starts a word of it, in any order ("supervisor oficina" finds "supervisor de personal de
// oficina"; joining words such as "de" are not required). An empty query matches at 0.
int searchRank(const QString &foldedName, const QString &foldedQuery);

// Short joining words ("de", "la", "of", "the", ...), which a query of several words does not require.
bool isJoiningWord(const QString &word);

// Whether every name that `to` matches is matched by `from` as well (both searchFold()ed), so that a
// search typed further need only look among the previous matches. Not so when a word typed further
// becomes a joining word that is no longer required ("software d" → "software de", "of" → "of t").
bool searchNarrows(const QString &from, const QString &to);

} // namespace cc
