// SPDX-License-Identifier: MIT
// Real moves (src/core/mobility.h): shares of leavers on fixture roles, then the bundled
// catalogue's figures recomputed straight from ../shared/data/mobility (skipped without it).
#include "cataloguedatabase.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "mobility.h"

#include <QtTest>

using namespace cc;

namespace
{

MobilityFlow flow(const QString &group, double p, const QString &roleCode = QString())
{
    MobilityFlow f { group, QStringLiteral("Group ") + group, p, {} };
    if (!roleCode.isEmpty())
        f.roles.append(RelatedRole { roleCode, QStringLiteral("Role ") + roleCode, QString(), {}, {}, {} });
    return f;
}

Role fixtureRole(const QString &code, const QStringList &groups, const QVector<MobilityFlow> &outflows)
{
    Role r;
    r.code = code;
    r.title = QStringLiteral("Role ") + code;
    for (const QString &g : groups)
        r.mobility.groups.append(
            MobilityGroup { g, QStringLiteral("Group ") + g, 1.0 / double(groups.size()) });
    r.mobility.outflows = outflows;
    r.provenance.insert(Field::Mobility,
        Provenance { mobility::SourceId, groups.isEmpty() ? ValueStatus::Missing : ValueStatus::Known,
            groups.isEmpty() ? QStringLiteral("the survey has no group for SOC 2010 25-1111") : QString() });
    return r;
}

// The flow file as published: P(target | source) by "source>target".
QHash<QString, double> readEdgeList(const QString &path)
{
    QHash<QString, double> p;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return p;
    const QList<QByteArray> header = f.readLine().trimmed().split(',');
    const int s = int(header.indexOf("OCC_source"));
    const int t = int(header.indexOf("OCC_target"));
    const int v = int(header.indexOf("transition_prob_BLS_ASECnorm_corr"));
    while (!f.atEnd()) {
        const QList<QByteArray> cells = f.readLine().split(','); // the first three columns are never quoted
        p.insert(QString::fromLatin1(cells.at(s)) + QLatin1Char('>') + QString::fromLatin1(cells.at(t)),
            cells.at(v).toDouble());
    }
    return p;
}

} // namespace

class TestMobility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void shareOfLeaversIsNotSymmetric();
    void noRecordedMovesIsZeroNotMissing();
    void missingSaysWhy();
    void ownGroupsCountAsStaying();
    void destinationsAreTopTenOfLeavers();
    void registeredNursesToPracticalNursesAgainstTheFile();
    void destinationsAgainstTheFile();
    void softwareDevelopersCombineTwoGroupsByEmployment();
    void jsonShape();

private:
    Role role(const QString &code) const { return *m_catalogue->role(code); }
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    QHash<QString, double> m_file;
};

void TestMobility::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
    m_file = readEdgeList(QStringLiteral(CC_SOURCE_DATA_DIR "/mobility/asec_to_bls_mobility_edgelist.csv"));
}

void TestMobility::shareOfLeaversIsNotSymmetric()
{
    // A: 90% stay, 6% go to B's group, 4% elsewhere. B: 80% stay, 2% go to A's group.
    const Role a = fixtureRole(QStringLiteral("A"), { QStringLiteral("10-0010") },
        { flow(QStringLiteral("10-0010"), 0.90), flow(QStringLiteral("20-0020"), 0.06),
            flow(QStringLiteral("30-0030"), 0.04) });
    const Role b = fixtureRole(QStringLiteral("B"), { QStringLiteral("20-0020") },
        { flow(QStringLiteral("10-0010"), 0.02), flow(QStringLiteral("20-0020"), 0.80),
            flow(QStringLiteral("30-0030"), 0.18) });
    QCOMPARE(*mobility::leaversShare(a, b).percent, 60.0); // 0.06 / (1 - 0.90)
    QCOMPARE(*mobility::leaversShare(b, a).percent, 10.0); // 0.02 / (1 - 0.80)
    QCOMPARE(qRound(*mobility::leavingPercent(a)), 10);
    QCOMPARE(mobility::pairSentence(a, b),
        QStringLiteral("Of the people who leave Role A in a year, 60.0% go to Role B."));
}

void TestMobility::noRecordedMovesIsZeroNotMissing()
{
    const Role a = fixtureRole(QStringLiteral("A"), { QStringLiteral("10-0010") },
        { flow(QStringLiteral("10-0010"), 0.9), flow(QStringLiteral("30-0030"), 0.1) });
    const Role b = fixtureRole(QStringLiteral("B"), { QStringLiteral("20-0020") }, {});
    const auto share = mobility::leaversShare(a, b);
    QVERIFY(share.percent);
    QCOMPARE(*share.percent, 0.0);
    const QString sentence = mobility::pairSentence(a, b);
    QVERIFY2(
        sentence.startsWith(QStringLiteral("No recorded moves from Role A to Role B")), qPrintable(sentence));
    QVERIFY(sentence.contains(QStringLiteral("does not make the move impossible")));
    QVERIFY(!sentence.contains(QStringLiteral("is impossible")));
    // A role the survey counts inside a larger group says so when no move was seen, as when one was;
    // the leavers are then named by the title alone.
    Role grouped = a;
    grouped.provenance[Field::Mobility].status = ValueStatus::Estimate;
    QCOMPARE(mobility::pairSentence(grouped, b),
        QStringLiteral(
            "No recorded moves from Role A (the survey's group Group 10-0010, which counts more than "
            "this occupation) to Role B: the survey saw none of the people who left Role A go there "
            "in a year (which does not make the move impossible)."));
}

void TestMobility::missingSaysWhy()
{
    const Role a = fixtureRole(
        QStringLiteral("A"), { QStringLiteral("10-0010") }, { flow(QStringLiteral("10-0010"), 1) });
    const Role none = fixtureRole(QStringLiteral("T"), {}, {});
    QVERIFY(!mobility::leaversShare(a, none).percent);
    QVERIFY(mobility::leaversShare(a, none).why.contains(QStringLiteral("25-1111")));
    QVERIFY(mobility::pairSentence(none, a).contains(QStringLiteral("not available")));
    // Same survey group: the survey cannot tell them apart.
    const Role twin = fixtureRole(QStringLiteral("C"), { QStringLiteral("10-0010") }, {});
    QVERIFY(!mobility::leaversShare(a, twin).percent);
    QVERIFY(mobility::leaversShare(a, twin).why.contains(QStringLiteral("same occupation group")));
    // Nobody leaves: no share can be given.
    QVERIFY(!mobility::leaversShare(a, fixtureRole(QStringLiteral("B"), { QStringLiteral("20-0020") }, {}))
                 .percent);
    QVERIFY(mobility::destinations(a).isEmpty());
}

void TestMobility::ownGroupsCountAsStaying()
{
    // A is two groups; a move between them is staying, so leavers are 10%, of whom 40% go to B.
    const Role a = fixtureRole(QStringLiteral("A"), { QStringLiteral("10-0010"), QStringLiteral("10-0020") },
        { flow(QStringLiteral("10-0010"), 0.5), flow(QStringLiteral("10-0020"), 0.4),
            flow(QStringLiteral("20-0020"), 0.04), flow(QStringLiteral("30-0030"), 0.06) });
    const Role b = fixtureRole(QStringLiteral("B"), { QStringLiteral("20-0020") }, {});
    QCOMPARE(qRound(*mobility::leaversShare(a, b).percent * 1000), 40000);
    const auto dest = mobility::destinations(a);
    QCOMPARE(dest.size(), 2);
    QCOMPARE(dest.at(0).groupCode, QStringLiteral("30-0030"));
}

void TestMobility::destinationsAreTopTenOfLeavers()
{
    QVector<MobilityFlow> out { flow(QStringLiteral("10-0010"), 0.5) };
    for (int i = 0; i < 12; ++i)
        out.append(
            flow(QStringLiteral("40-%1").arg(1000 + i), 0.01 * (i + 1) / 1.56, QStringLiteral("R%1").arg(i)));
    const Role a = fixtureRole(QStringLiteral("A"), { QStringLiteral("10-0010") }, out);
    const auto dest = mobility::destinations(a);
    QCOMPARE(dest.size(), 10);
    QCOMPARE(dest.first().groupCode, QStringLiteral("40-1011"));
    QCOMPARE(dest.first().roles.first().code, QStringLiteral("R11"));
    for (int i = 1; i < dest.size(); ++i)
        QVERIFY(dest.at(i - 1).percent >= dest.at(i).percent);
    QVERIFY(qAbs(dest.first().percent - 100.0 * (0.12 / 1.56) / 0.5) < 1e-9);
}

void TestMobility::registeredNursesToPracticalNursesAgainstTheFile()
{
    const Role rn = role(QStringLiteral("29-1141.00"));
    const Role lpn = role(QStringLiteral("29-2061.00"));
    QCOMPARE(rn.mobility.groups.size(), 1);
    QCOMPARE(rn.mobility.groups.first().code, QStringLiteral("29-1140"));
    QCOMPARE(lpn.mobility.groups.first().code, QStringLiteral("29-2060"));
    const double rnToLpn = *mobility::leaversShare(rn, lpn).percent;
    const double lpnToRn = *mobility::leaversShare(lpn, rn).percent;
    QCOMPARE(QString::number(rnToLpn, 'f', 1), QStringLiteral("11.8")); // issue #9: about 11.8% of RN leavers
    QVERIFY(lpnToRn > rnToLpn); // not symmetric
    if (m_file.isEmpty())
        QSKIP("../shared/data/mobility is absent: the figures were checked against the catalogue only");
    const auto p = [&](const char *s, const char *t) {
        return m_file.value(QLatin1String(s) + QLatin1Char('>') + QLatin1String(t));
    };
    QVERIFY(qAbs(rnToLpn - 100 * p("29-1140", "29-2060") / (1 - p("29-1140", "29-1140"))) < 1e-9);
    QVERIFY(qAbs(lpnToRn - 100 * p("29-2060", "29-1140") / (1 - p("29-2060", "29-2060"))) < 1e-9);
}

void TestMobility::destinationsAgainstTheFile()
{
    if (m_file.isEmpty())
        QSKIP("../shared/data/mobility is absent");
    const Role rn = role(QStringLiteral("29-1141.00"));
    const auto dest = mobility::destinations(rn);
    QCOMPARE(dest.size(), 10);
    // The file's ten largest flows out of 29-1140, staying left out.
    QVector<std::pair<double, QString>> expected;
    for (auto it = m_file.cbegin(); it != m_file.cend(); ++it) {
        if (it.key().startsWith(QStringLiteral("29-1140>")) && it.key() != QStringLiteral("29-1140>29-1140"))
            expected.append({ it.value(), it.key().mid(8) });
    }
    std::sort(
        expected.begin(), expected.end(), [](const auto &l, const auto &r) { return l.first > r.first; });
    const double leaving = 1 - m_file.value(QStringLiteral("29-1140>29-1140"));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(dest.at(i).groupCode, expected.at(i).second);
        QVERIFY(qAbs(dest.at(i).percent - 100 * expected.at(i).first / leaving) < 1e-9);
    }
    QCOMPARE(dest.first().roles.first().code, QStringLiteral("29-2061.00"));
}

void TestMobility::softwareDevelopersCombineTwoGroupsByEmployment()
{
    const Role dev = role(QStringLiteral("15-1252.00"));
    QCOMPARE(dev.mobility.groups.size(), 2);
    double total = 0;
    for (const MobilityGroup &g : dev.mobility.groups)
        total += g.weight;
    QVERIFY(qAbs(total - 1) < 1e-9);
    QCOMPARE(dev.provenanceOf(Field::Mobility).status, ValueStatus::Estimate);
    QVERIFY(dev.provenanceOf(Field::Mobility).note.contains(QStringLiteral("combined by BLS employment")));
    // Postsecondary teachers by subject (SOC 2010 25-1111) land on their SOC minor group 25-1000
    // Postsecondary Teachers, an estimate that counts every subject.
    const Role teacher = role(QStringLiteral("25-1111.00"));
    QCOMPARE(teacher.mobility.groups.size(), 1);
    QCOMPARE(teacher.mobility.groups.first().code, QStringLiteral("25-1000"));
    QCOMPARE(teacher.provenanceOf(Field::Mobility).status, ValueStatus::Estimate);
    QVERIFY(teacher.provenanceOf(Field::Mobility)
                .note.contains(QStringLiteral("25-1000 Postsecondary Teachers")));
    QVERIFY(mobility::leaversShare(teacher, dev).percent.has_value());
    // Fishing and Hunting Workers (45-3011, 45-3021) land on no group of the file: missing, with why.
    const Role fishers = role(QStringLiteral("45-3031.00"));
    QVERIFY(fishers.mobility.groups.isEmpty());
    QCOMPARE(fishers.provenanceOf(Field::Mobility).status, ValueStatus::Missing);
    QVERIFY(mobility::pairSentence(fishers, dev).contains(QStringLiteral("45-3011")));
}

void TestMobility::jsonShape()
{
    const Role rn = role(QStringLiteral("29-1141.00"));
    const Role lpn = role(QStringLiteral("29-2061.00"));
    const QJsonObject json = comparisonToJson(Comparison::of(rn, lpn), m_catalogue->sourceCitations(),
        m_catalogue->metadata(QStringLiteral("onet_credit")));
    const QJsonObject m = json.value(QStringLiteral("mobility")).toObject();
    QCOMPARE(m.value(QStringLiteral("a_to_b_percent")).toDouble(), 11.83);
    QVERIFY(m.value(QStringLiteral("b_to_a_percent")).isDouble());
    const QJsonArray dest = m.value(QStringLiteral("a_destinations")).toArray();
    QCOMPARE(dest.size(), 10);
    for (const char *key : { "code", "title", "percent" })
        QVERIFY2(dest.first().toObject().contains(QLatin1String(key)), key);
    QCOMPARE(dest.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("29-2061.00"));
    QCOMPARE(m.value(QStringLiteral("b_destinations")).toArray().size(), 10);
    QVERIFY(m.value(QStringLiteral("source")).toString().contains(QStringLiteral("del Rio-Chanona")));
    bool credited = false;
    for (const auto &s : json.value(QStringLiteral("sources")).toArray())
        credited = credited || s.toString().contains(QStringLiteral("Current Population Survey"));
    QVERIFY(credited);

    // A role the survey lacks: null with the reason.
    const QJsonObject none = comparisonToJson(
        Comparison::of(rn, role(QStringLiteral("45-3031.00"))), m_catalogue->sourceCitations(), QString())
                                 .value(QStringLiteral("mobility"))
                                 .toObject();
    QVERIFY(none.value(QStringLiteral("a_to_b_percent")).isNull());
    QVERIFY(none.value(QStringLiteral("notes"))
                .toObject()
                .value(QStringLiteral("a_to_b_percent"))
                .toString()
                .startsWith(QStringLiteral("missing: ")));
}

QTEST_GUILESS_MAIN(TestMobility)
#include "tst_mobility.moc"
