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
// before technologies and topics, most weighty first within each.
//
// Similarity (documented in docs/DATA.md): each entity gets a weight in a role — skills and knowledge
// importance/5; technologies 1 when O*NET flags them in demand, 0.8 when hot, else 0.5; seed-page
// topics 1.
// Entities fall in two groups, "abilities" (skills, knowledge) and "tools" (technologies, topics).
// For every group both roles have, the weighted Jaccard index sum(min)/sum(max) is taken; the
// similarity is their mean, as a percentage. It is missing when the roles have no group in common.
struct SkillOverlap {
    QVector<OverlapEntry> onlyA;
    QVector<OverlapEntry> shared;
    QVector<OverlapEntry> onlyB;
    std::optional<double> similarityPercent;

    int unionCount() const { return int(onlyA.size() + shared.size() + onlyB.size()); }
};

double entityWeight(const RoleSkill &skill);
SkillOverlap compareSkills(const Role &a, const Role &b);

} // namespace cc
