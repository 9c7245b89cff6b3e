// SPDX-License-Identifier: MIT
// The salary chart's figures: its axis, its bars and their names, shared by every drawing of it.
#include "comparisoncharts.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace cc
{

QString salaryRangeName()
{
    return QCoreApplication::translate("Charts", "10th–90th percentile");
}
QString middleHalfName()
{
    return QCoreApplication::translate("Charts", "25th–75th percentile (middle 50%)");
}
QString medianName()
{
    return QCoreApplication::translate("Charts", "median");
}

// Rounded up to a whole $20k, ticks every $20k or $40k, whichever gives at most 8 labels; above $280k
// (the catalogue accepts up to $10 million) the step grows (100, 200, 500, 1000, …) so there are never
// more than 8.
SalaryAxis salaryAxis(double highest)
{
    const double step20 = 20;
    const double axisMax
        = std::max(step20, std::ceil((highest > 0 ? highest * 1.05 : 100) / step20) * step20);
    double tickStep = axisMax / 20 + 1 <= 8 ? 20 : 40;
    for (double decade = 100; decade <= 1e9 && axisMax / tickStep + 1 > 8; decade *= 10) {
        for (const double step : { decade, 2 * decade, 5 * decade }) {
            tickStep = step;
            if (axisMax / tickStep + 1 <= 8)
                break;
        }
    }
    return { std::ceil(axisMax / tickStep) * tickStep, tickStep };
}

std::optional<SalaryBar> salaryBar(const SalaryRange &s)
{
    if (!s.low.isKnown() || !s.high.isKnown())
        return std::nullopt;
    SalaryBar bar { *s.low.amount / 1000.0, *s.high.amount / 1000.0, std::nullopt }; // the axis is in $k
    if (s.p25.isKnown() && s.median.isKnown() && s.p75.isKnown())
        bar.middle
            = SalaryBar::Middle { *s.p25.amount / 1000.0, *s.median.amount / 1000.0, *s.p75.amount / 1000.0 };
    return bar;
}

} // namespace cc
