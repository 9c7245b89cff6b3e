// SPDX-License-Identifier: MIT
// The window's salary chart (SalaryChartView) is the report's drawing of the pair it shows
// (salaryChartDrawing): after any chain of role switches it holds, and paints, exactly what a drawing
// of the last pair at its size holds, with nothing left over from an earlier pair (a bar, a title, a
// median marker, the axis's range); a new theme repaints it in the theme's colours.
#include "cataloguedatabase.h"
#include "comparison.h"
#include "comparisoncharts.h"
#include "comparisonsession.h"
#include "mainwindow.h"
#include "reportcharts.h"
#include "salarychartview.h"

#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QtTest>

using namespace cc;

namespace
{

// Everything a drawing shows, as text: each box, line and label with where it is.
QStringList describe(const ChartDrawing &drawing)
{
    auto rect = [](const QRectF &r) {
        return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    };
    QStringList parts { QStringLiteral("plot ") + rect(drawing.plot) };
    for (const ChartDrawing::Box &box : drawing.boxes)
        parts << QStringLiteral("box %1 %2 %3").arg(rect(box.rect), box.color.name()).arg(box.role);
    for (const ChartDrawing::Line &line : drawing.lines + drawing.grid)
        parts << QStringLiteral("line %1,%2 %3,%4 %5")
                     .arg(line.line.x1())
                     .arg(line.line.y1())
                     .arg(line.line.x2())
                     .arg(line.line.y2())
                     .arg(line.color.name());
    for (const ChartDrawing::Label &label : drawing.labels)
        parts << QStringLiteral("label %1 %2").arg(rect(label.rect), label.text);
    return parts;
}

// `drawing` painted as the view paints it, on its theme's background.
QImage painted(const ChartDrawing &drawing, const ChartTheme &theme, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(QRect(QPoint(), size), theme.background);
    painter.setRenderHint(QPainter::Antialiasing);
    drawing.paint(painter);
    painter.end();
    return image;
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
    void windowShowsTheLastPair();
    void rangeSaysWhatItIs();
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

// Each pair of the chain in turn, by switching role A or B: the view holds and paints the drawing of
// that pair at its size; both titles are on it; a theme repaints it.
void TestSalaryChart::windowShowsTheLastPair()
{
    MainWindow window(*m_catalogue);
    window.resize(1000, 760);
    QVERIFY(window.compare(QStringLiteral("15-1252.00"), QStringLiteral("29-1141.00")));
    window.show();
    QCoreApplication::processEvents();
    auto *view = window.findChild<SalaryChartView *>(QStringLiteral("salaryChartView"));
    QVERIFY(view);
    auto check = [&](const QString &pair) {
        QCoreApplication::processEvents();
        const Comparison c = comparison(pair);
        const ChartDrawing fresh = salaryChartDrawing(c, view->theme(), view, QRectF(view->rect()));
        QCOMPARE(describe(view->drawing()), describe(fresh));
        const QString shown = describe(view->drawing()).join(QLatin1Char('\n'));
        for (const QString &title : { c.a.title, c.b.title })
            QVERIFY2(shown.contains(title.left(12)), qPrintable(pair + QLatin1Char('\n') + shown));
        QCOMPARE(view->grab().toImage().convertToFormat(QImage::Format_RGB32),
            painted(fresh, view->theme(), view->size()));
    };
    check(Sequence.first());
    for (const QString &pair : Sequence.mid(1) + Sequence.mid(0, 1)) {
        const QStringList codes = pair.split(QLatin1Char(' '));
        QVERIFY(window.session()->setRoleA(codes[0]));
        QVERIFY(window.session()->setRoleB(codes[1]));
        check(pair);
    }
    window.setTheme(ThemeChoice::Dark);
    QVERIFY(view->theme().background.lightness() < 128);
    QVERIFY(view->grab().toImage().pixelColor(2, 2).lightness() < 128);
    check(Sequence.first());
    window.setTheme(ThemeChoice::Light);
    QVERIFY(view->grab().toImage().pixelColor(2, 2).lightness() > 200);
    check(Sequence.first());
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

// Under each title the range, and what it is when it is not BLS's 10th to 90th percentile that the
// chart's title names: the seed page's plain range (never read as percentiles), or an estimate.
void TestSalaryChart::rangeSaysWhatItIs()
{
    const auto role = [this](const QString &code) { return *m_catalogue->role(code); };
    QCOMPARE(salaryRangeLines(role(QStringLiteral("29-1141.00"))),
        QStringList { QStringLiteral("$66,030–$135,320") });
    QCOMPARE(salaryRangeLines(role(QStringLiteral("AI-0002"))),
        QStringList({ QStringLiteral("$130,000–$220,000"), QStringLiteral("the seed web page's range") }));
    int estimated = 0;
    for (const RoleSummary &summary : m_catalogue->roles()) {
        const Role r = role(summary.code);
        const QStringList lines = salaryRangeLines(r);
        QCOMPARE(lines.size() == 2,
            r.isPageFigure(Field::Salary)
                || (r.isEstimate(Field::Salary) && !lines.first().contains(QLatin1String("not available"))));
        if (r.isEstimate(Field::Salary) && lines.size() == 2) {
            QCOMPARE(lines.last(), QStringLiteral("10th to 90th percentile, estimated"));
            ++estimated;
        }
    }
    QVERIFY(estimated > 0);
    // On the window's chart, under the seed role's title.
    const Comparison c = comparison(QStringLiteral("23-2011.00 AI-0002"));
    SalaryChartView view;
    view.resize(900, 330);
    view.setComparison(c);
    QStringList labels;
    for (const ChartDrawing::Label &label : view.drawing().labels)
        labels << label.text;
    QVERIFY2(labels.contains(QStringLiteral("the seed web page's range")),
        qPrintable(labels.join(QLatin1Char('|'))));
    QCOMPARE(salaryLabelLines(c), 3); // the title, the range, what it is (the other label: 2 lines)
}

QTEST_MAIN(TestSalaryChart)
#include "tst_salarychart.moc"
