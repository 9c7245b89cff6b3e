// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QMap>
#include <QPalette>

#include <optional>

namespace cc
{

// Colours and type shared by every chart, so the window and the report look alike.
struct ChartTheme {
    QColor roleA { 0x1f, 0x5f, 0xa8 }; // blue
    QColor roleALight { 0xa9, 0xc8, 0xeb };
    QColor roleB { 0xc0, 0x4f, 0x0f }; // orange-brown
    QColor roleBLight { 0xf5, 0xc0, 0x9a };
    QColor median { 0x10, 0x10, 0x10 };
    QColor text { 0x20, 0x20, 0x20 };
    QColor grid { 0xdd, 0xdd, 0xdd };
    QColor background { Qt::white };
    qreal fontScale = 1.0;
    QString family; // empty: the application's font
    QFont::HintingPreference hinting = QFont::PreferDefaultHinting;

    QFont font(qreal pointSize, bool bold = false) const;

    static ChartTheme light() { return {}; }
    static ChartTheme dark();
    // For a projector or shared screen: large type, strong colours, on light or dark.
    static ChartTheme presentation(bool dark);
    // Light or dark to match a palette (the desktop's, or the one the user chose).
    static ChartTheme forPalette(const QPalette &palette);
};

// The figures a bar chart can show for both roles.
enum class ChartMetric { Demand, Automation, Learning };
QVector<ChartMetric> chartMetrics(); // in the order the window and the report show them
QString chartMetricName(ChartMetric metric); // "demand", "automation", "learning"
std::optional<ChartMetric> chartMetricFromName(const QString &name);

// One figure of a figures chart for both roles (missing: no bar), and what the chart shows.
struct FigurePair {
    QString label;
    std::optional<double> a;
    std::optional<double> b;
    // The seed web page's own figure, on a scale the page does not explain (Role::isPageFigure()):
    // marked where it is drawn beside an official statistic.
    bool aPage = false;
    bool bPage = false;
};
struct FigureSet {
    QString title;
    QVector<FigurePair> figures;
    double maximum = 0; // the top of the value axis
    int tickCount = 6;
};
FigureSet figureSet(const Comparison &comparison, ChartMetric metric, bool compact);
// The figure's name, its first word when `shorten` ("LLM" for "LLM exposure").
QString figureName(const FigurePair &figure, bool shorten);
// Qt Charts cuts long category labels short, so a label names the figure and what is missing.
QString figureLabel(const FigurePair &figure, bool shorten, bool compact);

// The salary axis, in thousands of US$: its top and the step between labelled ticks, for the
// highest salary shown.
struct SalaryAxis {
    double maximum;
    double step;
};
SalaryAxis salaryAxis(double highest);
// A role's salary bar, in thousands of US$: the 10th to 90th percentile, and the quartiles and median
// when all three are known (the seed page gives only a range). None without both ends.
struct SalaryBar {
    double low;
    double high;
    struct Middle {
        double p25;
        double median;
        double p75;
    };
    std::optional<Middle> middle;
};
std::optional<SalaryBar> salaryBar(const SalaryRange &salary);
// The legend's names of the salary chart's parts.
QString salaryRangeName();
QString middleHalfName();
QString medianName();

// A role's rated skills and knowledge by label, with their highest importance.
QMap<QString, double> ratedSkills(const Role &role);
QString skillProfileTitle();
// The skill chart's second title line, which says why a bar is missing: "none rated for Data
// Scientists" when a role has no rated skills; when both have, and one lacks a bar on the chart, that
// a role lists only its skills of importance 3 or more (docs/DATA.md), so a missing bar is no 0.
// Empty when every bar is there.
QString noneRatedLine(const Comparison &comparison, bool wholeTitles = false);

// The skills the skill profile chart shows, most important first.
QStringList skillProfileNames(const Comparison &comparison);

// Every number the charts show, as text, for a table a keyboard and a screen reader can reach.
struct ChartFigure {
    QString chart; // "Salary range", "Demand score (0–10)", …
    QString figure; // "median", "Risk", a skill's name
    QString a;
    QString b;
};
QVector<ChartFigure> chartFigures(const Comparison &comparison);

// The salary chart labels each bar with the role's whole title, wrapped at SalaryLabelWidth characters,
// and salaryRangeLines(): the most lines a label has (for callers sizing the chart).
constexpr int SalaryLabelWidth = 40;
int salaryLabelLines(const Comparison &comparison);
// What a bar's label says under the title: the range ("not available" without one), then what the
// range is when it is not BLS's 10th to 90th percentile as the chart's title says: the seed web page's
// plain range, or an estimate.
QStringList salaryRangeLines(const Role &role);

// A title broken between words into lines of at most `width` characters (a longer word gets its own line).
QString wrapTitle(const QString &title, int width);

// `title` as a chart title that fits in `width` pixels in `font`: as it is when it fits on one line,
// else broken between words into centred lines (rich text, as QChart shows a title), so that a narrow
// chart does not cut its title short. A single word wider than `width` keeps a line of its own.
QString fittedChartTitle(const QString &title, const QFont &font, qreal width);
// `text` broken between words into lines no wider than `width` in `metrics` (a word wider than that
// keeps a line of its own).
QStringList wrappedToWidth(const QString &text, const QFontMetricsF &metrics, qreal width);

// `font` set without OpenType shaping where the script needs none (QFont::PreferNoShaping): Latin,
// Greek and Cyrillic text is mapped and kerned from the font's tables instead of going through
// HarfBuzz, which was about a seventh of the window's start-up and of laying a report out. Kerning
// stays (from the 'kern' table); ligatures such as "fl" are not formed, so a PDF's text searches and
// copies as typed. Scripts that need shaping (Arabic, Devanagari...) are shaped as before.
QFont withoutShaping(QFont font);

// "AI Multimodal Systems Engineer" -> shortened to at most `max` characters with an ellipsis.
QString shortTitle(const QString &title, int max = 34);

} // namespace cc
