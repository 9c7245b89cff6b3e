// SPDX-License-Identifier: MIT
#include "comparisonreport.h"
#include "fontcheck.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace cc;

namespace
{
Role hostileRole(const QString &code, const QString &title)
{
    Role r;
    r.code = code;
    r.title = title;
    r.category = QStringLiteral("Tests & <Trials>");
    r.salary.low.amount = 40000;
    r.salary.high.amount = 90000;
    r.demandScore = 4.0;
    RoleSkill s;
    s.label = QStringLiteral("<script>alert(1)</script>");
    s.kind = SkillKind::Topic;
    s.entities = { SkillEntity {
        QStringLiteral("topic:x"), QStringLiteral("<i>Hacking</i> & more"), SkillKind::Topic } };
    r.skills = { s };
    return r;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void textIsEscaped();
    void writesAtomically();
    void fontsAreInstalledAndDraw();
    void fontCheckInBackgroundAgrees();
    void everyTableIsPadded();
    void charactersNoFontHasAreNamed();
};

void TestReport::textIsEscaped()
{
    const Comparison c
        = Comparison::of(hostileRole(QStringLiteral("X-1"), QStringLiteral("<b>Bold</b> & Co")),
            hostileRole(QStringLiteral("X-2"), QStringLiteral("Plain")));
    ReportContext context;
    context.credit = QStringLiteral("Credit <with> & ampersand");
    const QString html = ComparisonReport(c, context).htmlSections().join(QString());
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; &amp; Co")));
    QVERIFY(!html.contains(QStringLiteral("<b>Bold</b>")));
    QVERIFY(html.contains(QStringLiteral("&lt;i&gt;Hacking&lt;/i&gt; &amp; more")));
    QVERIFY(html.contains(QStringLiteral("Credit &lt;with&gt; &amp; ampersand")));
}

void TestReport::writesAtomically()
{
    QTemporaryDir dir;
    const Comparison c = Comparison::of(hostileRole(QStringLiteral("X-1"), QStringLiteral("One")),
        hostileRole(QStringLiteral("X-2"), QStringLiteral("Two")));
    const ComparisonReport report(c, ReportContext {});
    const QString path = dir.filePath(QStringLiteral("a.pdf"));
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    QVERIFY(!report.writePdf(dir.filePath(QStringLiteral("missing/a.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/a.pdf")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
        QStringList { QStringLiteral("a.pdf") }); // no temporary left
}

void TestReport::fontsAreInstalledAndDraw()
{
    // Without fonts every glyph is an empty box and nothing warns: check that text really draws.
    QVERIFY2(!QFontDatabase::families().isEmpty(), "no fonts installed (fonts-dejavu-core)");
    QImage image(200, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setPen(Qt::black);
        QFont font;
        font.setPixelSize(24);
        p.setFont(font);
        p.drawText(image.rect(), Qt::AlignCenter, QStringLiteral("Career"));
    }
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    // Six letters of 24 px cover a few hundred pixels; six hollow boxes far fewer.
    QVERIFY2(dark > 300, qPrintable(QString::number(dark)));
    QFontMetrics metrics(QFont {});
    QVERIFY(metrics.inFont(QLatin1Char('A')));
}

void TestReport::fontCheckInBackgroundAgrees()
{
    // The PDF path asks on a second thread while the roles load: the same answer as asking here.
    std::future<QString> background = missingFontsProblemInBackground();
    const QString answer = background.get();
    QCOMPARE(answer, missingFontsProblem());
    QVERIFY2(answer.isEmpty(), qPrintable(answer)); // this machine has fonts (fontsAreInstalledAndDraw)
}

void TestReport::everyTableIsPadded()
{
    // Cell padding comes from the HTML (changing a laid-out table's format would lay the section
    // out again): a table without it would print its columns touching.
    const Comparison c = Comparison::of(hostileRole(QStringLiteral("X-1"), QStringLiteral("One")),
        hostileRole(QStringLiteral("X-2"), QStringLiteral("Two")));
    const QStringList sections = ComparisonReport(c, ReportContext {}).htmlSections();
    int tables = 0;
    for (const QString &html : sections) {
        for (qsizetype at = html.indexOf(QLatin1String("<table")); at >= 0;
             at = html.indexOf(QLatin1String("<table"), at + 1)) {
            const QString tag = html.mid(at, html.indexOf(QLatin1Char('>'), at) - at);
            // 3 points; 3.5 in the glance table, whose rules the report draws between its cells.
            const bool glance = tag.contains(QLatin1String("class='glance'"));
            QVERIFY2(
                tag.contains(glance ? QLatin1String("cellpadding='3.5'") : QLatin1String("cellpadding='3'")),
                qPrintable(tag));
            ++tables;
        }
    }
    QCOMPARE(tables, 6); // at a glance, work, skills, the way in, related careers, where people go
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"

// Characters no installed font has print as empty boxes: the report names them under the notes (and
// only then). U+0378 is unassigned in Unicode, so no font can have it; the Latin, Greek and Cyrillic
// letters are in DejaVu Sans.
void TestReport::charactersNoFontHasAreNamed()
{
    const Comparison c = Comparison::of(hostileRole(QStringLiteral("X-1"), QStringLiteral("One")),
        hostileRole(QStringLiteral("X-2"), QStringLiteral("Two")));
    ReportContext context;
    context.notes = QStringLiteral("R\u00e9sum\u00e9 \u03a9mega \u0416 \u2013 fine\n\u0378 and \u0378 again");
    context.client = QStringLiteral("Jos\u00e9");
    const ComparisonReport report(c, context);
    QCOMPARE(report.charactersWithoutGlyphs(), QStringLiteral("U+0378")); // no look of its own: by code point
    context.notes = QStringLiteral("R\u00e9sum\u00e9 \u03a9mega \u0416 \u2013 fine");
    QVERIFY(ComparisonReport(c, context).charactersWithoutGlyphs().isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boxes.pdf"));
    QString error;
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.size() > 1000);
}
