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

} // namespace cc
