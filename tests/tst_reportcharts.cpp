// SPDX-License-Identifier: MIT
// The report's charts, drawn without Qt Charts: every bar ends where its figure says on the chart's
// own axis, a missing figure has no bar (never one of length 0 read as 0) and says so, and nothing is
// drawn outside the chart's rectangle, long titles included.
#include "comparison.h"
#include "formatting.h"
#include "reportcharts.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

#include <memory>

using namespace cc;

namespace
{

Role role(const char *code, const QString &title, int low, int p25, int median, int p75, int high)
{
    Role r;
    r.code = QString::fromLatin1(code);
    r.title = title;
    r.salary.low.amount = low;
    r.salary.p25.amount = p25;
    r.salary.median.amount = median;
    r.salary.p75.amount = p75;
    r.salary.high.amount = high;
    r.demandScore = 7.3;
    r.aiRiskPercent = 12.0;
    r.llmExposurePercent = 44.7;
    r.learningMonths = 30;
    for (const auto &[label, importance] : { std::pair { "Active Listening", 4.1 }, { "Mathematics", 3.2 } })
        r.skills.append({ QString::fromLatin1(label), SkillKind::Skill, importance, false, false, {} });
    return r;
}

QVector<ChartDrawing::Box> boxesOf(const ChartDrawing &d, int roleIndex)
{
    QVector<ChartDrawing::Box> out;
    for (const auto &b : d.boxes) {
        if (b.role == roleIndex)
            out.append(b);
    }
    return out;
}

QStringList texts(const ChartDrawing &d)
{
    QStringList out;
    for (const auto &l : d.labels)
        out << l.text;
    return out;
}

// Within the rectangle, allowing for rounding.
bool inside(const QRectF &outer, const QRectF &inner)
{
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner);
}

} // namespace

class TestReportCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void salaryBarsSitOnTheAxis_data();
    void salaryBarsSitOnTheAxis();
    void missingSalaryHasNoBar();
    void figuresBarsAndValues();
    void gridBehindBars();
    void missingFigureHasNoBarButSaysSo();
    void pageFiguresCarryTheirDagger();
    void skillBarsAndUnratedRole();
    void longTitlesWrapNeverCut();
    void everythingInsideTheChart_data();
    void everythingInsideTheChart();

private:
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    const QRectF m_rect { 100, 200, 2000, 700 };
};

void TestReportCharts::initTestCase()
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(300);
}

void TestReportCharts::salaryBarsSitOnTheAxis_data()
{
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("median");
    QTest::addColumn<int>("high");
    QTest::newRow("typical") << 45000 << 70000 << 120000;
    QTest::newRow("high pay") << 120000 << 239000 << 239200;
    QTest::newRow("low pay") << 19000 << 29000 << 41000;
}

void TestReportCharts::salaryBarsSitOnTheAxis()
{
    QFETCH(int, low);
    QFETCH(int, median);
    QFETCH(int, high);
    const Comparison c = Comparison::of(role("11-1111.00", QStringLiteral("First"), low, (low + median) / 2,
                                            median, (median + high) / 2, high),
        role("22-2222.00", QStringLiteral("Second"), 30000, 40000, 50000, 60000, 70000));
    const ChartDrawing d = salaryChartDrawing(c, ChartTheme(), m_writer.get(), m_rect);
    const SalaryAxis axis = salaryAxis(std::max(high, 70000) / 1000.0);
    auto x = [&](double dollars) { return d.plot.left() + d.plot.width() * dollars / 1000.0 / axis.maximum; };
    const auto a = boxesOf(d, 0);
    QCOMPARE(a.size(), 3); // light, the middle half, light
    QVERIFY(qAbs(a.first().rect.left() - x(low)) < 0.01);
    QVERIFY(qAbs(a.last().rect.right() - x(high)) < 0.01);
    QVERIFY(qAbs(a[1].rect.left() - x((low + median) / 2)) < 0.01);
    int medians = 0;
    for (const auto &line : d.lines) {
        if (line.role == 0) {
            ++medians;
            QVERIFY(qAbs(line.line.x1() - x(median)) < 0.01);
        }
    }
    QCOMPARE(medians, 1);
    // A above B, and the axis reaches the highest salary.
    QVERIFY(a.first().rect.bottom() < boxesOf(d, 1).first().rect.top());
    QVERIFY(axis.maximum * 1000 >= high);
    QVERIFY(texts(d).contains(format::salaryRange(c.a.salary)));
}

void TestReportCharts::missingSalaryHasNoBar()
{
    Role b = role("22-2222.00", QStringLiteral("Second"), 30000, 40000, 50000, 60000, 70000);
    b.salary = SalaryRange();
    Role seed = role("11-1111.00", QStringLiteral("First"), 90000, 0, 0, 0, 150000);
    seed.salary.p25 = seed.salary.median = seed.salary.p75 = Wage(); // only the range (the seed page)
    const Comparison c = Comparison::of(seed, b);
    const ChartDrawing d = salaryChartDrawing(c, ChartTheme(), m_writer.get(), m_rect);
    QVERIFY(boxesOf(d, 1).isEmpty());
    QCOMPARE(boxesOf(d, 0).size(), 1); // one light span, no middle band
    for (const auto &line : d.lines)
        QVERIFY2(line.role < 0, "no median marker without a median");
    QVERIFY(texts(d).contains(QStringLiteral("not available")));
    QVERIFY(!texts(d).contains(QStringLiteral("median"))); // nor a legend entry for it
}

void TestReportCharts::figuresBarsAndValues()
{
    const Comparison c = Comparison::of(role("11-1111.00", QStringLiteral("First"), 1, 2, 3, 4, 5),
        role("22-2222.00", QStringLiteral("Second"), 1, 2, 3, 4, 5));
    const ChartDrawing d = figuresChartDrawing(c, ChartMetric::Demand, ChartTheme(), m_writer.get(), m_rect);
    const auto a = boxesOf(d, 0);
    QCOMPARE(a.size(), 1);
    QVERIFY(qAbs(a.first().rect.height() - d.plot.height() * 7.3 / 10) < 0.01);
    QVERIFY(qAbs(a.first().rect.bottom() - d.plot.bottom()) < 0.01);
    QVERIFY(texts(d).contains(QStringLiteral("7.3")));
    const ChartDrawing risk
        = figuresChartDrawing(c, ChartMetric::Automation, ChartTheme(), m_writer.get(), m_rect);
    QCOMPARE(boxesOf(risk, 0).size(), 2); // risk and LLM exposure
    QVERIFY(texts(risk).contains(QStringLiteral("44.7")));
}

// Grid lines run behind the bars: where one crosses a bar, the bar's colour shows.
void TestReportCharts::gridBehindBars()
{
    const Comparison c = Comparison::of(role("11-1111.00", QStringLiteral("First"), 1, 2, 3, 4, 5),
        role("22-2222.00", QStringLiteral("Second"), 1, 2, 3, 4, 5));
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(Qt::white);
    const ChartTheme theme;
    const ChartDrawing d = figuresChartDrawing(c, ChartMetric::Demand, theme, &image, QRectF(0, 0, 800, 500));
    QPainter painter(&image);
    d.paint(painter);
    painter.end();
    const QRectF bar = boxesOf(d, 0).first().rect;
    int crossings = 0;
    for (const auto &line : d.grid) {
        const qreal y = line.line.y1();
        if (y > bar.top() + 2 && y < bar.bottom() - 2) {
            ++crossings;
            QCOMPARE(image.pixelColor(int(bar.center().x()), int(std::round(y))), theme.roleA);
        }
    }
    QVERIFY(crossings >= 2); // 7.3 on a 0-10 axis with a line every 2
}

// A missing figure gets no bar (never one of height 0 read as 0) but "n/a" in its place, so that its
// neighbour's value is not read as both roles'; every bar that is there carries its value.
void TestReportCharts::missingFigureHasNoBarButSaysSo()
{
    Role b = role("22-2222.00", QStringLiteral("Second"), 1, 2, 3, 4, 5);
    b.aiRiskPercent.reset();
    const Comparison c = Comparison::of(role("11-1111.00", QStringLiteral("First"), 1, 2, 3, 4, 5), b);
    const ChartDrawing d
        = figuresChartDrawing(c, ChartMetric::Automation, ChartTheme(), m_writer.get(), m_rect);
    QCOMPARE(boxesOf(d, 0).size(), 2);
    QCOMPARE(boxesOf(d, 1).size(), 1); // LLM exposure only
    QCOMPARE(texts(d).count(QStringLiteral("n/a")), 1);
    QVERIFY(!texts(d).contains(QStringLiteral("Risk (n/a)")));
    QCOMPARE(texts(d).count(QStringLiteral("12")), 1); // the first role's risk
    QCOMPARE(texts(d).count(QStringLiteral("44.7")), 2); // both roles' LLM exposure
    // "n/a" stands where the missing bar would be: over the second role's risk slot, on the axis.
    for (const auto &label : d.labels) {
        if (label.text == QLatin1String("n/a")) {
            const QRectF llmB = boxesOf(d, 1).first().rect;
            QVERIFY(label.rect.center().x() < llmB.left());
            QVERIFY(qAbs(label.rect.bottom() - d.plot.bottom()) < 0.01);
        }
    }
}

// The seed web page's own figure beside an official statistic carries the dagger the report's key
// explains; the official figure does not.
void TestReportCharts::pageFiguresCarryTheirDagger()
{
    Role seed = role("11-1111.00", QStringLiteral("First"), 1, 2, 3, 4, 5);
    seed.provenance.insert(Field::DemandScore, Provenance { SourceId::SeedPage, ValueStatus::Known, {}, {} });
    const Comparison c = Comparison::of(seed, role("22-2222.00", QStringLiteral("Second"), 1, 2, 3, 4, 5));
    const ChartDrawing d = figuresChartDrawing(c, ChartMetric::Demand, ChartTheme(), m_writer.get(), m_rect);
    QCOMPARE(texts(d).count(QStringLiteral("7.3\u2020")), 1);
    QCOMPARE(texts(d).count(QStringLiteral("7.3")), 1);
}

void TestReportCharts::skillBarsAndUnratedRole()
{
    Role b = role("22-2222.00", QStringLiteral("Second"), 1, 2, 3, 4, 5);
    b.skills.clear();
    const Comparison c = Comparison::of(role("11-1111.00", QStringLiteral("First"), 1, 2, 3, 4, 5), b);
    const ChartDrawing d = skillProfileDrawing(c, ChartTheme(), m_writer.get(), m_rect);
    const auto a = boxesOf(d, 0);
    QCOMPARE(a.size(), 2);
    QVERIFY(qAbs(a.first().rect.width() - d.plot.width() * 4.1 / 5) < 0.01);
    QVERIFY(a.first().rect.top() < a.last().rect.top()); // the most important on top
    QVERIFY(boxesOf(d, 1).isEmpty());
    QVERIFY(texts(d).contains(QStringLiteral("none rated for Second")));
}

// Two unrated roles with long titles: the line saying so names both in full, over as many lines as it
// takes, with no ellipsis, and stays inside the chart.
void TestReportCharts::longTitlesWrapNeverCut()
{
    const QString first = QStringLiteral("Disc Jockeys, Except Radio and Every Other Kind of Broadcast");
    const QString second = QStringLiteral(
        "First-Line Supervisors of Entertainment and Recreation Workers, Except Gambling Services");
    Role a = role("11-1111.00", first, 1, 2, 3, 4, 5);
    Role b = role("22-2222.00", second, 1, 2, 3, 4, 5);
    a.skills.clear();
    b.skills.clear();
    const ChartDrawing d = skillProfileDrawing(Comparison::of(a, b), ChartTheme(), m_writer.get(), m_rect);
    const QString all = texts(d).join(QLatin1Char(' '));
    QVERIFY2(all.contains(QStringLiteral("none rated for %1 or %2").arg(first, second)), qPrintable(all));
    QVERIFY2(!all.contains(QChar(0x2026)), qPrintable(all));
    QVERIFY(texts(d).size() >= 3); // the title and at least two lines naming the roles
    for (const auto &l : d.labels)
        QVERIFY2(inside(m_rect, l.rect), qPrintable(l.text));
}

void TestReportCharts::everythingInsideTheChart_data()
{
    QTest::addColumn<QString>("titleA");
    QTest::addColumn<QString>("titleB");
    QTest::newRow("short") << "Cook"
                           << "Nurse";
    QTest::newRow("long")
        << QStringLiteral("Adhesive Bonding Machine Operators and Tenders, Except Semiconductor Assemblers")
        << QStringLiteral("Molders, Shapers, and Casters, Except Metal and Plastic, All Other Occupations");
    QTest::newRow("one long word") << QString(120, QLatin1Char('W')) << QStringLiteral("Nurse");
}

void TestReportCharts::everythingInsideTheChart()
{
    QFETCH(QString, titleA);
    QFETCH(QString, titleB);
    const Comparison c = Comparison::of(role("11-1111.00", titleA, 45000, 50000, 60000, 70000, 90000),
        role("22-2222.00", titleB, 30000, 40000, 50000, 60000, 239200));
    QVector<ChartDrawing> drawings { salaryChartDrawing(c, ChartTheme(), m_writer.get(), m_rect),
        skillProfileDrawing(c, ChartTheme(), m_writer.get(), m_rect) };
    const QRectF narrow(m_rect.topLeft(), QSizeF(m_rect.width() / 3, m_rect.height()));
    for (const ChartMetric metric : chartMetrics())
        drawings << figuresChartDrawing(c, metric, ChartTheme(), m_writer.get(), narrow);
    for (int i = 0; i < drawings.size(); ++i) {
        const QRectF rect = i < 2 ? m_rect : narrow;
        const ChartDrawing &d = drawings[i];
        QVERIFY(inside(rect, d.plot));
        for (const auto &b : d.boxes)
            QVERIFY2(inside(rect, b.rect), qPrintable(QStringLiteral("chart %1: a bar outside").arg(i)));
        for (const auto &l : d.labels) {
            QVERIFY2(
                inside(rect, l.rect), qPrintable(QStringLiteral("chart %1: %2 outside").arg(i).arg(l.text)));
            // and the text fits its box (elided where it would not)
            const qreal width = QFontMetricsF(l.font, m_writer.get()).horizontalAdvance(l.text);
            QVERIFY2(width <= l.rect.width() + 1,
                qPrintable(QStringLiteral("chart %1: %2 too wide").arg(i).arg(l.text)));
        }
    }
}

QTEST_MAIN(TestReportCharts)
#include "tst_reportcharts.moc"
