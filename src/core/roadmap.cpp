// SPDX-License-Identifier: MIT
#include "roadmap.h"

#include "formatting.h"

#include <QSet>

#include <cmath>

namespace cc
{

Roadmap roadmap(const Comparison &c, bool aToB)
{
    Roadmap r;
    r.from = aToB ? &c.a : &c.b;
    r.to = aToB ? &c.b : &c.a;
    QSet<QString> fromIwas;
    for (const WorkActivity &w : r.from->workActivities)
        fromIwas.insert(w.iwaId);
    QSet<QString> listed;
    for (const WorkActivity &w : r.to->workActivities) {
        if (fromIwas.contains(w.iwaId) || listed.contains(w.iwaId))
            continue;
        listed.insert(w.iwaId);
        r.workActivities << w.iwaTitle;
    }
    r.steps = aToB ? c.skills.onlyB : c.skills.onlyA;
    // Most important for the target first; skills and knowledge before tools is kept from the overlap.
    std::stable_sort(r.steps.begin(), r.steps.end(), [aToB](const OverlapEntry &l, const OverlapEntry &rr) {
        const bool lTool = isTechnologyLike(l.entity.kind);
        const bool rTool = isTechnologyLike(rr.entity.kind);
        if (lTool != rTool)
            return !lTool;
        const double lw = aToB ? l.weightB : l.weightA;
        const double rw = aToB ? rr.weightB : rr.weightA;
        return lw > rw;
    });
    if (!r.to->learningMonths) {
        r.estimateNote
            = QStringLiteral("No time estimate: the learning time of %1 is not available.").arg(r.to->title);
    } else if (!c.skills.similarityPercent) {
        r.estimateNote = QStringLiteral("No time estimate: the two roles' skills cannot be compared.");
    } else if (r.steps.isEmpty() && !c.skills.skillsCompared()) {
        r.estimateNote = QStringLiteral("No time estimate: %1.")
                             .arg(unratedSkillsNotes(c.skills, c.a, c.b).join(QStringLiteral(" and ")));
    } else if (r.steps.isEmpty()) {
        r.months = 0;
        r.estimateNote = QStringLiteral("%1 needs no skill that %2 lacks.").arg(r.to->title, r.from->title);
    } else {
        const double share = 1.0 - *c.skills.similarityPercent / 100.0;
        r.months = std::max(1, int(std::lround(*r.to->learningMonths * share)));
        r.estimateNote
            = QStringLiteral("About %1: the %2 it takes to become qualified for %3, less the %4 of skills "
                             "the roles share. A rough guide, not a promise.")
                  .arg(format::months(*r.months), format::months(*r.to->learningMonths), r.to->title,
                      format::percent(std::round(*c.skills.similarityPercent)));
    }
    return r;
}

WayIn wayIn(const Role &role, int skillCount)
{
    WayIn w;
    w.education = role.typicalEducation;
    w.experience = role.workExperience;
    w.training = role.jobTraining;
    w.months = role.learningMonths;
    for (const RoleSkill &s : role.skills) {
        if (w.firstSkills.size() >= skillCount)
            break;
        w.firstSkills << s.label;
    }
    return w;
}

} // namespace cc
