// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <optional>

namespace cc
{

// What moving from one role to the other takes: the skills the target needs that the origin lacks,
// most important first, and a rough time estimate (docs/DATA.md):
//   months = round(target learning months × (1 − similarity / 100)), at least 1 when anything is left.
struct Roadmap {
    const Role *from = nullptr;
    const Role *to = nullptr;
    // The intermediate work activities (IWA titles) the target involves and the origin does not, in
    // the target's order (core work first); listed before skills and technologies.
    QStringList workActivities;
    QVector<OverlapEntry> steps;
    std::optional<int> months;
    QString estimateNote; // how the months were reached, or why there are none
};

Roadmap roadmap(const Comparison &comparison, bool aToB);

// A role's own way in: BLS entry education, experience and training, its first skills and months.
struct WayIn {
    QString education;
    QString experience;
    QString training;
    QStringList firstSkills;
    std::optional<int> months;
};
WayIn wayIn(const Role &role, int skillCount = 5);

} // namespace cc
