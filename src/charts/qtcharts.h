// SPDX-License-Identifier: MIT
// The window's charts as Qt Charts (cc_qtcharts): the tabs' figures and skills charts and the
// presentation mode. Built from the same figures (comparisoncharts.h) as the report's drawings, so
// both look alike; only the window links Qt Charts.
#pragma once

#include "comparisoncharts.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cc
{

// Salary range per role on one shared axis: 10th–90th percentile light, 25th–75th dark, the median
// marked. Roles without percentiles show the low–high span only.
// `letterLabels` names the bars A and B (where the titles are shown above, in the roles' colours).
QChart *makeSalaryChart(
    const Comparison &comparison, const ChartTheme &theme = {}, bool letterLabels = false);

// Demand score, AI risk with LLM exposure, or learning months, side by side. Missing values get no
// bar and say "n/a" in the category label.
// `compact` (for narrow places such as the presentation's row of three) drops the legend and shortens
// labels.
QChart *makeFiguresChart(
    const Comparison &comparison, ChartMetric metric, const ChartTheme &theme = {}, bool compact = false);

// The most important rated skills of both roles (O*NET importance 1–5).
QChart *makeSkillProfileChart(const Comparison &comparison, const ChartTheme &theme = {});

} // namespace cc
