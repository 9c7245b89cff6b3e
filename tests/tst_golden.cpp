// SPDX-License-Identifier: MIT
// Golden outputs: the text, JSON and PDF text of eleven comparisons, byte for byte, against files in
// tests/golden. A deliberate change of output regenerates them: CC_UPDATE_GOLDEN=1 ctest -R tst_golden,
// then review the diff before committing it.
#include <QDate>
#include <QLocale>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QtTest>

namespace
{
struct Pair {
    const char *name;
    const char *a;
    const char *b;
};
// The seed pair, the seed page against an O*NET role, and ten O*NET pairs chosen to cover estimates,
// missing values, ties, unrated skills, top-coded wages and plural titles.
const Pair kPairs[] = {
    { "seed-pair", "AI-0001", "AI-0002" },
    { "seed-vs-software", "AI-0001", "15-1252" },
    { "rn-vs-web", "29-1141.00", "15-1254.00" },
    { "police-supervisors-vs-rn", "33-1012.00", "29-1141.00" },
    { "rn-vs-paramedics", "29-1141.00", "29-2043.00" },
    { "internists-vs-emergency", "29-1216.00", "29-1214.00" },
    { "mental-health-vs-cashiers", "21-1014.00", "41-2011.00" },
    { "media-programming-vs-billing", "27-2012.03", "43-3021.00" },
    { "billing-vs-cardiologists", "43-3021.00", "29-1212.00" },
    { "electricians-vs-plumbers", "47-2111.00", "47-2152.00" },
    { "data-scientists-vs-anesthesiologists", "15-2051.00", "29-1211.00" },
};
} // namespace

class TestGolden : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void outputs_data();
    void outputs();

private:
    QByteArray run(
        const QStringList &arguments, const QString &program = QStringLiteral(CC_CAREERCOMPARE_EXE));
    void compareWithGolden(const QString &fileName, const QByteArray &actual);
    QTemporaryDir m_dir;
    QString m_pdftotext;
    bool m_update = false;
};

void TestGolden::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_update = qEnvironmentVariableIsSet("CC_UPDATE_GOLDEN");
}

QByteArray TestGolden::run(const QStringList &arguments, const QString &program)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("CAREERCOMPARE_USER_STORE"), m_dir.filePath(QStringLiteral("store/userdata.sqlite")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(600000))
        qFatal("%s did not finish", qPrintable(program));
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s %s: exit %d: %s", qPrintable(program), qPrintable(arguments.join(QLatin1Char(' '))),
            p.exitCode(), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

void TestGolden::compareWithGolden(const QString &fileName, const QByteArray &actual)
{
    const QString path = QStringLiteral(CC_GOLDEN_DIR "/") + fileName;
    if (m_update) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(actual);
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file ") + path));
    const QByteArray expected = f.readAll();
    if (actual != expected) {
        const QList<QByteArray> want = expected.split('\n');
        const QList<QByteArray> got = actual.split('\n');
        for (int i = 0; i < qMax(want.size(), got.size()); ++i) {
            const QByteArray w = want.value(i), g = got.value(i);
            if (w != g)
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  golden: %3\n  actual: %4")
                                     .arg(fileName)
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(w), QString::fromUtf8(g))));
        }
    }
}

void TestGolden::outputs_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    for (const Pair &p : kPairs)
        QTest::newRow(p.name) << QString::fromLatin1(p.a) << QString::fromLatin1(p.b);
}

void TestGolden::outputs()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QByteArray text = run({ QStringLiteral("--compare"), a, b });
    QVERIFY(!text.isEmpty());
    compareWithGolden(name + QStringLiteral(".txt"), text);
    const QByteArray json = run({ QStringLiteral("--compare"), a, b, QStringLiteral("--json") });
    QVERIFY(json.startsWith('{'));
    compareWithGolden(name + QStringLiteral(".json"), json);

    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF text is not compared");
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    run({ QStringLiteral("--compare"), a, b, QStringLiteral("--pdf"), pdf });
    QVERIFY(QFileInfo(pdf).size() > 0);
    QByteArray pdfText = run({ QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                 pdf, QStringLiteral("-") },
        m_pdftotext);
    // The report is dated; the date is the one thing that may differ between runs.
    const QString today = QLocale(QLocale::English).toString(QDate::currentDate(), QLocale::LongFormat);
    pdfText.replace(today.toUtf8(), "<DATE>");
    compareWithGolden(name + QStringLiteral(".pdf.txt"), pdfText);
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
