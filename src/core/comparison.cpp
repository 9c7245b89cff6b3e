// SPDX-License-Identifier: MIT
#include "comparison.h"

#include "formatting.h"

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

QString missingReason(const Role &role, const QString &field)
{
    const Provenance p = role.provenanceOf(field);
    return p.note.isEmpty() ? QStringLiteral("no source gives it") : p.note;
}

// "not available for X (reason)" / "not available for either role"
QString unavailable(const Role &a, bool aMissing, const Role &b, bool bMissing, const QString &field)
{
    if (aMissing && bMissing) {
        const QString ra = missingReason(a, field);
        const QString rb = missingReason(b, field);
        if (ra == rb)
            return QStringLiteral("not available for either role (%1)").arg(ra);
        return QStringLiteral("not available for either role (%1: %2; %3: %4)").arg(a.title, ra, b.title, rb);
    }
    const Role &r = aMissing ? a : b;
    return QStringLiteral("not available for %1 (%2)").arg(r.title, missingReason(r, field));
}

QString money(const Wage &w)
{
    return format::wage(w);
}

QString interestActivity(Interest interest)
{
    switch (interest) {
    case Interest::Realistic:
        return QStringLiteral("hands-on work with tools, machines, materials or living things");
    case Interest::Investigative:
        return QStringLiteral("researching, analysing and solving problems with ideas");
    case Interest::Artistic:
        return QStringLiteral("creating, designing and expressing yourself");
    case Interest::Social:
        return QStringLiteral("helping, teaching and caring for people");
    case Interest::Enterprising:
        return QStringLiteral("leading, persuading and taking business risks");
    case Interest::Conventional:
        return QStringLiteral("orderly work with data, records and clear procedures");
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
    static QString est(const Role &r, const QString &field)
    {
        return r.provenanceOf(field).status == ValueStatus::Estimate ? QStringLiteral(" (estimated)")
                                                                     : QString();
    }
    QString tieEst(const QString &field) const
    {
        const bool a = !est(m_a, field).isEmpty();
        const bool b = !est(m_b, field).isEmpty();
        if (a && b)
            return QStringLiteral("; both estimated");
        if (a || b)
            return QStringLiteral("; estimated for %1").arg((a ? m_a : m_b).title);
        return QString();
    }

    QString salarySentence() const;
    QString ceilingSentence() const;
    QString medianSentence() const;
    QString riskSentence() const;
    QString demandSentence() const;
    QString learningSentence() const;
    QString barrierSentence() const;
    QString remoteSentence() const;
    QString skillsSentence() const;

    const Role &m_a;
    const Role &m_b;
    const SkillOverlap &m_skills;
};

QString TextBuilder::salarySentence() const
{
    const QString ra = format::salaryRange(m_a.salary);
    const QString rb = format::salaryRange(m_b.salary);
    if (!ra.isEmpty() && !rb.isEmpty())
        return QStringLiteral("%1: %2 a year; %3: %4 (10th to 90th percentile).")
            .arg(m_a.title, ra, m_b.title, rb);
    if (ra.isEmpty() && rb.isEmpty())
        return QStringLiteral("Salary ranges are %1.").arg(unavailable(m_a, true, m_b, true, Field::Salary));
    const Role &known = ra.isEmpty() ? m_b : m_a;
    const Role &unknown = ra.isEmpty() ? m_a : m_b;
    return QStringLiteral(
        "%1: %2 a year (10th to 90th percentile); the salary range of %3 is not available (%4).")
        .arg(known.title, ra.isEmpty() ? rb : ra, unknown.title, missingReason(unknown, Field::Salary));
}

QString TextBuilder::riskSentence() const
{
    const Verdict v = compareAiRisk(m_a, m_b);
    switch (v) {
    case Verdict::Equal:
        return QStringLiteral("Both have the same AI replacement risk (%1%2).")
            .arg(format::percent(*m_a.aiRiskPercent), tieEst(Field::AiRisk));
    case Verdict::Unknown:
        return QStringLiteral("AI replacement risk cannot be compared: it is %1.")
            .arg(unavailable(m_a, !m_a.aiRiskPercent, m_b, !m_b.aiRiskPercent, Field::AiRisk));
    default:
        return QStringLiteral("Lower AI replacement risk: %1 (%2 against %3%4).")
            .arg(winner(v).title, format::percent(*winner(v).aiRiskPercent),
                format::percent(*loser(v).aiRiskPercent), tieEst(Field::AiRisk));
    }
}

QString TextBuilder::demandSentence() const
{
    const Verdict v = compareDemand(m_a, m_b);
    switch (v) {
    case Verdict::Equal:
        return QStringLiteral("Both have the same demand score (%1%2).")
            .arg(format::score(*m_a.demandScore), tieEst(Field::DemandScore));
    case Verdict::Unknown:
        return QStringLiteral("Demand cannot be compared: it is %1.")
            .arg(unavailable(m_a, !m_a.demandScore, m_b, !m_b.demandScore, Field::DemandScore));
    default:
        return QStringLiteral("Higher future demand: %1 (%2 against %3%4).")
            .arg(winner(v).title, format::score(*winner(v).demandScore), format::score(*loser(v).demandScore),
                tieEst(Field::DemandScore));
    }
}

QString TextBuilder::skillsSentence() const
{
    const int shared = int(m_skills.shared.size());
    const QString wording = transitionWording(shared, m_skills.similarityPercent);
    if (!m_skills.similarityPercent)
        return QStringLiteral("Their skills cannot be compared: %1.").arg(wording);
    const QString count = shared == 0 ? QStringLiteral("They share no skills")
        : shared == 1                 ? QStringLiteral("They share 1 of %1 skills").arg(m_skills.unionCount())
                      : QStringLiteral("They share %1 of %2 skills").arg(shared).arg(m_skills.unionCount());
    return QStringLiteral("%1 (similarity %2), so %3.")
        .arg(count, format::percent(std::round(*m_skills.similarityPercent)), wording);
}

QString TextBuilder::summary() const
{
    return QStringList { salarySentence(), riskSentence(), demandSentence(), skillsSentence() }.join(
        QLatin1Char(' '));
}

QString TextBuilder::ceilingSentence() const
{
    const Verdict v = compareSalaryCeiling(m_a, m_b);
    const Wage &ha = m_a.salary.high;
    const Wage &hb = m_b.salary.high;
    if (v == Verdict::Unknown) {
        if (ha.topCoded && hb.topCoded)
            return QStringLiteral("Both salary ceilings are at or above %1, the highest figure BLS "
                                  "publishes, so neither can be called higher.")
                .arg(money(ha).chopped(1));
        return QStringLiteral("Salary ceilings cannot be compared: the 90th percentile is %1.")
            .arg(unavailable(m_a, !ha.isKnown(), m_b, !hb.isKnown(), Field::Salary));
    }
    if (v == Verdict::Equal)
        return QStringLiteral("Both have the same salary ceiling (%1 a year at the 90th percentile%2).")
            .arg(money(ha), tieEst(Field::Salary));
    return QStringLiteral("Higher salary ceiling: %1 (%2 against %3 a year at the 90th percentile%4).")
        .arg(winner(v).title, money(winner(v).salary.high), money(loser(v).salary.high),
            tieEst(Field::Salary));
}

QString TextBuilder::medianSentence() const
{
    const Verdict v = compareMedianSalary(m_a, m_b);
    const Wage &ma = m_a.salary.median;
    const Wage &mb = m_b.salary.median;
    if (v == Verdict::Unknown) {
        if (ma.topCoded && mb.topCoded)
            return QStringLiteral("Both median salaries are at or above %1, so neither can be called higher.")
                .arg(money(ma).chopped(1));
        return QStringLiteral("Median pay cannot be compared: it is %1.")
            .arg(unavailable(m_a, !ma.isKnown(), m_b, !mb.isKnown(), Field::Salary));
    }
    if (v == Verdict::Equal)
        return QStringLiteral("Both have the same median pay (%1 a year%2).")
            .arg(money(ma), tieEst(Field::Salary));
    return QStringLiteral("Higher median pay: %1 (%2 against %3 a year%4).")
        .arg(winner(v).title, money(winner(v).salary.median), money(loser(v).salary.median),
            tieEst(Field::Salary));
}

QString TextBuilder::learningSentence() const
{
    const Verdict v = compareLearning(m_a, m_b);
    switch (v) {
    case Verdict::Equal:
        return QStringLiteral("Both take about the same time to become qualified (%1%2).")
            .arg(format::months(*m_a.learningMonths), tieEst(Field::LearningMonths));
    case Verdict::Unknown:
        return QStringLiteral("Learning time cannot be compared: it is %1.")
            .arg(unavailable(m_a, !m_a.learningMonths, m_b, !m_b.learningMonths, Field::LearningMonths));
    default:
        return QStringLiteral("Quicker to become qualified: %1 (%2 against %3%4).")
            .arg(winner(v).title, format::months(*winner(v).learningMonths),
                format::months(*loser(v).learningMonths), tieEst(Field::LearningMonths));
    }
}

QString TextBuilder::barrierSentence() const
{
    const Verdict v = compareEntryBarrier(m_a, m_b);
    switch (v) {
    case Verdict::Equal:
        return QStringLiteral(
            "Both have the same entry barrier (%1%2), so neither is easier to get into on that count.")
            .arg(entryBarrierName(*m_a.entryBarrier), tieEst(Field::EntryBarrier));
    case Verdict::Unknown:
        return QStringLiteral("Entry barriers cannot be compared: the barrier is %1.")
            .arg(unavailable(m_a, !m_a.entryBarrier, m_b, !m_b.entryBarrier, Field::EntryBarrier));
    default:
        return QStringLiteral(
            "Lower entry barrier: %1 (%2 against %3%4), so it is easier for career changers to get into.")
            .arg(winner(v).title, entryBarrierName(*winner(v).entryBarrier),
                entryBarrierName(*loser(v).entryBarrier), tieEst(Field::EntryBarrier));
    }
}

QString TextBuilder::remoteSentence() const
{
    const Verdict v = compareRemote(m_a, m_b);
    switch (v) {
    case Verdict::Equal:
        if (*m_a.remoteFriendly == RemoteFriendly::No)
            return QStringLiteral("Neither can usually be done from home.");
        return QStringLiteral("Both are equally remote-friendly (%1%2).")
            .arg(remoteFriendlyName(*m_a.remoteFriendly), tieEst(Field::RemoteFriendly));
    case Verdict::Unknown:
        return QStringLiteral("Remote work cannot be compared: it is %1.")
            .arg(unavailable(m_a, !m_a.remoteFriendly, m_b, !m_b.remoteFriendly, Field::RemoteFriendly));
    default:
        return QStringLiteral("More remote-friendly: %1 (%2 against %3%4).")
            .arg(winner(v).title, remoteFriendlyName(*winner(v).remoteFriendly),
                remoteFriendlyName(*loser(v).remoteFriendly), tieEst(Field::RemoteFriendly));
    }
}

QStringList TextBuilder::conclusion() const
{
    return { ceilingSentence(), medianSentence(), barrierSentence(), demandSentence(), riskSentence(),
        learningSentence(), remoteSentence() };
}

QStringList TextBuilder::chooseIf(bool forA) const
{
    const Verdict mine = forA ? Verdict::ABetter : Verdict::BBetter;
    const Role &self = forA ? m_a : m_b;
    const Role &other = forA ? m_b : m_a;
    QStringList bullets;

    if (self.requiresCoding && other.requiresCoding && *self.requiresCoding != *other.requiresCoding)
        bullets << (*self.requiresCoding ? QStringLiteral("Enjoy writing and debugging code")
                                         : QStringLiteral("Would rather not write code for a living"));

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
        bullets << QStringLiteral("Enjoy %1 (%2 interest %3 against %4 of 7)")
                       .arg(interestActivity(l.interest), interestName(l.interest),
                           format::oneDecimal(l.self), format::oneDecimal(l.other));
    }

    if (compareSalaryCeiling(m_a, m_b) == mine)
        bullets << QStringLiteral("Want the higher salary ceiling (%1 at the 90th percentile)")
                       .arg(money(self.salary.high));
    if (compareMedianSalary(m_a, m_b) == mine)
        bullets << QStringLiteral("Want the higher typical pay (median %1)").arg(money(self.salary.median));
    if (compareDemand(m_a, m_b) == mine)
        bullets << QStringLiteral("Want the higher-demand career path (%1)")
                       .arg(format::score(*self.demandScore));
    if (compareAiRisk(m_a, m_b) == mine)
        bullets << QStringLiteral("Want lower exposure to automation (%1 risk against %2)")
                       .arg(format::percent(*self.aiRiskPercent), format::percent(*other.aiRiskPercent));
    if (compareLearning(m_a, m_b) == mine)
        bullets << QStringLiteral("Want to be qualified sooner (about %1 against %2)")
                       .arg(format::months(*self.learningMonths), format::months(*other.learningMonths));
    if (compareEntryBarrier(m_a, m_b) == mine)
        bullets << QStringLiteral("Want a lower entry barrier (%1 against %2)")
                       .arg(entryBarrierName(*self.entryBarrier), entryBarrierName(*other.entryBarrier));
    if (compareRemote(m_a, m_b) == mine)
        bullets << QStringLiteral("Want to work from home more (remote-friendly: %1)")
                       .arg(remoteFriendlyName(*self.remoteFriendly));

    if (bullets.isEmpty())
        bullets << QStringLiteral(
            "Are drawn to the work itself: none of the figures compared here favours %1")
                       .arg(self.title);
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
Verdict compareAiRisk(const Role &a, const Role &b)
{
    return order(rounded(a.aiRiskPercent), rounded(b.aiRiskPercent), false);
}
Verdict compareLearning(const Role &a, const Role &b)
{
    return order(a.learningMonths, b.learningMonths, false);
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
    return order(rank(a.remoteFriendly), rank(b.remoteFriendly), true);
}

QString transitionWording(int sharedCount, std::optional<double> similarityPercent)
{
    if (!similarityPercent)
        return QStringLiteral("one of them has no skills listed in the sources");
    const double s = std::round(*similarityPercent);
    if (sharedCount == 0)
        return QStringLiteral("moving from one to the other means starting fresh");
    if (s >= 60)
        return QStringLiteral("most of what one needs carries over to the other: a short, direct move");
    if (s >= 35)
        return QStringLiteral("a good part carries over: a moderate transition");
    if (s >= 15)
        return QStringLiteral("some carries over, but a move takes real retraining");
    return QStringLiteral("little carries over: a move is close to starting fresh");
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
