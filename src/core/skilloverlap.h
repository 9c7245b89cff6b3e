// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"

#include <optional>

namespace cc
{

struct OverlapEntry {
    SkillEntity entity;
    double weightA = 0; // 0 when the role lacks the skill
    double weightB = 0;
};

// Skills of two roles on canonical entities: only in A, in both, only in B; skills and knowledge
// before technologies and topics, most weighty first within each (entityWeight).
//
// Skills and knowledge are compared only when both roles have them rated: when one role is unrated
// (44 O*NET occupations, seed and most custom roles), the other's skills and knowledge are not "only
// in" it; they go to notComparedA/B and skillsRatedA/B says which role is unrated.
//
// Similarity (similarity.h, docs/DATA.md): a weighted mean of rescaled cosines over the groups both
// roles have (knowledge, skills, work activities, technologies, technology classes, tools, Job Zone),
// 0–100 %, identical roles 100 %. It is missing when the roles have no content group in common.
struct SkillOverlap {
    QVector<OverlapEntry> onlyA;
    QVector<OverlapEntry> shared;
    QVector<OverlapEntry> onlyB;
    // Skills and knowledge of A (B) left uncompared because B (A) has none rated.
    QVector<OverlapEntry> notComparedA;
    QVector<OverlapEntry> notComparedB;
    bool skillsRatedA = true; // A has rated skills or knowledge
    bool skillsRatedB = true;
    std::optional<double> similarityPercent;
    SimilarityResult similarity; // per-group detail

    int unionCount() const { return int(onlyA.size() + shared.size() + onlyB.size()); }
    bool skillsCompared() const { return skillsRatedA && skillsRatedB; }
};

// "O*NET has not rated skills for X" for each of the two roles that is unrated (none when both are).
QStringList unratedSkillsNotes(const SkillOverlap &overlap, const Role &a, const Role &b);
// The same notes in one clause: "…for A and the seed page rates no skills for B" (the second note's
// first letter lowered unless it begins a name, as O*NET does).
QString joinedUnratedSkillsNotes(const SkillOverlap &overlap, const Role &a, const Role &b);
// Whether a role has rated skills or knowledge (O*NET's ratings, or a custom role's own).
bool hasRatedSkills(const Role &role);
// The role's similarity profile; roles without a stored one (custom roles) get their technologies,
// each weight 1, and their Job Zone.
SimilarityProfile similarityProfileOf(const Role &role);

double entityWeight(const RoleSkill &skill);
SkillOverlap compareSkills(const Role &a, const Role &b);

} // namespace cc
