// SPDX-License-Identifier: MIT
// Search in Spanish over the bundled catalogue: the words Spanish speakers use for common jobs find
// the O*NET occupation in the top three, accents and case ignored; and careercompare --search.
#include "cataloguedatabase.h"
#include "comparisonjson.h"
#include "namematcher.h"
#include "rolesearch.h"

#include <QProcess>
#include <QtTest>

using namespace cc;

class TestSpanishSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void foldIgnoresAccentsAndCase();
    void rankOrdersExactPrefixWord();
    void commonJobWordsFindTheirOccupation_data();
    void commonJobWordsFindTheirOccupation();
    void exactBeatsPrefixBeatsWord();
    void mistranslationIsDropped();
    void escoLabelIsTheSubtitleAndInJson();
    void commandLineSearchPrintsCodeTitleTerm();
    void commandLineSearchWithoutMatchFails();

private:
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    SearchNames m_names;
};

void TestSpanishSearch::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
    m_names = m_catalogue->searchNames();
    QVERIFY(m_catalogue->lastError().isEmpty());
}

void TestSpanishSearch::foldIgnoresAccentsAndCase()
{
    QCOMPARE(searchFold(QStringLiteral("Albañil")), QStringLiteral("albanil"));
    QCOMPARE(searchFold(QStringLiteral("  ENFERMERÍA  General ")), QStringLiteral("enfermeria general"));
    QCOMPARE(searchFold(QStringLiteral("Mecánico")), searchFold(QStringLiteral("MECANICO")));
    QCOMPARE(searchFold(QStringLiteral("Software Developers")), QStringLiteral("software developers"));
}

void TestSpanishSearch::rankOrdersExactPrefixWord()
{
    QCOMPARE(searchRank(QStringLiteral("albanil"), QStringLiteral("albanil")), 0);
    QCOMPARE(searchRank(QStringLiteral("albanil de tejados"), QStringLiteral("albanil")), 1);
    QCOMPARE(searchRank(QStringLiteral("maestra albanil"), QStringLiteral("albanil")), 2);
    QCOMPARE(searchRank(QStringLiteral("capataz de albanileria"), QStringLiteral("albanil")), 2);
    QCOMPARE(searchRank(QStringLiteral("contraalbanil"), QStringLiteral("albanil")), 3);
    QCOMPARE(searchRank(QStringLiteral("plomero"), QStringLiteral("albanil")), -1);
}

void TestSpanishSearch::commonJobWordsFindTheirOccupation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    const std::pair<const char *, const char *> cases[] = {
        { "enfermera", "29-1141.00" }, // Registered Nurses
        { "ENFERMERO", "29-1141.00" }, { "desarrollador web", "15-1254.00" }, // Web Developers
        { "Desarrolladora Web", "15-1254.00" }, { "albañil", "47-2021.00" }, // Brickmasons and Blockmasons
        { "albanil", "47-2021.00" }, { "electricista", "47-2111.00" }, // Electricians
        { "plomero", "47-2152.00" }, // Plumbers, Pipefitters, and Steamfitters
        { "fontanero", "47-2152.00" }, { "contador", "13-2011.00" }, // Accountants and Auditors
        { "Contadora", "13-2011.00" }, { "mesero", "35-3031.00" }, // Waiters and Waitresses
        { "camarera", "35-3031.00" },
        { "camionero", "53-3032.00" }, // Heavy and Tractor-Trailer Truck Drivers
        { "carpintero", "47-2031.00" }, // Carpenters
        { "chofer", "53-3053.00" }, // Shuttle Drivers and Chauffeurs
        { "cajera", "41-2011.00" }, // Cashiers
        { "NIÑERA", "39-9011.01" }, // Nannies
        { "jardinero", "37-3011.00" }, // Landscaping and Groundskeeping Workers
        { "mecanico", "49-3023.00" }, // Automotive Service Technicians and Mechanics
        { "programador", "15-1251.00" }, // Computer Programmers
        { "maestra", "25-2021.00" }, // Elementary School Teachers
        { "conserje", "37-2011.00" }, // Janitors and Cleaners
        { "cocinero", "35-2014.00" }, // Cooks, Restaurant
        { "soldador", "51-4121.00" }, // Welders, Cutters, Solderers, and Brazers
        { "abogada", "23-1011.00" }, // Lawyers
        { "bombero", "33-2011.00" }, // Firefighters
        { "peluquera", "39-5012.00" }, // Hairdressers, Hairstylists, and Cosmetologists
        { "científico de datos", "15-2051.00" }, // Data Scientists
        { "Médico de familia", "29-1215.00" }, // Family Medicine Physicians
        { "policía", "33-3051.00" }, // Police and Sheriff's Patrol Officers
        { "recepcionista", "43-4171.00" }, // Receptionists and Information Clerks
    };
    for (const auto &[query, code] : cases)
        QTest::newRow(query) << QString::fromUtf8(query) << QString::fromLatin1(code);
}

void TestSpanishSearch::commonJobWordsFindTheirOccupation()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const QVector<RoleMatch> matches = bestRoleMatches(m_names, query, 3);
    QStringList top;
    for (const RoleMatch &m : matches)
        top << m.code + QLatin1Char(' ') + m.term;
    bool found = false;
    for (const RoleMatch &m : matches)
        found = found || m.code == code;
    QVERIFY2(
        found, qPrintable(QStringLiteral("%1: top three are %2").arg(query, top.join(QStringLiteral("; ")))));
}

void TestSpanishSearch::exactBeatsPrefixBeatsWord()
{
    const QVector<RoleMatch> matches = bestRoleMatches(m_names, QStringLiteral("albañil"), 10);
    QVERIFY(matches.size() >= 3);
    QCOMPARE(matches.first().rank, 0);
    for (int i = 1; i < matches.size(); ++i)
        QVERIFY(matches.at(i - 1).rank <= matches.at(i).rank);
    QSet<QString> codes;
    for (const RoleMatch &m : matches)
        codes.insert(m.code);
    QCOMPARE(codes.size(), matches.size()); // one line per role
}

void TestSpanishSearch::mistranslationIsDropped()
{
    // ESCO's Spanish label for phlebotomist is the plain word for nurse; the team list drops it.
    for (const RoleMatch &m : bestRoleMatches(m_names, QStringLiteral("enfermera"), 50)) {
        if (m.code == QLatin1String("31-9097.00"))
            QVERIFY2(m.rank > 0, qPrintable(m.term));
    }
    const auto phlebotomists = m_catalogue->role(QStringLiteral("31-9097.00"));
    QVERIFY(phlebotomists);
    QVERIFY(!phlebotomists->escoLabel.startsWith(QStringLiteral("enfermero/enfermera")));
}

void TestSpanishSearch::escoLabelIsTheSubtitleAndInJson()
{
    const auto nurses = m_catalogue->role(QStringLiteral("29-1141.00"));
    QVERIFY(nurses);
    QCOMPARE(nurses->escoLabel,
        QStringLiteral(
            "enfermero responsable de cuidados generales/enfermera responsable de cuidados generales"));
    QCOMPARE(roleToJson(*nurses).value(QStringLiteral("esco_label")).toString(), nurses->escoLabel);
    QCOMPARE(nurses->provenanceOf(Field::EscoMatch).sourceId, QStringLiteral("nesta-esco-onet"));
    const auto seed = m_catalogue->role(QStringLiteral("AI-0001"));
    QVERIFY(seed);
    QVERIFY(roleToJson(*seed).value(QStringLiteral("esco_label")).isNull());
    QVERIFY(
        roleToJson(*seed).value(QStringLiteral("notes")).toObject().contains(QStringLiteral("esco_label")));
}

void TestSpanishSearch::commandLineSearchPrintsCodeTitleTerm()
{
    QProcess p;
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), { QStringLiteral("--search"), QStringLiteral("Plomero") });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList lines
        = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty() && lines.size() <= 10);
    QCOMPARE(lines.first(), QStringLiteral("47-2152.00\tPlumbers, Pipefitters, and Steamfitters\tplomero"));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 2);
    // English titles are searched as before.
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE),
        { QStringLiteral("--search"), QStringLiteral("registered nurses") });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                .startsWith(QStringLiteral("29-1141.00\tRegistered Nurses\tRegistered Nurses\n")));
}

void TestSpanishSearch::commandLineSearchWithoutMatchFails()
{
    QProcess p;
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), { QStringLiteral("--search"), QStringLiteral("zzxqj") });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(
        QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("no role matches \"zzxqj\"")));
    p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), { QStringLiteral("--search"), QStringLiteral("  ") });
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 1);
}

QTEST_GUILESS_MAIN(TestSpanishSearch)
#include "tst_spanishsearch.moc"
