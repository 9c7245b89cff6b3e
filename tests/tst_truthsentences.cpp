// SPDX-License-Identifier: MIT
// Sentences that must be true of the figures they speak of (docs/DATA.md, "Generated text" and
// "Roadmap time estimate"), checked over pairs of the bundled catalogue: a "choose X if" fallback never
// says no figure favours X when the glance table marks one; difficulty, marked in the table, is in the
// conclusion; equal learning times are "the same"; the similarity names only the groups it rests on; a
// role against itself needs nothing; the way in never asks to learn what the other role lists; the
// roadmap's months are education and training, not experience; a survey group is named on either side.
#include "attributes.h"
#include "cataloguedatabase.h"
#include "comparison.h"
#include "derivations.h"
#include "glancerows.h"
#include "mobility.h"
#include "reporthtml.h"
#include "roadmap.h"

#include <QtTest>

#include <memory>

using namespace cc;

class TestTruthSentences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fallbackBulletTrueOfTheGlance();
    void difficultyInTheConclusion();
    void equalLearningTimesAreTheSame();
    void closeDemandNeverHidesItsFiguresLead();
    void similarityNamesItsGroups();
    void roleAgainstItself();
    void wayInLeavesOutWhatTheOtherLists();
    void roadmapMonthsAreNotExperience();
    void unratedNotesJoinedInOneClause();
    void surveyGroupNamedOnEitherSide();
    void jobZoneMedianNeverRanked();
    void wayInFromAnUnratedRole();
    void aiRiskMeanRankedOnlyWhenItsFiguresAgree();
    void codingEstimateSaidInTheBullet();
    void surveyGroupsMixNamed();
    void wayInMarksEstimates();
    void countNamesWhatItCounts();

private:
    // A copy: a reference into the cache would not outlive the next insertion.
    Role role(const QString &code)
    {
        auto it = m_roles.find(code);
        if (it == m_roles.end()) {
            const auto r = m_catalogue->role(code);
            if (!r)
                qFatal("catalogue has no role %s", qPrintable(code));
            it = m_roles.insert(code, *r);
        }
        return *it;
    }
    // Pairs spread over the catalogue: every role as A once, B seven places on.
    QVector<std::pair<QString, QString>> spreadPairs(int step) const
    {
        QVector<std::pair<QString, QString>> pairs;
        for (int i = 0; i < m_all.size(); i += step)
            pairs.append({ m_all[i].code, m_all[(i * 7 + 11) % m_all.size()].code });
        return pairs;
    }
    std::unique_ptr<CatalogueDatabase> m_catalogue;
    QVector<RoleSummary> m_all;
    QHash<QString, Role> m_roles;
};

void TestTruthSentences::initTestCase()
{
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
    m_all = m_catalogue->roles();
    QVERIFY(m_all.size() > 900);
}

// "None of the figures compared here favours X" only when no judged mark of the glance table favours X
// (Carpenters against Electricians: difficulty Beginner against Intermediate was marked, and the bullet
// said none favoured Carpenters).
void TestTruthSentences::fallbackBulletTrueOfTheGlance()
{
    const QString none = QStringLiteral("none of the figures compared here favours");
    int fallbacks = 0;
    for (const auto &[codeA, codeB] : spreadPairs(2)) {
        const Comparison c = Comparison::of(role(codeA), role(codeB));
        for (const bool forA : { true, false }) {
            const QStringList &bullets = forA ? c.chooseAIf : c.chooseBIf;
            const Verdict mine = forA ? Verdict::ABetter : Verdict::BBetter;
            QStringList marked;
            for (const Attribute &at : attributes()) {
                const GlanceMark mark = at.glanceMark(c.a, c.b);
                if (at.judged() && mark.judged && mark.verdict == mine)
                    marked << QString::fromLatin1(at.noun);
            }
            const bool saysNone = bullets.size() == 1 && bullets.first().contains(none);
            fallbacks += saysNone;
            QVERIFY2(!saysNone || marked.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 vs %2: %3, yet the glance marks %4")
                        .arg(c.a.title, c.b.title, bullets.first(), marked.join(QStringLiteral(", ")))));
        }
    }
    QVERIFY2(fallbacks > 5, qPrintable(QString::number(fallbacks))); // the sweep reaches the fallback
}

void TestTruthSentences::difficultyInTheConclusion()
{
    const Comparison c
        = Comparison::of(role(QStringLiteral("47-2031.00")), role(QStringLiteral("47-2111.00")));
    QCOMPARE(c.a.difficulty, std::optional<Difficulty>(Difficulty::Beginner));
    QCOMPARE(c.b.difficulty, std::optional<Difficulty>(Difficulty::Intermediate));
    QVERIFY(c.conclusion.contains(
        QStringLiteral("Lower difficulty: Carpenters (Beginner against Intermediate).")));
    QVERIFY(c.chooseAIf.contains(QStringLiteral(
        "Want work that asks for less preparation (difficulty Beginner against Intermediate)")));
    QVERIFY(std::none_of(c.chooseBIf.begin(), c.chooseBIf.end(),
        [](const QString &b) { return b.contains(QLatin1String("difficulty")); }));
    // Over the sweep: a difficulty sentence for every pair whose difficulties are both known.
    for (const auto &[codeA, codeB] : spreadPairs(9)) {
        const Comparison d = Comparison::of(role(codeA), role(codeB));
        if (!d.a.difficulty || !d.b.difficulty
            || d.a.isPageFigure(Field::Difficulty) != d.b.isPageFigure(Field::Difficulty))
            continue;
        const bool said = std::any_of(d.conclusion.begin(), d.conclusion.end(),
            [](const QString &s) { return s.contains(QLatin1String("difficulty")); });
        const bool bothEstimated = d.a.isEstimate(Field::Difficulty) && d.b.isEstimate(Field::Difficulty);
        QVERIFY2(said || (bothEstimated && *d.a.difficulty == *d.b.difficulty),
            qPrintable(d.a.title + QStringLiteral(" vs ") + d.b.title));
    }
}

void TestTruthSentences::equalLearningTimesAreTheSame()
{
    int equal = 0;
    int median = 0;
    for (const auto &[codeA, codeB] : spreadPairs(1)) {
        const Role &a = role(codeA);
        const Role &b = role(codeB);
        if (!a.learningMonths || !b.learningMonths || *a.learningMonths != *b.learningMonths
            || (a.isEstimate(Field::LearningMonths) && b.isEstimate(Field::LearningMonths)))
            continue;
        const Comparison c = Comparison::of(a, b);
        // A Job Zone's median that happens to match the other role's figure is no tie of the two roles.
        if (derive::learningIsJobZoneMedian(a) || derive::learningIsJobZoneMedian(b)) {
            ++median;
            const QString expected
                = QStringLiteral("Learning time is not ranked: O*NET has no education and "
                                 "training ratings for %1, whose figure is the median of its "
                                 "Job Zone (")
                      .arg(derive::learningIsJobZoneMedian(a) ? a.title : b.title);
            QVERIFY2(std::any_of(c.conclusion.begin(), c.conclusion.end(),
                         [&expected](const QString &s) { return s.startsWith(expected); }),
                qPrintable(c.conclusion.join(QLatin1Char('\n'))));
            QVERIFY(!c.conclusion.join(QLatin1Char(' ')).contains(QLatin1String("same time")));
            continue;
        }
        ++equal;
        const QString expected = QStringLiteral("Both take the same time to become qualified (");
        QVERIFY2(std::any_of(c.conclusion.begin(), c.conclusion.end(),
                     [&expected](const QString &s) { return s.startsWith(expected); }),
            qPrintable(c.conclusion.join(QLatin1Char('\n'))));
        QVERIFY(!c.conclusion.join(QLatin1Char(' ')).contains(QLatin1String("about the same time")));
    }
    QVERIFY2(equal >= 3, qPrintable(QString::number(equal)));
    QVERIFY2(median >= 2, qPrintable(QString::number(median)));
}

// Two demand scores about the same, whose growth and openings both favour one role (or one does and
// the other is about the same), never say "about the same demand": they name the role the figures
// favour. Scores whose figures split, or are both about the same, still do.
void TestTruthSentences::closeDemandNeverHidesItsFiguresLead()
{
    int leads = 0;
    int aboutSame = 0;
    const Attribute &demand = attribute(Field::DemandScore);
    const Attribute &growth = attribute(QStringLiteral("growth_percent"));
    const Attribute &openings = attribute(QStringLiteral("annual_openings"));
    const auto ahead = [](Verdict v) { return v == Verdict::ABetter || v == Verdict::BBetter; };
    for (const auto &[codeA, codeB] : spreadPairs(1)) {
        const Role &a = role(codeA);
        const Role &b = role(codeB);
        // A tie between two estimates is not said at all (TextBuilder::sentence()).
        if (!demand.nearTie(a, b) || demand.verdict(a, b) != Verdict::Equal
            || (a.isEstimate(Field::DemandScore) && b.isEstimate(Field::DemandScore)))
            continue;
        const Verdict g = growth.verdict(a, b);
        const Verdict o = openings.verdict(a, b);
        if (g == Verdict::Unknown || o == Verdict::Unknown)
            continue;
        const QString conclusion = Comparison::of(a, b).conclusion.join(QLatin1Char('\n'));
        if (ahead(g) || ahead(o)) {
            const Verdict lead = ahead(g) ? g : o;
            if (ahead(g) && ahead(o) && g != o) {
                QVERIFY2(conclusion.contains(QLatin1String("Both have about the same demand (")),
                    qPrintable(conclusion));
                ++aboutSame;
                continue;
            }
            QVERIFY2(conclusion.contains(QStringLiteral("The demand scores are close, but %1 has ")
                                             .arg((lead == Verdict::ABetter ? a : b).title)),
                qPrintable(conclusion));
            QVERIFY2(!conclusion.contains(QLatin1String("about the same demand")), qPrintable(conclusion));
            ++leads;
        } else {
            QVERIFY2(conclusion.contains(QLatin1String("Both have about the same demand (")),
                qPrintable(conclusion));
            ++aboutSame;
        }
    }
    QVERIFY2(leads >= 3 && aboutSame >= 3, qPrintable(QStringLiteral("%1 %2").arg(leads).arg(aboutSame)));
}

// Two seed roles rest on their topics and technologies alone; a role with everything on all groups.
void TestTruthSentences::similarityNamesItsGroups()
{
    const Comparison seeds
        = Comparison::of(role(SeedCode::MultimodalEngineer), role(SeedCode::OnDeviceEngineer));
    QVERIFY2(
        seeds.summary.contains(QLatin1String("Similarity of the work (tools): ")), qPrintable(seeds.summary));
    const Comparison full
        = Comparison::of(role(QStringLiteral("47-2031.00")), role(QStringLiteral("47-2111.00")));
    QVERIFY(full.summary.contains(QLatin1String(
        "Similarity of the work (activities, knowledge, skills, tools, interests, work styles): ")));
    // Paramedics: no skills, knowledge or work styles rated by O*NET.
    const Comparison rn
        = Comparison::of(role(QStringLiteral("29-1141.00")), role(QStringLiteral("29-2043.00")));
    QVERIFY2(rn.summary.contains(QLatin1String("Similarity of the work (activities, tools, interests): ")),
        qPrintable(rn.summary));
}

void TestTruthSentences::roleAgainstItself()
{
    const Role &teacher = role(QStringLiteral("25-2021.00"));
    QVERIFY(teacher.learningMonths && *teacher.learningMonths > 0);
    const Comparison c = Comparison::of(teacher, teacher);
    for (const bool aToB : { true, false }) {
        const Roadmap r = roadmap(c, aToB);
        QCOMPARE(r.months, std::optional<int>(0));
        QVERIFY(r.steps.isEmpty());
        QVERIFY(r.workActivities.isEmpty());
        QVERIFY2(r.estimateNote.contains(QLatin1String("nothing new to learn")), qPrintable(r.estimateNote));
        const WayIn w = wayIn(teacher, &teacher);
        QVERIFY(w.firstSkills.isEmpty());
        QVERIFY(w.skillsHad >= 5);
    }
}

// Registered Nurses to Paramedics: eClinicalWorks, MEDITECH, Excel and Office were "to learn first"
// though both roles list them.
void TestTruthSentences::wayInLeavesOutWhatTheOtherLists()
{
    int listed = 0;
    for (const auto &[codeA, codeB] : spreadPairs(3)) {
        const Role &from = role(codeA);
        const Role &to = role(codeB);
        QSet<QString> had;
        for (const RoleSkill &s : from.skills) {
            for (const SkillEntity &e : s.entities)
                had.insert(e.id);
        }
        const WayIn w = wayIn(to, &from);
        const WayIn alone = wayIn(to);
        QVERIFY(w.firstSkills.size() <= 5);
        for (const QString &label : w.firstSkills) {
            // A label may name two entities (Mathematics, a skill and a knowledge area): one of them new.
            const bool somethingNew
                = std::any_of(to.skills.begin(), to.skills.end(), [&](const RoleSkill &s) {
                      return s.label == label
                          && std::any_of(s.entities.begin(), s.entities.end(),
                              [&had](const SkillEntity &e) { return !had.contains(e.id); });
                  });
            QVERIFY2(somethingNew,
                qPrintable(QStringLiteral("%1 → %2: %3 is listed by both").arg(from.title, to.title, label)));
            ++listed;
        }
        // Nothing is left out that the other does not list: as many as there are, up to five.
        QVERIFY(w.firstSkills.size() == 5 || w.firstSkills.size() + w.skillsHad == to.skills.size());
        QVERIFY(alone.skillsHad == 0);
    }
    QVERIFY(listed > 100);
}

void TestTruthSentences::roadmapMonthsAreNotExperience()
{
    const Comparison c
        = Comparison::of(role(QStringLiteral("29-1141.00")), role(QStringLiteral("29-2043.00")));
    const Roadmap r = roadmap(c, true);
    QCOMPARE(r.months, c.b.learningMonths);
    QVERIFY2(r.estimateNote.contains(QLatin1String("(education and training together; any related work "
                                                   "experience it asks for comes on top)")),
        qPrintable(r.estimateNote));
    QVERIFY(!r.estimateNote.contains(QLatin1String("training and experience together")));
}

// Two seed roles: "…for X and the seed page rates no skills for Y", one clause.
void TestTruthSentences::unratedNotesJoinedInOneClause()
{
    const Comparison c = Comparison::of(role(SeedCode::MultimodalEngineer), role(SeedCode::OnDeviceEngineer));
    const Roadmap r = roadmap(c, true);
    QVERIFY2(r.carriesOver.contains(QLatin1String(" and the seed page rates no skills for ")),
        qPrintable(r.carriesOver));
    QVERIFY(!r.carriesOver.contains(QLatin1String(" and The ")));
    QVERIFY(!c.summary.contains(QLatin1String(" and The ")));
}

// Paramedics move as the survey's group of EMTs and Paramedics: said where they are the origin too.
void TestTruthSentences::surveyGroupNamedOnEitherSide()
{
    const Role &paramedics = role(QStringLiteral("29-2043.00"));
    const Role &nurses = role(QStringLiteral("29-1141.00"));
    QCOMPARE(paramedics.provenanceOf(Field::Mobility).status, ValueStatus::Estimate);
    QCOMPARE(paramedics.mobility.groups.size(), 1);
    const QString group = paramedics.mobility.groups.first().title;
    const QString from = mobility::pairSentence(paramedics, nurses);
    QVERIFY2(from.startsWith(
                 QStringLiteral("Of the people who leave Paramedics (the survey's group %1").arg(group)),
        qPrintable(from));
    const QString to = mobility::pairSentence(nurses, paramedics);
    QVERIFY2(!to.startsWith(QLatin1String("Of the people who leave Registered Nurses (")), qPrintable(to));
}

// Cardiologists' learning time is Job Zone 5's median (O*NET has no education and training ratings
// for them): it was "quicker to become qualified" than Anesthesiologists' own 164 months.
void TestTruthSentences::jobZoneMedianNeverRanked()
{
    const Role cardiologists = role(QStringLiteral("29-1212.00"));
    QVERIFY(derive::learningIsJobZoneMedian(cardiologists));
    QVERIFY(!derive::learningIsJobZoneMedian(role(QStringLiteral("29-1211.00"))));
    const Comparison c = Comparison::of(cardiologists, role(QStringLiteral("29-1211.00")));
    const Attribute &learning = attribute(Field::LearningMonths);
    QCOMPARE(learning.verdict(c.a, c.b), Verdict::Unknown);
    const GlanceMark mark = learning.glanceMark(c.a, c.b);
    QCOMPARE(mark.verdict, Verdict::Unknown);
    QCOMPARE(QString::fromLatin1(mark.word), QStringLiteral("not ranked"));
    // The window's tooltip on "not ranked" says why.
    for (const GlanceRow &row : glanceRows(c, {}, LabelLanguage::English)) {
        if (row.key == Field::LearningMonths) {
            QCOMPARE(row.verdictText, QStringLiteral("not ranked"));
            QVERIFY2(
                row.verdictNote.contains(QLatin1String("Job Zone's median")), qPrintable(row.verdictNote));
        } else if (row.verdictText != QLatin1String("cannot compare")) {
            QVERIFY2(row.verdictNote.isEmpty(), qPrintable(row.key + QLatin1Char(' ') + row.verdictNote));
        }
    }
    QVERIFY2(
        c.conclusion.join(QLatin1Char(' '))
            .contains(QLatin1String("Learning time is not ranked: O*NET has no education and training "
                                    "ratings for Cardiologists, whose figure is the median of its Job Zone "
                                    "(Cardiologists: 109 months; Anesthesiologists: 164 months")),
        qPrintable(c.conclusion.join(QLatin1Char('\n'))));
    // Over the catalogue: a Job Zone median is the quicker or the slower one only when the Job Zones
    // order the two times the same way.
    int medians = 0;
    int unranked = 0;
    for (const auto &[codeA, codeB] : spreadPairs(1)) {
        const Role a = role(codeA);
        const Role b = role(codeB);
        if (!derive::learningIsJobZoneMedian(a) && !derive::learningIsJobZoneMedian(b))
            continue;
        ++medians;
        const Comparison d = Comparison::of(a, b);
        const QString all = (d.conclusion + d.chooseAIf + d.chooseBIf).join(QLatin1Char('\n'));
        const bool ranked = all.contains(QLatin1String("Quicker to become qualified"));
        QCOMPARE(all.contains(QLatin1String("Want to be qualified sooner")), ranked);
        const bool zonesAgree = a.jobZone && b.jobZone && *a.jobZone != *b.jobZone
            && (*a.jobZone < *b.jobZone) == (*a.learningMonths < *b.learningMonths);
        QVERIFY2(!ranked || zonesAgree, qPrintable(all));
        unranked += all.contains(QLatin1String("Learning time is not ranked"));
    }
    QVERIFY2(medians > 50, qPrintable(QString::number(medians)));
    QVERIFY2(unranked > 5, qPrintable(QString::number(unranked)));
}

// Software Developers have no rated skills: Registered Nurses' psychology is not "to learn" for them
// (nothing says they lack it), it is the nurses' most important; the other way, technologies are
// compared.
void TestTruthSentences::wayInFromAnUnratedRole()
{
    const Role developers = role(QStringLiteral("15-1252.00"));
    const Role nurses = role(QStringLiteral("29-1141.00"));
    QVERIFY(!hasRatedSkills(developers));
    const QString intoNurses = html::wayIn(nurses, &developers, nurses.title, QStringLiteral("h3"));
    QVERIFY2(!intoNurses.contains(QLatin1String("coming from")), qPrintable(intoNurses));
    QVERIFY2(!intoNurses.contains(QLatin1String("to learn")), qPrintable(intoNurses));
    QVERIFY2(intoNurses.contains(
                 QLatin1String("Its most important skills (those of Software Developers are not rated):")),
        qPrintable(intoNurses));
    const QString intoDevelopers = html::wayIn(developers, &nurses, developers.title, QStringLiteral("h3"));
    // Its list can only be technologies: said so, not called skills.
    QVERIFY2(intoDevelopers.contains(QLatin1String(
                 "Technologies to learn first, coming from Registered Nurses (skills and knowledge are not "
                 "compared: they are not rated for Software Developers):")),
        qPrintable(intoDevelopers));
    QVERIFY2(!intoDevelopers.contains(QLatin1String("Skills to learn")), qPrintable(intoDevelopers));
}

// Blockchain Engineers' 50% is the plain mean of 15-1199's 22% and Computer Operators' 78%: against
// Information Security Analysts' 21% one figure is about the same and the other far higher, so
// neither is "lower". Over the catalogue: a mean is ranked only when all its figures rank it alike.
void TestTruthSentences::aiRiskMeanRankedOnlyWhenItsFiguresAgree()
{
    const Role blockchain = role(QStringLiteral("15-1299.07"));
    const Role security = role(QStringLiteral("15-1212.00"));
    QCOMPARE(derive::aiRiskFigures(blockchain), (std::vector<double> { 22, 78 }));
    QVERIFY(derive::aiRiskFigures(security).empty());
    const Comparison c = Comparison::of(blockchain, security);
    const QString all = (c.conclusion + c.chooseAIf + c.chooseBIf).join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QLatin1String("Lower AI replacement risk")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("lower exposure to automation")), qPrintable(all));
    QVERIFY2(all.contains(
                 QLatin1String("AI replacement risk is not ranked: the figure of Blockchain Engineers (50%) "
                               "is the plain mean of Frey & Osborne's 22% and 78%")),
        qPrintable(all));
    QCOMPARE(attribute(Field::AiRisk).glanceMark(blockchain, security).verdict, Verdict::Unknown);
    // Two roles averaged from the same figures have the same risk (a tie of two estimates, of which
    // the conclusion says nothing); a role against itself too.
    const Role sibling = role(QStringLiteral("15-1299.08"));
    QCOMPARE(attribute(Field::AiRisk).verdict(blockchain, sibling), Verdict::Equal);
    QCOMPARE(attribute(Field::AiRisk).verdict(blockchain, blockchain), Verdict::Equal);
    const QString siblings = Comparison::of(blockchain, sibling).conclusion.join(QLatin1Char('\n'));
    QVERIFY2(!siblings.contains(QLatin1String("AI replacement risk")), qPrintable(siblings));

    int means = 0;
    int unranked = 0;
    for (const RoleSummary &summary : std::as_const(m_all)) {
        const Role a = role(summary.code);
        const std::vector<double> figures = derive::aiRiskFigures(a);
        if (figures.empty())
            continue;
        ++means;
        for (int i = 0; i < m_all.size(); i += 9) {
            const Role b = role(m_all[i].code);
            if (!b.aiRiskPercent || !a.aiRiskPercent)
                continue;
            const Verdict v = attribute(Field::AiRisk).verdict(a, b);
            std::vector<double> other = derive::aiRiskFigures(b);
            if (other.empty())
                other = { *b.aiRiskPercent };
            // Ranked: every figure of the one lies on the same side of every figure of the other, by
            // more than the 5 points of "about the same".
            if (v == Verdict::ABetter || v == Verdict::BBetter) {
                for (const double x : figures)
                    for (const double y : other)
                        QVERIFY2(
                            std::abs(x - y) > derive::RiskClosePoints && (x < y) == (v == Verdict::ABetter),
                            qPrintable(a.code + QLatin1Char(' ') + b.code));
            }
            unranked += v == Verdict::Unknown;
        }
    }
    QVERIFY2(means >= 30, qPrintable(QString::number(means)));
    QVERIFY2(unranked > 20, qPrintable(QString::number(unranked)));
}

// "Enjoy writing and debugging code" on an estimate (an unrated role's technology list) says so.
void TestTruthSentences::codingEstimateSaidInTheBullet()
{
    int estimated = 0;
    for (const auto &[codeA, codeB] : spreadPairs(2)) {
        const Role a = role(codeA);
        const Role b = role(codeB);
        const Comparison c = Comparison::of(a, b);
        for (const QString &bullet : c.chooseAIf + c.chooseBIf) {
            if (!bullet.startsWith(QLatin1String("Enjoy writing and debugging code"))
                && !bullet.startsWith(QLatin1String("Would rather not write code")))
                continue;
            const bool estimate = a.isEstimate(Field::RequiresCoding) || b.isEstimate(Field::RequiresCoding);
            QCOMPARE(bullet.contains(QLatin1String("estimated")), estimate);
            estimated += estimate;
        }
    }
    QVERIFY2(estimated > 0, "no pair with an estimated coding answer was seen");
}

// A role the survey counts as a mix of groups (Blockchain Engineers: Miscellaneous Computer
// Occupations and Computer Operators) is named with them, as a role inside one larger group is.
void TestTruthSentences::surveyGroupsMixNamed()
{
    const Role blockchain = role(QStringLiteral("15-1299.07"));
    const Role security = role(QStringLiteral("15-1212.00"));
    QVERIFY(blockchain.mobility.groups.size() > 1);
    for (const QString &sentence :
        { mobility::pairSentence(blockchain, security), mobility::pairSentence(security, blockchain) }) {
        QVERIFY2(sentence.contains(
                     QLatin1String("Blockchain Engineers (the survey's groups Miscellaneous Computer "
                                   "Occupations and Computer Operators, weighted by their employment)")),
            qPrintable(sentence));
    }
}

// The way in marks a broader group's entry education and a Job Zone's median time as estimates.
void TestTruthSentences::wayInMarksEstimates()
{
    const Role blockchain = role(QStringLiteral("15-1299.07"));
    QVERIFY(blockchain.isEstimate(Field::TypicalEducation));
    QVERIFY(derive::learningIsJobZoneMedian(blockchain));
    const QString html = html::wayIn(blockchain, nullptr, blockchain.title, QStringLiteral("h3"));
    QVERIFY2(html.contains(QLatin1String("Typical entry education: Bachelor's degree *")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("Time to become qualified: 66 months *")), qPrintable(html));
    const Role nurses = role(QStringLiteral("29-1141.00"));
    QVERIFY(!nurses.isEstimate(Field::TypicalEducation));
    const QString intoNurses = html::wayIn(nurses, nullptr, nurses.title, QStringLiteral("h3"));
    QVERIFY2(intoNurses.contains(QLatin1String("Typical entry education: Bachelor's degree<")),
        qPrintable(intoNurses));
}

// The count of items listed in common names what it counts. With a role's skills unrated only
// technologies are counted (School Bus Monitors against Childcare Workers: 1 of 11, every one a
// technology), and the sentence said "skills, knowledge areas and technologies". Over the catalogue:
// "technologies" exactly when every item counted is a technology.
void TestTruthSentences::countNamesWhatItCounts()
{
    const Comparison monitors
        = Comparison::of(role(QStringLiteral("33-9094.00")), role(QStringLiteral("39-9011.00")));
    QVERIFY2(monitors.summary.contains(QLatin1String("They list 1 of 11 technologies in common.")),
        qPrintable(monitors.summary));
    int technologiesOnly = 0;
    int withSkills = 0;
    for (const auto &[a, b] : spreadPairs(2)) {
        const Comparison c = Comparison::of(role(a), role(b));
        if (!c.skills.similarityPercent)
            continue; // no count sentence
        bool allTechnologies = true;
        for (const auto *entries : { &c.skills.onlyA, &c.skills.shared, &c.skills.onlyB }) {
            for (const OverlapEntry &entry : *entries)
                allTechnologies = allTechnologies && entry.entity.kind == SkillKind::Technology;
        }
        const bool saysSkills
            = c.summary.contains(QLatin1String("skills, knowledge areas and technologies in common"))
            || c.summary.contains(QLatin1String("no skill, knowledge area or technology in common"));
        const bool saysTechnologies
            = (c.summary.contains(QLatin1String(" technologies in common.")) && !saysSkills)
            || c.summary.contains(QLatin1String("They list no technology in common."));
        QVERIFY2(saysTechnologies != saysSkills, qPrintable(c.summary));
        QVERIFY2(saysTechnologies == allTechnologies,
            qPrintable(a + QLatin1Char(' ') + b + QLatin1Char('\n') + c.summary));
        (allTechnologies ? technologiesOnly : withSkills)++;
    }
    QVERIFY(technologiesOnly > 5);
    QVERIFY(withSkills > 100);
}

QTEST_GUILESS_MAIN(TestTruthSentences)
#include "tst_truthsentences.moc"
