// SPDX-License-Identifier: MIT
// The skill chart says why a bar is missing: a role lists only its skills and knowledge of importance 3
// or more (docs/DATA.md), so a skill the other role lists and this one does not is under 3 or not
// reported, never 0; a role with no rated skills is "none rated". The chart's figure table says the same.
#include "comparisoncharts.h"

#include <QtTest>

using namespace cc;

namespace
{
Role withSkills(const QString &code, const QString &title, const QVector<std::pair<QString, double>> &skills)
{
    Role r;
    r.code = code;
    r.title = title;
    for (const auto &[label, importance] : skills) {
        RoleSkill s;
        s.label = label;
        s.kind = SkillKind::Skill;
        s.importance = importance;
        s.entities = { SkillEntity { QStringLiteral("skill:") + label.toLower(), label, SkillKind::Skill } };
        r.skills << s;
    }
    return r;
}

QStringList skillRow(const Comparison &c, const QString &name)
{
    for (const ChartFigure &f : chartFigures(c)) {
        if (f.chart == QStringLiteral("Skill importance (1–5)") && f.figure == name)
            return { f.a, f.b };
    }
    return {};
}
} // namespace

class TestSkillChart : public QObject
{
    Q_OBJECT
private slots:
    void missingBarSaysWhy();
    void everyBarThere();
    void noneRated();
    void seedRangeIsThePages();
};

void TestSkillChart::missingBarSaysWhy()
{
    Comparison c;
    c.a = withSkills(QStringLiteral("X-1"), QStringLiteral("Role A"),
        { { QStringLiteral("Speaking"), 4.0 }, { QStringLiteral("Writing"), 3.5 } });
    c.b = withSkills(QStringLiteral("X-2"), QStringLiteral("Role B"),
        { { QStringLiteral("Speaking"), 3.2 }, { QStringLiteral("Monitoring"), 4.5 } });
    QCOMPARE(noneRatedLine(c), QStringLiteral("no bar: under 3 or not reported"));
    QCOMPARE(skillRow(c, QStringLiteral("Monitoring")),
        (QStringList { QStringLiteral("under 3 or not reported"), QStringLiteral("4.5") }));
    QCOMPARE(skillRow(c, QStringLiteral("Writing")),
        (QStringList { QStringLiteral("3.5"), QStringLiteral("under 3 or not reported") }));
    QCOMPARE(skillRow(c, QStringLiteral("Speaking")),
        (QStringList { QStringLiteral("4"), QStringLiteral("3.2") }));
}

void TestSkillChart::everyBarThere()
{
    Comparison c;
    c.a = withSkills(
        QStringLiteral("X-1"), QStringLiteral("Role A"), { { QStringLiteral("Speaking"), 4.0 } });
    c.b = withSkills(
        QStringLiteral("X-2"), QStringLiteral("Role B"), { { QStringLiteral("Speaking"), 3.0 } });
    QVERIFY(noneRatedLine(c).isEmpty());
}

void TestSkillChart::noneRated()
{
    Comparison c;
    c.a = withSkills(
        QStringLiteral("X-1"), QStringLiteral("Role A"), { { QStringLiteral("Speaking"), 4.0 } });
    c.b = withSkills(QStringLiteral("X-2"), QStringLiteral("Role B"), {});
    QCOMPARE(noneRatedLine(c), QStringLiteral("none rated for Role B"));
    QCOMPARE(skillRow(c, QStringLiteral("Speaking")),
        (QStringList { QStringLiteral("4"), QStringLiteral("not rated") }));
}

// The seed page gives a range of its own, not percentiles: the figure table says whose ends they are.
void TestSkillChart::seedRangeIsThePages()
{
    Comparison c;
    c.a = withSkills(QStringLiteral("AI-1"), QStringLiteral("Role A"), {});
    c.a.salary.low.amount = 130000;
    c.a.salary.high.amount = 220000;
    c.a.provenance.insert(Field::Salary, Provenance { SourceId::SeedPage, ValueStatus::Known, {}, {} });
    c.b = withSkills(QStringLiteral("X-2"), QStringLiteral("Role B"), {});
    c.b.salary.low.amount = 80670;
    QStringList low;
    QStringList median;
    for (const ChartFigure &f : chartFigures(c)) {
        if (f.figure == QStringLiteral("10th percentile"))
            low = { f.a, f.b };
        if (f.figure == QStringLiteral("median"))
            median = { f.a, f.b };
    }
    QCOMPARE(low,
        (QStringList {
            QStringLiteral("$130,000 (bottom of the seed web page's range)"), QStringLiteral("$80,670") }));
    QCOMPARE(median, (QStringList { QStringLiteral("not available"), QStringLiteral("not available") }));
}

QTEST_GUILESS_MAIN(TestSkillChart)
#include "tst_skillchart.moc"
