// SPDX-License-Identifier: MIT
#include "reportcharts.h"

#include "formatting.h"
#include "onetvocabulary.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cc
{

void ChartDrawing::paint(QPainter &painter) const
{
    painter.save();
    auto drawLines = [&painter](const QVector<Line> &list) {
        painter.setBrush(Qt::NoBrush);
        for (const Line &line : list) {
            QPen pen(line.color);
            pen.setWidthF(line.width);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(line.line);
        }
    };
    drawLines(grid);
    painter.setPen(Qt::NoPen);
    for (const Box &box : boxes) {
        painter.setBrush(box.color);
        painter.drawRect(box.rect);
    }
    drawLines(lines);
    for (const Label &label : labels) {
        if (label.background.isValid()) {
            const QRectF text = QFontMetricsF(label.font, painter.device())
                                    .boundingRect(label.rect, label.flags, label.text);
            painter.fillRect(text, label.background);
        }
        painter.setFont(label.font);
        painter.setPen(label.color);
        painter.drawText(label.rect, label.flags, label.text);
    }
    painter.restore();
}

namespace
{

// Numbers as the window's charts print them: the reader's locale unless the text is English.
QLocale numberLocale()
{
    return textIsEnglish() ? QLocale::c() : textLocale();
}

// An axis label from a printf-style format with one "%.0f" ("$%.0fk").
QString axisLabel(const QString &format, double value)
{
    return QString(format).replace(QStringLiteral("%.0f"), numberLocale().toString(value, 'f', 0));
}

// Lays a chart out in `rect`: sizes in points scaled by the theme, type measured on the device.
class Layout
{
public:
    Layout(const ChartTheme &theme, QPaintDevice *device, const QRectF &rect)
        : m_theme(theme)
        , m_device(device)
        , m_unit(device->logicalDpiY() / 72.0 * theme.fontScale)
        , m_rect(rect)
        , m_top(rect.top() + margin())
    {
    }

    ChartDrawing drawing;

    const ChartTheme &theme() const { return m_theme; }
    qreal unit() const { return m_unit; } // a point, scaled like the type
    qreal margin() const { return 4.5 * m_unit; }
    const QRectF &rect() const { return m_rect; }
    qreal top() const { return m_top; }
    QFont font(qreal size, bool bold = false) const { return m_theme.font(size, bold); }
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, m_device); }

    void label(const QRectF &rect, const QString &text, int flags, const QFont &font)
    {
        drawing.labels.append({ rect, text, flags, font, m_theme.text });
    }

    // Title lines, centred at the top, bold; a line too wide for the chart wraps at spaces (a title
    // is never cut short: "none rated for" names both roles in full).
    void title(const QStringList &lines)
    {
        const QFont bold = font(11, true);
        const QFontMetricsF fm = metrics(bold);
        for (const QString &line : lines) {
            for (const QString &part : wrappedToWidth(line, fm, m_rect.width() - 2 * margin())) {
                label(QRectF(m_rect.left(), m_top, m_rect.width(), fm.height()), part, Qt::AlignCenter, bold);
                m_top += fm.lineSpacing();
            }
        }
        m_top += 3 * m_unit;
    }

    // A label of one or more lines, right-aligned in `column` and centred on `centreY`.
    void categoryLabel(const QStringList &lines, qreal left, qreal width, qreal centreY, const QFont &font)
    {
        const QFontMetricsF fm = metrics(font);
        qreal y = centreY - fm.lineSpacing() * lines.size() / 2;
        for (const QString &line : lines) {
            label(QRectF(left, y, width, fm.height()), fm.elidedText(line, Qt::ElideRight, width),
                Qt::AlignRight | Qt::AlignVCenter, font);
            y += fm.lineSpacing();
        }
    }

    void grid(const QLineF &line) { drawing.grid.append({ line, m_theme.grid, 0.75 * m_unit, -1 }); }
    void axisLine(const QLineF &line)
    {
        drawing.lines.append({ line, m_theme.grid.darker(160), 0.75 * m_unit, -1 });
    }
    void box(const QRectF &rect, const QColor &color, int role)
    {
        drawing.boxes.append({ rect, color, role });
    }

    // Legend entries in one centred row at the bottom (a second row when they do not fit); returns
    // the legend's height. A swatch is a box, or a short upright line for a marker.
    struct Entry {
        QString name;
        QColor color;
        bool line = false;
    };
    qreal legend(const QVector<Entry> &entries)
    {
        const QFont type = font(9);
        const QFontMetricsF fm = metrics(type);
        const qreal swatch = fm.height() * 0.7;
        const qreal gap = 9 * m_unit; // between entries; half of it between a swatch and its name
        QVector<QVector<std::pair<Entry, qreal>>> rows(1);
        qreal rowWidth = 0;
        for (const Entry &e : entries) {
            const qreal width = swatch + gap / 2 + fm.horizontalAdvance(e.name);
            if (!rows.last().isEmpty() && rowWidth + gap + width > m_rect.width() - 2 * margin()) {
                rows.append(QVector<std::pair<Entry, qreal>>());
                rowWidth = 0;
            }
            rowWidth += (rows.last().isEmpty() ? 0 : gap) + width;
            rows.last().append({ e, width });
        }
        const qreal height = rows.size() * fm.lineSpacing();
        qreal y = m_rect.bottom() - margin() - height;
        for (const auto &row : rows) {
            qreal total = -gap;
            for (const auto &[e, width] : row)
                total += gap + width;
            qreal x = m_rect.center().x() - total / 2;
            for (const auto &[e, width] : row) {
                const QRectF mark(x, y + (fm.height() - swatch) / 2, swatch, swatch);
                if (e.line)
                    drawing.lines.append(
                        { QLineF(mark.center().x(), mark.top(), mark.center().x(), mark.bottom()), e.color,
                            2.25 * m_unit, -1 });
                else
                    box(mark, e.color, -1);
                label(QRectF(mark.right() + gap / 2, y, width - swatch - gap / 2, fm.height()), e.name,
                    Qt::AlignLeft | Qt::AlignVCenter, type);
                x += width + gap;
            }
            y += fm.lineSpacing();
        }
        return height;
    }

    // Vertical grid lines and labels under the plot for a horizontal value axis from 0 to `maximum`.
    void horizontalValueAxis(const QRectF &plot, double maximum, double step, const QString &format)
    {
        const QFont type = font(9);
        const QFontMetricsF fm = metrics(type);
        for (double v = 0; v <= maximum + step / 1000; v += step) {
            const qreal x = plot.left() + plot.width() * v / maximum;
            grid(QLineF(x, plot.top(), x, plot.bottom()));
            const QString text = axisLabel(format, v);
            const qreal w = fm.horizontalAdvance(text);
            label(QRectF(x - w / 2 - m_unit, plot.bottom() + 2 * m_unit, w + 2 * m_unit, fm.height()), text,
                Qt::AlignCenter, type);
        }
        axisLine(QLineF(plot.bottomLeft(), plot.bottomRight()));
        axisLine(QLineF(plot.topLeft(), plot.bottomLeft()));
    }

private:
    const ChartTheme &m_theme;
    QPaintDevice *m_device;
    qreal m_unit;
    QRectF m_rect;
    qreal m_top;
};

// The salary bar of one role as [from, to, colour] spans in thousands, and its median.
struct SalarySpans {
    QVector<std::tuple<double, double, QColor>> spans;
    std::optional<double> median;
};

SalarySpans salarySpans(const SalaryRange &s, const QColor &light, const QColor &dark)
{
    SalarySpans result;
    const std::optional<SalaryBar> bar = salaryBar(s);
    if (!bar)
        return result;
    if (!bar->middle) {
        result.spans.append({ bar->low, bar->high, light }); // only the range is known (the seed page)
        return result;
    }
    const SalaryBar::Middle &m = *bar->middle;
    result.spans = { { bar->low, m.p25, light }, { m.p25, m.p75, dark }, { m.p75, bar->high, light } };
    result.median = m.median;
    return result;
}

} // namespace

ChartDrawing salaryChartDrawing(
    const Comparison &c, const ChartTheme &theme, QPaintDevice *device, const QRectF &rect)
{
    Layout layout(theme, device, rect);
    layout.title(
        { QCoreApplication::translate("Charts", "Annual salary range (US$, 10th to 90th percentile)") });
    const Role *roles[2] = { &c.a, &c.b };
    const SalarySpans bars[2] = { salarySpans(c.a.salary, theme.roleALight, theme.roleA),
        salarySpans(c.b.salary, theme.roleBLight, theme.roleB) };
    double highest = 0;
    for (const SalarySpans &bar : bars) {
        for (const auto &span : bar.spans)
            highest = std::max(highest, std::get<1>(span));
    }
    const bool anyMedian = bars[0].median || bars[1].median;
    QVector<Layout::Entry> legend { { salaryRangeName(), theme.roleALight } };
    if (anyMedian)
        legend << Layout::Entry { middleHalfName(), theme.roleA }
               << Layout::Entry { medianName(), theme.median, true };
    const qreal legendHeight = layout.legend(legend);

    // Each bar's label: the whole title over as many lines as it takes (a clipped title names the
    // wrong job), then the range.
    const QFont type = layout.font(9);
    const QFontMetricsF fm = layout.metrics(type);
    QStringList lines[2];
    qreal labelWidth = 0;
    for (int i = 0; i < 2; ++i) {
        lines[i] = wrapTitle(roles[i]->title, SalaryLabelWidth).split(QLatin1Char('\n'))
            + salaryRangeLines(*roles[i]);
        for (const QString &line : lines[i])
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(line));
    }
    labelWidth = std::min(labelWidth, rect.width() * 0.45);
    const SalaryAxis axis = salaryAxis(highest);
    const QString format = QCoreApplication::translate("Charts", "$%.0fk");
    const qreal unit = layout.unit();
    const qreal left = rect.left() + layout.margin() + labelWidth + 6 * unit;
    const qreal right
        = rect.right() - layout.margin() - fm.horizontalAdvance(axisLabel(format, axis.maximum)) / 2;
    const qreal bottom = rect.bottom() - layout.margin() - legendHeight - 9 * unit - fm.height() - 2 * unit;
    const QRectF plot(left, layout.top(), right - left, bottom - layout.top());
    layout.drawing.plot = plot;
    layout.horizontalValueAxis(plot, axis.maximum, axis.step, format);
    const qreal band = plot.height() / 2;
    for (int i = 0; i < 2; ++i) { // A on top
        const qreal centre = plot.top() + band * (i + 0.5);
        layout.categoryLabel(lines[i], rect.left() + layout.margin(), labelWidth, centre, type);
        const qreal thick = band * 0.55;
        for (const auto &[from, to, colour] : bars[i].spans) {
            layout.box(QRectF(plot.left() + plot.width() * from / axis.maximum, centre - thick / 2,
                           plot.width() * (to - from) / axis.maximum, thick),
                colour, i);
        }
        if (const auto median = bars[i].median) {
            const qreal x = plot.left() + plot.width() * *median / axis.maximum;
            layout.drawing.lines.append(
                { QLineF(x, centre - band * 0.33, x, centre + band * 0.33), theme.median, 2.25 * unit, i });
        }
    }
    return layout.drawing;
}

namespace
{

// A value above its bar, as the window's bar labels print it ("7.3", "100").
QString valueLabel(double value)
{
    return numberLocale().toString(value, 'g', 4);
}

} // namespace

ChartDrawing figuresChartDrawing(const Comparison &c, ChartMetric metric, const ChartTheme &theme,
    QPaintDevice *device, const QRectF &rect)
{
    const FigureSet set = figureSet(c, metric, true);
    Layout layout(theme, device, rect);
    layout.title({ set.title });
    const QFont type = layout.font(9);
    const QFontMetricsF fm = layout.metrics(type);
    const qreal unit = layout.unit();
    const QString format = QStringLiteral("%.0f");
    const double step = set.maximum / std::max(1, set.tickCount - 1);
    qreal tickWidth = 0;
    for (double v = 0; v <= set.maximum + step / 1000; v += step)
        tickWidth = std::max(tickWidth, fm.horizontalAdvance(axisLabel(format, v)));
    const qreal left = rect.left() + layout.margin() + tickWidth + 4 * unit;
    const qreal bottom = rect.bottom() - layout.margin() - fm.height() - 3 * unit;
    const qreal top = layout.top() + fm.height(); // room for the value labels
    const QRectF plot(left, top, rect.right() - layout.margin() - left, bottom - top);
    layout.drawing.plot = plot;
    for (double v = 0; v <= set.maximum + step / 1000; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / set.maximum;
        layout.grid(QLineF(plot.left(), y, plot.right(), y));
        layout.label(QRectF(rect.left() + layout.margin(), y - fm.height() / 2, tickWidth, fm.height()),
            axisLabel(format, v), Qt::AlignRight | Qt::AlignVCenter, type);
    }
    layout.axisLine(QLineF(plot.topLeft(), plot.bottomLeft()));
    layout.axisLine(QLineF(plot.bottomLeft(), plot.bottomRight()));
    const QFont valueType = layout.font(8);
    const QFontMetricsF valueMetrics = layout.metrics(valueType);
    const qreal group = plot.width() / set.figures.size();
    for (int g = 0; g < set.figures.size(); ++g) {
        const FigurePair &f = set.figures[g];
        const qreal groupLeft = plot.left() + group * g;
        layout.label(QRectF(groupLeft, plot.bottom() + 2 * unit, group, fm.height()),
            fm.elidedText(figureName(f, set.figures.size() > 1), Qt::ElideRight, group), Qt::AlignCenter,
            type);
        const qreal barWidth = group * 0.35;
        for (int i = 0; i < 2; ++i) {
            const std::optional<double> value = i == 0 ? f.a : f.b;
            // Every bar carries its value, a seed-page figure its dagger (the report's key says what it
            // means); a missing figure gets no bar (never one of height 0 read as 0) but "n/a" in its
            // place, so the category's other bar is not taken for both.
            const double shown = value ? format::roundToTenth(*value) : 0; // as the table shows it
            const qreal height = plot.height() * std::clamp(shown / set.maximum, 0.0, 1.0);
            const QRectF bar(
                groupLeft + group * 0.15 + barWidth * i, plot.bottom() - height, barWidth, height);
            if (value)
                layout.box(bar, i == 0 ? theme.roleA : theme.roleB, i);
            const bool page = i == 0 ? f.aPage : f.bPage;
            const QString text = !value ? QCoreApplication::translate("Charts", "n/a")
                                        : valueLabel(shown) + (page ? QStringLiteral("\u2020") : QString());
            layout.label(QRectF(bar.left() - group * 0.1, bar.top() - valueMetrics.height(),
                             bar.width() + group * 0.2, valueMetrics.height()),
                text, Qt::AlignHCenter | Qt::AlignBottom, valueType);
            layout.drawing.labels.last().background = theme.background; // legible over a grid line
        }
    }
    return layout.drawing;
}

ChartDrawing skillProfileDrawing(
    const Comparison &c, const ChartTheme &theme, QPaintDevice *device, const QRectF &rect)
{
    Layout layout(theme, device, rect);
    QStringList title { skillProfileTitle() };
    if (const QString none = noneRatedLine(c, true); !none.isEmpty()) // wrapped, never cut short
        title << none;
    layout.title(title);
    const QMap<QString, double> importance[2] = { ratedSkills(c.a), ratedSkills(c.b) };
    const QStringList names = skillProfileNames(c);
    QStringList categories;
    for (const QString &name : names)
        categories << onetTerm(name);
    if (categories.isEmpty())
        categories << QCoreApplication::translate("Charts", "no rated skills");
    const QFont type = layout.font(9);
    const QFontMetricsF fm = layout.metrics(type);
    qreal labelWidth = 0;
    for (const QString &category : categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(category));
    labelWidth = std::min(labelWidth, rect.width() * 0.4);
    const qreal unit = layout.unit();
    const qreal left = rect.left() + layout.margin() + labelWidth + 6 * unit;
    const qreal right = rect.right() - layout.margin() - fm.horizontalAdvance(QStringLiteral("5")) / 2;
    const qreal bottom = rect.bottom() - layout.margin() - fm.height() - 2 * unit;
    const QRectF plot(left, layout.top(), right - left, bottom - layout.top());
    layout.drawing.plot = plot;
    layout.horizontalValueAxis(plot, 5, 1, QStringLiteral("%.0f"));
    const qreal band = plot.height() / categories.size();
    for (int k = 0; k < categories.size(); ++k) { // the most important on top
        const qreal centre = plot.top() + band * (k + 0.5);
        layout.categoryLabel({ categories[k] }, rect.left() + layout.margin(), labelWidth, centre, type);
        const qreal thick = band * 0.75 / 2;
        for (int i = 0; i < 2 && k < names.size(); ++i) { // A above B
            const auto value = importance[i].constFind(names[k]);
            if (value == importance[i].constEnd())
                continue; // not rated for this role: no bar
            layout.box(QRectF(plot.left(), centre - thick + thick * i,
                           plot.width() * std::clamp(*value / 5.0, 0.0, 1.0), thick),
                i == 0 ? theme.roleA : theme.roleB, i);
        }
    }
    return layout.drawing;
}

} // namespace cc
