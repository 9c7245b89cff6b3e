// SPDX-License-Identifier: MIT
#include "qtcharts.h"

#include "chartparts.h"

#include "formatting.h"
#include "onetvocabulary.h"
#include "translations.h"

#include <QCoreApplication>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QValueAxis>

namespace cc
{

namespace chartparts
{

QChart *newChart(const QString &title, const ChartTheme &theme)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(theme.font(11, true));
    chart->setTitleBrush(theme.text);
    chart->setBackgroundBrush(theme.background);
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setFont(theme.font(9));
    chart->legend()->setLabelColor(theme.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    if (!textIsEnglish()) { // bar values and axis numbers in the reader's locale ("9,2"); English as always
        chart->setLocalizeNumbers(true);
        chart->setLocale(textLocale());
    }
    return chart;
}

void styleAxis(QAbstractAxis *axis, const ChartTheme &theme)
{
    axis->setLabelsFont(theme.font(9));
    axis->setLabelsColor(theme.text);
    axis->setGridLineColor(theme.grid);
    axis->setTitleFont(theme.font(9));
    axis->setTitleBrush(theme.text);
    axis->setTruncateLabels(false); // Qt cuts labels well before they run out of room
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setPen(Qt::NoPen); // a border would keep the set's colour on bars recoloured by selection
    return set;
}

void addCategoryAxis(QChart *chart, QAbstractSeries *series, const QStringList &categories,
    Qt::Alignment alignment, const ChartTheme &theme)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    styleAxis(axis, theme);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, alignment);
    series->attachAxis(axis);
}

} // namespace chartparts

using namespace chartparts;

namespace
{

// The values show on the bars when every value is there (a missing one must not read as 0).
void showValueLabels(QBarSeries *series, const ChartTheme &theme, bool compact)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(4); // enough digits for 100.0
    for (QBarSet *set : series->barSets()) {
        set->setLabelColor(theme.text);
        set->setLabelFont(theme.font(compact ? 8 : 9));
    }
}

} // namespace

QChart *makeFiguresChart(const Comparison &c, ChartMetric metric, const ChartTheme &theme, bool compact)
{
    const FigureSet figures = figureSet(c, metric, compact);
    QChart *chart = newChart(figures.title, theme);
    auto *setA = barSet(shortTitle(c.a.title, 40), theme.roleA);
    auto *setB = barSet(shortTitle(c.b.title, 40), theme.roleB);
    QStringList categories;
    bool allKnown = true;
    for (const FigurePair &f : figures.figures) {
        categories << figureLabel(f, compact && figures.figures.size() > 1, compact);
        allKnown = allKnown && f.a && f.b;
        // Bars carry the values as shown in the table (one decimal), so their labels agree with it.
        setA->append(format::roundToTenth(f.a.value_or(0)));
        setB->append(format::roundToTenth(f.b.value_or(0)));
    }
    auto *series = new QBarSeries;
    series->append({ setA, setB });
    series->setBarWidth(0.7);
    if (allKnown)
        showValueLabels(series, theme, compact);
    chart->addSeries(series);
    addCategoryAxis(chart, series, categories, Qt::AlignBottom, theme);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, figures.maximum);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTickCount(figures.tickCount);
    if (compact)
        chart->legend()->hide();
    styleAxis(valueAxis, theme);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

QChart *makeSkillProfileChart(const Comparison &c, const ChartTheme &theme)
{
    const auto a = ratedSkills(c.a);
    const auto b = ratedSkills(c.b);
    const QStringList names = skillProfileNames(c);

    QString title = skillProfileTitle();
    // On a line of its own: appended to the title it was cut short at the report's chart width.
    // (QChart shows its title as HTML, hence the escaped role titles.)
    if (const QString none = noneRatedLine(c); !none.isEmpty())
        title = QStringLiteral("<center>%1<br>%2</center>").arg(title, none.toHtmlEscaped());
    QChart *chart = newChart(title, theme);

    auto *setA = barSet(shortTitle(c.a.title, 40), theme.roleA);
    auto *setB = barSet(shortTitle(c.b.title, 40), theme.roleB);
    QStringList categories;
    // Bottom-up: reverse so the most important skill is on top.
    for (int i = int(names.size()) - 1; i >= 0; --i) {
        const QString &n = names[i];
        categories << onetTerm(n);
        setA->append(a.value(n, 0));
        setB->append(b.value(n, 0));
    }
    auto *series = new QHorizontalBarSeries;
    series->append({ setB, setA });
    series->setBarWidth(0.75);
    chart->addSeries(series);
    addCategoryAxis(chart, series,
        categories.isEmpty() ? QStringList { QCoreApplication::translate("Charts", "no rated skills") }
                             : categories,
        Qt::AlignLeft, theme);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, 5);
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(valueAxis, theme);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    // Legend in A, B order.
    const auto markers = chart->legend()->markers(series);
    if (markers.size() == 2) {
        chart->legend()->setReverseMarkers(true);
    }
    return chart;
}

} // namespace cc
