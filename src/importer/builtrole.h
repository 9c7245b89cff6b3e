// SPDX-License-Identifier: MIT
#pragma once

#include "notetext.h"
#include "role.h"
#include "sourcedata.h"

#include <QString>
#include <QVector>

#include <optional>

namespace cc::import
{

// A role as the importer builds it: the Role the app reads, plus the columns and rows only the
// catalogue holds (SOC code, preparation months, skill levels and sources, related roles, titles).
struct BuiltSkill {
    RoleSkill skill;
    std::optional<double> level;
    QString sourceId;
};

struct BuiltRole {
    Role role;
    QString socCode;
    // O*NET's own 2010 occupation of the same title when it sat in a 2010 SOC code the 2010 to 2018
    // crosswalk does not lead the role's SOC code back to (Business Intelligence Analysts, 15-2051.01,
    // were 15-1199.08; the crosswalk gives 15-2099 for SOC 15-2051): the automation risk's fallback.
    QString predecessor2010; // "15-1199.08"; empty when none, or in one of the crosswalk's codes
    QString predecessorTitle;
    std::optional<double> wageEmployment;
    std::optional<double> educationMonths;
    std::optional<double> trainingMonths;
    std::optional<double> experienceMonths;
    QVector<BuiltSkill> skills;
    QVector<OnetRelated> related;
    QVector<OnetAlternateTitle> alternateTitles;

    void set(
        const QString &field, ValueStatus status, const QString &source, const NoteText &note = NoteText())
    {
        role.provenance.insert(field, Provenance { source, status, note.english(), note });
    }
};

// "O*NET-SOC 2010 15-1199.08 Business Intelligence Analysts, this occupation before O*NET's 2019 codes,
// in 2010 SOC 15-1199": why a figure is that of the role's predecessor's 2010 SOC code.
inline NoteText predecessorNote(const BuiltRole &b)
{
    return note(QT_TRANSLATE_NOOP("ProvenanceNote",
                    "O*NET-SOC 2010 %1 %2, this occupation before O*NET's 2019 codes, in 2010 SOC %3"),
        { b.predecessor2010, b.predecessorTitle, b.predecessor2010.left(7) });
}

} // namespace cc::import
