// SPDX-License-Identifier: MIT
#include "skilloverlap.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace cc
{

namespace
{

bool isToolKind(SkillKind kind)
{
    return isTechnologyLike(kind);
}

struct WeightedEntity {
    SkillEntity entity;
    double weight = 0;
};

// Entity id -> the entity and its largest weight in the role.
QMap<QString, WeightedEntity> entitiesOf(const Role &role)
{
    QMap<QString, WeightedEntity> result;
    for (const RoleSkill &skill : role.skills) {
        const double w = entityWeight(skill);
        for (const SkillEntity &entity : skill.entities) {
            auto it = result.find(entity.id);
            if (it == result.end())
                result.insert(entity.id, WeightedEntity { entity, w });
            else
                it->weight = std::max(it->weight, w);
        }
    }
    return result;
}

void sortByWeight(QVector<OverlapEntry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const OverlapEntry &l, const OverlapEntry &r) {
        // Skills and knowledge first, then technologies and topics; within each, weightiest first.
        const bool lTool = isToolKind(l.entity.kind);
        if (lTool != isToolKind(r.entity.kind))
            return !lTool;
        const double lw = l.weightA + l.weightB;
        const double rw = r.weightA + r.weightB;
        if (lw != rw)
            return lw > rw;
        const int byName = l.entity.name.compare(r.entity.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : l.entity.id < r.entity.id;
    });
}

} // namespace

double entityWeight(const RoleSkill &skill)
{
    switch (skill.kind) {
    case SkillKind::Skill:
    case SkillKind::Knowledge:
        return skill.importance ? std::clamp(*skill.importance / 5.0, 0.0, 1.0) : 0.6;
    case SkillKind::Technology:
        return skill.inDemand ? 1.0 : skill.hot ? 0.8 : 0.5;
    case SkillKind::Topic:
        return 1.0;
    }
    return 0;
}

namespace
{
// O*NET has namesakes of different kinds (the Mathematics skill and the Mathematics knowledge area):
// where two entities of the comparison share a name, each is named with its kind, "Mathematics
// (skill)", so that every name in only A / shared / only B is unique.
void nameNamesakesApart(SkillOverlap &overlap)
{
    QHash<QString, QSet<QString>> idsByName;
    for (const QVector<OverlapEntry> *list : { &overlap.onlyA, &overlap.shared, &overlap.onlyB }) {
        for (const OverlapEntry &e : *list)
            idsByName[e.entity.name.toCaseFolded()].insert(e.entity.id);
    }
    for (QVector<OverlapEntry> *list : { &overlap.onlyA, &overlap.shared, &overlap.onlyB }) {
        for (OverlapEntry &e : *list) {
            if (idsByName.value(e.entity.name.toCaseFolded()).size() > 1)
                e.entity.name = QStringLiteral("%1 (%2)").arg(e.entity.name, skillKindName(e.entity.kind));
        }
    }
}
} // namespace

SkillOverlap compareSkills(const Role &a, const Role &b)
{
    const auto inA = entitiesOf(a);
    const auto inB = entitiesOf(b);

    SkillOverlap result;
    // Per group (0 abilities, 1 tools): sum of min, sum of max, and whether each role has any.
    double sumMin[2] = { 0, 0 };
    double sumMax[2] = { 0, 0 };
    bool hasA[2] = { false, false };
    bool hasB[2] = { false, false };

    for (auto it = inA.constBegin(); it != inA.constEnd(); ++it) {
        const int group = isToolKind(it->entity.kind) ? 1 : 0;
        hasA[group] = true;
        const auto other = inB.constFind(it.key());
        const double wb = other == inB.constEnd() ? 0.0 : other->weight;
        OverlapEntry entry { it->entity, it->weight, wb };
        sumMin[group] += std::min(it->weight, wb);
        sumMax[group] += std::max(it->weight, wb);
        (other == inB.constEnd() ? result.onlyA : result.shared).append(entry);
    }
    for (auto it = inB.constBegin(); it != inB.constEnd(); ++it) {
        const int group = isToolKind(it->entity.kind) ? 1 : 0;
        hasB[group] = true;
        if (inA.contains(it.key()))
            continue;
        sumMax[group] += it->weight;
        result.onlyB.append(OverlapEntry { it->entity, 0.0, it->weight });
    }

    double total = 0;
    int groups = 0;
    for (int g = 0; g < 2; ++g) {
        if (hasA[g] && hasB[g] && sumMax[g] > 0) {
            total += sumMin[g] / sumMax[g];
            ++groups;
        }
    }
    if (groups > 0)
        result.similarityPercent = 100.0 * total / groups;

    nameNamesakesApart(result);
    sortByWeight(result.onlyA);
    sortByWeight(result.shared);
    sortByWeight(result.onlyB);
    return result;
}

} // namespace cc
