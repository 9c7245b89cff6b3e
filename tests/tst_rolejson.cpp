// SPDX-License-Identifier: MIT
#include "rolejson.h"

#include <QJsonDocument>
#include <QtTest>

using namespace cc;

class TestRoleJson : public QObject
{
    Q_OBJECT
private slots:
    void readsTheRoleShape();
    void acceptsObjectArrayOrRolesList();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void nothingHalfRead();
    void hostileButValidTextIsKeptAsText();
    void roundTrip();
    void storeRowsMayHaveOtherFields();
    void growthAloneIsGiven();
    void refusalNamesRoleFieldValueAndRange();
    void acceptsTheCataloguesRanges();
    void readsTheShareAndTopCodedFigures();
    void surrogatePairsAreCharacters();
    void storeRowsKeepValuesThisVersionRefusesAsMissing();
    void storeRowsLoneSurrogatesBecomeReplacementCharacters();
};

void TestRoleJson::refusalNamesRoleFieldValueAndRange()
{
    const RolesParseResult r
        = parseRolesJson(R"([{"title": "Fine"}, {"title": "Tester", "ai_risk_percent": 150}])");
    QVERIFY(!r.ok());
    QCOMPARE(r.error,
        QStringLiteral(
            "role 2 (\"Tester\"): ai_risk_percent must be a number from 0 to 100 (150 was given)"));
    QCOMPARE(r.problem, QStringLiteral("ai_risk_percent must be a number from 0 to 100 (150 was given)"));
}

void TestRoleJson::acceptsTheCataloguesRanges()
{
    // Both ends: whole dollars from 1 to 10,000,000 in "USD", a year, 600 months, 10 million openings.
    const RolesParseResult r = parseRolesJson(R"({"title": "G", "salary": {"low": 1, "high": 10000000,
        "currency": " USD ", "year": 2024}, "learning_months": 600, "annual_openings": 10000000})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(*r.roles.first().role.salary.low.amount, 1);
    QCOMPARE(*r.roles.first().role.salary.high.amount, 10'000'000);
    QCOMPARE(*r.roles.first().role.salary.year, 2024);
    QCOMPARE(*r.roles.first().role.learningMonths, 600);
}

void TestRoleJson::readsTheShareAndTopCodedFigures()
{
    // The teleworkable share, in percent as --json writes it: the level follows from it when not
    // given, and is kept beside it. It used to be dropped: "not given for this custom role".
    RolesParseResult r = parseRolesJson(R"([{"title": "A", "remote_share": 1.5},
        {"title": "B", "remote_share": 100}, {"title": "C", "remote_share": 0},
        {"title": "D", "remote_friendly": "Partly", "remote_share": 100}, {"title": "E", "remote_friendly": "Yes",
        "remote_share": 100}, {"title": "F", "remote_friendly": "Partly"}])");
    QVERIFY2(r.ok(), qPrintable(r.error));
    const auto remote = [&r](int i) { return r.roles.at(i).role; };
    QCOMPARE(*remote(0).remoteFriendly, RemoteFriendly::Partly);
    QCOMPARE(*remote(0).teleworkShare, 0.015);
    QCOMPARE(remote(0).provenanceOf(Field::RemoteFriendly).status, ValueStatus::Known);
    QCOMPARE(*remote(1).remoteFriendly, RemoteFriendly::Yes);
    QCOMPARE(*remote(2).remoteFriendly, RemoteFriendly::No);
    QCOMPARE(*remote(3).remoteFriendly, RemoteFriendly::Partly); // a share shown rounded to 100%
    QCOMPARE(*remote(4).teleworkShare, 1.0);
    QVERIFY(!remote(5).teleworkShare);
    // The survey's top figure ("$239,200 or more"), as --json writes it: it used to be dropped.
    r = parseRolesJson(R"({"title": "H", "salary": {"low": 50000, "high": 239200, "top_coded": ["high"]}})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.roles.first().role.salary.high.topCoded);
    QVERIFY(!r.roles.first().role.salary.low.topCoded);
}

void TestRoleJson::surrogatePairsAreCharacters()
{
    // A character outside the BMP is a surrogate pair, not two lone halves.
    const RolesParseResult r
        = parseRolesJson(R"({"title": "Emoji \ud83d\ude00", "skills": ["\ud83d\ude00"]})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles.first().role.title, QStringLiteral("Emoji \U0001F600"));
    // A title with a lone surrogate is quoted without it.
    const RolesParseResult bad = parseRolesJson(R"({"title": "\ud800bad"})");
    QVERIFY(!bad.ok());
    QCOMPARE(loneSurrogateAt(bad.error), -1);
}

void TestRoleJson::storeRowsKeepValuesThisVersionRefusesAsMissing()
{
    // A row an older version stored under other rules (euros, 900 months, half an opening): the role
    // is still read, with its other values; a refused value is missing and says why.
    const QByteArray row = R"({"title": "Old", "salary": {"low": 50000, "high": 90000, "currency": "EUR"},
        "learning_months": 900, "annual_openings": 1200.5, "growth_percent": 3, "demand_score": 6})";
    QVERIFY(!parseRolesJson(row).ok());
    const RolesParseResult r = parseRolesJson(row, UnknownFields::Ignore, RefusedValues::Missing);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const RoleInput &input = r.roles.first();
    QCOMPARE(input.role.title, QStringLiteral("Old"));
    QCOMPARE(*input.role.demandScore, 6.0);
    QVERIFY(!input.role.salary.low.isKnown() && !input.role.salary.high.isKnown());
    const Provenance salary = input.role.provenanceOf(Field::Salary);
    QCOMPARE(salary.status, ValueStatus::Missing);
    QVERIFY2(
        salary.note.contains(QStringLiteral("salary.currency must be \"USD\"")), qPrintable(salary.note));
    QVERIFY(!input.role.learningMonths);
    QVERIFY2(input.role.provenanceOf(Field::LearningMonths).note.contains(QStringLiteral("(900 was given)")),
        qPrintable(input.role.provenanceOf(Field::LearningMonths).note));
    // Growth and openings share one field: the openings refused are not hidden by the growth given.
    QVERIFY(!input.role.annualOpenings);
    QCOMPARE(*input.role.growthPercent, 3.0);
    QVERIFY2(input.role.provenanceOf(Field::Projections).note.contains(QStringLiteral("annual_openings")),
        qPrintable(input.role.provenanceOf(Field::Projections).note));
}

void TestRoleJson::storeRowsLoneSurrogatesBecomeReplacementCharacters()
{
    const QByteArray row = R"({"title": "\ud800bad", "skills": ["C\udc00"]})";
    QVERIFY(!parseRolesJson(row).ok());
    const RolesParseResult r = parseRolesJson(row, UnknownFields::Ignore, RefusedValues::Missing);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles.first().role.title, QStringLiteral("\uFFFDbad"));
    QCOMPARE(r.roles.first().skillNames, QStringList { QStringLiteral("C\uFFFD") });
}

void TestRoleJson::growthAloneIsGiven()
{
    // Growth and openings share the projections' provenance: growth without openings was "missing:
    // not given for this custom role" in --json's notes, beside the growth it gave.
    const RolesParseResult r = parseRolesJson(R"([{"title": "G", "growth_percent": 3},
        {"title": "O", "annual_openings": 1000}, {"title": "N"}])");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles[0].role.provenanceOf(Field::Projections).status, ValueStatus::Known);
    QCOMPARE(r.roles[1].role.provenanceOf(Field::Projections).status, ValueStatus::Known);
    QCOMPARE(r.roles[2].role.provenanceOf(Field::Projections).status, ValueStatus::Missing);
    QCOMPARE(r.roles[2].role.provenanceOf(Field::Projections).note,
        QStringLiteral("not given for this custom role"));
}

void TestRoleJson::storeRowsMayHaveOtherFields()
{
    // A row of the user's store written by another version: its unknown fields are skipped, not fatal.
    const QByteArray json = R"({"title": "A", "field_of_a_later_version": 1})";
    QVERIFY(!parseRolesJson(json).ok());
    const RolesParseResult r = parseRolesJson(json, UnknownFields::Ignore);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles.first().role.title, QStringLiteral("A"));
}

void TestRoleJson::readsTheRoleShape()
{
    const QByteArray json = R"({"code": "my-1", "title": "  Ward Clerk  ", "category": "Healthcare",
        "salary": {"low": 30000, "p25": null, "median": 38000, "high": 52000, "currency": "USD", "year": 2024},
        "demand_score": 6.5, "ai_risk_percent": 40, "llm_exposure_percent": null, "learning_months": 3,
        "difficulty": "beginner", "entry_barrier": "Low", "remote_friendly": "Partly", "requires_coding": false,
        "skills": ["Medical records", "Typing", "typing"]})";
    const RolesParseResult r = parseRolesJson(json);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles.size(), 1);
    const Role &role = r.roles.first().role;
    QCOMPARE(role.title, QStringLiteral("Ward Clerk"));
    QCOMPARE(role.code, QStringLiteral("my-1"));
    QCOMPARE(*role.salary.low.amount, 30000);
    QVERIFY(!role.salary.p25.isKnown());
    QCOMPARE(*role.salary.median.amount, 38000);
    QCOMPARE(*role.demandScore, 6.5);
    QVERIFY(!role.llmExposurePercent);
    QCOMPARE(role.provenanceOf(Field::LlmExposure).status, ValueStatus::Missing);
    QCOMPARE(*role.difficulty, Difficulty::Beginner);
    QCOMPARE(*role.remoteFriendly, RemoteFriendly::Partly);
    QCOMPARE(*role.requiresCoding, false);
    QCOMPARE(r.roles.first().skillNames,
        (QStringList { QStringLiteral("Medical records"), QStringLiteral("Typing") }));
}

void TestRoleJson::acceptsObjectArrayOrRolesList()
{
    QCOMPARE(parseRolesJson(R"({"title": "A"})").roles.size(), 1);
    QCOMPARE(parseRolesJson(R"([{"title": "A"}, {"title": "B"}])").roles.size(), 2);
    QCOMPARE(
        parseRolesJson(R"({"roles": [{"title": "A"}, {"title": "B"}, {"title": "C"}]})").roles.size(), 3);
    QCOMPARE(parseRolesJson("[]").roles.size(), 0);
}

void TestRoleJson::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not json") << QByteArray("{title: ") << "not valid JSON";
    QTest::newRow("empty") << QByteArray("") << "not valid JSON";
    QTest::newRow("no title") << QByteArray(R"({"code": "x"})") << "title is missing";
    QTest::newRow("empty title") << QByteArray(R"({"title": "   "})") << "title is empty";
    QTest::newRow("title not text") << QByteArray(R"({"title": 42})") << "title must be text";
    QTest::newRow("control characters")
        << QByteArray("{\"title\": \"Nurse\\u0000\\u0007\"}") << "control characters";
    QTest::newRow("5000 characters") << (QByteArray("{\"title\": \"") + QByteArray(5000, 'a') + "\"}")
                                     << "at most 200";
    QTest::newRow("demand out of range") << QByteArray(R"({"title": "A", "demand_score": 11})")
                                         << "demand_score must be a number from 0 to 10";
    QTest::newRow("risk as text") << QByteArray(R"({"title": "A", "ai_risk_percent": "15%"})")
                                  << "ai_risk_percent must be a number";
    QTest::newRow("negative salary")
        << QByteArray(R"({"title": "A", "salary": {"low": -5}})")
        << "salary.low must be a whole number from 1 to 10,000,000 (-5 was given)";
    QTest::newRow("low above high") << QByteArray(
        R"({"title": "A", "salary": {"low": 90000, "high": 50000}})")
                                    << "below a lower percentile";
    QTest::newRow("unknown level") << QByteArray(R"({"title": "A", "entry_barrier": "Sky-high"})")
                                   << "entry_barrier has an unknown value";
    QTest::newRow("coding as text") << QByteArray(R"({"title": "A", "requires_coding": "yes"})")
                                    << "requires_coding must be true";
    QTest::newRow("skills not a list")
        << QByteArray(R"({"title": "A", "skills": "Python"})") << "skills must be a list";
    QTest::newRow("skill not text") << QByteArray(R"({"title": "A", "skills": [3]})") << "skill 1 must be";
    QTest::newRow("roles not a list") << QByteArray(R"({"roles": {}})") << "\"roles\" must be a list";
    QTest::newRow("role not an object") << QByteArray(R"([1])") << "role 1: must be an object";
    QTest::newRow("bad currency") << QByteArray(R"({"title": "A", "salary": {"currency": "dollars"}})")
                                  << "salary.currency must be \"USD\"";
    // Values the program cannot show truthfully: the catalogue's bounds (whole dollars from 1, months
    // to 600, years 1990 to 2100, whole people), US dollars only, lone surrogates.
    QTest::newRow("euros") << QByteArray(
        R"({"title": "A", "salary": {"low": 50000, "high": 90000, "currency": "EUR"}})")
                           << "salary.currency must be \"USD\": Career Compare shows salaries in US dollars "
                              "only (\"EUR\" was given)";
    QTest::newRow("currency not text")
        << QByteArray(R"({"title": "A", "salary": {"currency": 840}})") << "(840 was given)";
    QTest::newRow("zero salary") << QByteArray(R"({"title": "A", "salary": {"low": 0}})")
                                 << "salary.low must be a whole number from 1 to 10,000,000 (0 was given)";
    QTest::newRow("half a dollar")
        << QByteArray(R"({"title": "A", "salary": {"low": 50000.5, "high": 90000}})")
        << "salary.low must be a whole number from 1 to 10,000,000 (50000.5 was given)";
    QTest::newRow("year before 1990")
        << QByteArray(R"({"title": "A", "salary": {"year": 1989}})")
        << "salary.year must be a whole number from 1990 to 2100 (1989 was given)";
    QTest::newRow("year not whole") << QByteArray(R"({"title": "A", "salary": {"year": 2024.5}})")
                                    << "(2024.5 was given)";
    QTest::newRow("top-coded figure not given")
        << QByteArray(R"({"title": "A", "salary": {"low": 30000, "top_coded": ["high"]}})")
        << "salary.top_coded must be a list of salary percentiles given";
    QTest::newRow("learning beyond 600 months")
        << QByteArray(R"({"title": "A", "learning_months": 601})")
        << "learning_months must be a whole number from 0 to 600 (601 was given)";
    QTest::newRow("learning not whole")
        << QByteArray(R"({"title": "A", "learning_months": 6.5})") << "(6.5 was given)";
    QTest::newRow("openings not whole") << QByteArray(R"({"title": "A", "annual_openings": 12.5})")
                                        << "annual_openings must be a whole number from 0 to 10,000,000";
    QTest::newRow("risk as text, named")
        << QByteArray(R"({"title": "A", "ai_risk_percent": "15%"})")
        << "ai_risk_percent must be a number from 0 to 100 (\"15%\" was given)";
    QTest::newRow("remote share above 100") << QByteArray(R"({"title": "A", "remote_share": 150})")
                                            << "remote_share must be a number from 0 to 100 (150 was given)";
    QTest::newRow("remote share negative") << QByteArray(R"({"title": "A", "remote_share": -1.5})")
                                           << "remote_share must be a number from 0 to 100 (-1.5 was given)";
    QTest::newRow("remote share against Yes")
        << QByteArray(R"({"title": "A", "remote_friendly": "Yes", "remote_share": 45})")
        << "remote_share 45 does not fit remote_friendly \"Yes\"";
    QTest::newRow("remote share against No")
        << QByteArray(R"({"title": "A", "remote_friendly": "No", "remote_share": 1.5})")
        << "remote_share 1.5 does not fit remote_friendly \"No\"";
    QTest::newRow("lone high surrogate in the title")
        << QByteArray(R"({"title": "\ud800bad"})") << "title has \\ud800, half of a UTF-16 surrogate pair";
    QTest::newRow("lone low surrogate in the category")
        << QByteArray(R"({"title": "A", "category": "x\udc00"})") << "category has \\udc00";
    QTest::newRow("surrogates in the wrong order")
        << QByteArray(R"({"title": "A", "code": "\udc00\ud800"})") << "code has \\udc00";
    QTest::newRow("lone surrogate in a skill")
        << QByteArray(R"({"title": "A", "skills": ["Python", "C\ud83d"]})") << "skill 2 has \\ud83d";
    // Issue #13 item 10: a misspelt field is named, with the nearest known one, never dropped.
    QTest::newRow("skils") << QByteArray(R"({"title": "A", "skils": ["Python"]})")
                           << "unknown field \"skils\" (did you mean \"skills\"?)";
    QTest::newRow("two unknown") << QByteArray(R"({"title": "A", "demand": 5, "zzzzzzzz": 1})")
                                 << "unknown fields \"demand\", \"zzzzzzzz\"";
    QTest::newRow("salary typo") << QByteArray(R"({"title": "A", "salary": {"medain": 5}})")
                                 << "salary: unknown field \"medain\" (did you mean \"median\"?)";
    QTest::newRow("field beside the list")
        << QByteArray(R"({"roles": [{"title": "U", "code": "U-2"}], "extra_field": 1, "version": 2})")
        << "beside \"roles\": unknown fields \"extra_field\", \"version\"";
    QTest::newRow("typo beside the list")
        << QByteArray(R"({"roles": [{"title": "U"}], "role": []})")
        << "beside \"roles\": unknown field \"role\" (did you mean \"roles\"?)";
}

void TestRoleJson::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    const RolesParseResult r = parseRolesJson(json);
    QVERIFY(!r.ok());
    QVERIFY(r.roles.isEmpty());
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
}

void TestRoleJson::nothingHalfRead()
{
    const RolesParseResult r = parseRolesJson(R"([{"title": "Good"}, {"title": "Bad", "demand_score": -1}])");
    QVERIFY(!r.ok());
    QVERIFY(r.roles.isEmpty());
    QVERIFY2(r.error.startsWith(QStringLiteral("role 2 (\"Bad\")")), qPrintable(r.error));
}

void TestRoleJson::hostileButValidTextIsKeptAsText()
{
    const RolesParseResult r
        = parseRolesJson(R"({"title": "<b>Boss</b> & 'Co'; DROP TABLE roles; --", "skills": ["%_*"]})");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.roles.first().role.title, QStringLiteral("<b>Boss</b> & 'Co'; DROP TABLE roles; --"));
    QCOMPARE(r.roles.first().skillNames.first(), QStringLiteral("%_*"));
}

void TestRoleJson::roundTrip()
{
    const QByteArray json = R"({"code": "c-1", "title": "Dog Groomer", "category": "Personal Care",
        "salary": {"low": 25000, "median": 33000, "high": 50000}, "demand_score": 7, "entry_barrier": "Medium",
        "requires_coding": false, "skills": ["Grooming", "Customer service"]})";
    RolesParseResult first = parseRolesJson(json);
    QVERIFY(first.ok());
    Role role = first.roles.first().role;
    for (const QString &name : first.roles.first().skillNames) {
        RoleSkill s;
        s.label = name;
        role.skills.append(s);
    }
    const QByteArray back = QJsonDocument(rolesToJson({ role })).toJson();
    const RolesParseResult second = parseRolesJson(back);
    QVERIFY2(second.ok(), qPrintable(second.error));
    const Role &again = second.roles.first().role;
    QCOMPARE(again.title, role.title);
    QCOMPARE(again.code, role.code);
    QCOMPARE(*again.salary.median.amount, 33000);
    QCOMPARE(*again.demandScore, 7.0);
    QCOMPARE(*again.entryBarrier, EntryBarrier::Medium);
    QCOMPARE(second.roles.first().skillNames, first.roles.first().skillNames);
}

QTEST_APPLESS_MAIN(TestRoleJson)
#include "tst_rolejson.moc"
