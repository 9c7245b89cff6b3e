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

void TestDerivations::demandScore_data()
{
    QTest::addColumn<double>("growth");
    QTest::addColumn<double>("openings");
    QTest::addColumn<double>("employment");
    QTest::addColumn<double>("expected");
    // Software developers 2024–34: +15.8%, 115.2k openings on 1,693.8k jobs.
    // g = 25.8/40 = 0.645, o = 6.80%/20 = 0.340 -> 10 * (0.4515 + 0.1020) = 5.5
    QTest::newRow("software developers") << 15.8 << 115.2 << 1693.8 << 5.5;
    // Data scientists: +33.5% (g clamps to 1), 23.4k on 245.9k (o = 0.476) -> 8.4
    QTest::newRow("data scientists") << 33.5 << 23.4 << 245.9 << 8.4;
    QTest::newRow("floor") << -40.0 << 0.0 << 100.0 << 0.0;
    QTest::newRow("ceiling") << 60.0 << 50.0 << 100.0 << 10.0;
}

void TestDerivations::demandScore()
{
    QFETCH(double, growth);
    QFETCH(double, openings);
    QFETCH(double, employment);
    QFETCH(double, expected);
    const auto score = derive::demandScore(growth, openings, employment);
    QVERIFY(score.has_value());
    QCOMPARE(*score, expected);
}

void TestDerivations::demandScoreIsMonotone()
{
    double previous = -1;
    for (double g = -20; g <= 40; g += 0.5) {
        const double s = *derive::demandScore(g, 10, 100);
        QVERIFY2(s >= previous, qPrintable(QStringLiteral("growth %1").arg(g)));
        previous = s;
    }
    previous = -1;
    for (double o = 0; o <= 30; o += 0.25) {
        const double s = *derive::demandScore(5, o, 100);
        QVERIFY2(s >= previous, qPrintable(QStringLiteral("openings %1").arg(o)));
        previous = s;
    }
}

void TestDerivations::demandScoreRejectsNoEmployment()
{
    QVERIFY(!derive::demandScore(5, 1, 0));
    QVERIFY(!derive::demandScore(5, -1, 10));
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
}

void TestDerivations::codes()
{
    QCOMPARE(derive::socFromOnetCode(QStringLiteral("15-1299.07")), QStringLiteral("15-1299"));
    QCOMPARE(derive::broadGroupOf(QStringLiteral("13-2023")), QStringLiteral("13-2020"));
    QCOMPARE(derive::majorGroupOf(QStringLiteral("15-1252")), QStringLiteral("15-0000"));
}

QTEST_APPLESS_MAIN(TestDerivations)
#include "tst_derivations.moc"
