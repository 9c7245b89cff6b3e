// SPDX-License-Identifier: MIT
// The salary chart is updated in place on a role switch (updateSalaryChart): after any chain of
// switches it must hold, and draw, exactly what a new chart of the last pair holds and draws, with
// nothing left over from an earlier pair (a bar, a category, a median marker, the axis's range).
#include "cataloguedatabase.h"
#include "comparison.h"
#include "comparisoncharts.h"
#include "comparisonsession.h"
#include "mainwindow.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSettings>
#include <QtTest>
#include <QValueAxis>

using namespace cc;

namespace
{

// Everything the chart shows, as text: each series' values, each axis's labels and range, the legend.
QStringList describe(QChart *chart)
{
    QStringList parts { chart->title() };
    for (const QAbstractSeries *series : chart->series()) {
        parts << QStringLiteral("series %1 visible %2").arg(series->name()).arg(series->isVisible());
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                QStringList values;
                for (int i = 0; i < set->count(); ++i)
                    values << QString::number(set->at(i), 'g', 10);
                parts << set->label() + QLatin1Char(':') + values.join(QLatin1Char(','));
            }
        }
        if (const auto *line = qobject_cast<const QXYSeries *>(series)) {
            for (const QPointF &p : line->points())
                parts << QStringLiteral("(%1, %2)").arg(p.x()).arg(p.y());
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        parts << QStringLiteral("axis %1 visible %2").arg(int(axis->alignment())).arg(axis->isVisible());
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            parts << categories->categories();
        if (const auto *values = qobject_cast<const QValueAxis *>(axis))
            parts << QStringLiteral("%1..%2 ticks %3")
                         .arg(values->min())
                         .arg(values->max())
                         .arg(values->tickCount());
    }
    for (const QLegendMarker *marker : chart->legend()->markers())
        parts << QStringLiteral("marker %1 %2").arg(marker->label()).arg(marker->isVisible());
    return parts;
}

// A view showing `chart` (which it owns) at `size`, laid out and drawn: a chart's legend markers are
// visible only once it is.
std::unique_ptr<QChartView> shown(QChart *chart, QSize size = QSize(720, 330))
{
    auto view = std::make_unique<QChartView>(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->resize(size);
    view->show();
    QCoreApplication::processEvents();
    return view;
}

// The same content and the same pixels.
bool same(QChartView &view, QChartView &expected)
{
    QCoreApplication::processEvents();
    const QImage a = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QImage b = expected.grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (describe(view.chart()) != describe(expected.chart())) {
        qWarning("content differs:\n%s\nagainst\n%s",
            qPrintable(describe(view.chart()).join(QLatin1Char('\n'))),
            qPrintable(describe(expected.chart()).join(QLatin1Char('\n'))));
        return false;
    }
    if (a.isNull() || a != b) {
        qWarning("drawn differently");
        return false;
    }
    return true;
}

const QStringList Sequence {
    // Software Developers, then: Registered Nurses; Actors (no salary); AI Multimodal Systems Engineer
    // (a seed role: a range, no median); Chief Executives (the highest pay: another axis); a long title
    // compared with itself (one category); two roles without salaries (no bar, no median); Paramedics.
    QStringLiteral("15-1252.00 29-1141.00"),
    QStringLiteral("15-1252.00 27-2011.00"),
    QStringLiteral("AI-0001 27-2011.00"),
    QStringLiteral("AI-0001 11-1011.00"),
    QStringLiteral("25-9042.00 25-9042.00"),
    QStringLiteral("27-2011.00 27-2031.00"),
    QStringLiteral("15-1252.00 29-2043.00"),
    QStringLiteral("11-1011.00 15-1252.00"),
};

} // namespace

class TestSalaryChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inPlaceMatchesNewChart();
    void windowKeepsItsChartAndShowsTheLastPair();
    void notASalaryChartIsLeftAlone();
    void titleFitsANarrowChart();

private:
    Comparison comparison(const QString &pair) const;
    std::unique_ptr<CatalogueDatabase> m_catalogue;
};

void TestSalaryChart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

Comparison TestSalaryChart::comparison(const QString &pair) const
{
    const QStringList codes = pair.split(QLatin1Char(' '));
    const auto a = m_catalogue->role(codes[0]);
    const auto b = m_catalogue->role(codes[1]);
    if (!a || !b)
        qFatal("no role %s", qPrintable(pair));
    return Comparison::of(*a, *b);
}

// Each switch of the chain, from every earlier pair: the same content and the same pixels as a chart
// made for the pair.
void TestSalaryChart::inPlaceMatchesNewChart()
{
    const auto updated = shown(makeSalaryChart(comparison(Sequence.first())));
    for (const QString &pair : Sequence.mid(1) + Sequence.mid(0, 1)) {
        const Comparison c = comparison(pair);
        QVERIFY(updateSalaryChart(updated->chart(), c));
        const auto fresh = shown(makeSalaryChart(c));
        QVERIFY2(same(*updated, *fresh), qPrintable(pair));
    }
    // The presentation's letters for titles, in place as well.
    const auto letters = shown(makeSalaryChart(comparison(Sequence[2]), {}, true));
    QVERIFY(updateSalaryChart(letters->chart(), comparison(Sequence[3]), true));
    const auto freshLetters = shown(makeSalaryChart(comparison(Sequence[3]), {}, true));
    QVERIFY(same(*letters, *freshLetters));
}

// The window updates the chart it shows (one QChart across switches) and it shows the last pair; a new
// theme gets a new chart in the theme's colours.
void TestSalaryChart::windowKeepsItsChartAndShowsTheLastPair()
{
    MainWindow window(*m_catalogue);
    window.resize(1000, 760);
    QVERIFY(window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    window.show();
    QCoreApplication::processEvents();
    auto *view = window.findChild<QChartView *>(QStringLiteral("salaryChartView"));
    QVERIFY(view);
    QChart *chart = view->chart();
    for (const QString &code : { QStringLiteral("27-2011.00"), QStringLiteral("AI-0001"),
             QStringLiteral("11-1011.00"), QStringLiteral("29-2043.00") }) {
        QVERIFY(window.session()->setRoleB(code));
        QCoreApplication::processEvents();
        QCOMPARE(view->chart(), chart);
        const auto fresh = shown(makeSalaryChart(window.session()->comparison()), view->size());
        QVERIFY2(same(*view, *fresh), qPrintable(code));
    }
    QVERIFY(window.session()->setRoleA(QStringLiteral("27-2031.00")));
    QCoreApplication::processEvents();
    const auto fresh
        = shown(makeSalaryChart(comparison(QStringLiteral("27-2031.00 29-2043.00"))), view->size());
    QVERIFY(same(*view, *fresh));

    window.setTheme(ThemeChoice::Dark);
    QVERIFY(view->chart() != chart);
    QVERIFY(view->chart()->backgroundBrush().color().lightness() < 128);
    window.setTheme(ThemeChoice::Light);
    QVERIFY(view->chart()->backgroundBrush().color().lightness() > 200);
    QVERIFY(same(*view, *fresh));
}

void TestSalaryChart::notASalaryChartIsLeftAlone()
{
    const Comparison c = comparison(Sequence.first());
    std::unique_ptr<QChart> other(makeFiguresChart(c, ChartMetric::Demand));
    const QStringList before = describe(other.get());
    QVERIFY(!updateSalaryChart(other.get(), comparison(Sequence[1])));
    QCOMPARE(describe(other.get()), before);
}

// A figure chart's title is broken between words where one line would not fit (Qt would cut it short
// with an ellipsis), and left as it is where it fits.
void TestSalaryChart::titleFitsANarrowChart()
{
    QFont font;
    font.setPointSizeF(11);
    font.setBold(true);
    const QString title = QStringLiteral("Índice de demanda (0–10) & más");
    const qreal width = QFontMetricsF(font).horizontalAdvance(title);
    QCOMPARE(fittedChartTitle(title, font, width + 1), title);
    const QString narrow = fittedChartTitle(title, font, width * 0.6);
    QVERIFY(narrow.startsWith(QStringLiteral("<center>")));
    const QStringList lines = narrow.mid(8, narrow.size() - 17)
                                  .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                                  .split(QStringLiteral("<br>"));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.join(QLatin1Char(' ')), title); // every word, in order
    for (const QString &line : lines)
        QVERIFY(QFontMetricsF(font).horizontalAdvance(line) <= width * 0.6);
}

QTEST_MAIN(TestSalaryChart)
#include "tst_salarychart.moc"
