// SPDX-License-Identifier: MIT
#include "comparisonjson.h"

#include "attributes.h"
#include "mobility.h"

#include <QCoreApplication>

#include <QJsonArray>

#include <algorithm>

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

// A share of leavers as JSON: two decimals, so that small flows do not read as none.
QJsonValue percentJson(double percent)
{
    return qRound(percent * 100.0) / 100.0;
}

QJsonArray destinationsJson(const Role &role)
{
    QJsonArray list;
    for (const mobility::Destination &d : mobility::destinations(role)) {
        // "code"/"title": the catalogue role to compare with; "cps_*": the survey group the share is of.
        QJsonObject entry {
            { QStringLiteral("code"),
                d.roles.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.roles.first().code) },
            { QStringLiteral("title"), d.roles.isEmpty() ? d.groupTitle : d.roles.first().title },
            { QStringLiteral("percent"), percentJson(d.percent) },
            { QStringLiteral("cps_code"), d.groupCode },
            { QStringLiteral("cps_title"), d.groupTitle },
            { QStringLiteral("other_roles_in_group"), int(std::max<qsizetype>(0, d.roles.size() - 1)) },
        };
        list.append(entry);
    }
    return list;
}

// PRODUCT.md §3 "mobility": shares of each role's leavers in a year; null with a note when missing,
// 0 with a note when the survey recorded no such move.
QJsonObject mobilityJson(const Role &a, const Role &b, const QHash<QString, QString> &citations)
{
    QJsonObject notes;
    auto share = [&](const Role &from, const Role &to, const QString &key) -> QJsonValue {
        const mobility::PairShare s = mobility::leaversShare(from, to);
        if (!s.percent) {
            notes.insert(key, QCoreApplication::translate("Mobility", "missing: %1").arg(s.why));
            return QJsonValue(QJsonValue::Null);
        }
        if (*s.percent <= 0)
            notes.insert(key,
                QCoreApplication::translate(
                    "Mobility", "no recorded moves: the survey saw none (not the same as impossible)"));
        return percentJson(*s.percent);
    };
    QJsonObject json {
        { QStringLiteral("a_to_b_percent"), share(a, b, QStringLiteral("a_to_b_percent")) },
        { QStringLiteral("b_to_a_percent"), share(b, a, QStringLiteral("b_to_a_percent")) },
        { QStringLiteral("a_destinations"), destinationsJson(a) },
        { QStringLiteral("b_destinations"), destinationsJson(b) },
        { QStringLiteral("source"), citations.value(mobility::SourceId, mobility::SourceId) },
    };
    for (const Role *r : { &a, &b }) {
        if (r->mobility.groups.isEmpty())
            notes.insert(r == &a ? QStringLiteral("a_destinations") : QStringLiteral("b_destinations"),
                QCoreApplication::translate("Mobility", "missing: %1").arg(mobility::whyNoGroup(*r)));
    }
    if (!notes.isEmpty())
        json.insert(QStringLiteral("notes"), notes);
    return json;
}

QJsonArray workActivityTitles(const Role &role)
{
    QJsonArray list;
    for (const WorkActivity &w : role.workActivities)
        list.append(w.dwaTitle);
    return list;
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
            notes.insert(field, QStringLiteral("%1: %2").arg(valueStatusName(p.status), p.text()));
    }
    // A value of the seed page says so beside it, as the glance table's dagger does: it is the page's
    // own, never ranked against nor called equal to another source's (docs/DATA.md).
    for (const Attribute &at : attributes()) {
        if (!at.jsonName.isEmpty() && !at.text(role).isEmpty() && role.isPageFigure(at.field)
            && !notes.contains(at.field)) {
            // With what the page leaves out, when its note says ("the page gives only the range, …").
            const QString more = role.provenanceOf(at.field).text();
            notes.insert(at.field,
                QStringLiteral("page: ")
                    + QCoreApplication::translate(
                        "Sentences", "the seed web page's own figure, not an official statistic")
                    + (more.isEmpty() ? QString() : QStringLiteral("; ") + more));
        }
    }

    QJsonObject json {
        { QStringLiteral("code"), role.code },
        { QStringLiteral("title"), role.title },
        { QStringLiteral("category"), role.category },
        // The closest ESCO occupation's Spanish label (a subtitle, never the title); null when none.
        { QStringLiteral("esco_label"),
            role.escoLabel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(role.escoLabel) },
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
        { QStringLiteral("rated"),
            QJsonObject { { QStringLiteral("a"), c.skills.skillsRatedA },
                { QStringLiteral("b"), c.skills.skillsRatedB } } },
        { QStringLiteral("not_rated"), strings(unratedSkillsNotes(c.skills, c.a, c.b)) },
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
        { QStringLiteral("work_activities"),
            QJsonObject { { QStringLiteral("a"), workActivityTitles(c.a) },
                { QStringLiteral("b"), workActivityTitles(c.b) } } },
        { QStringLiteral("summary"), c.summary },
        { QStringLiteral("conclusion"), strings(c.conclusion) },
        { QStringLiteral("choose_a_if"), strings(c.chooseAIf) },
        { QStringLiteral("choose_b_if"), strings(c.chooseBIf) },
        { QStringLiteral("sources"), strings(sources) },
        { QStringLiteral("mobility"), mobilityJson(c.a, c.b, citations) },
    };
}

} // namespace cc
