// SPDX-License-Identifier: MIT
// The rules of docs/DATA.md that keep a mark or a sentence true of where its figures come from and of
// the whole figure: a salary range is better only when none of its points is lower; the seed page's
// own categories (its "High" entry barrier) are never called the same as, nor ranked against, another
// source's; the top of the page's salary range is no 90th percentile; a reason quoted in brackets never
// brings brackets of its own, in English or Spanish, for any role or pair of reasons in the catalogue.
#include "attributes.h"
#include "cataloguedatabase.h"
#include "comparison.h"
#include "comparisonjson.h"
#include "derivations.h"
#include "formatting.h"
#include "glancerows.h"
#include "mobility.h"
#include "translations.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

using namespace cc;

class TestTruthSources : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void salaryRangeMark_data();
    void salaryRangeMark();
    void salaryRangeMarkInCatalogue_data();
    void salaryRangeMarkInCatalogue();
    void salaryRangeMarkSweep();
    void pageCategoriesAgainstOfficial_data();
    void pageCategoriesAgainstOfficial();
    void pageAgainstCustomRole();
    void pageAgainstEveryRole();
    void pageRangesAmongThemselves();
    void aside_data();
    void aside();
    void noNestedBracketsInNotes_data();
    void noNestedBracketsInNotes();
    void reasonWithBracketsOfItsOwn();
    void percentAsTheSourceDecimal_data();
    void percentAsTheSourceDecimal();
    void everyFreyOsborneFigureAsPublished();
    void aiRiskFromTheFormerOnetOccupation();
    void learningNotePartsAddUp();

private:
    Role role(const QString &code)
    {
        if (const auto it = m_roles.constFind(code); it != m_roles.constEnd())
            return *it;
        const auto r = m_catalogue->role(code);
        if (!r)
            qFatal("catalogue has no role %s", qPrintable(code));
        m_roles.insert(code, *r);
        return *r;
    }
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    QHash<QString, Role> m_roles;
};

namespace
{
QStringList allText(const Comparison &c)
{
    return QStringList { c.summary } + c.conclusion + c.chooseAIf + c.chooseBIf;
}

QString prefixOf(const char *templ)
{
    const QString t = QString::fromUtf8(templ);
    return t.left(t.indexOf(QLatin1Char('%')));
}

bool anyContains(const QStringList &list, const QString &part)
{
    return std::any_of(list.begin(), list.end(), [&](const QString &s) { return s.contains(part); });
}

// A copy: callers pass the rows of a temporary list.
GlanceRow glanceRow(const QVector<GlanceRow> &rows, const QString &key)
{
    for (const GlanceRow &r : rows) {
        if (r.key == key)
            return r;
    }
    qFatal("no glance row %s", qPrintable(key));
    return rows.front();
}

Role salaryRole(const QString &code, const QList<int> &wages)
{
    Role r;
    r.code = code;
    r.title = code == QLatin1String("X-0001") ? QStringLiteral("Role X") : QStringLiteral("Role Y");
    Wage *w[5] = { &r.salary.low, &r.salary.p25, &r.salary.median, &r.salary.p75, &r.salary.high };
    for (int i = 0; i < 5; ++i)
        if (wages[i] > 0)
            w[i]->amount = wages[i];
    return r;
}

// The deepest bracket of `text` once the titles (quoted as their sources write them) are taken out.
int bracketDepth(QString text, const QStringList &titles)
{
    for (const QString &t : titles)
        text.remove(t);
    int depth = 0;
    int deepest = 0;
    for (const QChar ch : text) {
        depth += ch == QLatin1Char('(') ? 1 : ch == QLatin1Char(')') ? -1 : 0;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

// A fraction as its source writes it ("0.0055") in percent with one decimal, rounded half up on the
// decimal digits themselves (no binary floating point): "0.6%". Whole percents drop the ".0".
QString percentOfDecimal(const QString &fraction)
{
    const QStringList parts = fraction.trimmed().split(QLatin1Char('.'));
    QString digits = parts.value(1).leftJustified(6, QLatin1Char('0'));
    if (digits.size() != 6)
        qFatal("more than six decimals: %s", qPrintable(fraction));
    const qint64 millionths = parts.value(0).toLongLong() * 1000000 + digits.toLongLong(); // 1e-4 %
    const qint64 tenths = (millionths + 500) / 1000;
    const QString shown = tenths % 10 == 0 ? QString::number(tenths / 10)
                                           : QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
    return shown + QLatin1Char('%');
}
} // namespace

void TestTruthSources::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
}

void TestTruthSources::cleanupTestCase()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Low, 25th, median, 75th, high of each (0: not given) and the glance column's words.
void TestTruthSources::salaryRangeMark_data()
{
    QTest::addColumn<QList<int>>("a");
    QTest::addColumn<QList<int>>("b");
    QTest::addColumn<QString>("mark");
    QTest::newRow("higher floor, lower median, same top")
        << QList<int> { 50000, 0, 70000, 0, 100000 } << QList<int> { 45000, 0, 80000, 0, 101000 }
        << "neither better";
    QTest::newRow("higher floor and top, lower median")
        << QList<int> { 50000, 0, 70000, 0, 110000 } << QList<int> { 45000, 0, 80000, 0, 100000 }
        << "neither better";
    QTest::newRow("higher floor, lower 75th percentile")
        << QList<int> { 50000, 60000, 70000, 80000, 100000 }
        << QList<int> { 45000, 60000, 70000, 90000, 100000 } << "neither better";
    QTest::newRow("higher floor, rest the same")
        << QList<int> { 50000, 0, 70000, 0, 100000 } << QList<int> { 45000, 0, 70000, 0, 100000 }
        << "\u25C0 better";
    QTest::newRow("higher floor and median, top about the same") << QList<int> { 50000, 0, 80000, 0,
        100000 } << QList<int> { 45000, 0, 70000, 0, 101000 } << "\u25C0 better";
    QTest::newRow("same ends, higher median") << QList<int> { 45000, 0, 70000, 0, 100000 }
                                              << QList<int> { 45000, 0, 80000, 0, 100000 } << "better \u25B6";
    QTest::newRow("B holds A") << QList<int> { 50000, 0, 70000, 0, 100000 }
                               << QList<int> { 40000, 0, 60000, 0, 120000 } << "wider \u25B6";
    QTest::newRow("all about the same") << QList<int> { 50000, 0, 70000, 0, 100000 }
                                        << QList<int> { 49000, 0, 69000, 0, 101000 } << "about equal";
    QTest::newRow("equal") << QList<int> { 50000, 0, 70000, 0, 100000 }
                           << QList<int> { 50000, 0, 70000, 0, 100000 } << "equal";
    QTest::newRow("page ranges: no median, higher top")
        << QList<int> { 130000, 0, 0, 0, 200000 } << QList<int> { 130000, 0, 0, 0, 220000 }
        << "better \u25B6";
}

void TestTruthSources::salaryRangeMark()
{
    QFETCH(QList<int>, a);
    QFETCH(QList<int>, b);
    QFETCH(QString, mark);
    const Role x = salaryRole(QStringLiteral("X-0001"), a);
    const Role y = salaryRole(QStringLiteral("X-0002"), b);
    QCOMPARE(glanceRow(glanceRows(Comparison::of(x, y), {}, LabelLanguage::English), QStringLiteral("salary"))
                 .verdictText,
        mark);
    // The same pair the other way round: the mirror mark.
    QString mirror = mark;
    if (mark.startsWith(QChar(0x25C0)))
        mirror = mark.mid(2) + QStringLiteral(" \u25B6");
    else if (mark.endsWith(QChar(0x25B6)))
        mirror = QStringLiteral("\u25C0 ") + mark.chopped(2);
    QCOMPARE(glanceRow(glanceRows(Comparison::of(y, x), {}, LabelLanguage::English), QStringLiteral("salary"))
                 .verdictText,
        mirror);
}

// Real pairs whose ranges start higher for A while B's median is well above A's.
void TestTruthSources::salaryRangeMarkInCatalogue_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("Education Administrators, Postsecondary vs Judges: $63,820 vs $46,520 floor, "
                  "$103,960 vs $156,210 median")
        << "11-9033.00"
        << "23-1023.00";
    QTest::newRow(
        "Ticket Agents vs Bridge and Lock Tenders: $34,550 vs $32,690 floor, $41,460 vs $58,490 median")
        << "43-4181.00"
        << "53-6011.00";
    QTest::newRow("Lodging Managers vs Models: $39,490 vs $38,010 floor, $68,130 vs $89,990 median")
        << "11-9081.00"
        << "41-9012.00";
}

void TestTruthSources::salaryRangeMarkInCatalogue()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const Comparison c = Comparison::of(role(a), role(b));
    QVERIFY(*c.a.salary.low.amount > *c.b.salary.low.amount);
    QVERIFY(*c.a.salary.median.amount < *c.b.salary.median.amount);
    const GlanceRow row = glanceRow(glanceRows(c, {}, LabelLanguage::English), QStringLiteral("salary"));
    QCOMPARE(row.verdict, Verdict::Unknown);
    QCOMPARE(row.verdictText, QStringLiteral("neither better"));
    // The median row and the sentences still name the higher median.
    QCOMPARE(glanceRow(glanceRows(c, {}, LabelLanguage::English), QStringLiteral("median")).verdict,
        Verdict::BBetter);
    QVERIFY(anyContains(c.conclusion, QStringLiteral("Higher median pay: ") + c.b.title));
}

// Every catalogue role against another: a range marked better is lower at none of the points
// both give (beyond the wage closeness), and one marked "neither better" is higher at one and lower at
// another.
void TestTruthSources::salaryRangeMarkSweep()
{
    const QVector<RoleSummary> all = m_catalogue->roles();
    const Closeness close { 0, 0.03 };
    int better = 0;
    int neither = 0;
    for (int i = 0; i < all.size(); ++i) {
        Comparison c; // the glance rows need no sentences
        c.a = role(all[i].code);
        c.b = role(all[(i * 7 + 11) % all.size()].code);
        const Role &a = c.a;
        const Role &b = c.b;
        const GlanceRow row = glanceRow(glanceRows(c, {}, LabelLanguage::English), QStringLiteral("salary"));
        if (!row.judged || row.verdict == Verdict::Equal)
            continue;
        bool higher = false;
        bool lower = false;
        const Wage SalaryRange::*points[] = { &SalaryRange::low, &SalaryRange::p25, &SalaryRange::median,
            &SalaryRange::p75, &SalaryRange::high };
        for (const auto point : points) {
            const Wage &x = a.salary.*point;
            const Wage &y = b.salary.*point;
            if (!x.amount || !y.amount || (x.topCoded && y.topCoded)
                || (!x.topCoded && !y.topCoded && close.within(*x.amount, *y.amount)))
                continue;
            higher = higher || *x.amount > *y.amount;
            lower = lower || *x.amount < *y.amount;
        }
        const QString why = a.code + QStringLiteral(" vs ") + b.code + QStringLiteral(": ") + row.verdictText;
        if (row.verdict == Verdict::ABetter) {
            ++better;
            QVERIFY2(higher && !lower, qPrintable(why));
        } else if (row.verdict == Verdict::BBetter) {
            ++better;
            QVERIFY2(lower && !higher, qPrintable(why));
        } else if (row.verdictText == QLatin1String("neither better")) {
            ++neither;
            QVERIFY2(higher && lower, qPrintable(why));
        }
    }
    QVERIFY2(better > 300 && neither > 10,
        qPrintable(QStringLiteral("%1 better, %2 neither better").arg(better).arg(neither)));
}

// The seed page's own levels against categories derived from official sources: neither "same" nor ranked.
void TestTruthSources::pageCategoriesAgainstOfficial_data()
{
    QTest::addColumn<QString>("official");
    QTest::addColumn<QString>("barrier"); // the official role's entry barrier, the page's being High
    QTest::newRow("Software Developers: High against High") << "15-1252.00"
                                                            << "High";
    QTest::newRow("Fishing and Hunting Workers: High against Low") << "45-3031.00"
                                                                   << "Low";
}

void TestTruthSources::pageCategoriesAgainstOfficial()
{
    QFETCH(QString, official);
    QFETCH(QString, barrier);
    const Role page = role(SeedCode::MultimodalEngineer);
    const Role other = role(official);
    QCOMPARE(attribute(Field::EntryBarrier).text(page), QStringLiteral("High"));
    QCOMPARE(attribute(Field::EntryBarrier).text(other), barrier);
    for (const Comparison &c : { Comparison::of(page, other), Comparison::of(other, page) }) {
        const QStringList text = allText(c);
        const QVector<GlanceRow> rows = glanceRows(c, {}, LabelLanguage::English);
        for (const QString &key :
            { Field::EntryBarrier, Field::Difficulty, Field::RemoteFriendly, Field::RequiresCoding }) {
            const GlanceRow &row = glanceRow(rows, key);
            QCOMPARE(row.verdict, Verdict::Unknown);
            QCOMPARE(row.verdictText, QStringLiteral("cannot compare"));
            QVERIFY(row.a.pageFigure != row.b.pageFigure);
        }
        QVERIFY2(!anyContains(text, QStringLiteral("same entry barrier")),
            qPrintable(text.join(QLatin1Char('\n'))));
        QVERIFY(!anyContains(text, QStringLiteral("Lower entry barrier")));
        QVERIFY(!anyContains(text, QStringLiteral("Want a lower entry barrier")));
        QVERIFY(!anyContains(text, QStringLiteral("remote-friendly")));
        QVERIFY(!anyContains(text, QStringLiteral("Want to work from home more")));
        QVERIFY(!anyContains(text, QStringLiteral("Enjoy writing and debugging code")));
        QVERIFY(!anyContains(text, QStringLiteral("Would rather not write code")));
        const QString says
            = QStringLiteral("The entry barrier cannot be compared: High for %1 is the seed web "
                             "page's own rating, which does not say what it rests on, while %2 "
                             "for %3 comes from BLS typical entry education and related work "
                             "experience")
                  .arg(page.title, barrier, other.title);
        QVERIFY2(anyContains(c.conclusion, says), qPrintable(c.conclusion.join(QLatin1Char('\n'))));
        QVERIFY(anyContains(c.conclusion, QStringLiteral("Remote work cannot be compared: ")));
        // The JSON carries the same sentences, and says beside the page's value that it is the page's own.
        const QJsonObject json = comparisonToJson(c, {}, QString());
        const bool pageIsA = c.a.isSeed();
        const auto notes = [&json](const char *side) {
            return json.value(QLatin1String(side)).toObject().value(QStringLiteral("notes")).toObject();
        };
        QVERIFY(notes(pageIsA ? "a" : "b")
                    .value(Field::EntryBarrier)
                    .toString()
                    .startsWith(QStringLiteral("page: ")));
        QVERIFY(!notes(pageIsA ? "b" : "a").contains(Field::EntryBarrier));
        QVERIFY(json.value(QStringLiteral("conclusion"))
                    .toArray()
                    .contains(QJsonValue(*std::find_if(c.conclusion.begin(), c.conclusion.end(),
                        [&](const QString &s) { return s.contains(says); }))));
    }
}

// A custom role's value against the page's: neither ranked, and said to be what the user entered, not
// a statistic's source.
void TestTruthSources::pageAgainstCustomRole()
{
    Role mine = role(QStringLiteral("15-1252.00"));
    mine.origin = RoleOrigin::Custom;
    for (const QString &field : { Field::EntryBarrier, Field::DemandScore })
        mine.provenance[field] = Provenance { SourceId::User, ValueStatus::Known, QString() };
    const Comparison c = Comparison::of(role(SeedCode::MultimodalEngineer), mine);
    QVERIFY2(anyContains(c.conclusion,
                 QStringLiteral("while High for Software Developers comes from what you entered.")),
        qPrintable(c.conclusion.join(QLatin1Char('\n'))));
    QVERIFY(
        anyContains(c.conclusion, QStringLiteral("for Software Developers comes from what you entered.")));
    for (const QString &s : c.conclusion) {
        if (s.startsWith(QStringLiteral("The entry barrier")) || s.startsWith(QStringLiteral("Demand")))
            QVERIFY2(!s.contains(QStringLiteral("comes from BLS")), qPrintable(s));
    }
}

// Every other role against both page roles: wherever one value is the page's and the other is not, no row
// names a better, a higher or an equal one, and no sentence or bullet of the attribute's templates says so.
void TestTruthSources::pageAgainstEveryRole()
{
    int checked = 0;
    const QVector<RoleSummary> all = m_catalogue->roles();
    for (int i = 0; i < all.size(); i += 2) {
        const Role other = role(all[i].code);
        if (other.isSeed())
            continue;
        for (const QString &code : { SeedCode::MultimodalEngineer, SeedCode::OnDeviceEngineer }) {
            const Comparison c = Comparison::of(role(code), other);
            const QStringList text = allText(c);
            const QVector<GlanceRow> rows = glanceRows(c, {}, LabelLanguage::English);
            for (const Attribute &at : attributes()) {
                if (at.text(c.a).isEmpty() || at.text(c.b).isEmpty())
                    continue;
                QVERIFY(at.pageAgainstStatistic(c.a, c.b));
                ++checked;
                const QString why = c.b.code + QLatin1Char(' ') + at.key;
                QCOMPARE(glanceRow(rows, at.key).verdict, Verdict::Unknown);
                for (const char *templ : { at.sentences.better, at.sentences.equal, at.sentences.aboutSame,
                         at.sentences.chooseIf, at.sentences.pageChooseIf }) {
                    if (templ)
                        QVERIFY2(!anyContains(text, prefixOf(templ)), qPrintable(why));
                }
            }
            QVERIFY(!anyContains(text, QStringLiteral("Both are about equally remote-friendly")));
            QVERIFY(!anyContains(text, QStringLiteral("Neither can usually be done from home")));
            QVERIFY(!anyContains(c.chooseAIf + c.chooseBIf, QStringLiteral("code")));
        }
    }
    QVERIFY(checked > 2500);
}

// The two page roles among themselves: ranked like with like, and the top of a page range is not
// called a 90th percentile.
void TestTruthSources::pageRangesAmongThemselves()
{
    const Comparison c = Comparison::of(role(SeedCode::MultimodalEngineer), role(SeedCode::OnDeviceEngineer));
    const QStringList text = allText(c);
    QVERIFY2(!anyContains(text, QStringLiteral("90th percentile")), qPrintable(text.join(QLatin1Char('\n'))));
    QVERIFY2(
        c.conclusion.contains(QStringLiteral("Higher top of the salary range: AI On-Device AI Engineer "
                                             "($220,000 against $200,000 a year on the seed web page).")),
        qPrintable(c.conclusion.join(QLatin1Char('\n'))));
    QVERIFY(c.chooseBIf.contains(QStringLiteral(
        "Want the higher top of the salary range ($220,000 against $200,000 on the seed web page)")));
    QVERIFY(c.conclusion.contains(QStringLiteral(
        "Both have the same entry barrier (High), so neither is easier to get into on that count.")));
    QVERIFY2(c.summary.contains(
                 QStringLiteral("The seed page rates no skills for AI Multimodal Systems Engineer and "
                                "the seed page rates no skills for AI On-Device AI Engineer")),
        qPrintable(c.summary));
    const QVector<GlanceRow> rows = glanceRows(c, {}, LabelLanguage::English);
    QCOMPARE(glanceRow(rows, QStringLiteral("salary")).verdictText, QStringLiteral("better \u25B6"));
    QCOMPARE(glanceRow(rows, Field::EntryBarrier).verdictText, QStringLiteral("equal"));
}

void TestTruthSources::aside_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "the page gives no figure"
                          << "the page gives no figure";
    QTest::newRow("middle") << "the CPS flows (del Rio-Chanona et al.) have no group"
                            << "the CPS flows, del Rio-Chanona et al., have no group";
    QTest::newRow("end")
        << "the catalogue's salary percentiles are out of order (salary_median 9 is above salary_p75 8)"
        << "the catalogue's salary percentiles are out of order, salary_median 9 is above salary_p75 8";
    QTest::newRow("before a comma") << "SOC 2010 45-3011 (nor 45-3010, 45-3000), so this survey"
                                    << "SOC 2010 45-3011, nor 45-3010, 45-3000, so this survey";
    QTest::newRow("before a semicolon") << "2010 SOC 11-1011 (1.5%); figure for SOC 11-1011 as a whole"
                                        << "2010 SOC 11-1011, 1.5%; figure for SOC 11-1011 as a whole";
    QTest::newRow("nothing inside") << "BLS gives no typical entry education (\u2014) for SOC 13-1011"
                                    << "BLS gives no typical entry education for SOC 13-1011";
    QTest::newRow("nested") << "a (b (c) d) e"
                            << "a, b, c, d, e";
    QTest::newRow("unmatched") << "a (b"
                               << "a, b";
    QTest::newRow("stray closing") << "a b) c"
                                   << "a b c";
    QTest::newRow("Spanish") << "la OEWS (mayo de 2024) no publica salarios"
                             << "la OEWS, mayo de 2024, no publica salarios";
}

void TestTruthSources::aside()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(format::aside(text), expected);
}

// In English and Spanish: every catalogue role with a missing value that sentences quote, against the
// role whose mobility note has brackets of its own, a role with every figure and a page role; every
// tenth other role against the first; and for every field, every two different reasons a value is
// missing in the catalogue, on two roles ("not available for either role (A: …; B: …)").
void TestTruthSources::noNestedBracketsInNotes_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Spanish") << "es";
}

void TestTruthSources::noNestedBracketsInNotes()
{
    QFETCH(QString, language);
    if (language == QLatin1String("es"))
        QVERIFY(installTranslations(QLocale(QLocale::Spanish, QLocale::Spain)));
    else
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    QVector<std::pair<QString, QString>> pairs;
    QHash<QString, QHash<QString, QString>> reasons; // field -> missing note -> a role with it
    QStringList titles;
    // Sentences quote the reasons of these fields (the attributes' and the moves').
    QSet<QString> quoted { Field::Mobility };
    for (const Attribute &at : attributes())
        quoted.insert(at.field);
    int index = 0;
    for (const RoleSummary &s : m_catalogue->roles()) {
        titles << s.title;
        const Role r = role(s.code);
        bool missing = false;
        for (auto it = r.provenance.cbegin(); it != r.provenance.cend(); ++it) {
            if (it->status != ValueStatus::Missing || !quoted.contains(it.key()))
                continue;
            missing = true;
            if (!reasons[it.key()].contains(it->note))
                reasons[it.key()].insert(it->note, s.code);
        }
        // Every role with a missing value against three partners, every tenth of the others against one.
        for (const QString &partner :
            { QStringLiteral("45-3031.00"), QStringLiteral("15-1252.00"), SeedCode::MultimodalEngineer }) {
            if (partner != s.code && (missing || index % 10 == 0))
                pairs.append({ s.code, partner });
            if (!missing)
                break;
        }
        ++index;
    }
    int combinations = 0;
    for (const auto &byNote : std::as_const(reasons)) {
        const QStringList codes = byNote.values();
        for (int i = 0; i < codes.size(); ++i) {
            for (int j = i + 1; j < codes.size(); ++j) {
                pairs.append({ codes[i], codes[j] });
                ++combinations;
            }
        }
    }
    QVERIFY(combinations > 10);
    std::sort(
        titles.begin(), titles.end(), [](const QString &l, const QString &r) { return l.size() > r.size(); });
    int nested = 0;
    QStringList seen;
    for (const auto &[x, y] : std::as_const(pairs)) {
        const Comparison c = Comparison::of(role(x), role(y));
        QStringList text = allText(c);
        text << mobility::pairSentence(c.a, c.b) << mobility::pairSentence(c.b, c.a);
        for (const GlanceRow &row : glanceRows(c))
            text << row.a.toolTip() << row.b.toolTip();
        for (const QString &s : std::as_const(text)) {
            if (bracketDepth(s, titles) > 1) {
                ++nested;
                if (seen.size() < 5)
                    seen << s;
            }
        }
    }
    QVERIFY2(nested == 0,
        qPrintable(QString::number(nested) + QStringLiteral(" nested:\n") + seen.join(QLatin1Char('\n'))));
}

// A reason from outside the catalogue's notes (a damaged catalogue's refusal, a custom role) is
// quoted without brackets of its own too, wherever a sentence quotes a reason.
void TestTruthSources::reasonWithBracketsOfItsOwn()
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    Role x = role(QStringLiteral("15-1252.00"));
    Role y = role(QStringLiteral("29-1141.00"));
    const QString why
        = QStringLiteral("the catalogue's salary percentiles are out of order (salary_median 9 is "
                         "above salary_p75 8)");
    for (Role *r : { &x, &y }) {
        r->salary = SalaryRange {};
        r->demandScore.reset();
        r->mobility = RoleMobility {};
        for (const QString &field : { Field::Salary, Field::DemandScore, Field::Mobility })
            r->provenance[field] = Provenance { QString(), ValueStatus::Missing, why };
    }
    y.provenance[Field::DemandScore].note = QStringLiteral("no figure (see (notes))");
    const Comparison c = Comparison::of(x, y);
    QStringList text = allText(c);
    text << mobility::pairSentence(x, y);
    QVERIFY(anyContains(text, QStringLiteral("out of order, salary_median 9 is above salary_p75 8")));
    QVERIFY(anyContains(text, QStringLiteral("no figure, see, notes")));
    for (const QString &s : std::as_const(text))
        QVERIFY2(bracketDepth(s, { x.title, y.title }) <= 1, qPrintable(s));
}

// A role the crosswalk gives no Frey & Osborne figure takes that of the 2010 SOC code its O*NET 2010
// occupation of the same title was in (Business Intelligence Analysts: 15-1199.08), as an estimate
// that says so; only then (docs/DATA.md). Checked against the raw files for every such role.
void TestTruthSources::aiRiskFromTheFormerOnetOccupation()
{
    const QString dir = QStringLiteral(CC_SOURCE_DATA_DIR);
    if (!QFile::exists(dir + QStringLiteral("/automation/crosswalk_soc2010_to_soc2018.csv")))
        QSKIP("../shared/data is not beside the repository");
    const auto rows = [](const QString &path) {
        QFile f(path);
        QList<QStringList> out;
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return out;
        f.readLine();
        while (!f.atEnd()) {
            // Simple CSV: quoted fields may hold commas; only the first fields are used below.
            QStringList fields;
            QString field;
            bool quoted = false;
            for (const QChar c : QString::fromUtf8(f.readLine()).trimmed()) {
                if (c == QLatin1Char('"'))
                    quoted = !quoted;
                else if (c == QLatin1Char(',') && !quoted)
                    fields << std::exchange(field, QString());
                else
                    field += c;
            }
            out << (fields << field);
        }
        return out;
    };
    QHash<QString, double> fo; // 2010 SOC (Frey & Osborne's own codes) -> probability
    for (const QStringList &r :
        rows(dir + QStringLiteral("/automation/frey_osborne_automation_risk_index_clean.csv")))
        fo.insert(r.value(3), r.value(1).toDouble());
    QHash<QString, QStringList> crosswalk; // 2018 SOC -> 2010 SOC codes
    for (const QStringList &r : rows(dir + QStringLiteral("/automation/crosswalk_soc2010_to_soc2018.csv")))
        crosswalk[r.value(2)] << r.value(0);
    QHash<QString, QString> titles2010; // O*NET-SOC 2010 code -> title
    for (const QStringList &r : rows(dir + QStringLiteral("/telework/occupations_workathome.csv")))
        titles2010.insert(r.value(0), r.value(1));
    QVERIFY(fo.size() > 650 && crosswalk.size() > 800 && titles2010.size() > 900);
    const QRegularExpression former(QStringLiteral("O\\*NET-SOC 2010 (\\d\\d-\\d{4}\\.\\d\\d) "));
    int checked = 0;
    for (const RoleSummary &summary : m_catalogue->roles()) {
        const Role r = role(summary.code);
        const Provenance p = r.provenanceOf(Field::AiRisk);
        const QRegularExpressionMatch m = former.match(p.note);
        if (!m.hasMatch())
            continue;
        ++checked;
        const QString code2010 = m.captured(1);
        QCOMPARE(titles2010.value(code2010).toLower(), r.title.toLower());
        for (const QString &c : crosswalk.value(r.code.left(7)))
            QVERIFY2(!fo.contains(c), qPrintable(r.code + QLatin1Char(' ') + c)); // a fallback only
        QCOMPARE(p.status, ValueStatus::Estimate);
        const QString soc2010 = code2010.left(7);
        const double published
            = fo.contains(soc2010) ? fo.value(soc2010) : fo.value(derive::freyOsborneAliasFor(soc2010), -1);
        QVERIFY2(published >= 0, qPrintable(r.code));
        QVERIFY(r.aiRiskPercent);
        QCOMPARE(*r.aiRiskPercent, 100.0 * published);
    }
    QVERIFY2(checked >= 4, qPrintable(QString::number(checked)));
    // Data Scientists, new in the 2018 SOC, had no O*NET 2010 occupation: still missing, with why.
    QVERIFY(!role(QStringLiteral("15-2051.00")).aiRiskPercent);
    QCOMPARE(role(QStringLiteral("15-2051.00")).provenanceOf(Field::AiRisk).status, ValueStatus::Missing);
}

// A learning time's note gives its parts in whole months that add up to the figure it explains:
// "expected education beyond high school 36 months + training 21 months" for 57 months, never 36 + 22
// (each part rounded on its own, as 211 notes were).
void TestTruthSources::learningNotePartsAddUp()
{
    const QRegularExpression parts(
        QStringLiteral("^expected education beyond high school (\\d+) months? \\+ training (\\d+) months? "));
    int checked = 0;
    for (const RoleSummary &summary : m_catalogue->roles()) {
        const Role r = role(summary.code);
        const QRegularExpressionMatch m = parts.match(r.provenanceOf(Field::LearningMonths).note);
        if (!m.hasMatch())
            continue;
        QVERIFY(r.learningMonths);
        QVERIFY2(m.captured(1).toInt() + m.captured(2).toInt() == *r.learningMonths,
            qPrintable(r.code + QLatin1String(": ") + r.provenanceOf(Field::LearningMonths).note));
        ++checked;
    }
    QVERIFY2(checked > 800, qPrintable(QString::number(checked)));
}

QTEST_GUILESS_MAIN(TestTruthSources)
#include "tst_truthsources.moc"

// A percentage made from a fraction shows what the fraction's decimal rounds to, whatever binary error
// the product carries (0.0055 × 100 = 0.54999999999999993 showed "0.5%").
void TestTruthSources::percentAsTheSourceDecimal_data()
{
    QTest::addColumn<QString>("fraction");
    for (const char *f :
        { "0.0055", "0.0065", "0.0035", "0.0145", "0.0005", "0.575", "0.005", "0.99", "0.0095" })
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestTruthSources::percentAsTheSourceDecimal()
{
    QFETCH(QString, fraction);
    QCOMPARE(format::percent(100.0 * fraction.toDouble()), percentOfDecimal(fraction));
    QCOMPARE(format::roundToTenth(100.0 * fraction.toDouble()) * 10.0,
        double(qRound64(percentOfDecimal(fraction).chopped(1).toDouble() * 10.0)));
}

// Every probability of Frey & Osborne's table, as the importer turns it into a percentage, is shown
// as its decimal rounds.
void TestTruthSources::everyFreyOsborneFigureAsPublished()
{
    QFile file(QStringLiteral(CC_SOURCE_DATA_DIR "/automation/frey_osborne_automation_risk_index_clean.csv"));
    if (!file.exists())
        QSKIP("../shared/data is not beside the repository");
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    file.readLine(); // Rank,Probability,Label,SOC code,Occupation
    int figures = 0;
    int ties = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        const QString probability = line.section(QLatin1Char(','), 1, 1);
        if (probability.isEmpty())
            continue;
        ++figures;
        const QString fourth = probability.section(QLatin1Char('.'), 1).leftJustified(4, QLatin1Char('0'));
        ties += fourth.size() == 4 && fourth.endsWith(QLatin1Char('5'));
        QCOMPARE(format::percent(100.0 * probability.toDouble()), percentOfDecimal(probability));
    }
    QVERIFY2(figures > 650, qPrintable(QString::number(figures)));
    QVERIFY2(ties > 10, qPrintable(QString::number(ties))); // the figures a plain rounding got wrong
}
