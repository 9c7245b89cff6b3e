// SPDX-License-Identifier: MIT
#include "comparisonjson.h"

#include "attributes.h"

#include <QJsonArray>

namespace cc
{

namespace
{

QJsonArray names(const QVector<OverlapEntry> &entries)
{
    QJsonArray list;
    for (const OverlapEntry &e : entries)
        list.append(e.entity.name);
    return list;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject roleToJson(const Role &role)
{
    QJsonObject notes;
    QStringList fields = role.provenance.keys();
    fields.sort();
    for (const QString &field : fields) {
        const Provenance &p = role.provenance.value(field);
        if (p.status != ValueStatus::Known && !p.note.isEmpty())
            notes.insert(field, QStringLiteral("%1: %2").arg(valueStatusName(p.status), p.note));
    }

    QJsonObject json {
        { QStringLiteral("code"), role.code },
        { QStringLiteral("title"), role.title },
        { QStringLiteral("category"), role.category },
    };
    for (const Attribute &at : attributes()) {
        if (!at.jsonName.isEmpty())
            json.insert(at.jsonName, at.toJson(role));
        if (!at.extraJsonName.isEmpty())
            json.insert(at.extraJsonName, at.extraToJson(role));
    }
    if (!notes.isEmpty())
        json.insert(QStringLiteral("notes"), notes);
    return json;
}

QJsonObject comparisonToJson(
    const Comparison &c, const QHash<QString, QString> &citations, const QString &credit)
{
    QJsonObject skills {
        { QStringLiteral("only_a"), names(c.skills.onlyA) },
        { QStringLiteral("shared"), names(c.skills.shared) },
        { QStringLiteral("only_b"), names(c.skills.onlyB) },
        { QStringLiteral("similarity_percent"),
            c.skills.similarityPercent ? QJsonValue(qRound(*c.skills.similarityPercent))
                                       : QJsonValue(QJsonValue::Null) },
    };
    QStringList sources;
    for (const QString &id : c.sourceIds)
        sources << citations.value(id, id);
    if (!credit.isEmpty() && !sources.contains(credit))
        sources << credit;
    return QJsonObject {
        { QStringLiteral("a"), roleToJson(c.a) },
        { QStringLiteral("b"), roleToJson(c.b) },
        { QStringLiteral("skills"), skills },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("conclusion"), strings(c.conclusion) },
        { QStringLiteral("choose_a_if"), strings(c.chooseAIf) },
        { QStringLiteral("choose_b_if"), strings(c.chooseBIf) },
        { QStringLiteral("sources"), strings(sources) },
    };
}

} // namespace cc
