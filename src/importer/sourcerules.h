// SPDX-License-Identifier: MIT
#pragma once

// The checks every source reader shares: occupation codes, Y/N flags, O*NET's code column.

#include "delimitedtable.h"

#include <QRegularExpression>
#include <QStringList>

namespace cc::import
{

inline const QStringList OnetCodeColumn { QStringLiteral("O*NET-SOC Code") };

inline bool yes(const QString &flag)
{
    return flag.trimmed().compare(QLatin1String("Y"), Qt::CaseInsensitive) == 0;
}

// "15-1252.00"
inline const QRegularExpression &onetCodePattern()
{
    static const QRegularExpression p(QStringLiteral("^\\d{2}-\\d{4}\\.\\d{2}$"));
    return p;
}

// "15-1252"
inline const QRegularExpression &socCodePattern()
{
    static const QRegularExpression p(QStringLiteral("^\\d{2}-\\d{4}$"));
    return p;
}

// Stops the import at `row` of `t` unless `code` matches `pattern`.
inline void checkCode(
    const DelimitedTable &t, int row, const QString &code, const QRegularExpression &pattern)
{
    if (!pattern.match(code).hasMatch())
        t.fail(row, QStringLiteral("\"%1\" is not a valid occupation code").arg(code.left(40)));
}

} // namespace cc::import
