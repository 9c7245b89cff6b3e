// SPDX-License-Identifier: MIT
#pragma once

#include "builtrole.h"
#include "sourcedata.h"

#include <vector>

namespace cc::import
{

// Builds a catalogue role from an O*NET occupation and the SOC-level figures of the other sources
// (wages, projections, automation risk, LLM exposure, telework), with the provenance of each value.
class RoleBuilder
{
public:
    RoleBuilder(const OnetData &onet, const WageData &wages, const ProjectionData &projections,
        const QHash<QString, QStringList> &crosswalk, const SplitCodes &splits,
        const QHash<QString, FreyOsborneRow> &freyOsborne, const QHash<QString, double> &telework,
        const QHash<QString, double> &llm);

    // Dingel & Neiman's O*NET-SOC level classification, used before the 6-digit share (docs/DATA.md).
    void setTeleworkOccupations(const QHash<QString, TeleworkOccupation> &occupations);

    BuiltRole build(const OnetOccupation &occ) const;
    // Occupations without education and training ratings get their Job Zone's median, as an estimate.
    void estimateMissingLearningMonths(QVector<BuiltRole> &roles) const;

private:
    QString categoryOf(const QString &soc) const;
    // The occupation's O*NET-SOC 2010 occupation in Dingel & Neiman's list: the same code, when the
    // crosswalk leads its SOC code back to that code's 2010 SOC code (a code is not reused for another
    // occupation), or else the one occupation of the same title. Null when neither.
    const TeleworkOccupation *predecessor2010(const OnetOccupation &occ, const QStringList &from2010) const;
    void addSalary(BuiltRole &b, const OnetOccupation &occ) const;
    void addProjections(BuiltRole &b, const OnetOccupation &occ) const;
    void addAutomationRisk(BuiltRole &b, const OnetOccupation &occ) const;
    bool addRiskFrom(BuiltRole &b, const QStringList &from2010, bool sub, bool viaPredecessor) const;
    bool addAggregateRisk(BuiltRole &b, const QStringList &from2010, bool viaPredecessor) const;
    void addLlmExposure(BuiltRole &b, const OnetOccupation &occ) const;
    // `same`: the occupation's own O*NET-SOC 2010 occupation (predecessor2010()), or null.
    void addTelework(BuiltRole &b, const OnetOccupation &occ, const TeleworkOccupation *same) const;
    void addPreparation(BuiltRole &b, const OnetOccupation &occ) const;
    void addSkillsAndCoding(BuiltRole &b, const OnetOccupation &occ) const;
    // For each of `codes2010` that the 2018 SOC split: "2010 SOC 29-2041 Emergency Medical Technicians
    // and Paramedics, which the 2018 SOC divides into 29-2042, 29-2043". Empty when none was split.
    std::vector<NoteText> splitNotes(const QStringList &codes2010) const;

    const OnetData &m_onet;
    const WageData &m_wages;
    const ProjectionData &m_projections;
    const QHash<QString, QStringList> &m_crosswalk;
    const SplitCodes &m_splits; // 2010 codes the 2018 SOC divides: their figures are estimates
    const QHash<QString, FreyOsborneRow> &m_fo;
    const QHash<QString, double> &m_telework;
    const QHash<QString, double> &m_llm;
    QStringList m_foCodes;
    derive::DemandScale m_demand; // over the BLS projection lines
    const QHash<QString, TeleworkOccupation> *m_teleworkOccupations = nullptr;
    QHash<QString, QStringList> m_teleworkByTitle; // normalised title -> D&N codes
};

} // namespace cc::import
