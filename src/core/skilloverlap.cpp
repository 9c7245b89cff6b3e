// SPDX-License-Identifier: MIT
#include "skilloverlap.h"

#include <QCoreApplication>

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
// (skill)", so that every name in only A / shared / only B is unique. Names are equal ignoring case.
// The entries are sorted by name (case-insensitively, without folding a copy of each name: folding
// every name into a hash of sets was two thirds of compareSkills), and each run of one name that
// holds more than one id is renamed.
void nameNamesakesApart(SkillOverlap &overlap)
{
    QVector<OverlapEntry *> entries;
    for (QVector<OverlapEntry> *list :
        { &overlap.onlyA, &overlap.shared, &overlap.onlyB, &overlap.notComparedA, &overlap.notComparedB }) {
        for (OverlapEntry &e : *list)
            entries.append(&e);
    }
    std::sort(entries.begin(), entries.end(), [](const OverlapEntry *l, const OverlapEntry *r) {
        return l->entity.name.compare(r->entity.name, Qt::CaseInsensitive) < 0;
    });
    for (qsizetype begin = 0; begin < entries.size();) {
        const QString &name = entries[begin]->entity.name;
        qsizetype end = begin + 1;
        bool severalIds = false;
        while (end < entries.size() && entries[end]->entity.name.compare(name, Qt::CaseInsensitive) == 0) {
            severalIds = severalIds || entries[end]->entity.id != entries[begin]->entity.id;
            ++end;
        }
        for (qsizetype i = begin; severalIds && i < end; ++i) {
            SkillEntity &entity = entries[i]->entity;
            entity.name = QStringLiteral("%1 (%2)").arg(entity.name, skillKindName(entity.kind));
        }
        begin = end;
    }
}
} // namespace

bool hasRatedSkills(const Role &role)
{
    if (role.similarity.has(SimilarityGroup::Skills) || role.similarity.has(SimilarityGroup::Knowledge))
        return true;
    for (const RoleSkill &skill : role.skills) {
        if (!isTechnologyLike(skill.kind))
            return true;
    }
    return false;
}

QStringList unratedSkillsNotes(const SkillOverlap &overlap, const Role &a, const Role &b)
{
    QStringList notes;
    const std::pair<const Role *, bool> roles[]
        = { { &a, overlap.skillsRatedA }, { &b, overlap.skillsRatedB } };
    for (const auto &[role, rated] : roles) {
        if (rated)
            continue;
        switch (role->origin) {
        case RoleOrigin::Onet:
            notes << QCoreApplication::translate("Sentences", "O*NET has not rated skills for %1")
                         .arg(role->title);
            break;
        case RoleOrigin::Seed:
            notes << QCoreApplication::translate("Sentences", "The seed page rates no skills for %1")
                         .arg(role->title);
            break;
        case RoleOrigin::Custom:
            notes << QCoreApplication::translate("Sentences", "No skills are rated for %1").arg(role->title);
            break;
        }
    }
    return notes;
}

QString joinedUnratedSkillsNotes(const SkillOverlap &overlap, const Role &a, const Role &b)
{
    QStringList notes = unratedSkillsNotes(overlap, a, b);
    if (notes.size() == 2 && notes[1].size() > 1 && notes[1].at(1).isLower())
        notes[1][0] = notes[1].at(0).toLower();
    return notes.join(QCoreApplication::translate("Sentences", " and "));
}

SimilarityProfile similarityProfileOf(const Role &role)
{
    if (!role.similarity.isEmpty())
        return role.similarity;
    SimilarityProfile p;
    SparseVector tech;
    for (const RoleSkill &skill : role.skills) {
        if (!isTechnologyLike(skill.kind))
            continue;
        for (const SkillEntity &e : skill.entities)
            tech.append({ e.id, 1.0 });
    }
    p.vector(SimilarityGroup::Technologies) = normalisedVector(tech);
    p.jobZone = role.jobZone;
    return p;
}

SkillOverlap compareSkills(const Role &a, const Role &b)
{
    const auto inA = entitiesOf(a);
    const auto inB = entitiesOf(b);

    SkillOverlap result;
    result.skillsRatedA = hasRatedSkills(a);
    result.skillsRatedB = hasRatedSkills(b);
    const bool compareRated = result.skillsCompared();

    for (auto it = inA.constBegin(); it != inA.constEnd(); ++it) {
        const auto other = inB.constFind(it.key());
        const double wb = other == inB.constEnd() ? 0.0 : other->weight;
        const OverlapEntry entry { it->entity, it->weight, wb };
        if (other != inB.constEnd())
            result.shared.append(entry);
        else if (!compareRated && !isToolKind(it->entity.kind))
            result.notComparedA.append(entry);
        else
            result.onlyA.append(entry);
    }
    for (auto it = inB.constBegin(); it != inB.constEnd(); ++it) {
        if (inA.contains(it.key()))
            continue;
        const OverlapEntry entry { it->entity, 0.0, it->weight };
        if (!compareRated && !isToolKind(it->entity.kind))
            result.notComparedB.append(entry);
        else
            result.onlyB.append(entry);
    }

    result.similarity = computeSimilarity(similarityProfileOf(a), similarityProfileOf(b));
    result.similarityPercent = result.similarity.percent;

    nameNamesakesApart(result);
    sortByWeight(result.onlyA);
    sortByWeight(result.shared);
    sortByWeight(result.onlyB);
    sortByWeight(result.notComparedA);
    sortByWeight(result.notComparedB);
    return result;
}

} // namespace cc
