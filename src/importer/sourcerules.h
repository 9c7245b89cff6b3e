// SPDX-License-Identifier: MIT
#pragma once

// The checks every source reader shares: occupation codes, Y/N flags, O*NET's code column, and the
// range of each figure.

#include "cataloguevalues.h"
#include "delimitedtable.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

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

// The ranges of source figures the viewer has no bound for (cataloguevalues.h has the others).
namespace SourceBounds
{
constexpr catalogue::Range OnetLevel { 0, 7 }; // O*NET's level scale (LV) of skills and knowledge
constexpr catalogue::Range WageEmployment { 0, 200'000'000, true }; // people; the US workforce is ~170 M
} // namespace SourceBounds

// A bound as a message shows it: "10,000,000", "-100", "0.5".
inline QString boundText(double value)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    return value == std::floor(value) && std::fabs(value) < 1e15 ? english.toString(qlonglong(value))
                                                                 : english.toString(value, 'g', 15);
}

// Stops the import at `row` of `t`, as a malformed row, unless `value` (read from `column`) lies in
// `range`: the message quotes the cell as written, names its column and the range allowed.
inline void checkRange(
    const DelimitedTable &t, int row, int column, double value, const catalogue::Range &range)
{
    if (std::isfinite(value) && value >= range.min && value <= range.max
        && (!range.whole || value == std::floor(value)))
        return;
    t.fail(row,
        QStringLiteral("\"%1\" is outside the range %2 to %3 (%4column %5)")
            .arg(t.text(row, column).left(40), boundText(range.min), boundText(range.max),
                range.whole ? QStringLiteral("whole numbers; ") : QString(), t.columnName(column)));
}

// A figure that may also be one of the sources' markers ("*", "#", "—", empty); a number must lie
// in `range`.
inline Cell numberIn(const DelimitedTable &t, int row, int column, const catalogue::Range &range)
{
    const Cell cell = t.number(row, column);
    if (cell.isNumber())
        checkRange(t, row, column, cell.value, range);
    return cell;
}

// A figure that must be present and lie in `range`.
inline double requiredNumberIn(const DelimitedTable &t, int row, int column, const catalogue::Range &range)
{
    const double value = t.requiredNumber(row, column);
    checkRange(t, row, column, value, range);
    return value;
}

} // namespace cc::import
