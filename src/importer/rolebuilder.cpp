// SPDX-License-Identifier: MIT
#include "rolebuilder.h"

#include "derivations.h"
#include "formatting.h"
#include "notetext.h"
#include "sourcelist.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cc::import
{

namespace
{

// O*NET's skills and knowledge of importance 3 or more, most important first; `programming` gets
// the importance of the Programming skill, whatever it is.
QVector<BuiltSkill> ratedSkills(const OnetOccupation &occ, std::optional<double> &programming)
{
    QVector<BuiltSkill> rated;
    for (const OnetRating &r : occ.ratings) {
        if (r.kind == SkillKind::Skill && r.name == QLatin1String("Programming") && r.importance)
            programming = r.importance;
        if (!r.importance || *r.importance < 3.0 || r.suppressed || r.notRelevant)
            continue;
        BuiltSkill s;
        s.skill.label = r.name;
        s.skill.kind = r.kind;
        s.skill.importance = r.importance;
        s.skill.entities = { SkillEntity { skillEntityId(r.kind, r.name), r.name, r.kind } };
        s.level = r.level;
        s.sourceId = Source::Onet;
        rated.append(s);
    }
    std::stable_sort(rated.begin(), rated.end(), [](const BuiltSkill &l, const BuiltSkill &r) {
        if (*l.skill.importance != *r.skill.importance)
            return *l.skill.importance > *r.skill.importance;
        return l.skill.label < r.skill.label;
    });
    return rated;
}

// O*NET's technologies, each example once, in-demand and hot first; `development` counts the
// distinct development-software examples.
QVector<BuiltSkill> technologySkills(const OnetOccupation &occ, int &development)
{
    QVector<BuiltSkill> technologies;
    QSet<QString> seen;
    QSet<QString> developmentSeen;
    for (const OnetTechnology &t : occ.technologies) {
        const QString id = skillEntityId(SkillKind::Technology, t.example);
        if (derive::isDevelopmentCommodity(t.commodity) && !developmentSeen.contains(id)) {
            developmentSeen.insert(id);
            ++development;
        }
        if (seen.contains(id)) {
            // The same example under two commodity classes: keep one, with either flag.
            for (BuiltSkill &s : technologies) {
                if (s.skill.entities.first().id == id) {
                    s.skill.hot = s.skill.hot || t.hot;
                    s.skill.inDemand = s.skill.inDemand || t.inDemand;
                }
            }
            continue;
        }
        seen.insert(id);
        BuiltSkill s;
        s.skill.label = t.example;
        s.skill.kind = SkillKind::Technology;
        s.skill.hot = t.hot;
        s.skill.inDemand = t.inDemand;
        s.skill.entities = { SkillEntity { id, t.example, SkillKind::Technology } };
        s.sourceId = Source::Onet;
        technologies.append(s);
    }
    std::stable_sort(technologies.begin(), technologies.end(), [](const BuiltSkill &l, const BuiltSkill &r) {
        const int lr = (l.skill.inDemand ? 2 : 0) + (l.skill.hot ? 1 : 0);
        const int rr = (r.skill.inDemand ? 2 : 0) + (r.skill.hot ? 1 : 0);
        if (lr != rr)
            return lr > rr;
        return l.skill.label.compare(r.skill.label, Qt::CaseInsensitive) < 0;
    });
    return technologies;
}

} // namespace

RoleBuilder::RoleBuilder(const OnetData &onet, const WageData &wages, const ProjectionData &projections,
    const QHash<QString, QStringList> &crosswalk, const SplitCodes &splits,
    const QHash<QString, FreyOsborneRow> &freyOsborne, const QHash<QString, double> &telework,
    const QHash<QString, double> &llm)
    : m_onet(onet)
    , m_wages(wages)
    , m_projections(projections)
    , m_crosswalk(crosswalk)
    , m_splits(splits)
    , m_fo(freyOsborne)
    , m_telework(telework)
    , m_llm(llm)
    , m_foCodes(freyOsborne.keys())
    , m_demand([&projections] {
        QVector<derive::DemandScale::Line> lines;
        for (const ProjectionRow &row : projections.lineItems) {
            if (row.growthPercent.isNumber() && row.annualOpenings.isNumber())
                lines.append({ derive::toTenths(row.growthPercent.value),
                    derive::toTenths(row.annualOpenings.value) });
        }
        return derive::DemandScale(lines);
    }())
{
    m_foCodes.sort(); // a fixed order, so the first aggregate that covers a code is always the same
}

namespace
{
// D&N and O*NET titles match when equal after dropping case and everything but letters and digits.
QString titleKey(const QString &title)
{
    QString key;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}
} // namespace

void RoleBuilder::setTeleworkOccupations(const QHash<QString, TeleworkOccupation> &occupations)
{
    m_teleworkOccupations = &occupations;
    m_teleworkByTitle.clear();
    for (const TeleworkOccupation &o : occupations)
        m_teleworkByTitle[titleKey(o.title)].append(o.code);
}

QString RoleBuilder::categoryOf(const QString &soc) const
{
    const QString major = derive::majorGroupOf(soc);
    if (const auto t = m_wages.majorTitles.value(major); !t.isEmpty())
        return t;
    if (const auto t = m_projections.summaryTitles.value(major).trimmed(); !t.isEmpty())
        return t;
    return QStringLiteral("SOC major group %1").arg(major);
}

const TeleworkOccupation *RoleBuilder::predecessor2010(
    const OnetOccupation &occ, const QStringList &from2010) const
{
    if (!m_teleworkOccupations)
        return nullptr;
    if (const auto it = m_teleworkOccupations->constFind(occ.code);
        it != m_teleworkOccupations->constEnd() && from2010.contains(occ.code.left(7)))
        return &*it;
    const QStringList byTitle = m_teleworkByTitle.value(titleKey(occ.title));
    return byTitle.size() == 1 ? &*m_teleworkOccupations->constFind(byTitle.first()) : nullptr;
}

void RoleBuilder::addTelework(BuiltRole &b, const OnetOccupation &occ, const TeleworkOccupation *same) const
{
    const bool sub = !occ.code.endsWith(QLatin1String(".00"));
    const QStringList from2010 = m_crosswalk.value(b.socCode);
    // The finest level first: D&N's own O*NET-SOC 2010 occupation (predecessor2010()), the same code
    // (not reused for another occupation) or else the same title.
    if (same) {
        b.role.teleworkShare = same->teleworkable;
        b.role.remoteFriendly = derive::remoteFromTeleworkShare(same->teleworkable);
        NoteText rated
            = note(QT_TRANSLATE_NOOP("ProvenanceNote", "rated for this occupation (teleworkable %1%)"),
                { oneDecimal(same->teleworkable * 100.0) });
        if (same->code != occ.code || titleKey(same->title) != titleKey(occ.title))
            rated = note(
                QT_TRANSLATE_NOOP("ProvenanceNote", "rated for O*NET-SOC 2010 %1 %2 (teleworkable %3%)"),
                { same->code, same->title, oneDecimal(same->teleworkable * 100.0) });
        b.set(Field::RemoteFriendly, ValueStatus::Known, Source::DingelNeiman, rated);
        return;
    }

    QStringList used;
    double sum = 0;
    for (const QString &code : from2010) {
        if (const auto it = m_telework.constFind(code); it != m_telework.constEnd()) {
            sum += *it;
            used << code;
        }
    }
    bool viaCombined = false;
    if (used.isEmpty()) {
        const QString combined = derive::teleworkCombinedFor(b.socCode);
        if (const auto it = m_telework.constFind(combined);
            !combined.isEmpty() && it != m_telework.constEnd()) {
            sum = *it;
            used << combined;
            viaCombined = true;
        }
    }
    if (used.isEmpty()) {
        b.set(Field::RemoteFriendly, ValueStatus::Missing, Source::DingelNeiman,
            from2010.isEmpty()
                ? note(QT_TRANSLATE_NOOP("ProvenanceNote", "SOC %1 is not in the 2010 to 2018 crosswalk"),
                    { b.socCode })
                : note(QT_TRANSLATE_NOOP("ProvenanceNote", "Dingel & Neiman rate no 2010 SOC %1"),
                    { from2010.join(QStringLiteral(", ")) }));
        return;
    }
    const double share = sum / used.size();
    b.role.teleworkShare = share;
    b.role.remoteFriendly = derive::remoteFromTeleworkShare(share);
    // A share published for a 2010 code the 2018 SOC split is shared by every part: an estimate.
    const std::vector<NoteText> split = viaCombined ? std::vector<NoteText>() : splitNotes(used);
    std::vector<NoteText> notes;
    if (viaCombined)
        notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote",
                                 "teleworkable share %1 published only for the combined OES code %2, which "
                                 "includes this occupation"),
            { percent(share * 100.0), used.first() }));
    else
        notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "teleworkable share %1 from 2010 SOC %2"),
            { percent(share * 100.0), used.join(QStringLiteral(", ")) }));
    notes.insert(notes.end(), split.begin(), split.end());
    if (sub)
        notes.push_back(
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "figure for SOC %1 as a whole"), { b.socCode }));
    const bool estimate = sub || viaCombined || used.size() < from2010.size() || !split.empty();
    b.set(Field::RemoteFriendly, estimate ? ValueStatus::Estimate : ValueStatus::Known, Source::DingelNeiman,
        joined(QStringLiteral("; "), notes));
}

std::vector<NoteText> RoleBuilder::splitNotes(const QStringList &codes2010) const
{
    std::vector<NoteText> notes;
    for (const QString &code : codes2010) {
        const auto it = m_splits.constFind(code);
        if (it == m_splits.constEnd())
            continue;
        notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote",
                                 "2010 SOC %1 %2, which the 2018 SOC divides into %3, has one figure for all "
                                 "of them"),
            { code, it->title, it->into.join(QStringLiteral(", ")) }));
    }
    return notes;
}

void RoleBuilder::addPreparation(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    if (occ.jobZone) {
        role.jobZone = occ.jobZone;
        role.difficulty = derive::difficultyFromJobZone(*occ.jobZone);
        b.set(Field::JobZone, ValueStatus::Known, Source::Onet);
        b.set(Field::Difficulty, ValueStatus::Known, Source::Onet,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "O*NET Job Zone %1"), { integer(*occ.jobZone) }));
    } else {
        const NoteText none = note(QT_TRANSLATE_NOOP("ProvenanceNote", "O*NET assigns no Job Zone"));
        b.set(Field::JobZone, ValueStatus::Missing, Source::Onet, none);
        b.set(Field::Difficulty, ValueStatus::Missing, Source::Onet, none);
    }

    const auto rl = occ.ete.value(QStringLiteral("RL"));
    const auto oj = occ.ete.value(QStringLiteral("OJ"));
    const auto pt = occ.ete.value(QStringLiteral("PT"));
    const auto rw = occ.ete.value(QStringLiteral("RW"));
    b.educationMonths = derive::expectedMonths(rl, &derive::educationMonthsForCategory);
    const auto onJob = derive::expectedMonths(oj, &derive::trainingMonthsForCategory);
    const auto onSite = derive::expectedMonths(pt, &derive::trainingMonthsForCategory);
    b.experienceMonths = derive::expectedMonths(rw, &derive::experienceMonthsForCategory);
    if (b.educationMonths && onJob && onSite) {
        b.trainingMonths = *onJob + *onSite;
        role.learningMonths = derive::learningMonths(*b.educationMonths, *onJob, *onSite);
        // The parts as whole months that add up to the total the note explains (35.8 + 21.5 = 57.3:
        // "36 months + 21 months", not 36 + 22, which would be 58).
        const int educationShown = int(std::lround(*b.educationMonths));
        const NoteText expected
            = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                       "expected education beyond high school %1 + training %2 (docs/DATA.md)"),
                { months(educationShown), months(*role.learningMonths - educationShown) });
        b.set(Field::LearningMonths, occ.eteSuppressed ? ValueStatus::Estimate : ValueStatus::Known,
            Source::Onet,
            occ.eteSuppressed ? joined(QStringLiteral("; "),
                std::vector<NoteText> { expected,
                    note(QT_TRANSLATE_NOOP(
                        "ProvenanceNote", "O*NET marks some of these ratings as low-confidence")) })
                              : expected);
    } else {
        b.educationMonths.reset();
        b.set(Field::LearningMonths, ValueStatus::Missing, Source::Onet,
            note(QT_TRANSLATE_NOOP(
                "ProvenanceNote", "O*NET has no education and training ratings for this occupation")));
    }
}

void RoleBuilder::addSkillsAndCoding(BuiltRole &b, const OnetOccupation &occ) const
{
    std::optional<double> programming;
    const QVector<BuiltSkill> rated = ratedSkills(occ, programming);
    int development = 0;
    const QVector<BuiltSkill> technologies = technologySkills(occ, development);
    b.skills = rated + technologies;
    if (b.skills.isEmpty())
        b.set(Field::Skills, ValueStatus::Missing, Source::Onet,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "O*NET lists no skills for this occupation")));
    else if (rated.isEmpty())
        b.set(Field::Skills, ValueStatus::Known, Source::Onet,
            note(QT_TRANSLATE_NOOP("ProvenanceNote",
                "O*NET has no skill or knowledge ratings for this occupation; technologies only")));
    else
        b.set(Field::Skills, ValueStatus::Known, Source::Onet);

    if (programming) {
        b.role.requiresCoding = derive::requiresCodingFromProgramming(*programming);
        b.set(Field::RequiresCoding, ValueStatus::Known, Source::Onet,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "Programming skill importance %1 of 5 (Yes from 3)"),
                { NoteText::number(*programming, NoteText::NumberStyle::TwoDecimals) }));
    } else if (!occ.technologies.isEmpty()) {
        b.role.requiresCoding = derive::requiresCodingFromTechnology(development);
        b.set(Field::RequiresCoding, ValueStatus::Estimate, Source::Onet,
            note(QT_TRANSLATE_NOOP("ProvenanceNote",
                     "O*NET has no skill ratings here; %1 development-software technologies listed (Yes from "
                     "%2)"),
                { integer(development), integer(derive::CodingTechnologyThreshold) }));
    } else {
        b.set(Field::RequiresCoding, ValueStatus::Missing, Source::Onet,
            note(QT_TRANSLATE_NOOP(
                "ProvenanceNote", "O*NET has neither skill ratings nor technologies for this occupation")));
    }
}

BuiltRole RoleBuilder::build(const OnetOccupation &occ) const
{
    BuiltRole b;
    b.socCode = derive::socFromOnetCode(occ.code);
    b.role.code = occ.code;
    b.role.title = occ.title;
    b.role.origin = RoleOrigin::Onet;
    b.role.category = categoryOf(b.socCode);
    b.set(Field::Title, ValueStatus::Known, Source::Onet);
    // O*NET's own 2010 occupation, found once: Dingel & Neiman's rating of it, and the automation
    // risk's fallback when it sat in a 2010 SOC code the crosswalk does not give.
    const QStringList from2010 = m_crosswalk.value(b.socCode);
    const TeleworkOccupation *before = predecessor2010(occ, from2010);
    if (before && !from2010.contains(before->code.left(7))) {
        b.predecessor2010 = before->code;
        b.predecessorTitle = before->title;
    }

    addSalary(b, occ);
    addProjections(b, occ);
    addAutomationRisk(b, occ);
    addLlmExposure(b, occ);
    addTelework(b, occ, before);
    addPreparation(b, occ);
    addSkillsAndCoding(b, occ);

    b.role.interests = occ.interests;
    const bool allInterests = std::all_of(
        occ.interests.begin(), occ.interests.end(), [](const auto &v) { return v.has_value(); });
    if (allInterests)
        b.set(Field::Interests, ValueStatus::Known, Source::Onet);
    else
        b.set(Field::Interests, ValueStatus::Missing, Source::Onet,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "O*NET gives no interest profile")));

    for (const OnetRelated &r : occ.related)
        b.related.append(r);
    b.alternateTitles = occ.alternateTitles;
    return b;
}

void RoleBuilder::estimateMissingLearningMonths(QVector<BuiltRole> &roles) const
{
    QHash<int, QVector<int>> byZone;
    for (const BuiltRole &b : roles) {
        // Every rated occupation of the zone, low-confidence ratings included (docs/DATA.md).
        if (b.role.learningMonths && b.role.jobZone && !b.role.isSeed())
            byZone[*b.role.jobZone].append(*b.role.learningMonths);
    }
    for (BuiltRole &b : roles) {
        if (b.role.learningMonths || !b.role.jobZone || b.role.isSeed())
            continue;
        QVector<int> peers = byZone.value(*b.role.jobZone);
        if (peers.isEmpty())
            continue;
        std::sort(peers.begin(), peers.end());
        const int n = int(peers.size());
        const int median = n % 2 ? peers[n / 2] : int(std::lround((peers[n / 2 - 1] + peers[n / 2]) / 2.0));
        b.role.learningMonths = median;
        b.set(Field::LearningMonths, ValueStatus::Estimate, Source::Onet,
            note(derive::LearningJobZoneMedianNote, { integer(n), integer(*b.role.jobZone) }));
    }
}

} // namespace cc::import
