// SPDX-License-Identifier: MIT
#include "rolebuilder.h"

#include "derivations.h"
#include "formatting.h"
#include "sourcelist.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace cc::import
{

namespace
{

// Openings a year as a count of people, from BLS's tenths of thousands: 1891 -> "189,100".
QString openingsCount(int openingsTenths)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(qint64(openingsTenths) * 100);
}

// SOC-level figures (wages, projections, automation, telework) are published per 6-digit SOC code.
// O*NET sub-occupations ("15-1299.07") share their SOC code's figure: an estimate for them.
struct SocMatch {
    QString code; // the code the figure was published under
    QString title;
    ValueStatus status = ValueStatus::Known;
    QString note;
};

template <typename Row>
std::optional<std::pair<Row, SocMatch>> lookupSoc(const QString &onetCode, const QString &soc,
    const QHash<QString, Row> &primary, const QHash<QString, Row> *secondary, QString (*titleOf)(const Row &))
{
    const bool sub = !onetCode.endsWith(QLatin1String(".00"));
    auto found = [&](const Row &row, const QString &code, bool viaBroad,
                     bool viaCombined = false) -> std::pair<Row, SocMatch> {
        SocMatch m;
        m.code = code;
        m.title = titleOf(row);
        if (viaCombined) {
            m.status = ValueStatus::Estimate;
            m.note
                = QStringLiteral("published only for the combined SOC %1 %2, which includes this occupation")
                      .arg(code, m.title);
        } else if (viaBroad) {
            m.status = ValueStatus::Estimate;
            m.note = QStringLiteral("published only for SOC %1 %2, the group that includes this occupation")
                         .arg(code, m.title);
        } else if (sub) {
            m.status = ValueStatus::Estimate;
            m.note = QStringLiteral("published for SOC %1 %2 as a whole, which includes this occupation")
                         .arg(code, m.title);
        }
        return { row, m };
    };
    if (auto it = primary.constFind(soc); it != primary.constEnd())
        return found(*it, soc, false);
    const QString combined = derive::combinedSocFor(soc);
    if (auto it = primary.constFind(combined); !combined.isEmpty() && it != primary.constEnd())
        return found(*it, combined, false, true);
    const QString broad = derive::broadGroupOf(soc);
    if (auto it = primary.constFind(broad); it != primary.constEnd())
        return found(*it, broad, true);
    if (secondary) {
        if (auto it = secondary->constFind(broad); it != secondary->constEnd())
            return found(*it, broad, true);
    }
    return std::nullopt;
}

QString wageTitle(const WageRow &row)
{
    return row.title;
}
QString projectionTitle(const ProjectionRow &row)
{
    return row.title.trimmed();
}

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
    const QHash<QString, QStringList> &crosswalk, const QHash<QString, FreyOsborneRow> &freyOsborne,
    const QHash<QString, double> &telework, const QHash<QString, double> &llm)
    : m_onet(onet)
    , m_wages(wages)
    , m_projections(projections)
    , m_crosswalk(crosswalk)
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

void RoleBuilder::addSalary(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const auto match = lookupSoc<WageRow>(occ.code, b.socCode, m_wages.detailed, &m_wages.broad, &wageTitle);
    if (!match) {
        b.set(Field::Salary, ValueStatus::Missing, Source::Oews,
            QStringLiteral("BLS OEWS May 2024 publishes no wages for SOC %1").arg(b.socCode));
        return;
    }
    const WageRow &row = match->first;
    const SocMatch &m = match->second;
    Wage *targets[5]
        = { &role.salary.low, &role.salary.p25, &role.salary.median, &role.salary.p75, &role.salary.high };
    const char *labels[5]
        = { "10th percentile", "25th percentile", "median", "75th percentile", "90th percentile" };
    QStringList notReleased;
    for (std::size_t i = 0; i < 5; ++i) {
        const Cell &cell = row.annual[i];
        if (cell.isNumber()) {
            targets[i]->amount = int(std::lround(cell.value));
        } else if (cell.kind == Cell::Kind::TopCoded) {
            targets[i]->amount = 239200; // BLS: "#" = $239,200 or more a year
            targets[i]->topCoded = true;
        } else {
            notReleased << QLatin1String(labels[i]);
        }
    }
    role.salary.year = 2024;
    b.wageEmployment = row.employment;

    if (!role.salary.low.isKnown() || !role.salary.high.isKnown()) {
        const QString why = row.hourlyOnly
            ? QStringLiteral("BLS publishes only hourly wages for this occupation, no annual figures")
            : QStringLiteral("BLS did not release the annual %1 for SOC %2")
                  .arg(notReleased.join(QStringLiteral(", ")), m.code);
        b.set(Field::Salary, ValueStatus::Missing, Source::Oews, why);
        return;
    }
    QStringList notes;
    if (!m.note.isEmpty())
        notes << QStringLiteral("Wages %1").arg(m.note);
    if (!notReleased.isEmpty())
        notes << QStringLiteral("BLS did not release the %1").arg(notReleased.join(QStringLiteral(", ")));
    if (role.salary.high.topCoded)
        notes << QStringLiteral("the 90th percentile is $239,200 or more, the highest figure BLS publishes");
    b.set(Field::Salary, m.status, Source::Oews, notes.join(QStringLiteral("; ")));
}

void RoleBuilder::addProjections(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const auto match
        = lookupSoc<ProjectionRow>(occ.code, b.socCode, m_projections.lineItems, nullptr, &projectionTitle);
    if (!match) {
        const QString why = QStringLiteral("BLS Employment Projections 2024\u201334 have no line for SOC %1")
                                .arg(b.socCode);
        for (const QString &f : { Field::Projections, Field::DemandScore, Field::BrightOutlook,
                 Field::TypicalEducation, Field::EntryBarrier })
            b.set(f, ValueStatus::Missing, Source::Projections, why);
        return;
    }
    const ProjectionRow &row = match->first;
    const SocMatch &m = match->second;
    auto opt = [](const Cell &c) { return c.isNumber() ? std::optional<double>(c.value) : std::nullopt; };
    role.employment2024 = opt(row.employment2024);
    role.employment2034 = opt(row.employment2034);
    role.growthPercent = opt(row.growthPercent);
    role.annualOpenings = opt(row.annualOpenings);
    const QString prefix = m.note.isEmpty() ? QString() : QStringLiteral("Projections %1; ").arg(m.note);
    const bool complete = role.employment2024 && role.growthPercent && role.annualOpenings;
    b.set(Field::Projections, complete ? m.status : ValueStatus::Missing, Source::Projections,
        complete ? m.note
                 : QStringLiteral("%1BLS gives no figure (\u2014) for part of SOC %2's projection")
                       .arg(prefix, m.code));

    if (complete) {
        const derive::DemandScale::Line line { derive::toTenths(*role.growthPercent),
            derive::toTenths(*role.annualOpenings) };
        if (const auto tenths = m_demand.scoreTenths(line))
            role.demandScore = *tenths / 10.0;
        const derive::BrightReason bright = derive::brightOutlook(line.growthTenths, line.openingsTenths);
        role.brightOutlook = bright != derive::BrightReason::None;
        const QString growthCriterion = QStringLiteral("growth of %1% or more")
                                            .arg(format::oneDecimal(derive::BrightGrowthTenths / 10.0));
        const QString openingsCriterion = QStringLiteral("100,000 or more openings over 2024\u201334");
        const QString met = bright == derive::BrightReason::Both
            ? QStringLiteral("meets both criteria: %1 and %2").arg(growthCriterion, openingsCriterion)
            : bright == derive::BrightReason::Growth
            ? QStringLiteral("meets the criterion %1").arg(growthCriterion)
            : bright == derive::BrightReason::Openings
            ? QStringLiteral("meets the criterion %1").arg(openingsCriterion)
            : QStringLiteral("meets neither criterion (%1; %2)").arg(growthCriterion, openingsCriterion);
        b.set(Field::BrightOutlook, m.status, Source::Projections,
            QStringLiteral("%1growth %2% and %3 openings a year: %4 (docs/DATA.md)")
                .arg(prefix, format::oneDecimal(*role.growthPercent), openingsCount(line.openingsTenths),
                    met));
    } else {
        b.set(Field::BrightOutlook, ValueStatus::Missing, Source::Projections,
            QStringLiteral("%1BLS projections lack growth or openings for SOC %2").arg(prefix, m.code));
    }
    if (role.demandScore) {
        const derive::DemandScale::Line line { derive::toTenths(*role.growthPercent),
            derive::toTenths(*role.annualOpenings) };
        auto ordinal = [](double percentile) { return int(std::lround(100.0 * percentile)); };
        b.set(Field::DemandScore, m.status, Source::Projections,
            QStringLiteral(
                "%1growth %2% (percentile %3) and %4 openings a year (percentile %5) among the %6 BLS "
                "occupations projected for 2024\u201334 (formula in docs/DATA.md)")
                .arg(prefix, format::oneDecimal(*role.growthPercent))
                .arg(ordinal(m_demand.growthPercentile(line.growthTenths)))
                .arg(openingsCount(line.openingsTenths))
                .arg(ordinal(m_demand.openingsPercentile(line.openingsTenths)))
                .arg(m_demand.lineCount()));
    } else {
        b.set(Field::DemandScore, ValueStatus::Missing, Source::Projections,
            QStringLiteral("%1BLS projections lack growth or openings for SOC %2").arg(prefix, m.code));
    }

    role.typicalEducation = row.education;
    role.workExperience = row.experience;
    role.jobTraining = row.training;
    role.entryBarrier = derive::entryBarrier(row.education, row.experience);
    if (row.education.isEmpty()) {
        b.set(Field::TypicalEducation, ValueStatus::Missing, Source::Projections,
            QStringLiteral("BLS gives no typical entry education (\u2014) for SOC %1").arg(m.code));
    } else {
        b.set(Field::TypicalEducation, m.status, Source::Projections, m.note);
    }
    if (role.entryBarrier) {
        b.set(Field::EntryBarrier, m.status, Source::Projections,
            QStringLiteral("%1typical entry education: %2; related work experience: %3")
                .arg(prefix, row.education, row.experience));
    } else if (row.education.isEmpty() || row.experience.isEmpty()) {
        b.set(Field::EntryBarrier, ValueStatus::Missing, Source::Projections,
            QStringLiteral("%1BLS gives no typical entry education or related work experience for SOC %2")
                .arg(prefix, m.code));
    } else {
        b.set(Field::EntryBarrier, ValueStatus::Missing, Source::Projections,
            QStringLiteral("unrecognised BLS entry education \"%1\" or work experience \"%2\"")
                .arg(row.education, row.experience));
    }
}

void RoleBuilder::addAutomationRisk(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const QStringList from2010 = m_crosswalk.value(b.socCode);
    const bool sub = !occ.code.endsWith(QLatin1String(".00"));
    if (from2010.isEmpty()) {
        b.set(Field::AiRisk, ValueStatus::Missing, Source::FreyOsborne,
            QStringLiteral(
                "SOC %1 is not in the 2010 to 2018 crosswalk, so no Frey & Osborne figure can be matched")
                .arg(b.socCode));
        return;
    }
    QStringList used;
    QStringList absent;
    QStringList viaAlias;
    double sum = 0;
    for (const QString &code : from2010) {
        if (const auto it = m_fo.constFind(code); it != m_fo.constEnd()) {
            sum += it->probability;
            used << QStringLiteral("%1 (%2)").arg(code, format::percent(100.0 * it->probability));
        } else if (const auto alias = m_fo.constFind(derive::freyOsborneAliasFor(code));
                   alias != m_fo.constEnd()) {
            sum += alias->probability;
            used << QStringLiteral("%1 (%2)").arg(code, format::percent(100.0 * alias->probability));
            viaAlias << QStringLiteral("%1 under their code %2 %3").arg(code, alias.key(), alias->title);
        } else {
            absent << code;
        }
    }
    if (!used.isEmpty()) {
        role.aiRiskPercent = 100.0 * sum / used.size();
        QStringList notes;
        if (used.size() > 1)
            notes << QStringLiteral("mean of 2010 SOC %1").arg(used.join(QStringLiteral(", ")));
        else
            notes << QStringLiteral("2010 SOC %1").arg(used.first());
        if (!viaAlias.isEmpty())
            notes << QStringLiteral("Frey & Osborne list %1").arg(viaAlias.join(QStringLiteral("; ")));
        if (!absent.isEmpty())
            notes << QStringLiteral("no figure for 2010 SOC %1").arg(absent.join(QStringLiteral(", ")));
        if (sub)
            notes << QStringLiteral("figure for SOC %1 as a whole").arg(b.socCode);
        const bool exact = absent.isEmpty() && viaAlias.isEmpty() && !sub;
        b.set(Field::AiRisk, exact ? ValueStatus::Known : ValueStatus::Estimate, Source::FreyOsborne,
            notes.join(QStringLiteral("; ")));
        return;
    }
    // Frey & Osborne give some figures for aggregate codes (29-1060 Physicians and surgeons).
    for (const QString &aggregate : m_foCodes) {
        for (const QString &code : from2010) {
            if (derive::aggregateCodeCovers(aggregate, code)) {
                const FreyOsborneRow &row = m_fo.value(aggregate);
                role.aiRiskPercent = 100.0 * row.probability;
                b.set(Field::AiRisk, ValueStatus::Estimate, Source::FreyOsborne,
                    QStringLiteral(
                        "Frey & Osborne give one figure for the 2010 group %1 %2, which includes 2010 SOC %3")
                        .arg(aggregate, row.title, code));
                return;
            }
        }
    }
    b.set(Field::AiRisk, ValueStatus::Missing, Source::FreyOsborne,
        QStringLiteral("Frey & Osborne (2013) have no figure for 2010 SOC %1, from which the 2018 SOC formed "
                       "this occupation")
            .arg(from2010.join(QStringLiteral(", "))));
}

void RoleBuilder::addLlmExposure(BuiltRole &b, const OnetOccupation &occ) const
{
    if (const auto it = m_llm.constFind(occ.code); it != m_llm.constEnd()) {
        b.role.llmExposurePercent = 100.0 * *it;
        b.set(Field::LlmExposure, ValueStatus::Known, Source::Eloundou);
        return;
    }
    const QString parent = b.socCode + QStringLiteral(".00");
    if (const auto it = m_llm.constFind(parent); it != m_llm.constEnd() && parent != occ.code) {
        b.role.llmExposurePercent = 100.0 * *it;
        b.set(Field::LlmExposure, ValueStatus::Estimate, Source::Eloundou,
            QStringLiteral("figure for the parent occupation %1").arg(parent));
        return;
    }
    b.set(Field::LlmExposure, ValueStatus::Missing, Source::Eloundou,
        QStringLiteral("Eloundou et al. rate no occupation %1").arg(occ.code));
}

void RoleBuilder::addTelework(BuiltRole &b, const OnetOccupation &occ) const
{
    const bool sub = !occ.code.endsWith(QLatin1String(".00"));
    const QStringList from2010 = m_crosswalk.value(b.socCode);
    // The finest level first: D&N's own O*NET-SOC 2010 occupation, the same code (not reused for
    // another occupation) or else the same title.
    const TeleworkOccupation *same = nullptr;
    if (m_teleworkOccupations) {
        if (const auto it = m_teleworkOccupations->constFind(occ.code);
            it != m_teleworkOccupations->constEnd() && from2010.contains(occ.code.left(7)))
            same = &*it;
        if (!same) {
            const QStringList byTitle = m_teleworkByTitle.value(titleKey(occ.title));
            if (byTitle.size() == 1)
                same = &*m_teleworkOccupations->constFind(byTitle.first());
        }
    }
    if (same) {
        b.role.teleworkShare = same->teleworkable;
        b.role.remoteFriendly = derive::remoteFromTeleworkShare(same->teleworkable);
        QString note = QStringLiteral("rated for this occupation (teleworkable %1%)")
                           .arg(format::oneDecimal(same->teleworkable * 100.0));
        if (same->code != occ.code || titleKey(same->title) != titleKey(occ.title))
            note = QStringLiteral("rated for O*NET-SOC 2010 %1 %2 (teleworkable %3%)")
                       .arg(same->code, same->title, format::oneDecimal(same->teleworkable * 100.0));
        b.set(Field::RemoteFriendly, ValueStatus::Known, Source::DingelNeiman, note);
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
            from2010.isEmpty() ? QStringLiteral("SOC %1 is not in the 2010 to 2018 crosswalk").arg(b.socCode)
                               : QStringLiteral("Dingel & Neiman rate no 2010 SOC %1")
                                     .arg(from2010.join(QStringLiteral(", "))));
        return;
    }
    const double share = sum / used.size();
    b.role.teleworkShare = share;
    b.role.remoteFriendly = derive::remoteFromTeleworkShare(share);
    QStringList notes;
    if (viaCombined)
        notes << QStringLiteral("teleworkable share %1 published only for the combined OES code %2, which "
                                "includes this occupation")
                     .arg(format::oneDecimal(share * 100.0) + QLatin1Char('%'), used.first());
    else
        notes << QStringLiteral("teleworkable share %1 from 2010 SOC %2")
                     .arg(format::oneDecimal(share * 100.0) + QLatin1Char('%'),
                         used.join(QStringLiteral(", ")));
    if (sub)
        notes << QStringLiteral("figure for SOC %1 as a whole").arg(b.socCode);
    b.set(Field::RemoteFriendly,
        (sub || viaCombined || used.size() < from2010.size()) ? ValueStatus::Estimate : ValueStatus::Known,
        Source::DingelNeiman, notes.join(QStringLiteral("; ")));
}

void RoleBuilder::addPreparation(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    if (occ.jobZone) {
        role.jobZone = occ.jobZone;
        role.difficulty = derive::difficultyFromJobZone(*occ.jobZone);
        b.set(Field::JobZone, ValueStatus::Known, Source::Onet);
        b.set(Field::Difficulty, ValueStatus::Known, Source::Onet,
            QStringLiteral("O*NET Job Zone %1").arg(*occ.jobZone));
    } else {
        b.set(
            Field::JobZone, ValueStatus::Missing, Source::Onet, QStringLiteral("O*NET assigns no Job Zone"));
        b.set(Field::Difficulty, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET assigns no Job Zone"));
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
        const QString note
            = QStringLiteral("expected education beyond high school %1 + training %2 (docs/DATA.md)")
                  .arg(format::months(int(std::lround(*b.educationMonths))),
                      format::months(int(std::lround(*b.trainingMonths))));
        b.set(Field::LearningMonths, occ.eteSuppressed ? ValueStatus::Estimate : ValueStatus::Known,
            Source::Onet,
            occ.eteSuppressed ? note + QStringLiteral("; O*NET marks some of these ratings as low-confidence")
                              : note);
    } else {
        b.educationMonths.reset();
        b.set(Field::LearningMonths, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET has no education and training ratings for this occupation"));
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
            QStringLiteral("O*NET lists no skills for this occupation"));
    else if (rated.isEmpty())
        b.set(Field::Skills, ValueStatus::Known, Source::Onet,
            QStringLiteral("O*NET has no skill or knowledge ratings for this occupation; technologies only"));
    else
        b.set(Field::Skills, ValueStatus::Known, Source::Onet);

    if (programming) {
        b.role.requiresCoding = derive::requiresCodingFromProgramming(*programming);
        b.set(Field::RequiresCoding, ValueStatus::Known, Source::Onet,
            QStringLiteral("Programming skill importance %1 of 5 (Yes from 3)")
                .arg(QString::number(*programming, 'f', 2)));
    } else if (!occ.technologies.isEmpty()) {
        b.role.requiresCoding = derive::requiresCodingFromTechnology(development);
        b.set(Field::RequiresCoding, ValueStatus::Estimate, Source::Onet,
            QStringLiteral(
                "O*NET has no skill ratings here; %1 development-software technologies listed (Yes from %2)")
                .arg(development)
                .arg(derive::CodingTechnologyThreshold));
    } else {
        b.set(Field::RequiresCoding, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET has neither skill ratings nor technologies for this occupation"));
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

    addSalary(b, occ);
    addProjections(b, occ);
    addAutomationRisk(b, occ);
    addLlmExposure(b, occ);
    addTelework(b, occ);
    addPreparation(b, occ);
    addSkillsAndCoding(b, occ);

    b.role.interests = occ.interests;
    const bool allInterests = std::all_of(
        occ.interests.begin(), occ.interests.end(), [](const auto &v) { return v.has_value(); });
    if (allInterests)
        b.set(Field::Interests, ValueStatus::Known, Source::Onet);
    else
        b.set(Field::Interests, ValueStatus::Missing, Source::Onet,
            QStringLiteral("O*NET gives no interest profile"));

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
            QStringLiteral(
                "O*NET has no education and training ratings for this occupation; median of the %1 "
                "occupations in Job Zone %2")
                .arg(n)
                .arg(*b.role.jobZone));
    }
}

} // namespace cc::import
