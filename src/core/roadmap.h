// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <optional>

namespace cc
{

// What moving from one role to the other takes: the work activities and skills the target involves
// that the origin does not, most important first, technologies hot and in demand first and at most
// MaxRoadmapTechnologies of them, and the target's own time to become qualified. That time is never
// shortened by what carries over: a degree or licence the target requires is required in full.
struct Roadmap {
    const Role *from = nullptr;
    const Role *to = nullptr;
    // The intermediate work activities (IWA titles) the target involves and the origin does not, in
    // the target's order (core work first); listed before skills and technologies.
    QStringList workActivities;
    QVector<OverlapEntry> steps; // skills and knowledge, then at most ten technologies
    int moreTechnologies = 0; // technologies to learn beyond those in `steps`
    std::optional<int> months; // the target's learning months, whole
    QString carriesOver; // what carries over, said apart from the time: "7 skills and knowledge areas…"
    QString estimateNote; // how the months were reached, or why there are none

    // Whether a step is one of the seed page's topics (a heading then says "technologies and topics").
    bool hasTopics() const;
};

constexpr int MaxRoadmapTechnologies = 10;

Roadmap roadmap(const Comparison &comparison, bool aToB);

// A role's own way in: BLS entry education, experience and training, its months, and its most
// important skills, knowledge areas and technologies that `from` (the role one comes from; none: every
// one) does not list already.
struct WayIn {
    QString education;
    QString experience;
    QString training;
    QStringList firstSkills;
    int skillsHad = 0; // skills passed over because `from` lists them
    std::optional<int> months;
};
WayIn wayIn(const Role &role, const Role *from = nullptr, int skillCount = 5);

} // namespace cc
