// SPDX-License-Identifier: MIT
#pragma once

// Real moves between occupations, from the CPS ASEC flows of del Rio-Chanona et al. (2021) that the
// catalogue keeps for each role (Role::mobility). "Of the people who leave A in a year, x% go to
// B" is P(B | A) / (1 - P(A | A)): moves are not symmetric, and a pair the survey never saw is
// "no recorded moves", never "impossible". A role made of several survey groups counts moves
// between its own groups as staying.

#include "role.h"

#include <QString>
#include <QVector>

#include <optional>

namespace cc::mobility
{

// The catalogue's id of the source (sources.id), for credits.
inline const QString SourceId = QStringLiteral("cps-mobility");

// The share of `from`'s leavers in a year who go to `to`, 0–100. 0 means no recorded moves.
// Missing (nullopt) when either role has no survey group, when the survey counts both in the same
// group, or when it recorded nobody leaving `from`; `why` then says which.
struct PairShare {
    std::optional<double> percent;
    QString why;
};
PairShare leaversShare(const Role &from, const Role &to);

// The share of the role's people who are in another occupation a year later, 0–100 (nullopt when
// the role has no survey group).
std::optional<double> leavingPercent(const Role &role);

// Where the role's leavers go: the survey groups, most common first, each with its share of the
// leavers (0–100) and the catalogue's roles in it (the one to compare with first; none when the
// catalogue has no occupation in that group).
struct Destination {
    QString groupCode;
    QString groupTitle;
    double percent = 0;
    QVector<RelatedRole> roles;
};
constexpr int DestinationCount = 10; // the destinations the window, the report and the JSON list
QVector<Destination> destinations(const Role &role, int count = DestinationCount);
// The flows destinations() lists, as indexes into role.mobility.outflows in its order (the groups
// of the role's leavers, most common first, its own groups and flows of no one left out). The
// catalogue reads the roles of these groups only (CatalogueDatabase::readRoleMobility()).
QVector<int> destinationFlows(const Role &role, int count = DestinationCount);

// Why a role has no survey group (its provenance note, or a general reason).
QString whyNoGroup(const Role &role);

// A percentage as the sentences show it: one decimal, "less than 0.1%" below that.
QString percentText(double percent);

// The role's title, and when the survey counts it inside a larger group or as a mix of groups (its
// moves are then theirs: an estimate), which: "Cardiologists (the survey's group Physicians and
// Surgeons, which counts more than this occupation)".
QString titleWithSurveyGroups(const Role &role);

// "Of the people who leave A in a year, 11.8% go to B." / "No recorded moves from A to B …" /
// "Moves from A to B: not available (why)."
QString pairSentence(const Role &from, const Role &to);

} // namespace cc::mobility
