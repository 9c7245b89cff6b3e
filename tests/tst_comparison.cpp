// SPDX-License-Identifier: MIT
#include "attributes.h"
#include "cataloguedatabase.h"
#include "comparison.h"

#include <QtTest>

using namespace cc;

namespace
{

const QString Multimodal = QStringLiteral("AI Multimodal Systems Engineer");
const QString OnDevice = QStringLiteral("AI On-Device AI Engineer");

Role basicRole(const QString &code, const QString &title)
{
    Role r;
    r.code = code;
    r.title = title;
    r.salary.low.amount = 40000;
    r.salary.median.amount = 60000;
    r.salary.high.amount = 90000;
    r.demandScore = 5.0;
    r.aiRiskPercent = 20.0;
    r.learningMonths = 12;
    r.entryBarrier = EntryBarrier::Medium;
    r.difficulty = Difficulty::Intermediate;
    r.remoteFriendly = RemoteFriendly::Partly;
    r.requiresCoding = false;
    RoleSkill s;
    s.label = title + QStringLiteral(" craft");
    s.kind = SkillKind::Skill;
    s.importance = 4.0;
    s.entities = { SkillEntity { QStringLiteral("skill:") + code, s.label, SkillKind::Skill } };
    r.skills = { s };
    return r;
}

bool anyContains(const QStringList &lines, const QString &text)
{
    for (const QString &l : lines) {
        if (l.contains(text))
            return true;
    }
    return false;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void seedPairVerdicts_data();
    void seedPairVerdicts();
    void seedPairText();
    void seedPairSharesLanguages();
    void noOverlap();
    void identicalRoles();
    void bothTopCoded();
    void oneTopCoded();
    void missingValueIsSaidMissing();
    void estimatesAreSaidEstimated();
    void tiesAreSaidEqualAcrossCatalogue();

private:
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    Role role(const QString &title) const
    {
        const QStringList codes = m_catalogue->findCodes(title);
        if (codes.size() != 1)
            qFatal("catalogue has no single role %s", qPrintable(title));
        return *m_catalogue->role(codes.first());
    }
};

void TestComparison::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestComparison::seedPairVerdicts_data()
{
    QTest::addColumn<int>("attribute");
    QTest::addColumn<int>("expected");
    QTest::newRow("salary ceiling: On-Device higher") << 0 << int(Verdict::BBetter);
    QTest::newRow("demand: Multimodal higher") << 1 << int(Verdict::ABetter);
    QTest::newRow("AI risk: equal") << 2 << int(Verdict::Equal);
    QTest::newRow("learning: Multimodal shorter") << 3 << int(Verdict::ABetter);
    QTest::newRow("entry barrier: equal") << 4 << int(Verdict::Equal);
    QTest::newRow("difficulty: equal") << 5 << int(Verdict::Equal);
    QTest::newRow("remote: equal") << 6 << int(Verdict::Equal);
    QTest::newRow("median: unknown") << 7 << int(Verdict::Unknown);
}

void TestComparison::seedPairVerdicts()
{
    QFETCH(int, attribute);
    QFETCH(int, expected);
    const Role a = role(Multimodal);
    const Role b = role(OnDevice);
    Verdict (*const compare[])(const Role &, const Role &)
        = { compareSalaryCeiling, compareDemand, compareAiRisk, compareLearning, compareEntryBarrier,
              compareDifficulty, compareRemote, compareMedianSalary };
    QCOMPARE(int(compare[attribute](a, b)), expected);
}

void TestComparison::seedPairText()
{
    const Comparison c = Comparison::of(role(Multimodal), role(OnDevice));
    QVERIFY(c.summary.contains(QStringLiteral("$130,000\u2013$200,000")));
    QVERIFY(c.summary.contains(QStringLiteral("$130,000\u2013$220,000")));
    QVERIFY(c.summary.contains(QStringLiteral("Both have the same AI replacement risk (15%)")));
    // 9.2/10 against 9.1/10 and 9 against 10 months are about the same (docs/DATA.md): no winner.
    QVERIFY(c.summary.contains(QStringLiteral("Both have about the same demand (%1: 9.2/10; %2: 9.1/10)")
                                   .arg(Multimodal, OnDevice)));
    // The top of the page's plain range is no 90th percentile.
    QVERIFY(anyContains(c.conclusion,
        QStringLiteral(
            "Higher top of the salary range: %1 ($220,000 against $200,000 a year on the seed web page).")
            .arg(OnDevice)));
    QVERIFY(!anyContains(c.conclusion, QStringLiteral("90th percentile")));
    QVERIFY(anyContains(c.conclusion, QStringLiteral("Both have the same entry barrier (High)")));
    QVERIFY(anyContains(c.conclusion,
        QStringLiteral("Both take about the same time to become qualified (%1: 9 months; %2: 10 months)")
            .arg(Multimodal, OnDevice)));
    // The seed page's mistakes, never repeated:
    QVERIFY(!anyContains(c.conclusion, QStringLiteral("Lower entry barrier")));
    QVERIFY(!c.summary.contains(QStringLiteral("Lower AI replacement risk")));
    QVERIFY(!c.summary.contains(QStringLiteral("0 skills")));
    QVERIFY(!anyContains(c.chooseAIf, QStringLiteral("higher-demand")));
    QVERIFY(anyContains(c.chooseBIf, QStringLiteral("higher top of the salary range")));
    QVERIFY(!anyContains(c.chooseBIf, QStringLiteral("higher-demand")));
    QVERIFY(c.sourceIds.contains(QStringLiteral("seed-page")));
}

void TestComparison::seedPairSharesLanguages()
{
    const Comparison c = Comparison::of(role(Multimodal), role(OnDevice));
    QStringList shared;
    for (const auto &e : c.skills.shared)
        shared << e.entity.name;
    QVERIFY2(shared.contains(QStringLiteral("C++")), qPrintable(shared.join(QLatin1Char(','))));
    QVERIFY(shared.contains(QStringLiteral("Rust")));
    QVERIFY(shared.contains(QStringLiteral("Python")));
    QVERIFY(c.skills.similarityPercent && *c.skills.similarityPercent > 0);
    QVERIFY(c.summary.contains(QStringLiteral("They list %1 of").arg(shared.size())));
    QVERIFY(!c.summary.contains(QStringLiteral("starting fresh")));
}

void TestComparison::noOverlap()
{
    const Comparison c = Comparison::of(basicRole(QStringLiteral("X-1"), QStringLiteral("Baker")),
        basicRole(QStringLiteral("X-2"), QStringLiteral("Pilot")));
    QVERIFY(c.skills.shared.isEmpty());
    // Roles without similarity profiles or technologies: nothing the formula compares.
    QVERIFY(!c.skills.similarityPercent);
    QVERIFY2(c.summary.contains(QStringLiteral("Their skills cannot be compared")), qPrintable(c.summary));
}

void TestComparison::identicalRoles()
{
    const Role r = role(QStringLiteral("Software Developers"));
    const Comparison c = Comparison::of(r, r);
    QVERIFY(qAbs(*c.skills.similarityPercent - 100.0) < 1e-9);
    QVERIFY(c.skills.onlyA.isEmpty() && c.skills.onlyB.isEmpty());
    for (const QString &line : c.conclusion)
        QVERIFY2(line.startsWith(QLatin1String("Both")) || line.startsWith(QLatin1String("Neither"))
                || line.contains(QLatin1String("cannot be compared")),
            qPrintable(line));
    QVERIFY(c.summary.contains(QStringLiteral("much of the content of the work carries over")));
    QCOMPARE(c.chooseAIf.size(), 1);
    QVERIFY(c.chooseAIf.first().startsWith(QLatin1String("Are drawn to the work itself")));
}

void TestComparison::bothTopCoded()
{
    Role a = basicRole(QStringLiteral("X-1"), QStringLiteral("Surgeon"));
    Role b = basicRole(QStringLiteral("X-2"), QStringLiteral("Anesthetist"));
    for (Role *r : { &a, &b }) {
        r->salary.high.amount = 239200;
        r->salary.high.topCoded = true;
    }
    QCOMPARE(compareSalaryCeiling(a, b), Verdict::Unknown);
    const Comparison c = Comparison::of(a, b);
    QVERIFY(anyContains(c.conclusion, QStringLiteral("Both salary ceilings are at or above $239,200")));
    QVERIFY(c.summary.contains(QStringLiteral("$239,200+")));
    QVERIFY(!anyContains(c.chooseAIf, QStringLiteral("salary ceiling")));
}

void TestComparison::oneTopCoded()
{
    Role a = basicRole(QStringLiteral("X-1"), QStringLiteral("Surgeon"));
    a.salary.high.amount = 239200;
    a.salary.high.topCoded = true;
    Role b = basicRole(QStringLiteral("X-2"), QStringLiteral("Nurse"));
    b.salary.high.amount = 135320;
    QCOMPARE(compareSalaryCeiling(a, b), Verdict::ABetter);
    QVERIFY(anyContains(Comparison::of(a, b).conclusion,
        QStringLiteral("Higher salary ceiling: Surgeon ($239,200+ against $135,320")));
}

void TestComparison::missingValueIsSaidMissing()
{
    Role a = basicRole(QStringLiteral("X-1"), QStringLiteral("Data Wrangler"));
    a.aiRiskPercent.reset();
    a.provenance.insert(Field::AiRisk,
        Provenance {
            QStringLiteral("frey-osborne"), ValueStatus::Missing, QStringLiteral("no figure for 15-2099") });
    const Comparison c = Comparison::of(a, basicRole(QStringLiteral("X-2"), QStringLiteral("Pilot")));
    QVERIFY(c.summary.contains(QStringLiteral("AI replacement risk cannot be compared: it is not available "
                                              "for Data Wrangler (no figure for 15-2099)")));
    QVERIFY(!c.summary.contains(QStringLiteral("0%")) || c.summary.contains(QStringLiteral("similarity 0%")));
}

void TestComparison::estimatesAreSaidEstimated()
{
    Role a = basicRole(QStringLiteral("X-1"), QStringLiteral("Web Developers"));
    a.aiRiskPercent = 21.0;
    a.provenance.insert(Field::AiRisk,
        Provenance { QStringLiteral("frey-osborne"), ValueStatus::Estimate, QStringLiteral("older code") });
    Role b = basicRole(QStringLiteral("X-2"), QStringLiteral("Dental Hygienists"));
    b.aiRiskPercent = 68.0;
    b.demandScore = 5.0;
    b.provenance.insert(Field::DemandScore,
        Provenance { QStringLiteral("bls-ep"), ValueStatus::Estimate, QStringLiteral("broad group") });
    const Comparison c = Comparison::of(a, b);
    QVERIFY2(
        c.summary.contains(QStringLiteral(
            "Lower AI replacement risk: Web Developers (21% against 68%; estimated for Web Developers).")),
        qPrintable(c.summary));
    // A tie of two whole scores keeps its decimal and names the estimate.
    QVERIFY2(c.summary.contains(QStringLiteral(
                 "Both have the same demand score (5.0/10; estimated for Dental Hygienists).")),
        qPrintable(c.summary));
    QVERIFY(!anyContains(c.conclusion, QStringLiteral("%4")));
}

void TestComparison::tiesAreSaidEqualAcrossCatalogue()
{
    // Over many real pairs: whenever two shown values are equal, the text says so and names no winner.
    const auto roles = m_catalogue->roles();
    QVERIFY(roles.size() > 900);
    int ties = 0;
    for (int i = 0; i + 1 < roles.size(); i += 3) {
        const Role a = *m_catalogue->role(roles[i].code);
        const Role b = *m_catalogue->role(roles[i + 1].code);
        const Comparison c = Comparison::of(a, b);
        if (compareDemand(a, b) == Verdict::Equal) {
            ++ties;
            // A tie of two estimates says nothing about the two roles: left out, never given a winner.
            const bool both = a.isEstimate(Field::DemandScore) && b.isEstimate(Field::DemandScore);
            QCOMPARE(c.summary.contains(QStringLiteral("Both have the same demand score")), !both);
            QVERIFY(!c.summary.contains(QStringLiteral("Higher future demand")));
        }
        if (compareEntryBarrier(a, b) == Verdict::Equal) {
            ++ties;
            const bool both = a.isEstimate(Field::EntryBarrier) && b.isEstimate(Field::EntryBarrier);
            QCOMPARE(anyContains(c.conclusion, QStringLiteral("Both have the same entry barrier")), !both);
            QVERIFY(!anyContains(c.conclusion, QStringLiteral("Lower entry barrier")));
        }
        if (compareAiRisk(a, b) == Verdict::Equal) {
            ++ties;
            const bool both = a.isEstimate(Field::AiRisk) && b.isEstimate(Field::AiRisk);
            QCOMPARE(c.summary.contains(QStringLiteral("Both have the same AI replacement risk")), !both);
        }
        if (attribute(Field::LearningMonths).verdict(a, b) == Verdict::ABetter) // near-ties are ties
            QVERIFY(
                anyContains(c.conclusion, QStringLiteral("Quicker to become qualified: %1 (").arg(a.title)));
    }
    QVERIFY(ties > 10); // the sweep did meet ties
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
