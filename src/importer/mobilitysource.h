// SPDX-License-Identifier: MIT
#pragma once

// Who actually moves: the CPS ASEC occupation-to-occupation flows of del Rio-Chanona et al. (2021),
// ../shared/data/mobility, and the mapping of our O*NET codes onto their SOC 2010 groups
// (mobility/PROVENANCE.md): O*NET-SOC 2019 -> 6-digit SOC 2018 -> SOC 2010 codes through the BLS
// crosswalk -> the first of (the 2010 detailed code, its broad code XX-XXX0, its minor group
// XX-XX00) that the flow file has. A role landing on several groups combines them by employment.

#include "builtrole.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cc::import
{

struct CpsGroup {
    QString code; // SOC 2010 as the file writes it: "29-1140", "15-1132"
    QString title;
    double employment = 0; // BLS OEWS employment the file gives for the group (TOT_EMP)
};

struct CpsFlow {
    QString target;
    double probability = 0; // P(target this year | source last year)
};

struct MobilityData {
    bool present = false; // false when the source folder has no mobility/ files
    QString folder;
    QMap<QString, CpsGroup> groups; // every code of the flow file, by code
    QMap<QString, QVector<CpsFlow>> flows; // by source code, targets in code order
};

// Reads DIR/asec_to_bls_mobility_edgelist.csv and DIR/occ_names_bls_minor_major.csv. Nothing at the
// folder's name or at both tables' gives `present == false` (every role's mobility is then missing,
// with that reason); anything there that cannot be read (a link loop, a FIFO, …) stops the import
// naming it (optionalTablesPresent(), delimitedtable.h), as does a missing one of the two, a
// malformed row, an unknown code or a probability outside 0..1 stops the import with file:line.
MobilityData readMobility(const QString &dir);

// What the catalogue stores: each role's CPS groups with their weights, and the flows out of
// every group some role lands on.
struct RoleCpsGroup {
    QString roleCode;
    QString cpsCode;
    double weight = 1; // share of the role's employment the group stands for; sums to 1 per role
};
struct MobilityTables {
    QVector<CpsGroup> groups; // every group a stored flow names, by code
    QVector<RoleCpsGroup> roleGroups; // by role, then group code
    QVector<std::pair<QString, CpsFlow>> flows; // (source, flow), by source then target
};

// Maps every O*NET role onto the flow file's groups, records the "mobility" provenance of each
// role (known, estimate or missing with why) and returns the rows to store. Seed roles are left
// without groups and marked missing.
MobilityTables mapMobility(
    QVector<BuiltRole> &roles, const MobilityData &data, const QHash<QString, QStringList> &crosswalk);

// Creates nothing: writes the rows into the tables schema::catalogueTables() created.
void writeMobilityTables(QSqlDatabase db, const MobilityTables &tables);

} // namespace cc::import
