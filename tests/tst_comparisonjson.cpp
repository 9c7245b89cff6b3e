// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"
#include "comparisonjson.h"

#include <QtTest>

using namespace cc;

class TestComparisonJson : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shape();
    void roleValuesAndNulls();
    void topCodedWages();
    void seedSkillsAreNames();
    void oneRoleUnratedIsSaidNotListedAsOnlyInTheOther_data();
    void oneRoleUnratedIsSaidNotListedAsOnlyInTheOther();

private:
    Role role(const QString &name) const { return *m_catalogue->role(m_catalogue->findCodes(name).value(0)); }
    QJsonObject compare(const QString &a, const QString &b) const
    {
        return comparisonToJson(Comparison::of(role(a), role(b)), m_catalogue->sourceCitations(),
            m_catalogue->metadata(QStringLiteral("onet_credit")));
    }
    std::unique_ptr<CatalogueDatabase> m_catalogue;
};

void TestComparisonJson::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestComparisonJson::shape()
{
    const QJsonObject json
        = compare(QStringLiteral("Software Developers"), QStringLiteral("Data Scientists"));
    for (const char *key :
        { "a", "b", "skills", "summary", "conclusion", "choose_a_if", "choose_b_if", "sources" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    QVERIFY(json.value(QStringLiteral("summary")).isString());
    QVERIFY(json.value(QStringLiteral("conclusion")).isArray());
    QVERIFY(json.value(QStringLiteral("choose_a_if")).toArray().first().isString());
    const QJsonObject skills = json.value(QStringLiteral("skills")).toObject();
    for (const char *key : { "only_a", "shared", "only_b" })
        QVERIFY2(skills.value(QLatin1String(key)).isArray(), key);
    QVERIFY(skills.value(QStringLiteral("similarity_percent")).isDouble());
    // Both unrated for skills (O*NET 29.3): said, per role.
    const QJsonObject rated = skills.value(QStringLiteral("rated")).toObject();
    QCOMPARE(rated.value(QStringLiteral("a")).toBool(true), false);
    QCOMPARE(rated.value(QStringLiteral("b")).toBool(true), false);
    QCOMPARE(skills.value(QStringLiteral("not_rated")).toArray().size(), 2);
    QCOMPARE(skills.value(QStringLiteral("not_rated")).toArray().first().toString(),
        QStringLiteral("O*NET has not rated skills for Software Developers"));
    // Work activities: DWA titles per role.
    const QJsonObject work = json.value(QStringLiteral("work_activities")).toObject();
    for (const char *side : { "a", "b" }) {
        const QJsonArray list = work.value(QLatin1String(side)).toArray();
        QVERIFY2(list.size() >= 5, side);
        for (const auto &title : list)
            QVERIFY(title.isString() && !title.toString().isEmpty());
    }
    const QJsonObject a = json.value(QStringLiteral("a")).toObject();
    for (const char *key :
        { "code", "title", "category", "salary", "demand_score", "ai_risk_percent", "llm_exposure_percent",
            "learning_months", "difficulty", "entry_barrier", "remote_friendly", "requires_coding" })
        QVERIFY2(a.contains(QLatin1String(key)), key);
    const QJsonObject salary = a.value(QStringLiteral("salary")).toObject();
    for (const char *key : { "low", "p25", "median", "p75", "high", "currency", "year" })
        QVERIFY2(salary.contains(QLatin1String(key)), key);
    const QJsonArray sources = json.value(QStringLiteral("sources")).toArray();
    bool credit = false;
    for (const auto &s : sources)
        credit = credit || s.toString().contains(QStringLiteral("Used under the CC BY 4.0 license"));
    QVERIFY(credit);
}

void TestComparisonJson::roleValuesAndNulls()
{
    const QJsonObject json = compare(QStringLiteral("15-1252"), QStringLiteral("Data Scientists"));
    const QJsonObject a = json.value(QStringLiteral("a")).toObject();
    QCOMPARE(a.value(QStringLiteral("code")).toString(), QStringLiteral("15-1252.00"));
    // BLS OEWS May 2024, 15-1252: 79,850 / 103,050 / 133,080 / 169,000 / 211,450.
    const QJsonObject salary = a.value(QStringLiteral("salary")).toObject();
    QCOMPARE(salary.value(QStringLiteral("low")).toInt(), 79850);
    QCOMPARE(salary.value(QStringLiteral("median")).toInt(), 133080);
    QCOMPARE(salary.value(QStringLiteral("high")).toInt(), 211450);
    QCOMPARE(salary.value(QStringLiteral("year")).toInt(), 2024);
    QCOMPARE(a.value(QStringLiteral("requires_coding")).toBool(), true);
    // Frey & Osborne have no row for 15-2099, the 2010 code of Data Scientists: null, with why.
    const QJsonObject b = json.value(QStringLiteral("b")).toObject();
    QVERIFY(b.value(QStringLiteral("ai_risk_percent")).isNull());
    QVERIFY(b.value(QStringLiteral("notes"))
                .toObject()
                .value(QStringLiteral("ai_risk_percent"))
                .toString()
                .contains(QStringLiteral("15-2099")));
}

void TestComparisonJson::topCodedWages()
{
    const QJsonObject a = compare(QStringLiteral("Anesthesiologists"), QStringLiteral("Registered Nurses"))
                              .value(QStringLiteral("a"))
                              .toObject();
    const QJsonObject salary = a.value(QStringLiteral("salary")).toObject();
    QCOMPARE(salary.value(QStringLiteral("high")).toInt(), 239200);
    const QJsonArray topCoded = salary.value(QStringLiteral("top_coded")).toArray();
    QVERIFY(topCoded.contains(QStringLiteral("high")));
    QVERIFY(topCoded.contains(QStringLiteral("median")));
    QVERIFY(!topCoded.contains(QStringLiteral("low")));
}

void TestComparisonJson::seedSkillsAreNames()
{
    const QJsonObject json = compare(
        QStringLiteral("AI Multimodal Systems Engineer"), QStringLiteral("AI On-Device AI Engineer"));
    const QJsonObject a = json.value(QStringLiteral("a")).toObject();
    QVERIFY(a.value(QStringLiteral("salary")).toObject().value(QStringLiteral("median")).isNull());
    QVERIFY(a.value(QStringLiteral("llm_exposure_percent")).isNull());
    QCOMPARE(a.value(QStringLiteral("ai_risk_percent")).toDouble(), 15.0);
    const QJsonArray shared
        = json.value(QStringLiteral("skills")).toObject().value(QStringLiteral("shared")).toArray();
    QVERIFY(shared.contains(QStringLiteral("Rust")));
    QVERIFY(shared.contains(QStringLiteral("C++")));
}

void TestComparisonJson::oneRoleUnratedIsSaidNotListedAsOnlyInTheOther_data()
{
    QTest::addColumn<QString>("rated");
    QTest::addColumn<QString>("unrated");
    QTest::newRow("nurses, paramedics") << QStringLiteral("29-1141.00") << QStringLiteral("29-2043.00");
    QTest::newRow("internists, emergency physicians")
        << QStringLiteral("29-1216.00") << QStringLiteral("29-1214.00");
}

// The rated role's skills and knowledge (Medicine and Dentistry among them) are not "only in" it: the
// JSON and the summary say the other is unrated instead, either way round.
void TestComparisonJson::oneRoleUnratedIsSaidNotListedAsOnlyInTheOther()
{
    QFETCH(QString, rated);
    QFETCH(QString, unrated);
    const Role r = role(rated);
    const Role u = role(unrated);
    QStringList ratedSkills; // names of the rated role's skills and knowledge
    for (const RoleSkill &s : r.skills) {
        if (s.kind == SkillKind::Skill || s.kind == SkillKind::Knowledge)
            ratedSkills << s.label;
    }
    QVERIFY(ratedSkills.contains(QStringLiteral("Medicine and Dentistry")));
    const QString note = QStringLiteral("O*NET has not rated skills for %1").arg(u.title);
    for (bool swapped : { false, true }) {
        const QJsonObject json = swapped ? compare(unrated, rated) : compare(rated, unrated);
        const QJsonObject skills = json.value(QStringLiteral("skills")).toObject();
        QCOMPARE(skills.value(QStringLiteral("not_rated")).toArray(), QJsonArray { note });
        const QJsonObject ratedFlags = skills.value(QStringLiteral("rated")).toObject();
        QCOMPARE(ratedFlags.value(QStringLiteral("a")).toBool(), !swapped);
        QCOMPARE(ratedFlags.value(QStringLiteral("b")).toBool(), swapped);
        for (const char *list : { "only_a", "shared", "only_b" }) {
            for (const auto &name : skills.value(QLatin1String(list)).toArray())
                QVERIFY2(!ratedSkills.contains(name.toString()), qPrintable(name.toString()));
        }
        QVERIFY(
            !skills.value(QLatin1String(swapped ? "only_b" : "only_a")).toArray().isEmpty()); // technologies
        QVERIFY(json.value(QStringLiteral("summary"))
                    .toString()
                    .contains(note + QStringLiteral(", so skills and knowledge are not compared.")));
    }
}

QTEST_GUILESS_MAIN(TestComparisonJson)
#include "tst_comparisonjson.moc"
