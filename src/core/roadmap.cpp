// SPDX-License-Identifier: MIT
#include "roadmap.h"

#include <QCoreApplication>

#include "formatting.h"

#include <QSet>

#include <algorithm>

#include <cmath>

namespace cc
{

bool Roadmap::hasTopics() const
{
    return std::any_of(
        steps.begin(), steps.end(), [](const OverlapEntry &e) { return e.entity.kind == SkillKind::Topic; });
}

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
    // Skills and knowledge before technologies, most important for the target first; technologies
    // O*NET flags in demand, then hot, first.
    auto rank = [aToB](const OverlapEntry &e) { return aToB ? e.weightB : e.weightA; };
    std::stable_sort(r.steps.begin(), r.steps.end(), [&rank](const OverlapEntry &l, const OverlapEntry &rr) {
        const bool lTool = isTechnologyLike(l.entity.kind);
        const bool rTool = isTechnologyLike(rr.entity.kind);
        if (lTool != rTool)
            return !lTool;
        return rank(l) > rank(rr);
    });
    const auto firstTool = std::find_if(r.steps.begin(), r.steps.end(),
        [](const OverlapEntry &e) { return isTechnologyLike(e.entity.kind); });
    const int tools = int(r.steps.end() - firstTool);
    if (tools > MaxRoadmapTechnologies) {
        r.moreTechnologies = tools - MaxRoadmapTechnologies;
        r.steps.resize(r.steps.size() - r.moreTechnologies);
    }

    const int shared = int(c.skills.shared.size());
    if (!c.skills.skillsCompared())
        r.carriesOver = joinedUnratedSkillsNotes(c.skills, c.a, c.b) + QLatin1Char('.');
    else if (shared == 0)
        r.carriesOver = QCoreApplication::translate(
            "Roadmap", "No skill, knowledge area or technology of %1 is listed for %2.")
                            .arg(r.from->title, r.to->title);
    else
        r.carriesOver
            = QCoreApplication::translate("Roadmap",
                "Carries over: %1 skills, knowledge areas and technologies %2 and %3 "
                "both list (similarity %4).")
                  .arg(shared)
                  .arg(r.from->title, r.to->title,
                      c.skills.similarityPercent ? format::percent(std::round(*c.skills.similarityPercent))
                                                 : QCoreApplication::translate("Roadmap", "not available"));

    if (r.from->code == r.to->code) {
        // A role against itself: nothing to learn, and no qualification to gain.
        r.months = 0;
        r.estimateNote = QCoreApplication::translate(
            "Roadmap", "Both sides are %1: there is nothing new to learn and no qualification to gain.")
                             .arg(r.to->title);
    } else if (!r.to->learningMonths) {
        r.estimateNote = QCoreApplication::translate(
            "Roadmap", "No time estimate: the learning time of %1 is not available.")
                             .arg(r.to->title);
    } else {
        r.months = *r.to->learningMonths;
        const bool estimated = r.to->isEstimate(Field::LearningMonths);
        // The learning months are education and training (O*NET's RL, OJ and PT scales); the related
        // work experience a role asks for (RW) is shown apart, in the way in (docs/DATA.md).
        r.estimateNote
            = QCoreApplication::translate("Roadmap",
                "Becoming qualified for %1 takes about %2%3 (education and training together; "
                "any related work experience it asks for comes on top). What carries over from %4 "
                "helps you learn, but it does not shorten a degree, licence or experience %1 requires.")
                  .arg(r.to->title, format::months(*r.months),
                      estimated ? QCoreApplication::translate("Roadmap", ", estimated") : QString(),
                      r.from->title);
    }
    return r;
}

WayIn wayIn(const Role &role, const Role *from, int skillCount)
{
    WayIn w;
    w.education = role.typicalEducation;
    w.experience = role.workExperience;
    w.training = role.jobTraining;
    w.months = role.learningMonths;
    QSet<QString> had; // what `from` lists already
    if (from) {
        for (const RoleSkill &s : from->skills) {
            for (const SkillEntity &e : s.entities)
                had.insert(e.id);
        }
    }
    for (const RoleSkill &s : role.skills) {
        if (w.firstSkills.size() >= skillCount)
            break;
        const bool known = !s.entities.isEmpty()
            && std::all_of(s.entities.begin(), s.entities.end(),
                [&had](const SkillEntity &e) { return had.contains(e.id); });
        if (known) {
            ++w.skillsHad;
            continue;
        }
        w.firstSkills << s.label;
    }
    return w;
}

} // namespace cc
