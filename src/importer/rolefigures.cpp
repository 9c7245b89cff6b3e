// SPDX-License-Identifier: MIT
// RoleBuilder's SOC-level figures: wages (OEWS), projections (BLS Employment Projections), automation
// risk (Frey & Osborne) and LLM exposure (Eloundou et al.).
#include "rolebuilder.h"

#include "derivations.h"
#include "formatting.h"
#include "notetext.h"
#include "sourcelist.h"

#include <QLocale>
#include <QSet>

#include <cmath>

namespace cc::import
{

namespace
{

// Openings a year as a count of people, from BLS's tenths of thousands: 1891 -> "189,100".
NoteText openingsCount(int openingsTenths)
{
    return grouped(qint64(openingsTenths) * 100);
}

// SOC-level figures (wages, projections, automation, telework) are published per 6-digit SOC code.
// O*NET sub-occupations ("15-1299.07") share their SOC code's figure: an estimate for them.
struct SocMatch {
    QString code; // the code the figure was published under
    QString title;
    ValueStatus status = ValueStatus::Known;
    NoteText note;
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
            m.note = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                              "published only for the combined SOC %1 %2, which includes this occupation"),
                { code, m.title });
        } else if (viaBroad) {
            m.status = ValueStatus::Estimate;
            m.note = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                              "published only for SOC %1 %2, the group that includes this occupation"),
                { code, m.title });
        } else if (sub) {
            m.status = ValueStatus::Estimate;
            m.note = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                              "published for SOC %1 %2 as a whole, which includes this occupation"),
                { code, m.title });
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

// Whether BLS's Bright Outlook criteria are met, and the demand score, from complete projections.
void addBrightOutlook(
    BuiltRole &b, const SocMatch &m, const NoteText &prefix, bool complete, const derive::DemandScale &demand)
{
    Role &role = b.role;
    if (complete) {
        const derive::DemandScale::Line line { derive::toTenths(*role.growthPercent),
            derive::toTenths(*role.annualOpenings) };
        if (const auto tenths = demand.scoreTenths(line))
            role.demandScore = *tenths / 10.0;
        const derive::BrightReason bright = derive::brightOutlook(line.growthTenths, line.openingsTenths);
        role.brightOutlook = bright != derive::BrightReason::None;
        const NoteText growthCriterion = note(QT_TRANSLATE_NOOP("ProvenanceNote", "growth of %1% or more"),
            { oneDecimal(derive::BrightGrowthTenths / 10.0) });
        const NoteText openingsCriterion = note(
            QT_TRANSLATE_NOOP("ProvenanceNote", "%1 or more openings over 2024–34"), { grouped(100000) });
        const NoteText met = bright == derive::BrightReason::Both
            ? note(QT_TRANSLATE_NOOP("ProvenanceNote", "meets both criteria: %1 and %2"),
                { growthCriterion, openingsCriterion })
            : bright == derive::BrightReason::Growth
            ? note(QT_TRANSLATE_NOOP("ProvenanceNote", "meets the criterion %1"), { growthCriterion })
            : bright == derive::BrightReason::Openings
            ? note(QT_TRANSLATE_NOOP("ProvenanceNote", "meets the criterion %1"), { openingsCriterion })
            : note(QT_TRANSLATE_NOOP("ProvenanceNote", "meets neither criterion (%1; %2)"),
                { growthCriterion, openingsCriterion });
        b.set(Field::BrightOutlook, m.status, Source::Projections,
            note(
                QT_TRANSLATE_NOOP("ProvenanceNote", "%1growth %2% and %3 openings a year: %4 (docs/DATA.md)"),
                { prefix, oneDecimal(*role.growthPercent), openingsCount(line.openingsTenths), met }));
    } else {
        b.set(Field::BrightOutlook, ValueStatus::Missing, Source::Projections,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1BLS projections lack growth or openings for SOC %2"),
                { prefix, m.code }));
    }
}

void addDemandScore(
    BuiltRole &b, const SocMatch &m, const NoteText &prefix, const derive::DemandScale &demand)
{
    const Role &role = b.role;
    if (role.demandScore) {
        const derive::DemandScale::Line line { derive::toTenths(*role.growthPercent),
            derive::toTenths(*role.annualOpenings) };
        auto ordinal = [](double percentile) { return int(std::lround(100.0 * percentile)); };
        b.set(Field::DemandScore, m.status, Source::Projections,
            note(QT_TRANSLATE_NOOP("ProvenanceNote",
                     "%1growth %2% (percentile %3) and %4 openings a year (percentile %5) among the %6 BLS "
                     "occupations projected for 2024–34 (formula in docs/DATA.md)"),
                { prefix, oneDecimal(*role.growthPercent),
                    integer(ordinal(demand.growthPercentile(line.growthTenths))),
                    openingsCount(line.openingsTenths),
                    integer(ordinal(demand.openingsPercentile(line.openingsTenths))),
                    integer(demand.lineCount()) }));
    } else {
        b.set(Field::DemandScore, ValueStatus::Missing, Source::Projections,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1BLS projections lack growth or openings for SOC %2"),
                { prefix, m.code }));
    }
}

// BLS's typical entry education, work experience and training, and the entry barrier they give.
void addEntryRequirements(BuiltRole &b, const ProjectionRow &row, const SocMatch &m, const NoteText &prefix)
{
    Role &role = b.role;
    role.typicalEducation = row.education;
    role.workExperience = row.experience;
    role.jobTraining = row.training;
    role.entryBarrier = derive::entryBarrier(row.education, row.experience);
    if (row.education.isEmpty()) {
        b.set(Field::TypicalEducation, ValueStatus::Missing, Source::Projections,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "BLS gives no typical entry education (—) for SOC %1"),
                { m.code }));
    } else {
        b.set(Field::TypicalEducation, m.status, Source::Projections, m.note);
    }
    if (role.entryBarrier) {
        b.set(Field::EntryBarrier, m.status, Source::Projections,
            note(QT_TRANSLATE_NOOP(
                     "ProvenanceNote", "%1typical entry education: %2; related work experience: %3"),
                { prefix, NoteText::term(row.education), NoteText::term(row.experience) }));
    } else if (row.education.isEmpty() || row.experience.isEmpty()) {
        b.set(Field::EntryBarrier, ValueStatus::Missing, Source::Projections,
            note(QT_TRANSLATE_NOOP("ProvenanceNote",
                     "%1BLS gives no typical entry education or related work experience for SOC %2"),
                { prefix, m.code }));
    } else {
        b.set(Field::EntryBarrier, ValueStatus::Missing, Source::Projections,
            note(QT_TRANSLATE_NOOP(
                     "ProvenanceNote", "unrecognised BLS entry education \"%1\" or work experience \"%2\""),
                { row.education, row.experience }));
    }
}

} // namespace

void RoleBuilder::addSalary(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const auto match = lookupSoc<WageRow>(occ.code, b.socCode, m_wages.detailed, &m_wages.broad, &wageTitle);
    if (!match) {
        b.set(Field::Salary, ValueStatus::Missing, Source::Oews,
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "BLS OEWS May 2024 publishes no wages for SOC %1"),
                { b.socCode }));
        return;
    }
    const WageRow &row = match->first;
    const SocMatch &m = match->second;
    Wage *targets[5]
        = { &role.salary.low, &role.salary.p25, &role.salary.median, &role.salary.p75, &role.salary.high };
    const char *labels[5] = { QT_TRANSLATE_NOOP("ProvenanceNote", "10th percentile"),
        QT_TRANSLATE_NOOP("ProvenanceNote", "25th percentile"), QT_TRANSLATE_NOOP("ProvenanceNote", "median"),
        QT_TRANSLATE_NOOP("ProvenanceNote", "75th percentile"),
        QT_TRANSLATE_NOOP("ProvenanceNote", "90th percentile") };
    std::vector<NoteText> notReleased;
    for (std::size_t i = 0; i < 5; ++i) {
        const Cell &cell = row.annual[i];
        if (cell.isNumber()) {
            targets[i]->amount = int(std::lround(cell.value));
        } else if (cell.kind == Cell::Kind::TopCoded) {
            targets[i]->amount = OewsTopCodedAnnual; // BLS: "#" = $239,200 or more a year
            targets[i]->topCoded = true;
        } else {
            notReleased.push_back(note(labels[i]));
        }
    }
    role.salary.year = 2024;
    b.wageEmployment = row.employment;

    if (!role.salary.low.isKnown() || !role.salary.high.isKnown()) {
        const NoteText why = row.hourlyOnly
            ? note(QT_TRANSLATE_NOOP(
                "ProvenanceNote", "BLS publishes only hourly wages for this occupation, no annual figures"))
            : note(QT_TRANSLATE_NOOP("ProvenanceNote", "BLS did not release the annual %1 for SOC %2"),
                { joined(QStringLiteral(", "), notReleased), m.code });
        b.set(Field::Salary, ValueStatus::Missing, Source::Oews, why);
        return;
    }
    std::vector<NoteText> notes;
    if (!m.note.isEmpty())
        notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "Wages %1"), { m.note }));
    if (!notReleased.empty())
        notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "BLS did not release the %1"),
            { joined(QStringLiteral(", "), notReleased) }));
    if (role.salary.high.topCoded)
        notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote",
                                 "the 90th percentile is $%1 or more, the highest figure BLS publishes"),
            { grouped(OewsTopCodedAnnual) }));
    b.set(Field::Salary, m.status, Source::Oews,
        notes.empty() ? NoteText() : joined(QStringLiteral("; "), notes));
}

void RoleBuilder::addProjections(BuiltRole &b, const OnetOccupation &occ) const
{
    Role &role = b.role;
    const auto match
        = lookupSoc<ProjectionRow>(occ.code, b.socCode, m_projections.lineItems, nullptr, &projectionTitle);
    if (!match) {
        const NoteText why = note(
            QT_TRANSLATE_NOOP("ProvenanceNote", "BLS Employment Projections 2024–34 have no line for SOC %1"),
            { b.socCode });
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
    const NoteText prefix = m.note.isEmpty()
        ? NoteText()
        : note(QT_TRANSLATE_NOOP("ProvenanceNote", "Projections %1; "), { m.note });
    const bool complete = role.employment2024 && role.growthPercent && role.annualOpenings;
    b.set(Field::Projections, complete ? m.status : ValueStatus::Missing, Source::Projections,
        complete ? m.note
                 : note(QT_TRANSLATE_NOOP(
                            "ProvenanceNote", "%1BLS gives no figure (—) for part of SOC %2's projection"),
                     { prefix, m.code }));

    addBrightOutlook(b, m, prefix, complete, m_demand);
    addDemandScore(b, m, prefix, m_demand);
    addEntryRequirements(b, row, m, prefix);
}

void RoleBuilder::addAutomationRisk(BuiltRole &b, const OnetOccupation &occ) const
{
    const QStringList from2010 = m_crosswalk.value(b.socCode);
    const bool sub = !occ.code.endsWith(QLatin1String(".00"));
    if (!from2010.isEmpty() && addRiskFrom(b, from2010, sub, false))
        return;
    // No figure for the crosswalk's codes: O*NET's own 2010 occupation of the same title, when it was
    // in another 2010 SOC code (Business Intelligence Analysts: 15-1199.08, where the crosswalk gives
    // only 15-2099 for SOC 15-2051), gives that code's figure, as an estimate.
    if (!b.predecessor2010.isEmpty() && addRiskFrom(b, { b.predecessor2010.left(7) }, sub, true))
        return;
    if (from2010.isEmpty())
        b.set(Field::AiRisk, ValueStatus::Missing, Source::FreyOsborne,
            note(QT_TRANSLATE_NOOP("ProvenanceNote",
                     "SOC %1 is not in the 2010 to 2018 crosswalk, so no Frey & Osborne figure can be "
                     "matched"),
                { b.socCode }));
    else
        b.set(Field::AiRisk, ValueStatus::Missing, Source::FreyOsborne,
            note(QT_TRANSLATE_NOOP("ProvenanceNote",
                     "Frey & Osborne's 2013 study has no figure for 2010 SOC %1, from which the 2018 SOC "
                     "formed this occupation"),
                { from2010.join(QStringLiteral(", ")) }));
}

// The figure of `from2010` (their plain mean when several), or of a Frey & Osborne aggregate covering
// one of them; false, with nothing set, when they have none. `viaPredecessor`: the code is the 2010
// SOC code of the role's O*NET 2010 occupation (BuiltRole::predecessor2010), said in the note.
bool RoleBuilder::addRiskFrom(BuiltRole &b, const QStringList &from2010, bool sub, bool viaPredecessor) const
{
    Role &role = b.role;
    std::vector<NoteText> used;
    QStringList usedCodes;
    QSet<double> figures; // the distinct probabilities averaged
    QStringList absent;
    std::vector<NoteText> viaAlias;
    double sum = 0;
    for (const QString &code : from2010) {
        if (const auto it = m_fo.constFind(code); it != m_fo.constEnd()) {
            sum += it->probability;
            usedCodes << code;
            figures.insert(it->probability);
            used.push_back(note(
                QT_TRANSLATE_NOOP("ProvenanceNote", "%1 (%2)"), { code, percent(100.0 * it->probability) }));
        } else if (const auto alias = m_fo.constFind(derive::freyOsborneAliasFor(code));
                   alias != m_fo.constEnd()) {
            sum += alias->probability;
            usedCodes << code;
            figures.insert(alias->probability);
            used.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1 (%2)"),
                { code, percent(100.0 * alias->probability) }));
            viaAlias.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "%1 under their code %2 %3"),
                { code, alias.key(), alias->title }));
        } else {
            absent << code;
        }
    }
    if (!used.empty()) {
        role.aiRiskPercent = 100.0 * sum / double(used.size());
        std::vector<NoteText> notes;
        if (used.size() > 1)
            notes.push_back(note(derive::AiRiskMeanNote, { joined(QStringLiteral(", "), used) }));
        else
            notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "2010 SOC %1"), { used.front() }));
        if (!viaAlias.empty())
            notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "Frey & Osborne list %1"),
                { joined(QStringLiteral("; "), viaAlias) }));
        if (!absent.isEmpty())
            notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote", "no figure for 2010 SOC %1"),
                { absent.join(QStringLiteral(", ")) }));
        // A figure of a 2010 code the 2018 SOC split is every part's figure: an estimate for each. (Not
        // said through the role's O*NET 2010 occupation: the 2018 codes that code went to need not
        // include the role's own.)
        const std::vector<NoteText> split = viaPredecessor ? std::vector<NoteText>() : splitNotes(usedCodes);
        notes.insert(notes.end(), split.begin(), split.end());
        // Different figures of merged 2010 codes averaged plainly (Frey & Osborne give no weights).
        const bool mixed = figures.size() > 1;
        if (mixed)
            notes.push_back(note(QT_TRANSLATE_NOOP("ProvenanceNote",
                "a plain mean of different figures, not one published for this occupation")));
        if (viaPredecessor)
            notes.push_back(predecessorNote(b));
        else if (sub)
            notes.push_back(
                note(QT_TRANSLATE_NOOP("ProvenanceNote", "figure for SOC %1 as a whole"), { b.socCode }));
        // Through O*NET's 2010 occupation: the figure of the 2010 SOC code it was part of.
        const bool exact
            = absent.isEmpty() && viaAlias.empty() && !sub && split.empty() && !mixed && !viaPredecessor;
        b.set(Field::AiRisk, exact ? ValueStatus::Known : ValueStatus::Estimate, Source::FreyOsborne,
            joined(QStringLiteral("; "), notes));
        return true;
    }
    return addAggregateRisk(b, from2010, viaPredecessor);
}

// Frey & Osborne give some figures for aggregate codes (29-1060 Physicians and surgeons): an estimate.
bool RoleBuilder::addAggregateRisk(BuiltRole &b, const QStringList &from2010, bool viaPredecessor) const
{
    for (const QString &aggregate : m_foCodes) {
        for (const QString &code : from2010) {
            if (derive::aggregateCodeCovers(aggregate, code)) {
                const FreyOsborneRow &row = m_fo.value(aggregate);
                b.role.aiRiskPercent = 100.0 * row.probability;
                NoteText group = note(QT_TRANSLATE_NOOP("ProvenanceNote",
                                          "Frey & Osborne give one figure for the 2010 group %1 %2, which "
                                          "includes 2010 SOC %3"),
                    { aggregate, row.title, code });
                if (viaPredecessor)
                    group = joined(QStringLiteral("; "), { group, predecessorNote(b) });
                b.set(Field::AiRisk, ValueStatus::Estimate, Source::FreyOsborne, group);
                return true;
            }
        }
    }
    return false;
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
            note(QT_TRANSLATE_NOOP("ProvenanceNote", "figure for the parent occupation %1"), { parent }));
        return;
    }
    b.set(Field::LlmExposure, ValueStatus::Missing, Source::Eloundou,
        note(QT_TRANSLATE_NOOP("ProvenanceNote", "Eloundou et al. rate no occupation %1"), { occ.code }));
}

} // namespace cc::import
