// SPDX-License-Identifier: MIT
// Issue #10: every sentence and figure tells the truth as a career changer reads it. Data-driven
// checks on the bundled catalogue for the named pairs, and a sweep over 2,000 random pairs that
// parses every generated sentence.
#include "attributes.h"
#include "cataloguedatabase.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "formatting.h"
#include "glancerows.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <memory>

using namespace cc;

class TestTruth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void occupationFigures_data();
    void occupationFigures();
    void seedAgainstSoftwareDevelopers();
    void nursesAgainstWebDevelopers();
    void policeSupervisorsAgainstNurses();
    void mentalHealthCounselors();
    void mediaProgrammingDirectors();
    void billingClerksAgainstCardiologists();
    void electriciansAgainstPlumbers();
    void namesakesToldApart();
    void sweepRandomPairs();

private:
    Role role(const QString &code) const
    {
        const auto r = m_catalogue->role(code);
        if (!r)
            qFatal("catalogue has no role %s", qPrintable(code));
        return *r;
    }
    std::unique_ptr<CatalogueDatabase> m_catalogue;
};

namespace
{
// The sentence of `list` that starts with `prefix`, or "".
QString startingWith(const QStringList &list, const QString &prefix)
{
    for (const QString &s : list) {
        if (s.startsWith(prefix))
            return s;
    }
    return QString();
}

// The fixed text of a template before its first argument ("Higher future demand: ").
QString prefixOf(const char *templ)
{
    const QString t = QString::fromUtf8(templ);
    return t.left(t.indexOf(QLatin1Char('%')));
}

QStringList summarySentences(const Comparison &c)
{
    // Sentences end with ". " followed by a capital; figures such as "9.5/10" never do.
    return c.summary.split(QRegularExpression(QStringLiteral("(?<=\\.) (?=[A-Z])")));
}
} // namespace

void TestTruth::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

// The figures of docs/DATA.md and the examples, per occupation (values from the reference
// implementation of the data rules).
void TestTruth::occupationFigures_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("demand");
    QTest::addColumn<double>("growth");
    QTest::addColumn<int>("openings"); // a count
    QTest::addColumn<bool>("bright");
    QTest::addColumn<QString>("barrier");
    QTest::addColumn<QString>("remote"); // as shown
    QTest::addColumn<bool>("estimate"); // the projection figures are estimates
    QTest::newRow("Registered Nurses") << "29-1141.00" << 9.5 << 4.9 << 189100 << true << "High"
                                       << "No" << false;
    QTest::newRow("Web Developers") << "15-1254.00" << 8.1 << 7.5 << 5400 << true << "High"
                                    << "Yes" << false;
    QTest::newRow("Software Developers") << "15-1252.00" << 10.0 << 15.8 << 115200 << true << "High"
                                         << "Yes" << false;
    QTest::newRow("Cashiers") << "41-2011.00" << 5.5 << -9.9 << 542600 << true << "Low"
                              << "No" << false;
    QTest::newRow("Electricians") << "47-2111.00" << 9.8 << 9.5 << 81000 << true << "Low"
                                  << "No" << false;
    QTest::newRow("Plumbers") << "47-2152.00" << 8.9 << 4.5 << 44000 << true << "Low"
                              << "No" << false;
    QTest::newRow("Mental Health Counselors") << "21-1014.00" << 9.9 << 16.8 << 48300 << true << "High"
                                              << "No" << true;
    QTest::newRow("Police supervisors") << "33-1012.00" << 6.5 << 2.9 << 10900 << true << "Medium"
                                        << "No" << false;
    QTest::newRow("Cardiologists") << "29-1212.00" << 3.3 << 4.1 << 600 << false << "High"
                                   << "Partly, 10%" << false;
    QTest::newRow("Billing clerks") << "43-3021.00" << 6.2 << -0.4 << 42200 << true << "Low"
                                    << "Partly, 71%" << false;
    QTest::newRow("Media Programming Directors") << "27-2012.03" << 8.1 << 4.9 << 12800 << true << "High"
                                                 << "No" << true;
}

void TestTruth::occupationFigures()
{
    QFETCH(QString, code);
    QFETCH(double, demand);
    QFETCH(double, growth);
    QFETCH(int, openings);
    QFETCH(bool, bright);
    QFETCH(QString, barrier);
    QFETCH(QString, remote);
    QFETCH(bool, estimate);
    const Role r = role(code);
    QCOMPARE(*r.demandScore, demand);
    QCOMPARE(*r.growthPercent, growth);
    const QJsonObject json = roleToJson(r);
    QCOMPARE(json.value(QStringLiteral("annual_openings")).toInt(), openings);
    QCOMPARE(json.value(QStringLiteral("growth_percent")).toDouble(), growth);
    QCOMPARE(json.value(QStringLiteral("bright_outlook")).toBool(), bright);
    QVERIFY(json.value(QStringLiteral("remote_share")).isDouble());
    QCOMPARE(entryBarrierName(*r.entryBarrier), barrier);
    QCOMPARE(attribute(Field::RemoteFriendly).text(r), remote);
    QCOMPARE(r.isEstimate(Field::DemandScore), estimate);
    QCOMPARE(r.isEstimate(Field::BrightOutlook), estimate);
    // A role asking for related work experience is never Low.
    if (!r.workExperience.isEmpty() && r.workExperience != QLatin1String("None"))
        QVERIFY(*r.entryBarrier != EntryBarrier::Low);
}

void TestTruth::seedAgainstSoftwareDevelopers()
{
    const Comparison c
        = Comparison::of(role(SeedCode::MultimodalEngineer), role(QStringLiteral("15-1252.00")));
    for (const QString &key : { Field::DemandScore, Field::AiRisk, Field::LearningMonths }) {
        const Attribute &at = attribute(key);
        QCOMPARE(at.verdict(c.a, c.b), Verdict::Unknown);
        QVERIFY2(startingWith(c.conclusion, prefixOf(at.sentences.better)).isEmpty(), qPrintable(key));
        for (const QString &bullet : c.chooseAIf + c.chooseBIf)
            QVERIFY2(!bullet.startsWith(prefixOf(at.sentences.chooseIf)), qPrintable(bullet));
    }
    QVERIFY(!startingWith(c.conclusion, QStringLiteral("Demand cannot be ranked")).isEmpty());
    // The software developers' side still shows its inputs.
    QVERIFY(c.conclusion.join(QLatin1Char(' '))
                .contains(QStringLiteral("+15.8% growth and 115,200 openings a year")));
}

void TestTruth::nursesAgainstWebDevelopers()
{
    const Comparison c
        = Comparison::of(role(QStringLiteral("29-1141.00")), role(QStringLiteral("15-1254.00")));
    QVERIFY(c.conclusion.contains(QStringLiteral(
        "Higher future demand: Registered Nurses (9.5/10: +4.9% growth and 189,100 openings a year, against "
        "8.1/10: +7.5% growth and 5,400 openings a year).")));
    QVERIFY(c.summary.contains(QStringLiteral("Higher future demand: Registered Nurses")));
    QVERIFY(
        !startingWith(c.chooseAIf, QStringLiteral("Want the higher-demand career path (9.5/10")).isEmpty());
}

void TestTruth::policeSupervisorsAgainstNurses()
{
    const Comparison c
        = Comparison::of(role(QStringLiteral("33-1012.00")), role(QStringLiteral("29-1141.00")));
    const QString s = startingWith(c.conclusion, QStringLiteral("Lower entry barrier:"));
    QCOMPARE(s,
        QStringLiteral("Lower entry barrier: First-Line Supervisors of Police and Detectives (Medium against "
                       "High), but it asks for related work experience (less than 5 years), so it is no easy "
                       "way in for a career changer."));
    for (const QString &sentence : c.conclusion + QStringList { c.summary })
        QVERIFY2(!sentence.contains(QStringLiteral("easier")), qPrintable(sentence));
}

void TestTruth::mentalHealthCounselors()
{
    const Role r = role(QStringLiteral("21-1014.00"));
    QCOMPARE(*r.salary.median.amount, 59190);
    QVERIFY(r.provenanceOf(Field::Salary).note.contains(QStringLiteral("combined SOC 21-1018")));
    QVERIFY(r.isEstimate(Field::Salary));
    QCOMPARE(*r.remoteFriendly, RemoteFriendly::No);
    QCOMPARE(r.provenanceOf(Field::RemoteFriendly).status, ValueStatus::Known);
    const Comparison c = Comparison::of(r, role(QStringLiteral("41-2011.00")));
    const QString demand = startingWith(c.conclusion, QStringLiteral("Higher future demand:"));
    QVERIFY2(demand.contains(QStringLiteral("estimated for Mental Health Counselors")), qPrintable(demand));
    // HR specialists: Frey & Osborne's 13-1078, as a marked estimate.
    const Role hr = role(QStringLiteral("13-1071.00"));
    QCOMPARE(*hr.aiRiskPercent, 31.0);
    QVERIFY(hr.isEstimate(Field::AiRisk));
    QVERIFY(hr.provenanceOf(Field::AiRisk).note.contains(QStringLiteral("13-1078")));
}

void TestTruth::mediaProgrammingDirectors()
{
    const Role r = role(QStringLiteral("27-2012.03"));
    QCOMPARE(*r.remoteFriendly, RemoteFriendly::No);
    QCOMPARE(*r.teleworkShare, 0.0);
    QVERIFY(r.provenanceOf(Field::RemoteFriendly).note.contains(QStringLiteral("Program Directors")));
    QCOMPARE(roleToJson(r).value(QStringLiteral("remote_share")).toDouble(), 0.0);
}

void TestTruth::billingClerksAgainstCardiologists()
{
    const Comparison c
        = Comparison::of(role(QStringLiteral("43-3021.00")), role(QStringLiteral("29-1212.00")));
    const Attribute &remote = attribute(Field::RemoteFriendly);
    QCOMPARE(remote.verdict(c.a, c.b), Verdict::ABetter);
    QVERIFY(c.conclusion.contains(QStringLiteral(
        "More remote-friendly: Billing and Posting Clerks (Partly, 71% against Partly, 10%; estimated for "
        "Cardiologists).")));
    for (const QString &s : c.conclusion)
        QVERIFY2(!s.contains(QStringLiteral("equally remote")), qPrintable(s));
    // Within 10 points is equal, beyond is not.
    Role x = c.a;
    Role y = c.b;
    x.teleworkShare = 0.50;
    y.teleworkShare = 0.59;
    QCOMPARE(remote.verdict(x, y), Verdict::Equal);
    y.teleworkShare = 0.60; // exactly 10 points, as shown: still a tie
    QCOMPARE(remote.verdict(x, y), Verdict::Equal);
    y.teleworkShare = 0.61;
    QCOMPARE(remote.verdict(x, y), Verdict::BBetter);
}

void TestTruth::electriciansAgainstPlumbers()
{
    const Comparison c
        = Comparison::of(role(QStringLiteral("47-2111.00")), role(QStringLiteral("47-2152.00")));
    QVERIFY(c.conclusion.contains(QStringLiteral("Higher future demand: Electricians (9.8/10: +9.5% growth "
                                                 "and 81,000 openings a year, against 8.9/10: "
                                                 "+4.5% growth and 44,000 openings a year).")));
    QVERIFY(c.conclusion.contains(QStringLiteral("Neither can usually be done from home.")));
    const QVector<GlanceRow> rows = glanceRows(c, {}, LabelLanguage::English);
    QStringList keys;
    for (const GlanceRow &r : rows)
        keys << r.key;
    QVERIFY(keys.contains(QStringLiteral("growth_percent")));
    QVERIFY(keys.contains(QStringLiteral("annual_openings")));
    QVERIFY(keys.contains(Field::BrightOutlook));
}

void TestTruth::namesakesToldApart()
{
    // Mathematicians rate both the Mathematics skill and the Mathematics knowledge area.
    const Comparison c
        = Comparison::of(role(QStringLiteral("15-2021.00")), role(QStringLiteral("41-2011.00")));
    QStringList names;
    for (const auto *list : { &c.skills.onlyA, &c.skills.shared, &c.skills.onlyB }) {
        for (const OverlapEntry &e : *list)
            names << e.entity.name;
    }
    QVERIFY(names.contains(QStringLiteral("Mathematics (skill)")));
    QVERIFY(names.contains(QStringLiteral("Mathematics (knowledge)")));
    QVERIFY(!names.contains(QStringLiteral("Mathematics")));
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
}

// 2,000 random pairs (fixed seed; every tenth with a seed-page role): every sentence is parsed for an
// estimated input not said to be estimated, a tie given a winner, or a seed-page figure ranked
// against an official one; every skill name is unique across the three lists.
void TestTruth::sweepRandomPairs()
{
    const QVector<RoleSummary> all = m_catalogue->roles();
    QVERIFY(all.size() > 900);
    QRandomGenerator random(10);
    const QStringList seeds { SeedCode::MultimodalEngineer, SeedCode::OnDeviceEngineer };
    const QRegularExpression against(
        QStringLiteral("^[^:]+: .+? \\((.+?),? against (.+?)(; estimated.*|; both estimated)?\\)\\.$"));
    int sentences = 0;
    for (int i = 0; i < 2000; ++i) {
        const QString codeA
            = i % 10 == 0 ? seeds[i % 20 == 0 ? 0 : 1] : all[random.bounded(int(all.size()))].code;
        const QString codeB = all[random.bounded(int(all.size()))].code;
        if (codeA == codeB)
            continue;
        const Comparison c = Comparison::of(role(codeA), role(codeB));
        const QString pair = codeA + QStringLiteral(" vs ") + codeB;
        const QStringList text = summarySentences(c) + c.conclusion;
        sentences += int(text.size() + c.chooseAIf.size() + c.chooseBIf.size());

        for (const Attribute &at : attributes()) {
            if (!at.sentences.better)
                continue;
            const Verdict v = at.verdict(c.a, c.b);
            const bool estA = c.a.isEstimate(at.field);
            const bool estB = c.b.isEstimate(at.field);
            const QString better = prefixOf(at.sentences.better);
            const QString ranked = startingWith(text, better);
            const QString why = pair + QStringLiteral(": ") + ranked;
            // A seed-page figure next to an official one is never ranked, in sentences or bullets.
            if (at.pageAgainstStatistic(c.a, c.b)) {
                QVERIFY2(ranked.isEmpty(), qPrintable(why));
                QString noun = QString::fromUtf8(at.noun);
                noun[0] = noun[0].toUpper();
                // A category is the page's own rating: not ranked, nor compared at all.
                const QString says = at.isCategory() ? QStringLiteral(" cannot be compared: ")
                                                     : QStringLiteral(" cannot be ranked: ");
                const QString said = startingWith(text, noun + says);
                QVERIFY2(!said.isEmpty(), qPrintable(pair));
                // An estimated statistic says how it was estimated, not where such figures come from.
                const Role &official = c.a.isPageFigure(at.field) ? c.b : c.a;
                const QString how = official.provenanceOf(at.field).text().trimmed();
                if (official.isEstimate(at.field) && !how.isEmpty())
                    QVERIFY2(said.contains(QStringLiteral(" is an estimate from "))
                            && said.contains(how.chopped(how.endsWith(QLatin1Char('.')))),
                        qPrintable(pair + QStringLiteral(": ") + said));
            }
            if (v == Verdict::Equal || v == Verdict::Unknown) {
                // A tie (or a missing value) has no winner.
                QVERIFY2(ranked.isEmpty(), qPrintable(why));
            } else if (!ranked.isEmpty()) {
                // The two figures quoted differ, and an estimate is said to be one.
                const auto m = against.match(ranked);
                if (m.hasMatch())
                    QVERIFY2(m.captured(1) != m.captured(2), qPrintable(why));
                if (estA || estB)
                    QVERIFY2(ranked.contains(QStringLiteral("estimat")), qPrintable(why));
            }
            if (v == Verdict::Equal && at.sentences.equal) {
                const QString equal = startingWith(text, prefixOf(at.sentences.equal));
                if (estA && estB)
                    QVERIFY2(equal.isEmpty(), qPrintable(pair + QStringLiteral(": ") + equal));
                else if ((estA || estB) && !equal.isEmpty())
                    QVERIFY2(equal.contains(QStringLiteral("estimat")),
                        qPrintable(pair + QStringLiteral(": ") + equal));
            }
            // Choose-if bullets resting on an estimate say so; none for a tie or a page figure.
            if (at.sentences.chooseIf) {
                const QString bulletPrefix = prefixOf(at.sentences.chooseIf);
                for (const QString &bullet : c.chooseAIf + c.chooseBIf) {
                    if (!bullet.startsWith(bulletPrefix))
                        continue;
                    QVERIFY2(v == Verdict::ABetter || v == Verdict::BBetter, qPrintable(pair + bullet));
                    if (estA || estB)
                        QVERIFY2(bullet.contains(QStringLiteral("estimat")),
                            qPrintable(pair + QStringLiteral(": ") + bullet));
                }
            }
        }
        // The summary's salary ranges: an estimated range is said to be one.
        for (const Role *r : { &c.a, &c.b }) {
            if (r->isEstimate(Field::Salary) && !format::salaryRange(r->salary).isEmpty())
                QVERIFY2(c.summary.contains(QStringLiteral("estimated")),
                    qPrintable(pair + QStringLiteral(": ") + c.summary));
        }
        QStringList names;
        for (const auto *list : { &c.skills.onlyA, &c.skills.shared, &c.skills.onlyB }) {
            for (const OverlapEntry &e : *list)
                names << e.entity.name.toCaseFolded();
        }
        QVERIFY2(QSet<QString>(names.begin(), names.end()).size() == names.size(), qPrintable(pair));
    }
    QVERIFY(sentences > 20000);
}

QTEST_GUILESS_MAIN(TestTruth)
#include "tst_truth.moc"
