// SPDX-License-Identifier: MIT
// The rules of docs/DATA.md that keep sentences true beyond exact ties: a figure of a 2010 SOC code the
// 2018 SOC split is an estimate for every part; two figures that are about the same name no winner
// (anywhere a winner is named); a higher demand score of an occupation projected to shrink says so;
// the choose-if entry-barrier bullet keeps the experience caveat; no nested brackets around shares.
#include "attributes.h"
#include "cataloguedatabase.h"
#include "comparison.h"
#include "glancerows.h"
#include "mobility.h"

#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <memory>

using namespace cc;

class TestTruthRules : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void splitCodeFiguresAreEstimates_data();
    void splitCodeFiguresAreEstimates();
    void noKnownFigureRestsOnASplitCode();
    void nearTies_data();
    void nearTies();
    void nearTiesInCatalogue_data();
    void nearTiesInCatalogue();
    void shrinkingDemand_data();
    void shrinkingDemand();
    void shrinkingDemandInCatalogue();
    void barrierBulletKeepsExperience_data();
    void barrierBulletKeepsExperience();
    void noNestedBracketsAroundShares();

private:
    Role role(const QString &code) const
    {
        const auto r = m_catalogue->role(code);
        if (!r)
            qFatal("catalogue has no role %s", qPrintable(code));
        return *r;
    }
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    QHash<QString, QStringList> m_from2010; // 2018 SOC -> 2010 SOC codes (BLS crosswalk)
    QSet<QString> m_split; // 2010 SOC codes the crosswalk maps to several 2018 codes
};

namespace
{
QStringList allText(const Comparison &c)
{
    return QStringList { c.summary } + c.conclusion + c.chooseAIf + c.chooseBIf;
}

bool anyStartsWith(const QStringList &list, const QString &prefix)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.startsWith(prefix); });
}

bool anyContains(const QStringList &list, const QString &part)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.contains(part); });
}

QString prefixOf(const char *templ)
{
    const QString t = QString::fromUtf8(templ);
    return t.left(t.indexOf(QLatin1Char('%')));
}

// Two roles that are alike in every attribute; each test then sets the one it is about.
Role plainRole(const QString &code, const QString &title)
{
    Role r;
    r.code = code;
    r.title = title;
    r.salary.low.amount = 40000;
    r.salary.p25.amount = 50000;
    r.salary.median.amount = 60000;
    r.salary.p75.amount = 70000;
    r.salary.high.amount = 80000;
    r.growthPercent = 3.0;
    r.annualOpenings = 10.0;
    r.demandScore = 5.0;
    r.brightOutlook = true;
    r.aiRiskPercent = 20.0;
    r.llmExposurePercent = 30.0;
    r.learningMonths = 24;
    r.difficulty = Difficulty::Intermediate;
    r.entryBarrier = EntryBarrier::Medium;
    r.workExperience = QStringLiteral("None");
    r.teleworkShare = 0.5;
    r.remoteFriendly = RemoteFriendly::Partly;
    r.requiresCoding = false;
    return r;
}

void setValue(Role &r, const QString &key, double v)
{
    if (key == QLatin1String("salary"))
        r.salary.high.amount = int(v);
    else if (key == QLatin1String("median"))
        r.salary.median.amount = int(v);
    else if (key == Field::DemandScore)
        r.demandScore = v;
    else if (key == QLatin1String("growth_percent"))
        r.growthPercent = v;
    else if (key == QLatin1String("annual_openings"))
        r.annualOpenings = v / 1000.0; // the catalogue keeps BLS's thousands
    else if (key == Field::AiRisk)
        r.aiRiskPercent = v;
    else if (key == Field::LlmExposure)
        r.llmExposurePercent = v;
    else if (key == Field::LearningMonths)
        r.learningMonths = int(v);
    else if (key == Field::RemoteFriendly) {
        r.teleworkShare = v / 100.0;
        r.remoteFriendly = v >= 100 ? RemoteFriendly::Yes
            : v <= 0                ? RemoteFriendly::No
                                    : RemoteFriendly::Partly;
    } else
        qFatal("no setter for %s", qPrintable(key));
}

const GlanceRow &glanceRow(const QVector<GlanceRow> &rows, const QString &key)
{
    for (const GlanceRow &r : rows) {
        if (r.key == key)
            return r;
    }
    qFatal("no glance row %s", qPrintable(key));
    return rows.front();
}

// Checks that the attribute names no winner anywhere (sentences, bullets, glance mark) and, where
// the two shown values differ, says they are about the same. `why` names the case.
void checkNoWinner(const Attribute &at, const Comparison &c, const QString &why)
{
    QCOMPARE(at.verdict(c.a, c.b), Verdict::Equal);
    const QStringList text = allText(c);
    if (at.sentences.better) {
        QVERIFY2(!anyContains(text, prefixOf(at.sentences.better)), qPrintable(why));
        QVERIFY2(!anyStartsWith(c.chooseAIf + c.chooseBIf, prefixOf(at.sentences.chooseIf)), qPrintable(why));
    }
    const QVector<GlanceRow> rows = glanceRows(c, {}, LabelLanguage::English);
    const GlanceRow &row = glanceRow(rows, at.key);
    QCOMPARE(row.verdict, Verdict::Equal);
    const bool differ = at.glanceValue(c.a) != at.glanceValue(c.b);
    QCOMPARE(row.verdictText, differ ? QStringLiteral("about equal") : QStringLiteral("equal"));
    if (at.sentences.aboutSame && at.text(c.a) != at.text(c.b)
        && !(c.a.isEstimate(at.field) && c.b.isEstimate(at.field))) {
        const QString prefix = prefixOf(at.sentences.aboutSame);
        QVERIFY2(
            anyContains(text, prefix + c.a.title + QStringLiteral(": ") + at.text(c.a)), qPrintable(why));
        QVERIFY2(anyContains(text, c.b.title + QStringLiteral(": ") + at.text(c.b)), qPrintable(why));
    }
}
} // namespace

void TestTruthRules::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
    QFile file(
        QStringLiteral(CC_SOURCE_DATA_DIR) + QStringLiteral("/automation/crosswalk_soc2010_to_soc2018.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QHash<QString, QSet<QString>> into;
    file.readLine(); // header
    while (!file.atEnd()) {
        // The codes are the first and third fields and never quoted: "29-2041,Title,29-2042,Title".
        const QString line = QString::fromUtf8(file.readLine());
        const QString from = line.left(7);
        const int third = line.lastIndexOf(QRegularExpression(QStringLiteral(",\\d\\d-\\d\\d\\d\\d,")));
        QVERIFY2(third > 0, qPrintable(line));
        const QString to = line.mid(third + 1, 7);
        into[from].insert(to);
        if (!m_from2010[to].contains(from))
            m_from2010[to].append(from);
    }
    for (auto it = into.cbegin(); it != into.cend(); ++it) {
        if (it->size() > 1)
            m_split.insert(it.key());
    }
    QVERIFY(m_split.contains(QStringLiteral("29-2041")));
    QVERIFY(m_split.size() > 30);
}

// Named roles whose figures come from a 2010 code the 2018 SOC split.
void TestTruthRules::splitCodeFiguresAreEstimates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("split2010");
    QTest::newRow("Paramedics") << "29-2043.00"
                                << "29-2041";
    QTest::newRow("Emergency Medical Technicians") << "29-2042.00"
                                                   << "29-2041";
    QTest::newRow("Software Developers") << "15-1252.00"
                                         << "15-1132";
    QTest::newRow("School Psychologists") << "19-3034.00"
                                          << "19-3031";
    QTest::newRow("Taxi Drivers") << "53-3054.00"
                                  << "53-3041";
    QTest::newRow("Financial and Investment Analysts") << "13-2051.00"
                                                       << "13-2051";
}

void TestTruthRules::splitCodeFiguresAreEstimates()
{
    QFETCH(QString, code);
    QFETCH(QString, split2010);
    const Role r = role(code);
    QVERIFY(r.aiRiskPercent);
    QCOMPARE(r.provenanceOf(Field::AiRisk).status, ValueStatus::Estimate);
    const QString note = r.provenanceOf(Field::AiRisk).note;
    QVERIFY2(note.contains(QStringLiteral("2010 SOC %1 ").arg(split2010)), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("which the 2018 SOC divides into")), qPrintable(note));
    // Every sentence quoting the figure says it is an estimate.
    const Comparison c = Comparison::of(r, role(QStringLiteral("41-2011.00"))); // Cashiers: known, 97%
    for (const QString &s : allText(c)) {
        if (s.contains(QStringLiteral("AI replacement risk")) || s.contains(QStringLiteral("automation")))
            QVERIFY2(s.contains(QStringLiteral("estimated for ") + r.title), qPrintable(s));
    }
}

// Every catalogue role: a Frey & Osborne figure, a 6-digit telework share or a CPS group reached
// through a 2010 code the crosswalk splits is never "known".
void TestTruthRules::noKnownFigureRestsOnASplitCode()
{
    int affected = 0;
    for (const RoleSummary &summary : m_catalogue->roles()) {
        const Role r = role(summary.code);
        if (r.origin != RoleOrigin::Onet)
            continue;
        const QStringList sources = m_from2010.value(r.code.left(7));
        const bool split = std::any_of(
            sources.begin(), sources.end(), [this](const QString &c) { return m_split.contains(c); });
        if (!split)
            continue;
        ++affected;
        for (const QString &field : { Field::AiRisk, Field::RemoteFriendly, Field::Mobility }) {
            const Provenance p = r.provenanceOf(field);
            if (p.status != ValueStatus::Known)
                continue;
            // Known only when the source rates this very occupation (D&N's O*NET-SOC classification)
            // or when none of the codes it used was split.
            const bool ownRating
                = field == Field::RemoteFriendly && p.note.startsWith(QStringLiteral("rated for"));
            bool usesSplit = false;
            for (const QString &c : sources)
                usesSplit = usesSplit || (m_split.contains(c) && p.note.contains(c));
            QVERIFY2(ownRating || !usesSplit,
                qPrintable(r.code + QLatin1Char(' ') + field + QStringLiteral(": ") + p.note));
        }
    }
    QVERIFY(affected > 100);
}

void TestTruthRules::nearTies_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<int>("expected");
    const int eq = int(Verdict::Equal);
    const int aw = int(Verdict::ABetter); // "A better", or for neutral rows "A higher"
    const int bw = int(Verdict::BBetter);
    QTest::newRow("openings 5,500 vs 5,400") << "annual_openings" << 5500.0 << 5400.0 << eq;
    QTest::newRow("openings 189,100 vs 180,100 (4.8%)") << "annual_openings" << 189100.0 << 180100.0 << eq;
    QTest::newRow("openings 100 vs 200 (BLS rounding)") << "annual_openings" << 100.0 << 200.0 << eq;
    QTest::newRow("openings 100 vs 300") << "annual_openings" << 100.0 << 300.0 << bw;
    QTest::newRow("openings 10,000 vs 10,600 (5.7%)") << "annual_openings" << 10000.0 << 10600.0 << bw;
    QTest::newRow("median $59,190 vs $58,570") << "median" << 59190.0 << 58570.0 << eq;
    QTest::newRow("median $100,000 vs $103,000 (2.9%)") << "median" << 100000.0 << 103000.0 << eq;
    QTest::newRow("median $60,000 vs $62,000 (3.2%)") << "median" << 60000.0 << 62000.0 << bw;
    QTest::newRow("ceiling $135,320 vs $132,000") << "salary" << 135320.0 << 132000.0 << eq;
    QTest::newRow("ceiling $135,320 vs $82,420") << "salary" << 135320.0 << 82420.0 << aw;
    QTest::newRow("demand 7.0 vs 7.3") << Field::DemandScore << 7.0 << 7.3 << eq;
    QTest::newRow("demand 7.0 vs 7.4") << Field::DemandScore << 7.0 << 7.4 << bw;
    QTest::newRow("growth +4.9% vs +5%") << "growth_percent" << 4.9 << 5.0 << eq;
    QTest::newRow("growth +3% vs +4.1%") << "growth_percent" << 3.0 << 4.1 << bw;
    QTest::newRow("growth -4.3% vs -12%") << "growth_percent" << -4.3 << -12.0 << aw;
    QTest::newRow("risk 0.9% vs 4.9%") << Field::AiRisk << 0.9 << 4.9 << eq;
    QTest::newRow("risk 4.9% vs 17%") << Field::AiRisk << 4.9 << 17.0 << aw;
    QTest::newRow("risk 50% vs 55%") << Field::AiRisk << 50.0 << 55.0 << eq;
    QTest::newRow("risk 50% vs 55.1%") << Field::AiRisk << 50.0 << 55.1 << aw;
    QTest::newRow("LLM exposure 30% vs 34%") << Field::LlmExposure << 30.0 << 34.0 << eq;
    QTest::newRow("LLM exposure 30% vs 40%") << Field::LlmExposure << 30.0 << 40.0 << bw;
    QTest::newRow("learning 38 vs 40 months") << Field::LearningMonths << 38.0 << 40.0 << eq;
    QTest::newRow("learning 100 vs 110 months (10%)") << Field::LearningMonths << 100.0 << 110.0 << eq;
    QTest::newRow("learning 100 vs 112 months") << Field::LearningMonths << 100.0 << 112.0 << aw;
    QTest::newRow("learning 38 vs 49 months") << Field::LearningMonths << 38.0 << 49.0 << aw;
    QTest::newRow("remote 50% vs 59%") << Field::RemoteFriendly << 50.0 << 59.0 << eq;
    QTest::newRow("remote No vs Partly 10%") << Field::RemoteFriendly << 0.0 << 10.0 << eq;
    QTest::newRow("remote 50% vs 61%") << Field::RemoteFriendly << 50.0 << 61.0 << bw;
}

void TestTruthRules::nearTies()
{
    QFETCH(QString, key);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(int, expected);
    Role x = plainRole(QStringLiteral("X-0001"), QStringLiteral("Role X"));
    Role y = plainRole(QStringLiteral("X-0002"), QStringLiteral("Role Y"));
    setValue(x, key, a);
    setValue(y, key, b);
    const Attribute &at = attribute(key);
    const Comparison c = Comparison::of(x, y);
    QCOMPARE(int(at.verdict(x, y)), expected);
    QCOMPARE(int(at.verdict(y, x)),
        expected == int(Verdict::Equal)
            ? expected
            : int(expected == int(Verdict::ABetter) ? Verdict::BBetter : Verdict::ABetter));
    if (expected == int(Verdict::Equal)) {
        checkNoWinner(at, c, QString::fromUtf8(QTest::currentDataTag()));
        checkNoWinner(at, Comparison::of(y, x), QString::fromUtf8(QTest::currentDataTag()));
    } else {
        const QVector<GlanceRow> rows = glanceRows(c, {}, LabelLanguage::English);
        QCOMPARE(int(glanceRow(rows, key).verdict), expected);
        if (at.sentences.better) {
            const Role &winner = expected == int(Verdict::ABetter) ? x : y;
            QVERIFY(anyContains(c.conclusion, prefixOf(at.sentences.better) + winner.title));
        }
    }
}

// Real catalogue pairs with near-ties, each attribute checked for no winner.
void TestTruthRules::nearTiesInCatalogue_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("key");
    QTest::newRow("RN vs Paramedics: risk 0.9% vs 4.9%") << "29-1141.00"
                                                         << "29-2043.00" << QString(Field::AiRisk);
    QTest::newRow("Web Developers vs Computer Programmers: 5,400 vs 5,500 openings") << "15-1254.00"
                                                                                     << "15-1251.00"
                                                                                     << "annual_openings";
    QTest::newRow("Grinding vs Separating machine operators: 5,500 vs 5,400 openings") << "51-4033.00"
                                                                                       << "51-9012.00"
                                                                                       << "annual_openings";
    QTest::newRow("Mental Health Counselors vs Child social workers: $59,190 vs $58,570") << "21-1014.00"
                                                                                          << "21-1021.00"
                                                                                          << "median";
    QTest::newRow("RN vs Occupational Therapists: LLM exposure 38.1% vs 39.4%")
        << "29-1141.00"
        << "29-1122.00" << QString(Field::LlmExposure);
}

void TestTruthRules::nearTiesInCatalogue()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, key);
    const Attribute &at = attribute(key);
    const Role ra = role(a);
    const Role rb = role(b);
    QVERIFY2(at.nearTie(ra, rb), qPrintable(at.text(ra) + QStringLiteral(" / ") + at.text(rb)));
    checkNoWinner(at, Comparison::of(ra, rb), a + QStringLiteral(" vs ") + b);
}

void TestTruthRules::shrinkingDemand_data()
{
    QTest::addColumn<double>("growthA");
    QTest::addColumn<double>("growthB");
    QTest::addColumn<QString>("sentenceEnd"); // "" when nothing is added
    QTest::addColumn<QString>("bulletPart");
    QTest::newRow("both shrink, -4.3% vs -12%")
        << -4.3 << -12.0 << "although employment in both is projected to shrink."
        << "employment in both projected to shrink";
    QTest::newRow("winner shrinks, other grows")
        << -9.9 << 6.0 << "although employment in Role X is projected to shrink and in Role Y is not."
        << "employment projected to shrink";
    QTest::newRow("winner shrinks, other flat")
        << -0.4 << 0.0
        << "although employment in Role X is projected to shrink and in "
           "Role Y is not."
        << "employment projected to shrink";
    QTest::newRow("winner grows, other shrinks") << 2.0 << -3.0 << ""
                                                 << "";
    QTest::newRow("both grow") << 2.0 << 8.0 << ""
                               << "";
}

void TestTruthRules::shrinkingDemand()
{
    QFETCH(double, growthA);
    QFETCH(double, growthB);
    QFETCH(QString, sentenceEnd);
    QFETCH(QString, bulletPart);
    Role x = plainRole(QStringLiteral("X-0001"), QStringLiteral("Role X"));
    Role y = plainRole(QStringLiteral("X-0002"), QStringLiteral("Role Y"));
    x.growthPercent = growthA;
    y.growthPercent = growthB;
    x.demandScore = 6.5; // the higher score, from many openings
    x.annualOpenings = 500.0;
    y.demandScore = 4.0;
    const Comparison c = Comparison::of(x, y);
    QString demand;
    for (const QString &s : c.conclusion) {
        if (s.startsWith(QStringLiteral("Higher future demand: Role X")))
            demand = s;
    }
    QVERIFY2(!demand.isEmpty(), qPrintable(c.conclusion.join(QLatin1Char('\n'))));
    QVERIFY2(c.summary.contains(demand), qPrintable(c.summary));
    QString bullet;
    for (const QString &s : c.chooseAIf) {
        if (s.startsWith(QStringLiteral("Want the higher-demand career path")))
            bullet = s;
    }
    QVERIFY(!bullet.isEmpty());
    if (sentenceEnd.isEmpty()) {
        QVERIFY2(!demand.contains(QStringLiteral("shrink")), qPrintable(demand));
        QVERIFY2(!bullet.contains(QStringLiteral("shrink")), qPrintable(bullet));
    } else {
        QVERIFY2(demand.endsWith(sentenceEnd), qPrintable(demand));
        QVERIFY2(bullet.endsWith(QStringLiteral("; ") + bulletPart + QLatin1Char(')')), qPrintable(bullet));
    }
}

// The review's pair: −4.3% against −12% growth, and a shrinking occupation against a growing one.
void TestTruthRules::shrinkingDemandInCatalogue()
{
    const Comparison c
        = Comparison::of(role(QStringLiteral("51-4033.00")), role(QStringLiteral("51-9012.00")));
    QVERIFY2(anyStartsWith(c.conclusion,
                 QStringLiteral(
                     "Higher future demand: Separating, Filtering, Clarifying, Precipitating, and Still "
                     "Machine Setters, Operators, and Tenders (2.7/10: -4.3% growth")),
        qPrintable(c.conclusion.join(QLatin1Char('\n'))));
    QVERIFY(anyContains(c.conclusion, QStringLiteral("although employment in both is projected to shrink.")));
    QVERIFY(anyContains(c.chooseBIf, QStringLiteral("; employment in both projected to shrink)")));
    const Comparison d
        = Comparison::of(role(QStringLiteral("41-2011.00")), role(QStringLiteral("29-1212.00")));
    QVERIFY2(anyContains(d.conclusion,
                 QStringLiteral(
                     "although employment in Cashiers is projected to shrink and in Cardiologists is not.")),
        qPrintable(d.conclusion.join(QLatin1Char('\n'))));
}

void TestTruthRules::barrierBulletKeepsExperience_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("experience"); // of the role with the lower barrier, as the bullet says it
    QTest::newRow("Police supervisors vs RN") << "33-1012.00"
                                              << "29-1141.00"
                                              << "less than 5 years";
    QTest::newRow("RN vs Paramedics") << "29-1141.00"
                                      << "29-2043.00"
                                      << "less than 5 years";
    QTest::newRow("Food Service Managers vs Software Developers") << "11-9051.00"
                                                                  << "15-1252.00"
                                                                  << "less than 5 years";
    QTest::newRow("Software Developers vs Cashiers") << "15-1252.00"
                                                     << "41-2011.00"
                                                     << "";
}

void TestTruthRules::barrierBulletKeepsExperience()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, experience);
    const Comparison c = Comparison::of(role(a), role(b));
    const Verdict v = attribute(Field::EntryBarrier).verdict(c.a, c.b);
    QVERIFY(v == Verdict::ABetter || v == Verdict::BBetter);
    const QStringList &bullets = v == Verdict::ABetter ? c.chooseAIf : c.chooseBIf;
    QString bullet;
    for (const QString &s : bullets) {
        if (s.startsWith(QStringLiteral("Want a lower entry barrier")))
            bullet = s;
    }
    QVERIFY2(!bullet.isEmpty(), qPrintable(bullets.join(QLatin1Char('\n'))));
    if (experience.isEmpty()) {
        QVERIFY2(!bullet.contains(QStringLiteral("experience")), qPrintable(bullet));
    } else {
        QVERIFY2(bullet.contains(QStringLiteral("related work experience still expected: ") + experience),
            qPrintable(bullet));
    }
}

// Random pairs: no share in brackets inside brackets ("(Partly (10%) against No)"), and every
// entry-barrier bullet of a role asking for experience keeps the caveat.
void TestTruthRules::noNestedBracketsAroundShares()
{
    const QVector<RoleSummary> all = m_catalogue->roles();
    QRandomGenerator random(2024);
    int nearSentences = 0;
    QCOMPARE(attribute(Field::RemoteFriendly).text(role(QStringLiteral("43-3021.00"))),
        QStringLiteral("Partly, 71%"));
    // The reason a move share is missing is itself quoted in brackets: it names the group without any.
    const QString why
        = mobility::leaversShare(role(QStringLiteral("29-2042.00")), role(QStringLiteral("29-2043.00"))).why;
    QVERIFY2(why.contains(QStringLiteral("29-2040")) && !why.contains(QLatin1Char('(')), qPrintable(why));
    for (int i = 0; i < 600; ++i) {
        const Role a = role(all[random.bounded(int(all.size()))].code);
        const Role b = role(all[random.bounded(int(all.size()))].code);
        const Comparison c = Comparison::of(a, b);
        // No brackets inside brackets, titles aside (a title is quoted as O*NET writes it).
        for (QString s : allText(c)) {
            const QString original = s;
            s.remove(a.title).remove(b.title);
            int depth = 0;
            for (const QChar ch : s) {
                depth += ch == QLatin1Char('(') ? 1 : ch == QLatin1Char(')') ? -1 : 0;
                QVERIFY2(depth <= 1, qPrintable(original));
            }
        }
        // An "about the same" sentence names no winner, quotes both figures and says when one is estimated.
        for (const Attribute &at : attributes()) {
            if (!at.sentences.aboutSame)
                continue;
            for (const QString &s : c.conclusion) {
                if (!s.startsWith(prefixOf(at.sentences.aboutSame)) || at.text(a) == at.text(b))
                    continue;
                ++nearSentences;
                QCOMPARE(at.verdict(a, b), Verdict::Equal);
                QVERIFY2(s.contains(at.text(a)) && s.contains(at.text(b)), qPrintable(s));
                if (a.isEstimate(at.field) || b.isEstimate(at.field))
                    QVERIFY2(s.contains(QStringLiteral("estimat")), qPrintable(s));
            }
        }
        for (const auto &[self, bullets] :
            { std::pair { &c.a, &c.chooseAIf }, std::pair { &c.b, &c.chooseBIf } }) {
            const bool asks
                = !self->workExperience.isEmpty() && self->workExperience != QLatin1String("None");
            for (const QString &bullet : *bullets) {
                if (asks && bullet.startsWith(QStringLiteral("Want a lower entry barrier")))
                    QVERIFY2(bullet.contains(QStringLiteral("related work experience")), qPrintable(bullet));
            }
        }
    }
    QVERIFY(nearSentences > 20); // the sweep did meet near-ties
}

QTEST_GUILESS_MAIN(TestTruthRules)
#include "tst_truthrules.moc"
