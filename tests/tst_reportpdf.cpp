// SPDX-License-Identifier: MIT
// The PDF a client takes home (issue #11), read back with pdftotext and pdfinfo: page numbers on every
// page, the two longest titles never clipped, the paper of the reader's locale (or --paper), the client
// and notes after the summary, and no pointer into the source tree.
#include <QImage>
#include <QProcess>
#include <QtTest>

#include <algorithm>

namespace
{
const QString Grinding = QStringLiteral("51-4033.00");
const QString Separating = QStringLiteral("51-9012.00");
const QString GrindingTitle = QStringLiteral("Grinding, Lapping, Polishing, and Buffing Machine Tool "
                                             "Setters, Operators, and Tenders, Metal and Plastic");
const QString SeparatingTitle = QStringLiteral(
    "Separating, Filtering, Clarifying, Precipitating, and Still Machine Setters, Operators, and Tenders");
} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pageNumbersTitlesAndClient();
    void paperFollowsTheLocale_data();
    void paperFollowsTheLocale();
    void paperOption();
    void noLineOnTwoPages();
    void noWordsOverlap_data();
    void noWordsOverlap();
    void spanishFromLanguageVariable();
    void oneTypefaceTwoFaces();
    void glanceTableIsRuled();

private:
    QString writePdf(const QStringList &extra, const QString &lang, QString *error = nullptr,
        const QStringList &roles = { Grinding, Separating });
    QString run(const QString &program, const QStringList &arguments);
    QTemporaryDir m_dir;
    int m_count = 0;
};

void TestReportPdf::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("poppler-utils (pdftotext, pdfinfo) is not installed");
    QVERIFY(m_dir.isValid());
}

QString TestReportPdf::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(600000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestReportPdf::writePdf(
    const QStringList &extra, const QString &lang, QString *error, const QStringList &roles)
{
    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(++m_count));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.remove(QStringLiteral("LC_PAPER"));
    env.remove(QStringLiteral("LC_MEASUREMENT"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CAREERCOMPARE_USER_STORE"), m_dir.filePath(QStringLiteral("userdata.sqlite")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE),
        QStringList { QStringLiteral("--compare") } + roles + QStringList { QStringLiteral("--pdf"), pdf }
            + extra);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return QString();
    }
    return pdf;
}

void TestReportPdf::pageNumbersTitlesAndClient()
{
    QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Prefers day shifts.");
    notes.close();
    QString error;
    const QString pdf = writePdf({ QStringLiteral("--client"), QStringLiteral("James Carter"),
                                     QStringLiteral("--notes"), notes.fileName() },
        QStringLiteral("en_GB.UTF-8"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(info).captured(1).toInt();
    QVERIFY(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = run(QStringLiteral("pdftotext"),
            { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                QStringLiteral("-") });
        QVERIFY2(
            text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.right(200)));
    }
    // Without -layout, pdftotext joins wrapped lines with newlines: compare on single spaces.
    QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    // The font's ligatures come back as one character each.
    for (const auto &[ligature, letters] : { std::pair { 0xFB00, "ff" }, { 0xFB01, "fi" }, { 0xFB02, "fl" },
             { 0xFB03, "ffi" }, { 0xFB04, "ffl" } })
        text.replace(QChar(ligature), QLatin1String(letters));
    QVERIFY(!text.contains(QStringLiteral("docs/DATA.md")));
    // Nothing shortened with an ellipsis ("Choose … if you…" is a heading, not a cut title).
    QVERIFY(!QString(text).remove(QStringLiteral("if you\u2026")).contains(QChar(0x2026)));
    QVERIFY(text.contains(QStringLiteral("How these figures are made")));
    // Both titles in full: in the heading, the table, the salary chart and the chart legends.
    QVERIFY(text.count(GrindingTitle) >= 4);
    QVERIFY(text.count(SeparatingTitle) >= 4);
    // The client and the notes come right after the summary, before the figures.
    const int client = text.indexOf(QStringLiteral("Prepared for: James Carter"));
    const int notesAt = text.indexOf(QStringLiteral("Prefers day shifts."));
    const int glance = text.indexOf(QStringLiteral("At a glance"));
    QVERIFY(client > 0 && notesAt > client && glance > notesAt);
    // Table cells are padded: a label and its value do not run together.
    QVERIFY(!text.contains(QStringLiteral("risk95%")));
}

void TestReportPdf::paperFollowsTheLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("paper");
    QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QStringLiteral("(letter)");
    QTest::newRow("en_GB") << QStringLiteral("en_GB.UTF-8") << QStringLiteral("(A4)");
}

void TestReportPdf::paperFollowsTheLocale()
{
    QFETCH(QString, lang);
    QFETCH(QString, paper);
    QString error;
    const QString pdf = writePdf({}, lang, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(paper), qPrintable(info));
}

void TestReportPdf::paperOption()
{
    QString error;
    const QString a4
        = writePdf({ QStringLiteral("--paper"), QStringLiteral("a4") }, QStringLiteral("en_US.UTF-8"));
    QVERIFY(run(QStringLiteral("pdfinfo"), { a4 }).contains(QStringLiteral("(A4)")));
    const QString letter
        = writePdf({ QStringLiteral("--paper"), QStringLiteral("LETTER") }, QStringLiteral("en_GB.UTF-8"));
    QVERIFY(run(QStringLiteral("pdfinfo"), { letter }).contains(QStringLiteral("(letter)")));
    QVERIFY(writePdf(
        { QStringLiteral("--paper"), QStringLiteral("legal") }, QStringLiteral("en_GB.UTF-8"), &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("letter or a4")), qPrintable(error));
}

// Notes over several pages, each line numbered: every line is in the PDF's text exactly once (a page
// break that cut a line drew it on both pages, clipped on one but still text there).
void TestReportPdf::noLineOnTwoPages()
{
    QFile notes(m_dir.filePath(QStringLiteral("numbered.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 260; ++i)
        notes.write(QStringLiteral("Note line %1: a session's remark, long enough to read as a sentence.\n")
                        .arg(i, 3, 10, QLatin1Char('0'))
                        .toUtf8());
    notes.close();
    for (const QString &paper : { QStringLiteral("a4"), QStringLiteral("letter") }) {
        QString error;
        const QString pdf
            = writePdf({ QStringLiteral("--notes"), notes.fileName(), QStringLiteral("--paper"), paper },
                QStringLiteral("en_US.UTF-8"), &error);
        QVERIFY2(!pdf.isEmpty(), qPrintable(error));
        const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(run(QStringLiteral("pdfinfo"), { pdf })
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+(1[0-9]|[6-9])"))));
        for (int i = 1; i <= 260; ++i) {
            const QString line = QStringLiteral("Note line %1:").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(text.count(line) == 1,
                qPrintable(QStringLiteral("%1 (%2): %3 times").arg(line, paper).arg(text.count(line))));
        }
    }
}

void TestReportPdf::noWordsOverlap_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QString>("lang");
    QTest::newRow("letter") << QStringLiteral("letter") << QStringLiteral("en_US.UTF-8");
    QTest::newRow("a4, Spanish") << QStringLiteral("a4") << QStringLiteral("es_ES.UTF-8");
}

// No two words of a page sit on one another (pdftotext -bbox): a line drawn twice, or a line of
// the page before drawn again under a column's "(continued)" caption, invisible but in the text, would
// (the first two-column page break of this pair on Letter did both).
void TestReportPdf::noWordsOverlap()
{
    QFETCH(QString, paper);
    QFETCH(QString, lang);
    QString error;
    const QString pdf = writePdf({ QStringLiteral("--paper"), paper }, lang, &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString boxes
        = run(QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
    const QRegularExpression word(QStringLiteral(
        "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)<"));
    const QStringList pages = boxes.split(QStringLiteral("<page "));
    QVERIFY(pages.size() > 4);
    int words = 0;
    for (int p = 1; p < pages.size(); ++p) {
        QVector<std::pair<QRectF, QString>> onPage;
        for (auto it = word.globalMatch(pages[p]); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            for (const auto &[other, text] : std::as_const(onPage)) {
                const QRectF both = box.intersected(other);
                const qreal smaller = std::min(box.width() * box.height(), other.width() * other.height());
                QVERIFY2(both.isEmpty() || both.width() * both.height() <= 0.3 * smaller,
                    qPrintable(QStringLiteral("page %1: \u201c%2\u201d on \u201c%3\u201d")
                                   .arg(p)
                                   .arg(m.captured(5), text)));
            }
            onPage.append({ box, m.captured(5) });
            ++words;
        }
    }
    QVERIFY(words > 1000);
}

// Spanish chosen by LANGUAGE=es under a C locale: month and day names are Spanish too (they were the
// C locale's: "BLS OEWS May de 2024").
void TestReportPdf::spanishFromLanguageVariable()
{
    const QString pdf = m_dir.filePath(QStringLiteral("language-es.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("LC_TIME"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CAREERCOMPARE_USER_STORE"), m_dir.filePath(QStringLiteral("userdata.sqlite")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE),
        { QStringLiteral("--compare"), Grinding, Separating, QStringLiteral("--pdf"), pdf });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = run(
        QStringLiteral("pdftotext"), { QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-") })
                             .simplified();
    QVERIFY2(text.contains(QStringLiteral("BLS OEWS mayo de 2024")), qPrintable(text.left(300)));
    QVERIFY2(text.contains(QStringLiteral("Informe de Career Compare")), qPrintable(text.left(300)));
    for (const char *english : { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "January", "February", "March", "April", "May ", "June", "July", "August", "September",
             "October", "November", "December" })
        QVERIFY2(!text.left(200).contains(QLatin1String(english)), english);
}

// One typeface in two faces: the body text, the charts and the footer are all set in the report's
// font (reportfont.h), and the italic "(continued)" captions are its regular slanted, so pdffonts
// lists DejaVuSans and DejaVuSans-Bold once each, both embedded. (The body text used to be set in the
// application's font whatever the style sheet said, a third and fourth face once the report's font
// was a copy.)
void TestReportPdf::oneTypefaceTwoFaces()
{
    QString error;
    const QString pdf = writePdf({ QStringLiteral("--paper"), QStringLiteral("letter") },
        QStringLiteral("en_US.UTF-8"), &error, { QStringLiteral("15-1252"), QStringLiteral("29-1141") });
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text.contains(QStringLiteral("(continued)")));
    // No ligature glyphs (U+FB00 to U+FB06, "fi" as one letter): the text searches and copies as typed.
    QVERIFY(text.contains(QStringLiteral("Difficulty")));
    for (const QChar c : text)
        QVERIFY2(c.unicode() < 0xfb00 || c.unicode() > 0xfb06, qPrintable(QString(c)));
    const QStringList lines
        = run(QStringLiteral("pdffonts"), { pdf }).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 2, qPrintable(lines.join(QLatin1Char('\n'))));
    QStringList faces;
    for (const QString &line : lines.mid(2)) {
        const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(fields.size() > 5 && fields.contains(QStringLiteral("yes")), qPrintable(line)); // embedded
        faces << fields.first().section(QLatin1Char('+'), -1); // without a subset tag
    }
    faces.sort();
    QCOMPARE(faces, QStringList({ QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Bold") }));
}

// The glance table has one thin grey rule above its header and under each row, and only one, seen
// at the zoom a viewer shows a whole page at (60 dpi): drawn as lines (ReportPages::tableRules()),
// which a viewer shows at least a pixel wide, not as Qt's collapsed borders (a tenth of a PDF's time).
void TestReportPdf::glanceTableIsRuled()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("poppler-utils (pdftoppm) is not installed");
    QString error;
    const QString pdf = writePdf({}, QStringLiteral("en_US.UTF-8"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    // Where the table is on page 1: from its first header word to the note under it (points).
    const QString words = run(QStringLiteral("pdftotext"),
        { QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
            QStringLiteral("1"), pdf, QStringLiteral("-") });
    auto top = [&](const QString &word) {
        const QRegularExpression re(
            QStringLiteral("yMin=\"([0-9.]+)\"[^>]*>%1</word>").arg(QRegularExpression::escape(word)));
        const auto m = re.match(words);
        return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
    };
    const double from = top(QStringLiteral("Attribute"));
    const double to = top(QStringLiteral("Bold:"));
    QVERIFY2(from > 0 && to > from, qPrintable(QStringLiteral("%1 %2").arg(from).arg(to)));
    const int dpi = 60;
    const QString prefix = m_dir.filePath(QStringLiteral("glance"));
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
            QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
            pdf, prefix });
    QVERIFY(render.waitForFinished(120000) && render.exitCode() == 0);
    const QImage page(prefix + QStringLiteral(".pgm"));
    QVERIFY(!page.isNull());
    // A rule: a pixel row with an unbroken grey run over half the page's width (text has gaps);
    // rows next to each other are one rule.
    int rules = 0;
    bool inRule = false;
    for (int y = int((from - 6) * dpi / 72); y < int(to * dpi / 72) && y < page.height(); ++y) {
        int run = 0;
        int longest = 0;
        for (int x = 0; x < page.width(); ++x) {
            run = qGray(page.pixel(x, y)) < 225 ? run + 1 : 0;
            longest = std::max(longest, run);
        }
        const bool rule = longest > page.width() / 2;
        rules += rule && !inRule;
        inRule = rule;
    }
    const int rows = 13; // salary range to requires coding
    QVERIFY(words.contains(QStringLiteral(">Requires</word>")));
    QCOMPARE(rules, rows + 2); // above the header, under it, under each row
}

QTEST_GUILESS_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
