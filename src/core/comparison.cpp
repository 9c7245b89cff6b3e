// SPDX-License-Identifier: MIT
#include "comparison.h"

#include "attributes.h"
#include "derivations.h"
#include "formatting.h"
#include "onetvocabulary.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>
#include <cmath>

namespace cc
{

namespace
{

// Higher is better when `higherIsBetter`, else lower is.
template <typename T> Verdict order(const std::optional<T> &a, const std::optional<T> &b, bool higherIsBetter)
{
    if (!a || !b)
        return Verdict::Unknown;
    if (*a == *b)
        return Verdict::Equal;
    const bool aHigher = *a > *b;
    return aHigher == higherIsBetter ? Verdict::ABetter : Verdict::BBetter;
}

std::optional<double> rounded(const std::optional<double> &v)
{
    if (!v)
        return std::nullopt;
    return format::roundToTenth(*v);
}

template <typename Enum> std::optional<int> rank(const std::optional<Enum> &v)
{
    if (!v)
        return std::nullopt;
    return int(*v);
}

// Why a value is missing, as it stands inside the brackets the sentences quote it in.
QString missingReason(const Role &role, const QString &field)
{
    const Provenance p = role.provenanceOf(field);
    return p.note.isEmpty() ? QCoreApplication::translate("Sentences", "no source gives it")
                            : format::aside(p.text());
}

// "not available for X (reason)" / "not available for either role"
// What the similarity figure rests on, in the words of the sentence: the groups both roles have
// ("tools" for technologies, their classes and tools; the Job Zone, always there, goes unnamed).
// Two seed roles are compared on their topics and technologies alone: "tools", not every group.
QString similarityGroupWords(const SimilarityResult &result)
{
    using G = SimilarityGroup;
    struct Named {
        std::initializer_list<G> groups;
        const char *word;
    };
    static const Named named[] = { { { G::WorkActivities }, QT_TRANSLATE_NOOP("Sentences", "activities") },
        { { G::Knowledge }, QT_TRANSLATE_NOOP("Sentences", "knowledge") },
        { { G::Skills }, QT_TRANSLATE_NOOP("Sentences", "skills") },
        { { G::Technologies, G::TechnologyClasses, G::Tools }, QT_TRANSLATE_NOOP("Sentences", "tools") },
        { { G::Interests }, QT_TRANSLATE_NOOP("Sentences", "interests") },
        { { G::WorkStyles }, QT_TRANSLATE_NOOP("Sentences", "work styles") },
        { { G::JobZone }, QT_TRANSLATE_NOOP("Sentences", "Job Zone") } };
    QStringList words;
    for (const Named &n : named) {
        const bool compared = std::any_of(n.groups.begin(), n.groups.end(),
            [&result](G g) { return result.groupScores[std::size_t(g)].has_value(); });
        if (compared && (n.groups.begin()[0] != G::JobZone || words.isEmpty()))
            words << QCoreApplication::translate("Sentences", n.word);
    }
    return words.join(QStringLiteral(", "));
}

QString unavailable(const Role &a, bool aMissing, const Role &b, bool bMissing, const QString &field)
{
    if (aMissing && bMissing) {
        const QString ra = missingReason(a, field);
        const QString rb = missingReason(b, field);
        if (ra == rb)
            return QCoreApplication::translate("Sentences", "not available for either role (%1)").arg(ra);
        return QCoreApplication::translate("Sentences", "not available for either role (%1: %2; %3: %4)")
            .arg(a.title, ra, b.title, rb);
    }
    const Role &r = aMissing ? a : b;
    return QCoreApplication::translate("Sentences", "not available for %1 (%2)")
        .arg(r.title, missingReason(r, field));
}

QString interestActivity(Interest interest)
{
    switch (interest) {
    case Interest::Realistic:
        return QCoreApplication::translate(
            "Sentences", "hands-on work with tools, machines, materials or living things");
    case Interest::Investigative:
        return QCoreApplication::translate(
            "Sentences", "researching, analysing and solving problems with ideas");
    case Interest::Artistic:
        return QCoreApplication::translate("Sentences", "creating, designing and expressing yourself");
    case Interest::Social:
        return QCoreApplication::translate("Sentences", "helping, teaching and caring for people");
    case Interest::Enterprising:
        return QCoreApplication::translate("Sentences", "leading, persuading and taking business risks");
    case Interest::Conventional:
        return QCoreApplication::translate(
            "Sentences", "orderly work with data, records and clear procedures");
    }
    return QString();
}

class TextBuilder
{
public:
    TextBuilder(const Role &a, const Role &b, const SkillOverlap &skills)
        : m_a(a)
        , m_b(b)
        , m_skills(skills)
    {
    }

    QString summary() const;
    QStringList conclusion() const;
    QStringList chooseIf(bool forA) const;

private:
    const Role &winner(Verdict v) const { return v == Verdict::ABetter ? m_a : m_b; }
    const Role &loser(Verdict v) const { return v == Verdict::ABetter ? m_b : m_a; }
    // A figure reached through a related code says so where a sentence quotes it: "…; estimated for X".
    // "both estimated", "estimated for X", or "" when neither figure is an estimate.
    QString estimateNote(const QString &field) const
    {
        const bool a = m_a.isEstimate(field);
        const bool b = m_b.isEstimate(field);
        if (a && b)
            return QCoreApplication::translate("Sentences", "both estimated");
        if (a || b)
            return QCoreApplication::translate("Sentences", "estimated for %1").arg((a ? m_a : m_b).title);
        return QString();
    }
    // The note as the templates' last argument: "; both estimated", or "".
    QString tieEst(const QString &field) const
    {
        const QString note = estimateNote(field);
        return note.isEmpty() ? note : QStringLiteral("; ") + note;
    }

    QString salarySentence() const;
    QString sentence(const Attribute &attribute) const;
    QString pageSentence(const Attribute &attribute) const;
    QString salaryPart(const Role &role, bool withKind) const;
    static QString salaryKind(const Role &role);
    QString skillsSentence() const;

    const Role &m_a;
    const Role &m_b;
    const SkillOverlap &m_skills;
};

// What a role's salary range is: BLS's 10th to 90th percentile, or the seed page's plain range.
QString TextBuilder::salaryKind(const Role &role)
{
    if (role.isPageFigure(Field::Salary))
        return QCoreApplication::translate("Sentences", "the seed web page's range");
    return role.isEstimate(Field::Salary)
        ? QCoreApplication::translate("Sentences", "10th to 90th percentile, estimated")
        : QCoreApplication::translate("Sentences", "10th to 90th percentile");
}

QString TextBuilder::salaryPart(const Role &role, bool withKind) const
{
    const QString range = format::salaryRange(role.salary);
    return withKind ? QCoreApplication::translate("Sentences", "%1: %2 a year (%3)")
                          .arg(role.title, range, salaryKind(role))
                    : QCoreApplication::translate("Sentences", "%1: %2 a year").arg(role.title, range);
}

QString TextBuilder::salarySentence() const
{
    const QString ra = format::salaryRange(m_a.salary);
    const QString rb = format::salaryRange(m_b.salary);
    if (!ra.isEmpty() && !rb.isEmpty()) {
        if (salaryKind(m_a) == salaryKind(m_b))
            return QStringLiteral("%1; %2: %3 (%4).")
                .arg(salaryPart(m_a, false), m_b.title, rb, salaryKind(m_b));
        return QStringLiteral("%1; %2.").arg(salaryPart(m_a, true), salaryPart(m_b, true));
    }
    if (ra.isEmpty() && rb.isEmpty())
        return QCoreApplication::translate("Sentences", "Salary ranges are %1.")
            .arg(unavailable(m_a, true, m_b, true, Field::Salary));
    const Role &known = ra.isEmpty() ? m_b : m_a;
    const Role &unknown = ra.isEmpty() ? m_a : m_b;
    return QCoreApplication::translate("Sentences", "%1; the salary range of %2 is not available (%3).")
        .arg(salaryPart(known, true), unknown.title, missingReason(unknown, Field::Salary));
}

// A page figure next to a statistic: both shown, neither ranked, and why. An estimated statistic
// says how it was estimated (its provenance note) after its source: "66 months comes from O*NET's
// education and training ratings (estimated)" read as the occupation's own ratings, for one O*NET
// has none for.
QString TextBuilder::pageSentence(const Attribute &at) const
{
    const Role &page = m_a.isPageFigure(at.field) ? m_a : m_b;
    const Role &official = m_a.isPageFigure(at.field) ? m_b : m_a;
    QString how
        = official.isEstimate(at.field) ? official.provenanceOf(at.field).text().trimmed() : QString();
    while (how.endsWith(QLatin1Char('.')))
        how.chop(1);
    // A category is a judgement, not a measurement: the same word from two sources is not the same.
    const char *templ = nullptr;
    if (!how.isEmpty())
        templ = at.isCategory()
            ? QT_TRANSLATE_NOOP("Sentences",
                "%1 cannot be compared: %2 for %3 is the seed web page's own rating, which does not say "
                "what it rests on, while %4 for %5 is an estimate from %6: %7.")
            : QT_TRANSLATE_NOOP("Sentences",
                "%1 cannot be ranked: %2 for %3 comes from the seed web page, which does not say how "
                "it was measured, while %4 for %5 is an estimate from %6: %7.");
    else
        templ = at.isCategory()
            ? QT_TRANSLATE_NOOP("Sentences",
                "%1 cannot be compared: %2 for %3 is the seed web page's own rating, which does not say "
                "what it rests on, while %4 for %5 comes from %6%7.")
            : QT_TRANSLATE_NOOP("Sentences",
                "%1 cannot be ranked: %2 for %3 comes from the seed web page, which does not say how "
                "it was measured, while %4 for %5 comes from %6%7.");
    const QString noun = QCoreApplication::translate("Sentences", at.noun);
    const QString source = official.provenanceOf(at.field).sourceId == SourceId::User
        ? QCoreApplication::translate("Sentences", "what you entered")
        : QCoreApplication::translate("Sentences", at.source);
    QString text = QCoreApplication::translate("Sentences", templ)
                       .arg(noun, at.text(page), page.title, at.text(official), official.title, source,
                           !how.isEmpty() ? how
                               : official.isEstimate(at.field)
                               ? QCoreApplication::translate("Sentences", " (estimated)")
                               : QString());
    text[0] = text[0].toUpper();
    return text;
}

// The conclusion's sentence on one attribute, from the table's templates: the better one named, a tie
// said to be a tie, a missing value said to be missing with its reason, an estimate said to be one.
// Empty when there is nothing true to say: a tie between two estimates (usually one broader group's
// figure given to both) says nothing about the two roles.
QString TextBuilder::sentence(const Attribute &at) const
{
    if (at.pageAgainstStatistic(m_a, m_b))
        return pageSentence(at);
    const Verdict v = at.verdict(m_a, m_b);
    const bool bothEstimated = m_a.isEstimate(at.field) && m_b.isEstimate(at.field);
    if (v == Verdict::Equal && bothEstimated)
        return QString();
    if (at.specialSentence) {
        if (const auto special = at.specialSentence(m_a, m_b, v)) {
            const QString note = estimateNote(at.field);
            if (note.isEmpty())
                return *special;
            // Inside the sentence's own closing bracket when it ends with one: "(…; estimated for X)."
            if (special->endsWith(QLatin1String(").")))
                return special->chopped(2) + QStringLiteral("; %1).").arg(note);
            return special->chopped(1) + QStringLiteral(" (%1).").arg(note);
        }
    }
    switch (v) {
    case Verdict::Equal:
        if (bothEstimated)
            return QString();
        // Two figures that differ but are about the same (Attribute::closeness): both are quoted.
        if (at.text(m_a) != at.text(m_b) && at.sentences.aboutSame)
            return QCoreApplication::translate("Sentences", at.sentences.aboutSame)
                .arg(m_a.title, at.text(m_a), m_b.title, at.text(m_b), tieEst(at.field));
        return QCoreApplication::translate("Sentences", at.sentences.equal)
            .arg(at.text(m_a), tieEst(at.field));
    case Verdict::Unknown:
        return QCoreApplication::translate("Sentences", at.sentences.unknown)
            .arg(unavailable(m_a, at.text(m_a).isEmpty(), m_b, at.text(m_b).isEmpty(), at.field));
    default:
        return QCoreApplication::translate("Sentences", at.sentences.better)
            .arg(winner(v).title, at.text(winner(v)), at.text(loser(v)), tieEst(at.field));
    }
}

QString TextBuilder::skillsSentence() const
{
    const int shared = int(m_skills.shared.size());
    if (!m_skills.similarityPercent)
        return QCoreApplication::translate("Sentences", "Their skills cannot be compared: %1.")
            .arg(similarityMissingReason(m_a, m_b));
    const QString wording = transitionWording(shared, m_skills.similarityPercent);
    // The similarity weighs work activities, knowledge, skills and tools; the count is of listed items.
    // Two sentences, so that the figure does not read as the count's ratio. With skills and knowledge
    // not compared (a role unrated) the count is of technologies alone, and says so.
    bool onlyTechnologies = !m_skills.skillsCompared();
    for (const auto *entries : { &m_skills.onlyA, &m_skills.shared, &m_skills.onlyB }) {
        for (const OverlapEntry &entry : *entries)
            onlyTechnologies = onlyTechnologies && entry.entity.kind == SkillKind::Technology;
    }
    QString count;
    if (onlyTechnologies && shared == 0)
        count = QCoreApplication::translate("Sentences", "They list no technology in common.");
    else if (onlyTechnologies)
        count = QCoreApplication::translate("Sentences", "They list %1 of %2 technologies in common.");
    else if (shared == 0)
        count = QCoreApplication::translate(
            "Sentences", "They list no skill, knowledge area or technology in common.");
    else
        count = QCoreApplication::translate(
            "Sentences", "They list %1 of %2 skills, knowledge areas and technologies in common.");
    if (shared > 0)
        count = count.arg(shared).arg(m_skills.unionCount());
    QString sentence = QCoreApplication::translate("Sentences", "Similarity of the work (%1): %2, so %3. %4")
                           .arg(similarityGroupWords(m_skills.similarity),
                               format::percent(std::round(*m_skills.similarityPercent)), wording, count);
    const QStringList unrated = unratedSkillsNotes(m_skills, m_a, m_b);
    if (unrated.size() == 2 && m_a.origin == RoleOrigin::Onet && m_b.origin == RoleOrigin::Onet)
        sentence += QCoreApplication::translate("Sentences",
            " O*NET has not rated skills for either role, so skills and knowledge are not "
            "compared.");
    else if (!unrated.isEmpty())
        sentence += QCoreApplication::translate("Sentences", " %1, so skills and knowledge are not compared.")
                        .arg(joinedUnratedSkillsNotes(m_skills, m_a, m_b));
    return sentence;
}

QString TextBuilder::summary() const
{
    QStringList sentences { salarySentence() };
    for (const QString &key : summaryOrder())
        sentences << sentence(attribute(key));
    sentences << skillsSentence();
    sentences.removeAll(QString());
    return sentences.join(QLatin1Char(' '));
}

QStringList TextBuilder::conclusion() const
{
    QStringList sentences;
    for (const QString &key : conclusionOrder())
        sentences << sentence(attribute(key));
    sentences.removeAll(QString());
    return sentences;
}

QStringList TextBuilder::chooseIf(bool forA) const
{
    const Verdict mine = forA ? Verdict::ABetter : Verdict::BBetter;
    const Role &self = forA ? m_a : m_b;
    const Role &other = forA ? m_b : m_a;
    QStringList bullets;

    if (self.requiresCoding && other.requiresCoding && *self.requiresCoding != *other.requiresCoding
        && !attribute(Field::RequiresCoding).pageAgainstStatistic(self, other)) {
        // A rule applied to an unrated role's technology list is an estimate, and said to be one.
        const QString note = estimateNote(Field::RequiresCoding);
        QString bullet = *self.requiresCoding
            ? QCoreApplication::translate("Sentences", "Enjoy writing and debugging code")
            : QCoreApplication::translate("Sentences", "Would rather not write code for a living");
        bullets << (note.isEmpty() ? bullet : bullet + QStringLiteral(" (%1)").arg(note));
    }

    // Interests: areas where this role rates at least moderately (3.5 of 7) and clearly above the other.
    struct Lead {
        Interest interest;
        double self;
        double other;
    };
    QVector<Lead> leads;
    for (int i = 0; i < InterestCount; ++i) {
        const auto s = self.interests[std::size_t(i)];
        const auto o = other.interests[std::size_t(i)];
        if (s && o && *s >= 3.5 && *s - *o >= 0.5)
            leads.append(Lead { Interest(i), *s, *o });
    }
    std::sort(leads.begin(), leads.end(), [](const Lead &l, const Lead &r) {
        return (l.self - l.other) != (r.self - r.other) ? (l.self - l.other) > (r.self - r.other)
                                                        : int(l.interest) < int(r.interest);
    });
    for (int i = 0; i < std::min<int>(2, int(leads.size())); ++i) {
        const Lead &l = leads[i];
        bullets << QCoreApplication::translate("Sentences", "Enjoy %1 (%2 interest %3 against %4 of 7)")
                       .arg(interestActivity(l.interest), onetTerm(interestName(l.interest)),
                           format::oneDecimal(l.self), format::oneDecimal(l.other));
    }

    for (const QString &key : chooseIfOrder()) {
        const Attribute &at = attribute(key);
        if (at.verdict(m_a, m_b) != mine)
            continue;
        const bool page = at.sentences.pageChooseIf && self.isPageFigure(at.field);
        const QString bullet = QCoreApplication::translate(
            "Sentences", page ? at.sentences.pageChooseIf : at.sentences.chooseIf);
        QString text = bullet.contains(QLatin1String("%2")) ? bullet.arg(at.text(self), at.text(other))
                                                            : bullet.arg(at.text(self));
        // Inside its figures, a bullet adds the row's caveat ("related work experience still expected:
        // …") and says when it rests on an estimate: "(5.5/10; estimated for X)".
        QStringList extras;
        if (at.chooseIfCaveat)
            extras << at.chooseIfCaveat(self, other);
        extras << estimateNote(at.field);
        extras.removeAll(QString());
        if (!extras.isEmpty())
            text = text.chopped(1) + QStringLiteral("; ") + extras.join(QStringLiteral("; "))
                + QLatin1Char(')');
        bullets << text;
    }

    if (bullets.isEmpty()) {
        // "None of the figures favours X" only when no mark of the glance table favours it either.
        QStringList marked;
        for (const Attribute &at : attributes()) {
            const GlanceMark mark = at.glanceMark(m_a, m_b);
            if (at.judged() && mark.judged && mark.verdict == mine)
                marked << QCoreApplication::translate("Sentences", at.noun);
        }
        bullets << (marked.isEmpty()
                ? QCoreApplication::translate(
                    "Sentences", "Are drawn to the work itself: none of the figures compared here favours %1")
                      .arg(self.title)
                : QCoreApplication::translate("Sentences",
                    "Are drawn to the work itself: of the figures compared here, %1 leads only on %2")
                      .arg(self.title, marked.join(QCoreApplication::translate("Sentences", " and "))));
    }
    return bullets;
}

QStringList sourcesOf(const Role &a, const Role &b)
{
    QSet<QString> ids;
    for (const Role *r : { &a, &b }) {
        for (const Provenance &p : r->provenance) {
            if (!p.sourceId.isEmpty() && p.status != ValueStatus::Missing)
                ids.insert(p.sourceId);
        }
    }
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

} // namespace

Verdict compareSalaryCeiling(const Role &a, const Role &b)
{
    const Wage &x = a.salary.high;
    const Wage &y = b.salary.high;
    if (x.topCoded && y.topCoded)
        return Verdict::Unknown; // both "this much or more"
    return order(x.amount, y.amount, true);
}

Verdict compareMedianSalary(const Role &a, const Role &b)
{
    const Wage &x = a.salary.median;
    const Wage &y = b.salary.median;
    if (x.topCoded && y.topCoded)
        return Verdict::Unknown;
    return order(x.amount, y.amount, true);
}

Verdict compareDemand(const Role &a, const Role &b)
{
    return order(rounded(a.demandScore), rounded(b.demandScore), true);
}
// A plain mean of different figures ranks only when those figures would rank it the same way.
Verdict compareAiRisk(const Role &a, const Role &b)
{
    const Verdict v = order(rounded(a.aiRiskPercent), rounded(b.aiRiskPercent), false);
    if (v != Verdict::Unknown && derive::aiRisksUnranked(a, b))
        return Verdict::Unknown;
    return v;
}
// A Job Zone's median is a figure of the group, not of the role: two times are not ranked when either
// is one and the Job Zones do not order them (Cardiologists' 109 months, Job Zone 5's median, is no
// sign that cardiology is quicker to enter than anaesthesiology's 164, also Job Zone 5), nor called the
// same when one median equals the other role's own time. Two equal medians stay equal, unsaid.
Verdict compareLearning(const Role &a, const Role &b)
{
    const Verdict v = order(a.learningMonths, b.learningMonths, false);
    if (v != Verdict::Unknown && derive::learningTimesUnranked(a, b))
        return Verdict::Unknown;
    return v;
}
Verdict compareEntryBarrier(const Role &a, const Role &b)
{
    return order(rank(a.entryBarrier), rank(b.entryBarrier), false);
}
Verdict compareDifficulty(const Role &a, const Role &b)
{
    return order(rank(a.difficulty), rank(b.difficulty), false);
}
Verdict compareRemote(const Role &a, const Role &b)
{
    if (!a.remoteFriendly || !b.remoteFriendly)
        return Verdict::Unknown;
    // Where both shares are known, they decide, in whole points as shown; shares within
    // derive::RemoteEqualPoints are a tie in Attribute::verdict(), as every near-tie is.
    if (a.teleworkShare && b.teleworkShare)
        return order(std::optional<double>(std::round(*a.teleworkShare * 100.0)),
            std::optional<double>(std::round(*b.teleworkShare * 100.0)), true);
    return order(rank(a.remoteFriendly), rank(b.remoteFriendly), true);
}

// Bands on the similarity scale (docs/DATA.md): 40 % and more holds 26 % of O*NET's closest related
// occupations and 0.4 % of random pairs; 20–40 % holds 56 % and 3.6 %; below 20 % holds 96 % of random
// pairs, but also most real job moves (into sales, management, driving): the bands say how much of the
// work's content carries over, not how likely or easy a move is.
QString transitionWording(int sharedCount, std::optional<double> similarityPercent)
{
    Q_UNUSED(sharedCount)
    if (!similarityPercent)
        return QCoreApplication::translate(
            "Sentences", "one of them has no skills, work activities or technologies in the sources");
    const double s = std::round(*similarityPercent);
    if (s >= 40)
        return QCoreApplication::translate("Sentences", "much of the content of the work carries over");
    if (s >= 20)
        return QCoreApplication::translate("Sentences", "some of the content of the work carries over");
    return QCoreApplication::translate("Sentences", "little of the content of the work carries over");
}

QString similarityMissingReason(const Role &a, const Role &b)
{
    for (const Role *role : { &a, &b }) {
        if (role->similarity.unreadable)
            return QCoreApplication::translate("Sentences",
                "the catalogue's similarity figures for %1 cannot be read (they are not numbers in range)")
                .arg(role->title);
    }
    return transitionWording(0, std::nullopt);
}

Comparison Comparison::of(const Role &a, const Role &b)
{
    Comparison c;
    c.a = a;
    c.b = b;
    c.skills = compareSkills(a, b);
    const TextBuilder text(c.a, c.b, c.skills);
    c.summary = text.summary();
    c.conclusion = text.conclusion();
    c.chooseAIf = text.chooseIf(true);
    c.chooseBIf = text.chooseIf(false);
    c.sourceIds = sourcesOf(a, b);
    return c;
}

} // namespace cc
