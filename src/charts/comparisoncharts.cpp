// SPDX-License-Identifier: MIT
#include "comparisoncharts.h"

#include "formatting.h"
#include "onetvocabulary.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <QMap>

#include <algorithm>
#include <cmath>

namespace cc
{

QFont withoutShaping(QFont font)
{
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    return font;
}

QFont ChartTheme::font(qreal pointSize, bool bold) const
{
    QFont f = withoutShaping(QFont());
    if (!family.isEmpty())
        f.setFamily(family);
    f.setPointSizeF(pointSize * fontScale);
    f.setBold(bold);
    f.setHintingPreference(hinting);
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

int salaryLabelLines(const Comparison &c)
{
    int lines = 0;
    for (const Role *r : { &c.a, &c.b }) {
        lines = std::max(lines,
            int(wrapTitle(r->title, SalaryLabelWidth).count(QLatin1Char('\n')) + 1
                + salaryRangeLines(*r).size()));
    }
    return lines;
}

QStringList salaryRangeLines(const Role &role)
{
    const QString range = format::salaryRange(role.salary);
    if (range.isEmpty())
        return { QCoreApplication::translate("Charts", "not available") };
    if (role.isPageFigure(Field::Salary))
        return { range, QCoreApplication::translate("Sentences", "the seed web page's range") };
    if (role.isEstimate(Field::Salary))
        return { range, QCoreApplication::translate("Sentences", "10th to 90th percentile, estimated") };
    return { range };
}

QString wrapTitle(const QString &title, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QString fittedChartTitle(const QString &title, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(title) <= width)
        return title;
    QStringList lines = wrappedToWidth(title, metrics, width);
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return QStringLiteral("<center>%1</center>").arg(lines.join(QStringLiteral("<br>")));
}

QStringList wrappedToWidth(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QVector<ChartMetric> chartMetrics()
{
    return { ChartMetric::Demand, ChartMetric::Automation, ChartMetric::Learning };
}

QString chartMetricName(ChartMetric metric)
{
    switch (metric) {
    case ChartMetric::Demand:
        return QStringLiteral("demand");
    case ChartMetric::Automation:
        return QStringLiteral("automation");
    case ChartMetric::Learning:
        return QStringLiteral("learning");
    }
    return QString();
}

std::optional<ChartMetric> chartMetricFromName(const QString &name)
{
    for (ChartMetric metric : chartMetrics()) {
        if (chartMetricName(metric) == name)
            return metric;
    }
    return std::nullopt;
}

namespace
{

// One figure of both roles (`field`'s values), with whether each is the seed page's own.
FigurePair figurePair(const Comparison &c, const QString &label, const QString &field,
    std::optional<double> a, std::optional<double> b)
{
    return { label, a, b, c.a.isPageFigure(field), c.b.isPageFigure(field) };
}

FigureSet learningFigures(const Comparison &c, bool compact)
{
    auto asDouble = [](const std::optional<int> &v) { return v ? std::optional<double>(*v) : std::nullopt; };
    FigureSet set;
    set.title = compact ? QCoreApplication::translate("Charts", "Learning (months)")
                        : QCoreApplication::translate("Charts", "Time to become qualified (months)");
    set.figures = { figurePair(c, QCoreApplication::translate("Charts", "Learning"), Field::LearningMonths,
        asDouble(c.a.learningMonths), asDouble(c.b.learningMonths)) };
    for (const auto &f : set.figures)
        set.maximum = std::max({ set.maximum, f.a.value_or(0), f.b.value_or(0) });
    // Ticks a year or two years apart; for more than 19 ticks (the catalogue accepts up to 600 months)
    // five, ten or twenty years apart, so the axis never has more than 20 labels.
    double step = set.maximum > 60 ? 24 : 12;
    bool widened = false;
    for (const double wider : { 60.0, 120.0, 240.0 }) {
        if (std::ceil(set.maximum * 1.15 / step) + 1 <= 20)
            break;
        step = wider;
        widened = true;
    }
    set.maximum = std::max(12.0, std::ceil(set.maximum * 1.15 / step) * step); // room for the value labels
    set.tickCount = int(set.maximum / (widened ? step : set.maximum > 60 ? 24 : 12)) + 1;
    return set;
}

} // namespace

FigureSet figureSet(const Comparison &c, ChartMetric metric, bool compact)
{
    switch (metric) {
    case ChartMetric::Demand:
        return { QCoreApplication::translate("Charts", "Demand score (0–10)"),
            { figurePair(c, QCoreApplication::translate("Charts", "Demand"), Field::DemandScore,
                c.a.demandScore, c.b.demandScore) },
            10, 6 };
    case ChartMetric::Automation:
        return { compact ? QCoreApplication::translate("Charts", "AI risk, LLM exposure (%)")
                         : QCoreApplication::translate("Charts", "AI risk and LLM exposure (%)"),
            { figurePair(c, QCoreApplication::translate("Charts", "Risk"), Field::AiRisk, c.a.aiRiskPercent,
                  c.b.aiRiskPercent),
                figurePair(c, QCoreApplication::translate("Charts", "LLM exposure"), Field::LlmExposure,
                    c.a.llmExposurePercent, c.b.llmExposurePercent) },
            100, 6 };
    case ChartMetric::Learning:
        break;
    }
    return learningFigures(c, compact);
}

QString figureName(const FigurePair &f, bool shorten)
{
    return shorten ? f.label.section(QLatin1Char(' '), 0, 0) : f.label;
}

QString figureLabel(const FigurePair &f, bool shorten, bool compact)
{
    const QString who = f.a ? QStringLiteral("B")
        : f.b               ? QStringLiteral("A")
                            : QCoreApplication::translate("Charts", "both");
    const QString label = figureName(f, shorten);
    return f.a && f.b ? label
        : compact     ? QCoreApplication::translate("Charts", "%1 (n/a)").arg(label)
                      : QCoreApplication::translate("Charts", "%1 (%2 n/a)").arg(label, who);
}

QMap<QString, double> ratedSkills(const Role &r)
{
    QMap<QString, double> map;
    for (const RoleSkill &s : r.skills) {
        if ((s.kind == SkillKind::Skill || s.kind == SkillKind::Knowledge) && s.importance)
            map.insert(s.label, std::max(map.value(s.label), *s.importance));
    }
    return map;
}

namespace
{

// The `n` most important labels, ties by name.
QStringList mostImportant(const QMap<QString, double> &map, int n)
{
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
}

} // namespace

// The top rated skills and knowledge of each role, by importance; their union, at most 10.
QStringList skillProfileNames(const Comparison &c)
{
    const auto a = ratedSkills(c.a);
    const auto b = ratedSkills(c.b);
    QStringList names = mostImportant(a, 5);
    for (const QString &n : mostImportant(b, 10)) {
        if (names.size() >= 10)
            break;
        if (!names.contains(n))
            names << n;
    }
    return names;
}

QVector<ChartFigure> chartFigures(const Comparison &c)
{
    QVector<ChartFigure> rows;
    const QString none = QCoreApplication::translate("Charts", "not available");
    auto wage = [&](const Wage &w) {
        const QString text = format::wage(w);
        return text.isEmpty() ? none : text;
    };
    // The seed page gives a range of its own, no percentiles: its ends are said to be the page's.
    auto salaryOf = [&](const Role &r, const Wage SalaryRange::*pick) {
        const Wage &w = r.salary.*pick;
        if (!r.isPageFigure(Field::Salary) || !w.isKnown())
            return wage(w);
        if (pick == &SalaryRange::low)
            return QCoreApplication::translate("Charts", "%1 (bottom of the seed web page's range)")
                .arg(wage(w));
        if (pick == &SalaryRange::high)
            return QCoreApplication::translate("Charts", "%1 (top of the seed web page's range)")
                .arg(wage(w));
        return wage(w);
    };
    const QString salary = QCoreApplication::translate("Charts", "Salary range");
    for (const auto &[label, pick] : std::initializer_list<std::pair<QString, const Wage SalaryRange::*>> {
             { QCoreApplication::translate("Charts", "10th percentile"), &SalaryRange::low },
             { QCoreApplication::translate("Charts", "25th percentile"), &SalaryRange::p25 },
             { QCoreApplication::translate("Charts", "median"), &SalaryRange::median },
             { QCoreApplication::translate("Charts", "75th percentile"), &SalaryRange::p75 },
             { QCoreApplication::translate("Charts", "90th percentile"), &SalaryRange::high } })
        rows.append({ salary, label, salaryOf(c.a, pick), salaryOf(c.b, pick) });
    auto number = [&](const std::optional<double> &v, const QString &unit) {
        return v ? format::oneDecimal(format::roundToTenth(*v)) + unit : none;
    };
    for (ChartMetric metric : chartMetrics()) {
        const FigureSet set = figureSet(c, metric, false);
        const QString unit = metric == ChartMetric::Automation ? QCoreApplication::translate("Charts", "%")
            : metric == ChartMetric::Learning ? QCoreApplication::translate("Charts", " months")
                                              : QString();
        for (const FigurePair &f : set.figures)
            rows.append({ set.title, f.label, number(f.a, unit), number(f.b, unit) });
    }
    const auto a = ratedSkills(c.a);
    const auto b = ratedSkills(c.b);
    const QString skills = QCoreApplication::translate("Charts", "Skill importance (1–5)");
    for (const QString &name : skillProfileNames(c)) {
        auto importance = [&](const QMap<QString, double> &map) {
            if (map.contains(name))
                return format::oneDecimal(format::roundToTenth(map.value(name)));
            // Only the skills of importance 3 or more are listed: a rated role's missing one is lower.
            return map.isEmpty() ? QCoreApplication::translate("Charts", "not rated")
                                 : QCoreApplication::translate("Charts", "under 3 or not reported");
        };
        rows.append({ skills, onetTerm(name), importance(a), importance(b) });
    }
    return rows;
}

QString skillProfileTitle()
{
    return QCoreApplication::translate("Charts", "Most important skills (O*NET importance, 1–5)");
}

QString noneRatedLine(const Comparison &c, bool wholeTitles)
{
    QStringList unrated;
    for (const Role *r : { &c.a, &c.b }) {
        if (ratedSkills(*r).isEmpty())
            unrated << (wholeTitles ? r->title : shortTitle(r->title, 40));
    }
    if (!unrated.isEmpty())
        return QCoreApplication::translate("Charts", "none rated for %1")
            .arg(unrated.join(QCoreApplication::translate("Charts", " or ")));
    const auto a = ratedSkills(c.a);
    const auto b = ratedSkills(c.b);
    const QStringList names = skillProfileNames(c);
    const bool barMissing = std::any_of(
        names.begin(), names.end(), [&](const QString &n) { return !a.contains(n) || !b.contains(n); });
    return barMissing ? QCoreApplication::translate("Charts", "no bar: under 3 or not reported") : QString();
}

} // namespace cc
