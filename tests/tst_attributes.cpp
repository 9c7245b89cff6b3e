// SPDX-License-Identifier: MIT
// The attribute table: every row complete, its JSON round-trips, its comparator points the way it says.
#include "attributes.h"
#include "comparisonjson.h"
#include "glancerows.h"
#include "rolejson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace cc;

class TestAttributes : public QObject
{
    Q_OBJECT
private slots:
    void everyRowIsComplete();
    void ordersNameKnownRows();
    void jsonRoundTripsEveryAttribute();
    void comparatorFollowsDirection_data();
    void comparatorFollowsDirection();
    void glanceRowsFollowTheTable();
    void readerRefusesOutOfRangeValues();

private:
    static Role fullRole(double scale);
};

// A custom role with every attribute given; `scale` moves every number the same way.
Role TestAttributes::fullRole(double scale)
{
    Role r;
    r.code = QStringLiteral("X-1");
    r.title = QStringLiteral("Example");
    r.salary.low.amount = int(30000 * scale);
    r.salary.median.amount = int(50000 * scale);
    r.salary.high.amount = int(90000 * scale);
    r.demandScore = 4 * scale;
    r.growthPercent = 3 * scale;
    r.annualOpenings = 12.5 * scale;
    r.brightOutlook = scale > 1;
    r.aiRiskPercent = 20 * scale;
    r.llmExposurePercent = 30 * scale;
    r.learningMonths = int(12 * scale);
    r.difficulty = scale > 1 ? Difficulty::Advanced : Difficulty::Beginner;
    r.entryBarrier = scale > 1 ? EntryBarrier::High : EntryBarrier::Low;
    r.remoteFriendly = scale > 1 ? RemoteFriendly::Yes : RemoteFriendly::No;
    r.requiresCoding = scale > 1;
    return r;
}

void TestAttributes::everyRowIsComplete()
{
    QSet<QString> keys;
    for (const Attribute &at : attributes()) {
        QVERIFY2(!at.key.isEmpty() && !keys.contains(at.key), qPrintable(at.key));
        keys.insert(at.key);
        QVERIFY2(!at.field.isEmpty(), qPrintable(at.key));
        QVERIFY2(at.label && *at.label, qPrintable(at.key));
        QVERIFY2(at.text && at.compare, qPrintable(at.key));
        QVERIFY2(at.source && *at.source, qPrintable(at.key));
        QCOMPARE(bool(at.toJson), !at.jsonName.isEmpty());
        QCOMPARE(bool(at.fromJson), !at.jsonName.isEmpty());
        // A key the writer adds is read back too (the remote share was written and dropped on import).
        QCOMPARE(bool(at.extraFromJson), !at.extraJsonName.isEmpty());
        if (at.judged())
            QVERIFY2(at.sentences.better || at.key == Field::Difficulty, qPrintable(at.key));
        else
            QVERIFY2(at.higherWord, qPrintable(at.key));
        if (at.input == InputKind::Level)
            QVERIFY(!at.levels.isEmpty());
    }
}

void TestAttributes::ordersNameKnownRows()
{
    for (const QStringList *order : { &conclusionOrder(), &chooseIfOrder(), &summaryOrder() }) {
        for (const QString &key : *order) {
            const Attribute &at = attribute(key);
            QCOMPARE(at.key, key);
            QVERIFY2(at.sentences.better && at.sentences.equal && at.sentences.unknown, qPrintable(key));
        }
    }
}

void TestAttributes::jsonRoundTripsEveryAttribute()
{
    const Role original = fullRole(1.5);
    QJsonObject json = roleToJson(original);
    json.remove(QStringLiteral("notes"));
    const RolesParseResult read = parseRolesJson(QJsonDocument(json).toJson());
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.roles.size(), 1);
    const Role &back = read.roles.first().role;
    for (const Attribute &at : attributes()) {
        QCOMPARE(at.text(back), at.text(original));
        QCOMPARE(at.glanceValue(back), at.glanceValue(original));
        QVERIFY2(back.provenanceOf(at.field).status == ValueStatus::Known, qPrintable(at.key));
    }
}

void TestAttributes::comparatorFollowsDirection_data()
{
    QTest::addColumn<QString>("key");
    for (const Attribute &at : attributes())
        QTest::newRow(qPrintable(at.key)) << at.key;
}

void TestAttributes::comparatorFollowsDirection()
{
    QFETCH(QString, key);
    const Attribute &at = attribute(key);
    const Role low = fullRole(1);
    const Role high = fullRole(2);
    QCOMPARE(at.compare(low, low), Verdict::Equal);
    const Verdict v = at.compare(high, low);
    switch (at.better) {
    case Better::Higher:
        QCOMPARE(v, Verdict::ABetter);
        break;
    case Better::Lower:
        QCOMPARE(v, Verdict::BBetter);
        break;
    case Better::Neither: // "A is higher", not "A is better": the glance table shows it without bold
        QCOMPARE(v, Verdict::ABetter);
        break;
    }
    const Role missing; // nothing given
    QCOMPARE(at.compare(missing, low), Verdict::Unknown);
    QVERIFY(at.text(missing).isEmpty());
}

void TestAttributes::glanceRowsFollowTheTable()
{
    const Comparison c = Comparison::of(fullRole(1), fullRole(2));
    const QVector<GlanceRow> rows = glanceRows(c, {}, LabelLanguage::English);
    QCOMPARE(rows.size(), attributes().size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].key, attributes()[i].key);
        QCOMPARE(rows[i].judged, attributes()[i].judged());
    }
}

void TestAttributes::readerRefusesOutOfRangeValues()
{
    for (const Attribute &at : attributes()) {
        if (at.input != InputKind::Number && at.input != InputKind::WholeNumber)
            continue;
        QJsonObject o { { QStringLiteral("title"), QStringLiteral("T") }, { at.jsonName, at.max + 1 } };
        const RolesParseResult r = parseRolesJson(QJsonDocument(o).toJson());
        QVERIFY2(!r.ok(), qPrintable(at.key));
        QVERIFY2(r.problem.startsWith(at.jsonName), qPrintable(r.problem));
        QVERIFY(r.roles.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAttributes)
#include "tst_attributes.moc"
