// SPDX-License-Identifier: MIT
#pragma once

// Spanish search terms and ESCO subtitles for the catalogue's roles (docs/DATA.md, "Spanish terms").
//
// The crosswalk names O*NET-SOC 2010 occupations; each is mapped onto today's roles once:
//   1. the roles whose 6-digit SOC 2018 code the BLS 2010 -> 2018 crosswalk gives for its SOC 2010
//      code, and among them the one with the same title (case and accents ignored), else
//   2. among them the one with the same O*NET-SOC code, else
//   3. the one role of the whole catalogue with that title (detailed occupations O*NET renumbered), else
//   4. the ".00" role when the SOC maps onto one 2018 code, else
//   5. split: the ".00" roles of each 2018 code (or every candidate when none is ".00"), when at
//      most MaxSplitRoles; more is too broad and the 2010 occupation stays unmapped.
// A lower-level ESCO occupation inherits the match of its nearest broader occupation that has one.
//
// Each ESCO label (the preferred label split at "/" into its forms, and every alternate label)
// becomes a term of each role its occupation maps to, with a weight
//     confidence (0.5, 1, 2) x (1 preferred | 0.5 alternate) x (1 direct | 0.5 inherited) / roles split over
// summed over every ESCO occupation giving the role that term. The team's own terms
// (resources/importer/terms_es_latam.tsv) weigh TeamWeight each; a "drop" line removes an ESCO term
// from a role (a known mistranslation). The subtitle (Role::escoLabel) is the preferred label of the
// role's best direct, unsplit match with confidence 1 or 2 (highest confidence, then similarity).

#include "builtrole.h"
#include "escosource.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

namespace cc::import
{

class Writer;

constexpr int MaxSplitRoles = 3;
constexpr double TeamWeight = 4.0; // above any single ESCO label (at most 2)

struct RoleTerm {
    QString roleCode;
    QString term; // as written ("albañil")
    QString normalized; // searchFold(term)
    QString origin; // "esco-preferred", "esco-alternate" or "team": the largest contribution
    double weight = 0;
};

struct RoleEscoLabel {
    QString roleCode;
    QString label;
    QString uri;
    double confidence = 0;
};

struct TermTables {
    QVector<RoleTerm> terms; // by role code, then normalized term
    QVector<RoleEscoLabel> labels; // by role code
    QMap<QString, int> counts; // what mapped and what did not (printed by the importer, docs/DATA.md)
};

// Maps ESCO onto `roles` (sets each role's escoLabel and its "esco_label" / "esco_match"
// provenance) and adds the team's terms. `crosswalk` is the BLS one (2018 code -> 2010 codes).
// A team term naming a code that is not a role stops the import with file:line.
TermTables buildTermTables(QVector<BuiltRole> &roles, const EscoData &esco, const QVector<TeamTerm> &team,
    const QHash<QString, QStringList> &crosswalk);

// Writes the rows into the role_terms and role_esco tables schema::catalogueTables() created.
void writeTermTables(Writer &w, const TermTables &tables);

} // namespace cc::import
