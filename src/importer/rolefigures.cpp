// SPDX-License-Identifier: MIT
// RoleBuilder's SOC-level figures: wages (OEWS), projections (BLS Employment Projections), automation
// risk (Frey & Osborne) and LLM exposure (Eloundou et al.).
#include "rolebuilder.h"

#include "derivations.h"
#include "formatting.h"
#include "sourcelist.h"

#include <QLocale>

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

// Whether BLS's Bright Outlook criteria are met, and the demand score, from complete projections.
void addBrightOutlook(
    BuiltRole &b, const SocMatch &m, const QString &prefix, bool complete, const derive::DemandScale &demand)
{
    Role &role = b.role;
    if (complete) {
        const derive::DemandScale::Line line { derive::toTenths(*role.growthPercent),
            derive::toTenths(*role.annualOpenings) };
        if (const auto tenths = demand.scoreTenths(line))
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
}

void addDemandScore(BuiltRole &b, const SocMatch &m, const QString &prefix, const derive::DemandScale &demand)
{
    const Role &role = b.role;
    if (role.demandScore) {
        const derive::DemandScale::Line line { derive::toTenths(*role.growthPercent),
            derive::toTenths(*role.annualOpenings) };
        auto ordinal = [](double percentile) { return int(std::lround(100.0 * percentile)); };
        b.set(Field::DemandScore, m.status, Source::Projections,
            QStringLiteral(
                "%1growth %2% (percentile %3) and %4 openings a year (percentile %5) among the %6 BLS "
                "occupations projected for 2024\u201334 (formula in docs/DATA.md)")
                .arg(prefix, format::oneDecimal(*role.growthPercent))
                .arg(ordinal(demand.growthPercentile(line.growthTenths)))
                .arg(openingsCount(line.openingsTenths))
                .arg(ordinal(demand.openingsPercentile(line.openingsTenths)))
                .arg(demand.lineCount()));
    } else {
        b.set(Field::DemandScore, ValueStatus::Missing, Source::Projections,
            QStringLiteral("%1BLS projections lack growth or openings for SOC %2").arg(prefix, m.code));
    }
}

// BLS's typical entry education, work experience and training, and the entry barrier they give.
void addEntryRequirements(BuiltRole &b, const ProjectionRow &row, const SocMatch &m, const QString &prefix)
{
    Role &role = b.role;
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

} // namespace

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

    addBrightOutlook(b, m, prefix, complete, m_demand);
    addDemandScore(b, m, prefix, m_demand);
    addEntryRequirements(b, row, m, prefix);
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

} // namespace cc::import
