// SPDX-License-Identifier: MIT
// The salary chart as a QChart, for the presentation mode.
#include "qtcharts.h"

#include "chartparts.h"
#include "formatting.h"

#include <QCoreApplication>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <array>
#include <cmath>

namespace cc
{

using namespace chartparts;

namespace
{

// The five stacked segments of the salary bars: a transparent offset up to the 10th percentile, then
// the bands to the 25th, the median, the 75th and the 90th.
enum Segment { Offset, LowBand, LowerMiddle, UpperMiddle, HighBand, SegmentCount };

// What the chart shows of a comparison. Categories run bottom-up in a horizontal bar chart: index 0
// is role B, 1 role A, so that A is on top.
struct SalaryData {
    QStringList categories;
    std::array<QList<qreal>, SegmentCount> segments; // two values each, B's then A's
    std::optional<double> medians[2]; // in thousands, by category index
    double maximum = 0; // the highest 90th percentile, in thousands
};

// Appends one role's segments; returns its median (in thousands) when the percentiles are known.
std::optional<double> appendSalary(SalaryData &data, const SalaryRange &s)
{
    auto append = [&data](std::array<double, SegmentCount> values) {
        for (int i = 0; i < SegmentCount; ++i)
            data.segments[i].append(values[i]);
    };
    const std::optional<SalaryBar> bar = salaryBar(s);
    if (!bar) {
        append({ 0, 0, 0, 0, 0 });
        return std::nullopt;
    }
    data.maximum = std::max(data.maximum, bar->high);
    if (!bar->middle) {
        append({ bar->low, bar->high - bar->low, 0, 0, 0 }); // one light span, no middle band
        return std::nullopt;
    }
    const SalaryBar::Middle &m = *bar->middle;
    append({ bar->low, m.p25 - bar->low, m.median - m.p25, m.p75 - m.median, bar->high - m.p75 });
    return m.median;
}

SalaryData salaryData(const Comparison &c, bool letterLabels)
{
    SalaryData data;
    const Role *roles[2] = { &c.b, &c.a };
    for (int i = 0; i < 2; ++i) {
        const Role &r = *roles[i];
        // The whole title, over as many lines as it needs: a clipped title names the wrong job.
        // Category labels are rich text: lines break at <br>.
        const QString name = letterLabels ? (i == 1 ? QStringLiteral("A") : QStringLiteral("B"))
                                          : wrapTitle(r.title.toHtmlEscaped(), SalaryLabelWidth)
                                                .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        QStringList range = salaryRangeLines(r);
        for (QString &line : range)
            line = line.toHtmlEscaped();
        data.categories << name + QStringLiteral("<br>") + range.join(QStringLiteral("<br>"));
        data.medians[i] = appendSalary(data, r.salary);
    }
    return data;
}

// A median marker: a short vertical line across its bar (category `index`), or nothing.
QList<QPointF> medianLine(int index, const std::optional<double> &median)
{
    if (!median)
        return {};
    return { QPointF(*median, index - 0.33), QPointF(*median, index + 0.33) };
}

// Legend: one entry per meaning, not per internal segment.
void pruneSalaryLegend(QChart *chart, bool anyMedian)
{
    const auto markers = chart->legend()->markers();
    bool medianShown = false;
    for (QLegendMarker *marker : markers) {
        const QString label = marker->label();
        const bool keep = label == salaryRangeName() || (label == middleHalfName() && anyMedian)
            || (label == medianName() && anyMedian && !medianShown);
        if (label == medianName())
            medianShown = true;
        marker->setVisible(keep); // (isVisible() is false for every marker of a chart not yet laid out)
    }
}

// A new chart, its parts made with the data in them (as the legend's pruning expects).
QChart *newSalaryChart(const ChartTheme &theme, const SalaryData &data)
{
    QChart *chart = newChart(
        QCoreApplication::translate("Charts", "Annual salary range (US$, 10th to 90th percentile)"), theme);
    QBarSet *sets[SegmentCount] = { barSet(QStringLiteral("offset"), Qt::transparent),
        barSet(salaryRangeName(), theme.roleALight), barSet(middleHalfName(), theme.roleA),
        barSet(QCoreApplication::translate("Charts", "upper middle"), theme.roleA),
        barSet(QCoreApplication::translate("Charts", "upper band"), theme.roleALight) };
    for (int s = 0; s < SegmentCount; ++s)
        sets[s]->append(data.segments[s]);
    // Role B's bar (category 0) in B's colours: Qt colours a set per bar through selection.
    for (auto [segment, colour] : { std::pair { LowBand, theme.roleBLight }, { LowerMiddle, theme.roleB },
             { UpperMiddle, theme.roleB }, { HighBand, theme.roleBLight } }) {
        sets[segment]->setSelectedColor(colour);
        sets[segment]->selectBar(0);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.55);
    series->append(QList<QBarSet *>(std::begin(sets), std::end(sets)));
    chart->addSeries(series);
    addCategoryAxis(chart, series, data.categories, Qt::AlignLeft, theme);

    auto *valueAxis = new QValueAxis;
    const SalaryAxis range = salaryAxis(data.maximum);
    valueAxis->setRange(0, range.maximum);
    valueAxis->setTickCount(int(range.maximum / range.step) + 1);
    valueAxis->setLabelFormat(QCoreApplication::translate("Charts", "$%.0fk"));
    styleAxis(valueAxis, theme);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    // Median markers: short vertical lines on a hidden axis that matches the category positions.
    auto *positionAxis = new QValueAxis;
    positionAxis->setRange(-0.5, 1.5);
    positionAxis->setVisible(false);
    chart->addAxis(positionAxis, Qt::AlignRight);
    for (int i = 0; i < 2; ++i) {
        auto *line = new QLineSeries;
        line->append(medianLine(i, data.medians[i]));
        line->setName(medianName());
        QPen pen(theme.median);
        pen.setWidthF(3);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(valueAxis);
        line->attachAxis(positionAxis);
    }
    pruneSalaryLegend(chart, data.medians[0] || data.medians[1]);
    return chart;
}

} // namespace

QChart *makeSalaryChart(const Comparison &c, const ChartTheme &theme, bool letterLabels)
{
    return newSalaryChart(theme, salaryData(c, letterLabels));
}

} // namespace cc
