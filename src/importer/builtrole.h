// SPDX-License-Identifier: MIT
#pragma once

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

} // namespace cc::import
