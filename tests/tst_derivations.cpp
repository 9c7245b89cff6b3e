// SPDX-License-Identifier: MIT
#include "derivations.h"

#include <QtTest>

using namespace cc;

class TestDerivations : public QObject
{
    Q_OBJECT
private slots:
    void demandScore_data();
    void demandScore();
    void demandScoreIsMonotone();
    void demandScoreRejectsNoEmployment();
    void difficulty_data();
    void difficulty();
    void entryBarrier_data();
    void entryBarrier();
    void remote_data();
    void remote();
    void expectedMonths();
    void learningMonths();
    void requiresCoding();
    void aggregateCodes_data();
    void aggregateCodes();
    void freyOsborneAliases();
    void codes();
};

namespace
{
// Four lines on the diagonal: G = O = {10, 20, 30, 40}, so K = {2, 6, 10, 14} (docs/DATA.md).
derive::DemandScale diagonal()
{
    return derive::DemandScale({ { 10, 10 }, { 20, 20 }, { 30, 30 }, { 40, 40 } });
}
} // namespace

void TestDerivations::demandScore_data()
{
    QTest::addColumn<int>("growth");
    QTest::addColumn<int>("openings");
    QTest::addColumn<int>("expected");
    // r2(2; K) = 1 -> floor((100 + 4) / 8) = 13.
    QTest::newRow("lowest line") << 10 << 10 << 13;
    QTest::newRow("second line") << 20 << 20 << 38;
    QTest::newRow("third line") << 30 << 30 << 63;
    QTest::newRow("highest line") << 40 << 40 << 88;
    // Between lines: k = r2(25) + r2(5) = 4 + 0, r2(4; K) = 2 -> floor(204 / 8) = 25.
    QTest::newRow("between") << 25 << 5 << 25;
    QTest::newRow("below all") << 0 << 0 << 0;
    QTest::newRow("above all") << 50 << 50 << 100;
    // Swapping growth and openings of a line on this symmetric population gives the same score.
    QTest::newRow("swapped") << 10 << 40 << 50;
    QTest::newRow("swapped back") << 40 << 10 << 50;
}

void TestDerivations::demandScore()
{
    QFETCH(int, growth);
    QFETCH(int, openings);
    QFETCH(int, expected);
    QCOMPARE(diagonal().scoreTenths({ growth, openings }).value_or(-1), expected);
}

void TestDerivations::demandScoreIsMonotone()
{
    // A population of 300 random lines; every score is non-decreasing in growth and in openings.
    QRandomGenerator random(10);
    QVector<derive::DemandScale::Line> lines;
    for (int i = 0; i < 300; ++i)
        lines.append({ random.bounded(-200, 400), random.bounded(0, 5000) });
    const derive::DemandScale scale(lines);
    for (int i = 0; i < 200; ++i) {
        const derive::DemandScale::Line l { random.bounded(-250, 450), random.bounded(0, 6000) };
        const int s = *scale.scoreTenths(l);
        QVERIFY(s >= 0 && s <= 100);
        QVERIFY(*scale.scoreTenths({ l.growthTenths + 1, l.openingsTenths }) >= s);
        QVERIFY(*scale.scoreTenths({ l.growthTenths, l.openingsTenths + 7 }) >= s);
    }
    // Over its own lines the score is spread evenly: the median line scores about 5.
    QVector<int> own;
    for (const auto &l : lines)
        own.append(*scale.scoreTenths(l));
    std::sort(own.begin(), own.end());
    QVERIFY(std::abs(own[own.size() / 2] - 50) <= 2);
    QCOMPARE(derive::toTenths(4.9), 49);
    QCOMPARE(derive::toTenths(-9.9), -99);
    QCOMPARE(derive::toTenths(189.1), 1891);
}

void TestDerivations::demandScoreRejectsNoEmployment()
{
    // No lines, no score; Bright Outlook's two published criteria, each on its own.
    QVERIFY(!derive::DemandScale({}).scoreTenths({ 10, 10 }));
    QCOMPARE(derive::brightOutlook(49, 99), derive::BrightReason::None);
    QCOMPARE(derive::brightOutlook(50, 99), derive::BrightReason::Growth);
    QCOMPARE(derive::brightOutlook(49, 100), derive::BrightReason::Openings);
    QCOMPARE(derive::brightOutlook(50, 100), derive::BrightReason::Both);
}

void TestDerivations::difficulty_data()
{
    QTest::addColumn<int>("zone");
    QTest::addColumn<int>("expected"); // -1 for none
    QTest::newRow("0") << 0 << -1;
    QTest::newRow("1") << 1 << int(Difficulty::Beginner);
    QTest::newRow("2") << 2 << int(Difficulty::Beginner);
    QTest::newRow("3") << 3 << int(Difficulty::Intermediate);
    QTest::newRow("4") << 4 << int(Difficulty::Advanced);
    QTest::newRow("5") << 5 << int(Difficulty::Advanced);
    QTest::newRow("6") << 6 << -1;
}

void TestDerivations::difficulty()
{
    QFETCH(int, zone);
    QFETCH(int, expected);
    const auto d = derive::difficultyFromJobZone(zone);
    QCOMPARE(d ? int(*d) : -1, expected);
}

void TestDerivations::entryBarrier_data()
{
    QTest::addColumn<QString>("education");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << "No formal educational credential" << int(EntryBarrier::Low);
    QTest::newRow("hs") << "High school diploma or equivalent" << int(EntryBarrier::Low);
    QTest::newRow("postsecondary") << "Postsecondary nondegree award" << int(EntryBarrier::Medium);
    QTest::newRow("some college") << "Some college, no degree" << int(EntryBarrier::Medium);
    QTest::newRow("associate") << "Associate's degree" << int(EntryBarrier::Medium);
    QTest::newRow("bachelor") << "Bachelor's degree" << int(EntryBarrier::High);
    QTest::newRow("master") << "Master's degree" << int(EntryBarrier::High);
    QTest::newRow("doctoral") << "Doctoral or professional degree" << int(EntryBarrier::High);
    QTest::newRow("missing") << QString(QChar(0x2014)) << -1;
    QTest::newRow("unknown") << "Wizardry" << -1;
}

void TestDerivations::entryBarrier()
{
    QFETCH(QString, education);
    QFETCH(int, expected);
    const auto b = derive::entryBarrierFromEducation(education);
    QCOMPARE(b ? int(*b) : -1, expected);
    // With no related experience asked for, the barrier is the education's; experience raises it.
    const auto none = derive::entryBarrier(education, QStringLiteral("None"));
    QCOMPARE(none ? int(*none) : -1, expected);
    const auto some = derive::entryBarrier(education, QStringLiteral("Less than 5 years"));
    QCOMPARE(some ? int(*some) : -1, expected < 0 ? -1 : std::max(expected, int(EntryBarrier::Medium)));
    const auto more = derive::entryBarrier(education, QStringLiteral(" 5 years or more "));
    QCOMPARE(more ? int(*more) : -1, expected < 0 ? -1 : int(EntryBarrier::High));
    QVERIFY(!derive::entryBarrier(education, QString(QChar(0x2014))));
}

void TestDerivations::remote_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("expected");
    QTest::newRow("0") << 0.0 << int(RemoteFriendly::No);
    QTest::newRow("1") << 1.0 << int(RemoteFriendly::Yes);
    QTest::newRow(".5") << 0.5 << int(RemoteFriendly::Partly);
    QTest::newRow(".5639894") << 0.5639894 << int(RemoteFriendly::Partly);
    QTest::newRow("out of range") << 1.5 << -1;
}

void TestDerivations::remote()
{
    QFETCH(double, share);
    QFETCH(int, expected);
    const auto r = derive::remoteFromTeleworkShare(share);
    QCOMPARE(r ? int(*r) : -1, expected);
}

void TestDerivations::expectedMonths()
{
    // Half bachelor's (48), half master's (72) -> 60.
    const QVector<derive::CategoryShare> shares { { 6, 50 }, { 8, 50 } };
    QCOMPARE(*derive::expectedMonths(shares, &derive::educationMonthsForCategory), 60.0);
    // Shares need not add to 100.
    const QVector<derive::CategoryShare> partial { { 6, 30 }, { 8, 10 } };
    QCOMPARE(*derive::expectedMonths(partial, &derive::educationMonthsForCategory), 54.0);
    QVERIFY(!derive::expectedMonths({}, &derive::educationMonthsForCategory));
    QVERIFY(!derive::expectedMonths({ { 13, 100 } }, &derive::educationMonthsForCategory));
    QCOMPARE(*derive::trainingMonthsForCategory(1), 0.0);
    QCOMPARE(*derive::trainingMonthsForCategory(5), 9.0);
    QCOMPARE(*derive::experienceMonthsForCategory(11), 120.0);
}

void TestDerivations::learningMonths()
{
    QCOMPARE(derive::learningMonths(48, 6.4, 0.2), 55);
    QCOMPARE(derive::learningMonths(0, 0.4, 0), 0);
}

void TestDerivations::requiresCoding()
{
    QVERIFY(derive::requiresCodingFromProgramming(3.0));
    QVERIFY(!derive::requiresCodingFromProgramming(2.99));
    QVERIFY(derive::requiresCodingFromTechnology(derive::CodingTechnologyThreshold));
    QVERIFY(!derive::requiresCodingFromTechnology(derive::CodingTechnologyThreshold - 1));
    QVERIFY(
        derive::isDevelopmentCommodity(QStringLiteral("Object or component oriented development software")));
    QVERIFY(!derive::isDevelopmentCommodity(QStringLiteral("Spreadsheet software")));
}

void TestDerivations::aggregateCodes_data()
{
    QTest::addColumn<QString>("aggregate");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("covers");
    QTest::newRow("physicians") << "29-1060"
                                << "29-1062" << true;
    QTest::newRow("postsecondary") << "25-1000"
                                   << "25-1011" << true;
    QTest::newRow("support") << "15-1150"
                             << "15-1151" << true;
    QTest::newRow("other group") << "29-1060"
                                 << "29-1071" << false;
    QTest::newRow("not aggregate") << "15-1132"
                                   << "15-1132" << false;
    QTest::newRow("odd code") << "15-1179"
                              << "15-1171" << false;
    QTest::newRow("major group is too wide") << "25-0000"
                                             << "25-1011" << false;
}

void TestDerivations::aggregateCodes()
{
    QFETCH(QString, aggregate);
    QFETCH(QString, code);
    QFETCH(bool, covers);
    QCOMPARE(derive::aggregateCodeCovers(aggregate, code), covers);
}

void TestDerivations::freyOsborneAliases()
{
    QCOMPARE(derive::freyOsborneAliasFor(QStringLiteral("29-1141")), QStringLiteral("29-1111"));
    QVERIFY(derive::freyOsborneAliasFor(QStringLiteral("15-1132")).isEmpty());
    // 13-1078 stands for the HR and labour-relations codes it held, never for codes with a row of their own.
    QCOMPARE(derive::freyOsborneAliasFor(QStringLiteral("13-1071")), QStringLiteral("13-1078"));
    QCOMPARE(derive::freyOsborneAliasFor(QStringLiteral("13-1075")), QStringLiteral("13-1078"));
    QVERIFY(derive::freyOsborneAliasFor(QStringLiteral("13-1141")).isEmpty());
    QVERIFY(derive::freyOsborneAliasFor(QStringLiteral("13-1151")).isEmpty());
}

void TestDerivations::codes()
{
    QCOMPARE(derive::socFromOnetCode(QStringLiteral("15-1299.07")), QStringLiteral("15-1299"));
    QCOMPARE(derive::broadGroupOf(QStringLiteral("13-2023")), QStringLiteral("13-2020"));
    QCOMPARE(derive::majorGroupOf(QStringLiteral("15-1252")), QStringLiteral("15-0000"));
    QCOMPARE(derive::combinedSocFor(QStringLiteral("21-1014")), QStringLiteral("21-1018"));
    QCOMPARE(derive::combinedSocFor(QStringLiteral("53-1044")), QStringLiteral("53-1047"));
    QVERIFY(derive::combinedSocFor(QStringLiteral("21-1012")).isEmpty());
    QCOMPARE(derive::teleworkCombinedFor(QStringLiteral("53-1043")), QStringLiteral("53-1048"));
    QVERIFY(derive::teleworkCombinedFor(QStringLiteral("53-1044")).isEmpty());
}

QTEST_APPLESS_MAIN(TestDerivations)
#include "tst_derivations.moc"
