// SPDX-License-Identifier: MIT
#include "skilloverlap.h"

#include <QtTest>

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
    void disjointRolesShareNothing();
    void weightedJaccardPerGroup();
    void freeTextSkillsMeetOnTags();
    void noCommonGroupMeansNoSimilarity();
    void orderPutsSkillsBeforeTools();
};

void TestSkillOverlap::identicalRolesAreFullySimilar()
{
    Role a;
    a.skills = { rated(QStringLiteral("Programming"), SkillKind::Skill, 4.5),
        technology(QStringLiteral("Python"), true) };
    const SkillOverlap o = compareSkills(a, a);
    QCOMPARE(o.shared.size(), 2);
    QVERIFY(o.onlyA.isEmpty());
    QVERIFY(o.onlyB.isEmpty());
    QCOMPARE(*o.similarityPercent, 100.0);
}

void TestSkillOverlap::disjointRolesShareNothing()
{
    Role a;
    a.skills = { rated(QStringLiteral("Programming"), SkillKind::Skill, 4.5) };
    Role b;
    b.skills = { rated(QStringLiteral("Service Orientation"), SkillKind::Skill, 4.0) };
    const SkillOverlap o = compareSkills(a, b);
    QVERIFY(o.shared.isEmpty());
    QCOMPARE(names(o.onlyA), QStringList { QStringLiteral("Programming") });
    QCOMPARE(names(o.onlyB), QStringList { QStringLiteral("Service Orientation") });
    QCOMPARE(*o.similarityPercent, 0.0);
}

void TestSkillOverlap::weightedJaccardPerGroup()
{
    // Abilities: Programming 5 vs 2.5 -> min 0.5, max 1.0; Mathematics only in A (0.8): index 0.5/1.8.
    // Tools: Python hot in both -> 1/1. Similarity = mean(0.2778, 1) = 63.9%.
    Role a;
    a.skills = { rated(QStringLiteral("Programming"), SkillKind::Skill, 5.0),
        rated(QStringLiteral("Mathematics"), SkillKind::Knowledge, 4.0),
        technology(QStringLiteral("Python"), true) };
    Role b;
    b.skills = { rated(QStringLiteral("Programming"), SkillKind::Skill, 2.5),
        technology(QStringLiteral("Python"), true) };
    const SkillOverlap o = compareSkills(a, b);
    QCOMPARE(o.shared.size(), 2);
    QCOMPARE(names(o.onlyA), QStringList { QStringLiteral("Mathematics") });
    QVERIFY(qAbs(*o.similarityPercent - 100.0 * (0.5 / 1.8 + 1.0) / 2.0) < 1e-9);
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
    QCOMPARE(qRound(*o.similarityPercent), 50);
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

QTEST_APPLESS_MAIN(TestSkillOverlap)
#include "tst_skilloverlap.moc"
