// SPDX-License-Identifier: MIT
#include "comparisoncharts.h"

#include "formatting.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMap>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cc
{

QFont ChartTheme::font(qreal pointSize, bool bold) const
{
    QFont f;
    f.setPointSizeF(pointSize * fontScale);
    f.setBold(bold);
    return f;
}

ChartTheme ChartTheme::dark()
{
    ChartTheme t;
    t.roleA = QColor(0x6f, 0xa8, 0xe8);
    t.roleALight = QColor(0x2e, 0x4d, 0x73);
    t.roleB = QColor(0xf0, 0x9a, 0x55);
    t.roleBLight = QColor(0x73, 0x45, 0x22);
    t.median = QColor(0xf5, 0xf5, 0xf5);
    t.text = QColor(0xe6, 0xe6, 0xe6);
    t.grid = QColor(0x4a, 0x4a, 0x4a);
    t.background = QColor(0x1f, 0x1f, 0x1f);
    return t;
}

ChartTheme ChartTheme::presentation(bool dark)
{
    ChartTheme t = dark ? ChartTheme::dark() : ChartTheme::light();
    if (dark) {
        t.roleA = QColor(0x8c, 0xc4, 0xff);
        t.roleB = QColor(0xff, 0xb0, 0x5c);
        t.text = Qt::white;
        t.background = Qt::black;
        t.median = Qt::white;
    } else {
        t.roleA = QColor(0x00, 0x3f, 0x9e);
        t.roleALight = QColor(0x6f, 0x9b, 0xde);
        t.roleB = QColor(0xc2, 0x3b, 0x00);
        t.roleBLight = QColor(0xf0, 0x9a, 0x60);
        t.text = Qt::black;
        t.median = Qt::black;
    }
    t.fontScale = 1.8;
    return t;
}

ChartTheme ChartTheme::forPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? dark() : light();
}

QString shortTitle(const QString &title, int max)
{
    if (title.size() <= max)
        return title;
    return title.left(max - 1).trimmed() + QChar(0x2026);
}

namespace
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

// Rounds a salary axis (in thousands) up to a whole $20k.
double niceMaximum(double value)
{
    const double step = 20;
    return std::max(step, std::ceil(value / step) * step);
}

} // namespace

QChart *makeSalaryChart(const Comparison &c, const ChartTheme &theme)
{
    QChart *chart = newChart(QStringLiteral("Annual salary range (US$, 10th to 90th percentile)"), theme);
    const Role *roles[2] = { &c.a, &c.b };

    // Categories run bottom-up in a horizontal bar chart: B first so that A is on top.
    const int order[2] = { 1, 0 };
    QStringList categories;
    auto *offset = barSet(QStringLiteral("offset"), Qt::transparent);
    auto *lowBand = barSet(QStringLiteral("10th\u201390th percentile"), theme.roleALight);
    auto *lowerMiddle = barSet(QStringLiteral("25th\u201375th percentile (middle 50%)"), theme.roleA);
    auto *upperMiddle = barSet(QStringLiteral("upper middle"), theme.roleA);
    auto *highBand = barSet(QStringLiteral("upper band"), theme.roleALight);
    double maximum = 0;
    QVector<std::pair<int, double>> medians; // category index, median
    for (int i = 0; i < 2; ++i) {
        const Role &r = *roles[order[i]];
        const SalaryRange &s = r.salary;
        const QString range = format::salaryRange(s);
        categories << QStringLiteral("%1\n%2").arg(
            shortTitle(r.title), range.isEmpty() ? QStringLiteral("not available") : range);
        if (!s.low.isKnown() || !s.high.isKnown()) {
            for (QBarSet *set : { offset, lowBand, lowerMiddle, upperMiddle, highBand })
                set->append(0);
            continue;
        }
        const double low = *s.low.amount / 1000.0; // the axis is in thousands: "$80k"
        const double high = *s.high.amount / 1000.0;
        maximum = std::max(maximum, high);
        offset->append(low);
        if (s.p25.isKnown() && s.p75.isKnown() && s.median.isKnown()) {
            const double p25 = *s.p25.amount / 1000.0;
            const double median = *s.median.amount / 1000.0;
            const double p75 = *s.p75.amount / 1000.0;
            lowBand->append(p25 - low);
            lowerMiddle->append(median - p25);
            upperMiddle->append(p75 - median);
            highBand->append(high - p75);
            medians.append({ i, median });
        } else {
            // Only the range is known (the seed page): one light span, no middle band.
            lowBand->append(high - low);
            lowerMiddle->append(0);
            upperMiddle->append(0);
            highBand->append(0);
        }
    }
    // Role B's bar (category 0) in B's colours: Qt colours a set per bar through selection.
    for (auto [set, colour] : { std::pair { lowBand, theme.roleBLight }, { lowerMiddle, theme.roleB },
             { upperMiddle, theme.roleB }, { highBand, theme.roleBLight } }) {
        set->setSelectedColor(colour);
        set->selectBar(0);
    }

    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.55);
    series->append({ offset, lowBand, lowerMiddle, upperMiddle, highBand });
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, theme);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    const double axisMax = niceMaximum(maximum > 0 ? maximum * 1.05 : 100);
    // Ticks every $20k or $40k, whichever gives at most 8 labels.
    const double tickStep = axisMax / 20 + 1 <= 8 ? 20 : 40;
    valueAxis->setRange(0, std::ceil(axisMax / tickStep) * tickStep);
    valueAxis->setTickCount(int(valueAxis->max() / tickStep) + 1);
    valueAxis->setLabelFormat(QStringLiteral("$%.0fk"));
    styleAxis(valueAxis, theme);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    // Median markers: short vertical lines on a hidden axis that matches the category positions.
    auto *positionAxis = new QValueAxis;
    positionAxis->setRange(-0.5, 1.5);
    positionAxis->setVisible(false);
    chart->addAxis(positionAxis, Qt::AlignRight);
    for (const auto &[index, median] : medians) {
        auto *line = new QLineSeries;
        line->setName(QStringLiteral("median"));
        line->append(median, index - 0.33);
        line->append(median, index + 0.33);
        QPen pen(theme.median);
        pen.setWidthF(3);
        line->setPen(pen);
        chart->addSeries(line);
        line->attachAxis(valueAxis);
        line->attachAxis(positionAxis);
    }

    // Legend: one entry per meaning, not per internal segment.
    const auto markers = chart->legend()->markers();
    bool medianShown = false;
    for (QLegendMarker *marker : markers) {
        const QString label = marker->label();
        const bool keep = label.startsWith(QLatin1String("10th"))
            || (label.startsWith(QLatin1String("25th")) && !medians.isEmpty())
            || (label == QLatin1String("median") && !medianShown);
        if (label == QLatin1String("median"))
            medianShown = true;
        marker->setVisible(keep);
    }
    return chart;
}

QStringList figureMetrics()
{
    return { QStringLiteral("demand"), QStringLiteral("automation"), QStringLiteral("learning") };
}

QChart *makeFiguresChart(const Comparison &c, const QString &metric, const ChartTheme &theme, bool compact)
{
    struct Figure {
        QString label;
        std::optional<double> a;
        std::optional<double> b;
    };
    QVector<Figure> figures;
    QString title;
    double maximum = 0;
    auto asDouble = [](const std::optional<int> &v) { return v ? std::optional<double>(*v) : std::nullopt; };
    if (metric == QLatin1String("demand")) {
        title = QStringLiteral("Demand score (0\u201310)");
        figures = { { QStringLiteral("Demand"), c.a.demandScore, c.b.demandScore } };
        maximum = 10;
    } else if (metric == QLatin1String("automation")) {
        title = compact ? QStringLiteral("AI risk, LLM exposure (%)")
                        : QStringLiteral("AI risk and LLM exposure (%)");
        figures = { { QStringLiteral("Risk"), c.a.aiRiskPercent, c.b.aiRiskPercent },
            { QStringLiteral("LLM exposure"), c.a.llmExposurePercent, c.b.llmExposurePercent } };
        maximum = 100;
    } else {
        title = compact ? QStringLiteral("Learning (months)")
                        : QStringLiteral("Time to become qualified (months)");
        figures
            = { { QStringLiteral("Learning"), asDouble(c.a.learningMonths), asDouble(c.b.learningMonths) } };
        for (const auto &f : figures)
            maximum = std::max({ maximum, f.a.value_or(0), f.b.value_or(0) });
        const double step = maximum > 60 ? 24 : 12;
        maximum = std::max(12.0, std::ceil(maximum * 1.15 / step) * step); // room for the value labels
    }
    QChart *chart = newChart(title, theme);
    auto *setA = barSet(shortTitle(c.a.title, 40), theme.roleA);
    auto *setB = barSet(shortTitle(c.b.title, 40), theme.roleB);
    QStringList categories;
    bool allKnown = true;
    for (const Figure &f : figures) {
        // Qt Charts cuts long category labels short, so a label names the figure and what is missing;
        // the values show on the bars when every value is there (a missing one must not read as 0).
        const QString who = f.a ? QStringLiteral("B") : f.b ? QStringLiteral("A") : QStringLiteral("both");
        const QString label
            = compact && figures.size() > 1 ? f.label.section(QLatin1Char(' '), 0, 0) : f.label;
        categories << (f.a && f.b ? label
                : compact         ? QStringLiteral("%1 (n/a)").arg(label)
                                  : QStringLiteral("%1 (%2 n/a)").arg(label, who));
        allKnown = allKnown && f.a && f.b;
        // Bars carry the values as shown in the table (one decimal), so their labels agree with it.
        setA->append(format::roundToTenth(f.a.value_or(0)));
        setB->append(format::roundToTenth(f.b.value_or(0)));
    }
    auto *series = new QBarSeries;
    series->append({ setA, setB });
    series->setBarWidth(0.7);
    if (allKnown) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(4); // enough digits for 100.0
        for (QBarSet *set : { setA, setB }) {
            set->setLabelColor(theme.text);
            set->setLabelFont(theme.font(compact ? 8 : 9));
        }
    }
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    styleAxis(categoryAxis, theme);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, maximum);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTickCount(
        metric == QLatin1String("learning") ? int(maximum / (maximum > 60 ? 24 : 12)) + 1 : 6);
    if (compact)
        chart->legend()->hide();
    styleAxis(valueAxis, theme);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

QChart *makeSkillProfileChart(const Comparison &c, const ChartTheme &theme)
{
    // The top rated skills and knowledge of each role, by importance; their union, at most 10.
    auto rated = [](const Role &r) {
        QMap<QString, double> map;
        for (const RoleSkill &s : r.skills) {
            if ((s.kind == SkillKind::Skill || s.kind == SkillKind::Knowledge) && s.importance)
                map.insert(s.label, std::max(map.value(s.label), *s.importance));
        }
        return map;
    };
    const auto a = rated(c.a);
    const auto b = rated(c.b);
    auto top = [](const QMap<QString, double> &map, int n) {
        QVector<std::pair<double, QString>> list;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            list.append({ it.value(), it.key() });
        std::sort(list.begin(), list.end(), [](const auto &l, const auto &r) {
            return l.first != r.first ? l.first > r.first : l.second < r.second;
        });
        QStringList names;
        for (int i = 0; i < std::min(n, int(list.size())); ++i)
            names << list[i].second;
        return names;
    };
    QStringList names = top(a, 5);
    for (const QString &n : top(b, 10)) {
        if (names.size() >= 10)
            break;
        if (!names.contains(n))
            names << n;
    }

    QString title = QStringLiteral("Most important skills (O*NET importance, 1\u20135)");
    QStringList unrated;
    for (const Role *r : { &c.a, &c.b }) {
        if ((r == &c.a ? a : b).isEmpty())
            unrated << shortTitle(r->title, 40);
    }
    if (!unrated.isEmpty())
        title += QStringLiteral(" \u2014 none rated for %1").arg(unrated.join(QStringLiteral(" or ")));
    QChart *chart = newChart(title, theme);

    auto *setA = barSet(shortTitle(c.a.title, 40), theme.roleA);
    auto *setB = barSet(shortTitle(c.b.title, 40), theme.roleB);
    QStringList categories;
    // Bottom-up: reverse so the most important skill is on top.
    for (int i = int(names.size()) - 1; i >= 0; --i) {
        const QString &n = names[i];
        categories << n;
        setA->append(a.value(n, 0));
        setB->append(b.value(n, 0));
    }
    auto *series = new QHorizontalBarSeries;
    series->append({ setB, setA });
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(
        categories.isEmpty() ? QStringList { QStringLiteral("no rated skills") } : categories);
    styleAxis(categoryAxis, theme);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
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
