// SPDX-License-Identifier: MIT
#include "skilloverlap.h"

#include <QtTest>

#include <cmath>

using namespace cc;

namespace
{

RoleSkill rated(const QString &name, SkillKind kind, double importance)
{
    RoleSkill s;
    s.label = name;
    s.kind = kind;
    s.importance = importance;
    s.entities = { SkillEntity { skillKindName(kind) + QLatin1Char(':') + name.toLower(), name, kind } };
    return s;
}

RoleSkill technology(const QString &name, bool hot)
{
    RoleSkill s;
    s.label = name;
    s.kind = SkillKind::Technology;
    s.hot = hot;
    s.entities
        = { SkillEntity { QStringLiteral("technology:") + name.toLower(), name, SkillKind::Technology } };
    return s;
}

SparseVector vec(std::initializer_list<std::pair<const char *, double>> items)
{
    SparseVector v;
    for (const auto &[k, x] : items)
        v.append({ QLatin1String(k), x });
    return normalisedVector(v);
}

// A fixture profile: every group, with the catalogue's random-pair means.
SimilarityProfile fullProfile()
{
    SimilarityProfile p;
    p.vector(SimilarityGroup::Knowledge)
        = vec({ { "2.C.1.a", 4.2 }, { "2.C.3.a", 2.1 }, { "2.C.4.a", 3.0 } });
    p.vector(SimilarityGroup::Skills) = vec({ { "2.A.1.a", 3.9 }, { "2.B.3.e", 4.5 } });
    p.vector(SimilarityGroup::WorkActivities) = vec({ { "4.A.2.a.4.I09", 1.3 }, { "4.A.3.b.1.I01", 0.4 } });
    p.vector(SimilarityGroup::Technologies)
        = vec({ { "technology:python", 2.5 }, { "technology:git", 1.1 } });
    p.vector(SimilarityGroup::TechnologyClasses) = vec({ { "43232402", 1.7 } });
    p.vector(SimilarityGroup::Tools) = vec({ { "43211507", 0.9 } });
    p.vector(SimilarityGroup::Interests) = vec({ { "Investigative", 6.1 }, { "Realistic", 2.2 } });
    p.vector(SimilarityGroup::WorkStyles) = vec({ { "1.C.1.a", 4.1 }, { "1.C.7.b", 3.6 } });
    p.jobZone = 4;
    p.mu = std::array<double, SimilarityGroupCount> { 0.92, 0.97, 0.05, 0.015, 0.12, 0.03, 0.84, 0.99, 0.68 };
    return p;
}

QStringList names(const QVector<OverlapEntry> &entries)
{
    QStringList n;
    for (const auto &e : entries)
        n << e.entity.name;
    return n;
}

} // namespace

class TestSkillOverlap : public QObject
{
    Q_OBJECT
private slots:
    void identicalRolesAreFullySimilar();
    void unratedRoleIsNotComparedOnSkills();
    void roleWithOnlyTechnologies();
    void rescalingAndPercentMap();
    void groupsWeightedAndRenormalised();
    void disjointRatedRolesShareNoSkills();
    void freeTextSkillsMeetOnTags();
    void noCommonGroupMeansNoSimilarity();
    void orderPutsSkillsBeforeTools();
    void namesakesNamedWithTheirKind();
    void workActivitiesCoreFirstUnderTheirIwa();
};

void TestSkillOverlap::identicalRolesAreFullySimilar()
{
    Role a;
    a.skills = { rated(QStringLiteral("Programming"), SkillKind::Skill, 4.5),
        technology(QStringLiteral("Python"), true) };
    a.similarity = fullProfile();
    const SkillOverlap o = compareSkills(a, a);
    QCOMPARE(o.shared.size(), 2);
    QVERIFY(o.onlyA.isEmpty());
    QVERIFY(o.onlyB.isEmpty());
    QVERIFY(o.skillsRatedA && o.skillsRatedB);
    QVERIFY(qAbs(*o.similarityPercent - 100.0) < 1e-9);
    for (const auto &s : o.similarity.groupScores)
        QVERIFY(s && qAbs(*s - 1.0) < 1e-9); // every group compared, each identical
}

void TestSkillOverlap::unratedRoleIsNotComparedOnSkills()
{
    Role a;
    a.title = QStringLiteral("Registered Nurses");
    a.skills = { rated(QStringLiteral("Service Orientation"), SkillKind::Skill, 4.0),
        rated(QStringLiteral("Medicine and Dentistry"), SkillKind::Knowledge, 4.4),
        technology(QStringLiteral("Python"), false) };
    a.similarity = fullProfile();
    Role b; // unrated: O*NET lists its work and technologies but has no skill ratings
    b.title = QStringLiteral("Paramedics");
    b.skills = { technology(QStringLiteral("Python"), false), technology(QStringLiteral("Epic"), false) };
    b.similarity = fullProfile();
    b.similarity.vector(SimilarityGroup::Skills).clear();
    b.similarity.vector(SimilarityGroup::Knowledge).clear();
    const SkillOverlap o = compareSkills(a, b);
    QVERIFY(o.skillsRatedA);
    QVERIFY(!o.skillsRatedB);
    QVERIFY(!o.skillsCompared());
    // A's skills are not "only in" A: B's were never rated.
    QCOMPARE(names(o.onlyA), QStringList {});
    QCOMPARE(names(o.notComparedA),
        (QStringList { QStringLiteral("Medicine and Dentistry"), QStringLiteral("Service Orientation") }));
    QCOMPARE(names(o.onlyB), QStringList { QStringLiteral("Epic") });
    QCOMPARE(names(o.shared), QStringList { QStringLiteral("Python") });
    QCOMPARE(unratedSkillsNotes(o, a, b),
        QStringList { QStringLiteral("O*NET has not rated skills for Paramedics") });
    // The skills groups are left out, not counted as zero: the rest is identical, so 100 %.
    QVERIFY(!o.similarity.groupScores[std::size_t(SimilarityGroup::Skills)]);
    QVERIFY(!o.similarity.groupScores[std::size_t(SimilarityGroup::Knowledge)]);
    QVERIFY(qAbs(*o.similarityPercent - 100.0) < 1e-9);
    // Both unrated: the same, and both notes.
    const SkillOverlap both = compareSkills(b, b);
    QVERIFY(qAbs(*both.similarityPercent - 100.0) < 1e-9);
    QCOMPARE(unratedSkillsNotes(both, b, b).size(), 2);
}

void TestSkillOverlap::roleWithOnlyTechnologies()
{
    // A custom role lists technologies only: compared on them (weight 1 each) and nothing else.
    Role a;
    a.origin = RoleOrigin::Custom;
    a.skills = { technology(QStringLiteral("Python"), true), technology(QStringLiteral("Git"), false) };
    const SkillOverlap self = compareSkills(a, a);
    QVERIFY(qAbs(*self.similarityPercent - 100.0) < 1e-9);
    QVERIFY(!self.skillsRatedA);
    Role b = a;
    b.skills = { technology(QStringLiteral("Python"), true), technology(QStringLiteral("Excel"), false) };
    const SkillOverlap half = compareSkills(a, b);
    // cosine 1/2, rescaled with the technology group's mean of random pairs
    const double mu = defaultSimilarityMu(SimilarityGroup::Technologies);
    QVERIFY(qAbs(*half.similarityPercent - 100.0 * (0.5 - mu) / (1 - mu)) < 1e-9);
    QCOMPARE(half.similarity.groupScores[std::size_t(SimilarityGroup::WorkActivities)].has_value(), false);
    // Against a full O*NET profile only the technology group is shared.
    Role onet;
    onet.similarity = fullProfile();
    const SkillOverlap mixed = compareSkills(a, onet);
    int compared = 0;
    for (const auto &s : mixed.similarity.groupScores)
        compared += s ? 1 : 0;
    QCOMPARE(compared, 1);
}

void TestSkillOverlap::rescalingAndPercentMap()
{
    // s = 0 (a typical random pair) maps to 5 e^-1 = 1.84 %; S = 1 to 100 %; the map is continuous
    // at S = 0.05, strictly increasing and never negative.
    QVERIFY(qAbs(similarityPercentOf(0.0) - 5.0 * std::exp(-1.0)) < 1e-12);
    QVERIFY(qAbs(similarityPercentOf(1.0) - 100.0) < 1e-12);
    QVERIFY(qAbs(similarityPercentOf(0.05) - 5.0) < 1e-12);
    QVERIFY(qAbs(similarityPercentOf(0.05 - 1e-9) - 5.0) < 1e-6);
    double last = -1;
    for (double s = -1.0; s <= 1.0; s += 0.01) {
        const double p = similarityPercentOf(s);
        QVERIFY(p > last);
        QVERIFY(p >= 0 && p <= 100);
        last = p;
    }
    QCOMPARE(jobZoneCosine(2, 4), 0.5);
    QCOMPARE(sparseCosine(vec({ { "a", 1 } }), vec({ { "b", 1 } })), 0.0);
    QVERIFY(
        qAbs(sparseCosine(vec({ { "a", 1 }, { "b", 1 } }), vec({ { "b", 3 } })) - std::sqrt(0.5)) < 1e-12);
}

void TestSkillOverlap::groupsWeightedAndRenormalised()
{
    // Two groups: technologies identical (s = 1), tools disjoint (c = 0, s = −mu / (1 − mu)).
    SimilarityProfile a;
    a.vector(SimilarityGroup::Technologies) = vec({ { "technology:python", 1 } });
    a.vector(SimilarityGroup::Tools) = vec({ { "1", 1 } });
    SimilarityProfile b = a;
    b.vector(SimilarityGroup::Tools) = vec({ { "2", 1 } });
    const SimilarityResult r = computeSimilarity(a, b);
    const double wt = similarityWeight(SimilarityGroup::Technologies);
    const double wo = similarityWeight(SimilarityGroup::Tools);
    const double mu = defaultSimilarityMu(SimilarityGroup::Tools);
    const double expected = (wt * 1.0 + wo * (-mu / (1 - mu))) / (wt + wo);
    QVERIFY(qAbs(*r.combined - expected) < 1e-12);
    QVERIFY(qAbs(*r.percent - 100.0 * expected) < 1e-9);
    // The Job Zone alone says nothing about the work: no figure.
    SimilarityProfile z1, z2;
    z1.jobZone = 3;
    z2.jobZone = 3;
    QVERIFY(!computeSimilarity(z1, z2).percent);
}

void TestSkillOverlap::disjointRatedRolesShareNoSkills()
{
    Role a;
    a.skills = { rated(QStringLiteral("Programming"), SkillKind::Skill, 4.5) };
    Role b;
    b.skills = { rated(QStringLiteral("Service Orientation"), SkillKind::Skill, 4.0) };
    const SkillOverlap o = compareSkills(a, b);
    QVERIFY(o.shared.isEmpty());
    QCOMPARE(names(o.onlyA), QStringList { QStringLiteral("Programming") });
    QCOMPARE(names(o.onlyB), QStringList { QStringLiteral("Service Orientation") });
    QVERIFY(o.notComparedA.isEmpty() && o.notComparedB.isEmpty());
    // Without similarity profiles or technologies there is nothing the formula compares.
    QVERIFY(!o.similarityPercent);
}

void TestSkillOverlap::freeTextSkillsMeetOnTags()
{
    RoleSkill a1;
    a1.label = QStringLiteral("Python & Systems Programming (Rust, C++ for performance-critical components)");
    a1.kind = SkillKind::Topic;
    a1.entities = { { QStringLiteral("technology:python"), QStringLiteral("Python"), SkillKind::Technology },
        { QStringLiteral("technology:rust"), QStringLiteral("Rust"), SkillKind::Technology },
        { QStringLiteral("technology:c++"), QStringLiteral("C++"), SkillKind::Technology } };
    RoleSkill b1;
    b1.label = QStringLiteral("Systems programming in C/C++/Rust");
    b1.kind = SkillKind::Topic;
    b1.entities = { { QStringLiteral("technology:c"), QStringLiteral("C"), SkillKind::Technology },
        { QStringLiteral("technology:c++"), QStringLiteral("C++"), SkillKind::Technology },
        { QStringLiteral("technology:rust"), QStringLiteral("Rust"), SkillKind::Technology } };
    Role a;
    a.skills = { a1 };
    Role b;
    b.skills = { b1 };
    const SkillOverlap o = compareSkills(a, b);
    QStringList shared = names(o.shared);
    shared.sort();
    QCOMPARE(shared, (QStringList { QStringLiteral("C++"), QStringLiteral("Rust") }));
    QCOMPARE(names(o.onlyA), QStringList { QStringLiteral("Python") });
    QCOMPARE(names(o.onlyB), QStringList { QStringLiteral("C") });
    // Two of three tags in common: cosine 2/3, rescaled.
    const double mu = defaultSimilarityMu(SimilarityGroup::Technologies);
    QVERIFY(qAbs(*o.similarityPercent - 100.0 * (2.0 / 3.0 - mu) / (1 - mu)) < 1e-9);
}

void TestSkillOverlap::noCommonGroupMeansNoSimilarity()
{
    Role a;
    a.skills = { rated(QStringLiteral("Programming"), SkillKind::Skill, 4.0) };
    Role b;
    b.skills = { technology(QStringLiteral("Python"), false) };
    QVERIFY(!compareSkills(a, b).similarityPercent.has_value());
    Role empty;
    QVERIFY(!compareSkills(a, empty).similarityPercent.has_value());
}

void TestSkillOverlap::orderPutsSkillsBeforeTools()
{
    Role a;
    a.skills = { technology(QStringLiteral("Python"), true),
        rated(QStringLiteral("Writing"), SkillKind::Skill, 3.1),
        rated(QStringLiteral("Programming"), SkillKind::Skill, 4.8) };
    Role none;
    none.skills = { rated(QStringLiteral("Other"), SkillKind::Skill, 3.0) };
    const SkillOverlap o = compareSkills(a, none);
    QCOMPARE(names(o.onlyA),
        (QStringList { QStringLiteral("Programming"), QStringLiteral("Writing"), QStringLiteral("Python") }));
}

// Two entities whose names differ only in case, across the lists, are each named with their kind;
// one entity met in both roles, and names that are merely alike, keep their names.
void TestSkillOverlap::namesakesNamedWithTheirKind()
{
    Role a;
    a.skills = { rated(QStringLiteral("Mathematics"), SkillKind::Skill, 4.0),
        rated(QStringLiteral("Writing"), SkillKind::Skill, 3.0), technology(QStringLiteral("Git"), false),
        rated(QStringLiteral("Design"), SkillKind::Knowledge, 2.0) };
    Role b;
    b.skills = { rated(QStringLiteral("MATHEMATICS"), SkillKind::Knowledge, 3.5),
        rated(QStringLiteral("Writing"), SkillKind::Skill, 2.0), technology(QStringLiteral("Gitlab"), true),
        technology(QStringLiteral("design"), false) };
    const SkillOverlap o = compareSkills(a, b);
    QStringList all = names(o.onlyA) + names(o.shared) + names(o.onlyB);
    all.sort();
    QCOMPARE(all,
        (QStringList { QStringLiteral("Design (knowledge)"), QStringLiteral("Git"), QStringLiteral("Gitlab"),
            QStringLiteral("MATHEMATICS (knowledge)"), QStringLiteral("Mathematics (skill)"),
            QStringLiteral("Writing"), QStringLiteral("design (technology)") }));
    QCOMPARE(names(o.shared), QStringList { QStringLiteral("Writing") });
}

void TestSkillOverlap::workActivitiesCoreFirstUnderTheirIwa()
{
    const QVector<WorkActivity> in {
        { QStringLiteral("d1"), QStringLiteral("Sweep floors."), QStringLiteral("i1"),
            QStringLiteral("Clean"), false, 2.0 },
        { QStringLiteral("d2"), QStringLiteral("Treat patients."), QStringLiteral("i2"),
            QStringLiteral("Care"), true, 0.5 },
        { QStringLiteral("d3"), QStringLiteral("Mop floors."), QStringLiteral("i1"), QStringLiteral("Clean"),
            true, 0.2 },
        { QStringLiteral("d4"), QStringLiteral("Record vitals."), QStringLiteral("i2"),
            QStringLiteral("Care"), true, 1.0 },
    };
    QStringList order;
    for (const WorkActivity &w : orderedWorkActivities(in))
        order << w.dwaId;
    // Both IWAs hold Core work; "Clean" weighs more (2.2 vs 1.5). Within it the Core DWA comes first.
    QCOMPARE(order,
        (QStringList {
            QStringLiteral("d3"), QStringLiteral("d1"), QStringLiteral("d4"), QStringLiteral("d2") }));
}

QTEST_APPLESS_MAIN(TestSkillOverlap)
#include "tst_skilloverlap.moc"
