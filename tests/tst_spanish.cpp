// SPDX-License-Identifier: MIT
// Spanish output: the text, JSON and PDF of several comparisons in Spanish contain none of the English
// phrases the generator can produce. The phrases come from the English templates themselves (every
// source string of the generated-text contexts in translations/careercompare_es.ts, which the
// translations_complete test keeps in step with the sources), split at their %N placeholders and
// markup into fragments of three or more words, so the list grows with the templates.
#include "comparison.h"
#include "testutil.h"
#include "translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

using namespace cc;

namespace
{
struct Pair {
    const char *name;
    const char *a;
    const char *b;
};
// Seed roles, estimates, missing values, ties, unrated skills, top-coded wages, plural titles, and
// custom roles with values not given (imported in initTestCase).
const Pair kPairs[] = {
    { "seed-pair", "AI-0001", "AI-0002" },
    { "seed-vs-software", "AI-0001", "15-1252" },
    { "rn-vs-web", "29-1141.00", "15-1254.00" },
    { "police-supervisors-vs-rn", "33-1012.00", "29-1141.00" },
    { "rn-vs-paramedics", "29-1141.00", "29-2043.00" },
    { "internists-vs-emergency", "29-1216.00", "29-1214.00" },
    { "mental-health-vs-cashiers", "21-1014.00", "41-2011.00" },
    { "billing-vs-cardiologists", "43-3021.00", "29-1212.00" },
    { "electricians-vs-plumbers", "47-2111.00", "47-2152.00" },
    { "data-scientists-vs-anesthesiologists", "15-2051.00", "29-1211.00" },
    { "custom-vs-rn", "es-test-1", "29-1141.00" },
    { "custom-vs-custom", "es-test-1", "es-test-2" },
};

// The contexts whose strings are generated output (sentences, values, charts, report, text output).
const QStringList kContexts { QStringLiteral("Sentences"), QStringLiteral("Format"),
    QStringLiteral("Difficulty"), QStringLiteral("EntryBarrier"), QStringLiteral("RemoteFriendly"),
    QStringLiteral("Roadmap"), QStringLiteral("Mobility"), QStringLiteral("Charts"), QStringLiteral("Report"),
    QStringLiteral("CommandLine"), QStringLiteral("GlanceRows") };
} // namespace

class TestSpanish : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void phrasesAreDerived();
    void noEnglishPhrases_data();
    void noEnglishPhrases();
    void tieAndPluralTitle();
    void unknownLanguageIsAnError();

private:
    QByteArray run(const QStringList &arguments,
        const QString &program = QStringLiteral(CC_CAREERCOMPARE_EXE), int *exitCode = nullptr);
    QStringList englishFoundIn(const QString &text) const;
    QTemporaryDir m_dir;
    QString m_pdftotext;
    QStringList m_phrases;
};

void TestSpanish::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));

    QString error;
    m_phrases = testutil::englishPhrases(QStringLiteral(CC_TS_FILE), { kContexts, QString(), false }, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Two custom roles, most values not given.
    QFile roles(m_dir.filePath(QStringLiteral("roles.json")));
    QVERIFY(roles.open(QIODevice::WriteOnly));
    roles.write(R"([{"code": "es-test-1", "title": "Community Garden Coordinators", "demand_score": 6,
        "salary": {"low": 30000, "median": 45000, "high": 70000}, "difficulty": "Intermediate",
        "skills": ["Python", "Gardening"]},
        {"code": "es-test-2", "title": "Bike Mechanics", "demand_score": 6, "remote_friendly": "No"}])");
    roles.close();
    int code = -1;
    run({ QStringLiteral("--import-roles"), roles.fileName() }, QStringLiteral(CC_CAREERCOMPARE_EXE), &code);
    QCOMPARE(code, 0);
}

QByteArray TestSpanish::run(const QStringList &arguments, const QString &program, int *exitCode)
{
    const testutil::ProcessResult r = testutil::runProgram(
        program, arguments, testutil::environment(m_dir.filePath(QStringLiteral("store/userdata.sqlite"))));
    if (exitCode)
        *exitCode = r.exitCode;
    return r.out + r.err;
}

QStringList TestSpanish::englishFoundIn(const QString &text) const
{
    return testutil::phrasesIn(text, m_phrases);
}

// The list is the templates' own: it holds fragments of the sentences, the report and the charts.
void TestSpanish::phrasesAreDerived()
{
    QVERIFY2(m_phrases.size() > 150, qPrintable(QString::number(m_phrases.size())));
    for (const char *expected :
        { "Higher median pay", "a year at the 90th percentile", "so skills and knowledge are not compared",
            "How these figures are made", "Annual salary range", "US Current Population Survey" })
        QVERIFY2(std::any_of(m_phrases.begin(), m_phrases.end(),
                     [&](const QString &p) { return p.startsWith(QLatin1String(expected)); }),
            expected);
    // And the check finds them in English output.
    const QString english = QString::fromUtf8(run({ QStringLiteral("--compare"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("29-1141.00"), QStringLiteral("15-1254.00") }));
    QVERIFY(englishFoundIn(english).size() > 10);
}

void TestSpanish::noEnglishPhrases_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    for (const Pair &p : kPairs)
        QTest::newRow(p.name) << QString::fromLatin1(p.a) << QString::fromLatin1(p.b);
}

void TestSpanish::noEnglishPhrases()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const QStringList es { QStringLiteral("--lang"), QStringLiteral("es") };
    const QString text = QString::fromUtf8(run(QStringList { QStringLiteral("--compare"), a, b } + es));
    QVERIFY2(text.contains(QStringLiteral("Conclusión")), qPrintable(text.left(400)));
    QStringList english = englishFoundIn(text);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("text: ") + english.join(QStringLiteral(" | "))));

    // JSON: the keys stay, the generated values are Spanish.
    const QJsonObject json = QJsonDocument::fromJson(
        run(QStringList { QStringLiteral("--compare"), a, b, QStringLiteral("--json") } + es))
                                 .object();
    QVERIFY(json.contains(QStringLiteral("summary")));
    QStringList generated { json.value(QStringLiteral("summary")).toString() };
    for (const char *key : { "conclusion", "choose_a_if", "choose_b_if" }) {
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            generated << v.toString();
    }
    for (const QJsonValue &v :
        json.value(QStringLiteral("skills")).toObject().value(QStringLiteral("not_rated")).toArray())
        generated << v.toString();
    for (const QJsonValue &v :
        json.value(QStringLiteral("mobility")).toObject().value(QStringLiteral("notes")).toObject())
        generated << v.toString();
    english = englishFoundIn(generated.join(QLatin1Char('\n')));
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("JSON: ") + english.join(QStringLiteral(" | "))));

    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF text is not checked");
    const QString pdf = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf"));
    int code = -1;
    run(QStringList { QStringLiteral("--compare"), a, b, QStringLiteral("--pdf"), pdf } + es,
        QStringLiteral(CC_CAREERCOMPARE_EXE), &code);
    QCOMPARE(code, 0);
    const QString pdfText = QString::fromUtf8(
        run({ QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }, m_pdftotext));
    QVERIFY2(
        pdfText.contains(QStringLiteral("Cómo se obtienen estas cifras")), qPrintable(pdfText.left(400)));
    english = englishFoundIn(pdfText);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("PDF: ") + english.join(QStringLiteral(" | "))));
    // Every Spanish report credits ESCO and Nesta's crosswalk, with or without an ESCO label shown.
    const QString flat = pdfText.simplified();
    QVERIFY2(flat.contains(QStringLiteral("uses the ESCO"))
            && flat.contains(QStringLiteral("of the European Commission")),
        qPrintable(flat.right(1500)));
    QVERIFY2(flat.contains(QStringLiteral("Nesta")), qPrintable(flat.right(1500)));
    // The header's catalogue releases: the month and "projections" in Spanish ("May 2024" was English).
    const QString header = flat.section(QStringLiteral("Catálogo: "), 1).left(80);
    QVERIFY2(header.contains(QStringLiteral("proyecciones del BLS"))
            && !header.contains(QStringLiteral("May "))
            && header.contains(QRegularExpression(QStringLiteral("OEWS [a-z]+ de 20\\d\\d"))),
        qPrintable(header));
}

// A tie and a better value between plural titles, in Spanish and in English, from the same facts.
void TestSpanish::tieAndPluralTitle()
{
    auto role = [](const QString &title, int median, int high) {
        Role r;
        r.origin = RoleOrigin::Custom;
        r.title = title;
        r.salary.low.amount = 30000;
        r.salary.median.amount = median;
        r.salary.high.amount = high;
        r.provenance.insert(
            Field::Salary, Provenance { QStringLiteral("user"), ValueStatus::Known, QString() });
        return r;
    };
    const Role nurses = role(QStringLiteral("Registered Nurses"), 86070, 135320);
    const Role paramedics = role(QStringLiteral("Paramedics"), 86070, 80000);

    QVERIFY(installTranslations(QLocale(QLocale::Spanish)));
    const Comparison es = Comparison::of(nurses, paramedics);
    QVERIFY2(es.conclusion.contains(
                 QStringLiteral("Mismo salario mediano en los dos roles (86.070\u00a0US$ al año).")),
        qPrintable(es.conclusion.join(QLatin1Char('\n'))));
    QVERIFY2(es.conclusion.contains(QStringLiteral("Techo salarial más alto: Registered Nurses "
                                                   "(135.320\u00a0US$ frente a 80.000\u00a0US$ al año en el "
                                                   "percentil 90).")),
        qPrintable(es.conclusion.join(QLatin1Char('\n'))));
    QVERIFY(es.chooseAIf.contains(
        QStringLiteral("Busca el techo salarial más alto (135.320\u00a0US$ en el percentil 90)")));

    QVERIFY(!installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    const Comparison en = Comparison::of(nurses, paramedics);
    QVERIFY(en.conclusion.contains(QStringLiteral("Both have the same median pay ($86,070 a year).")));
    QVERIFY(en.conclusion.contains(QStringLiteral("Higher salary ceiling: Registered Nurses ($135,320 "
                                                  "against $80,000 a year at the 90th percentile).")));
}

void TestSpanish::unknownLanguageIsAnError()
{
    int code = 0;
    const QByteArray output
        = run({ QStringLiteral("--compare"), QStringLiteral("--lang"), QStringLiteral("fr"),
                  QStringLiteral("29-1141.00"), QStringLiteral("15-1254.00") },
            QStringLiteral(CC_CAREERCOMPARE_EXE), &code);
    QCOMPARE(code, 1);
    QVERIFY2(output.contains("--lang takes en or es, not \"fr\""), output.constData());
}

QTEST_GUILESS_MAIN(TestSpanish)
#include "tst_spanish.moc"
