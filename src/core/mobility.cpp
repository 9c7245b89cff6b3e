// SPDX-License-Identifier: MIT
#include "mobility.h"

#include "formatting.h"
#include "translations.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>

namespace cc::mobility
{

namespace
{

QSet<QString> groupCodes(const Role &role)
{
    QSet<QString> codes;
    for (const MobilityGroup &g : role.mobility.groups)
        codes.insert(g.code);
    return codes;
}

// P(staying in one of the role's own groups a year later).
double stayProbability(const Role &role, const QSet<QString> &own)
{
    double stay = 0;
    for (const MobilityFlow &f : role.mobility.outflows) {
        if (own.contains(f.groupCode))
            stay += f.probability;
    }
    return stay;
}

// Below this the survey recorded (next to) nobody leaving.
constexpr double NoLeavers = 1e-9;

QString groupList(const Role &role)
{
    QStringList names;
    for (const MobilityGroup &g : role.mobility.groups)
        names << QStringLiteral("%1 %2").arg(g.code, g.title);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString whyNoGroup(const Role &role)
{
    const Provenance p = role.provenanceOf(Field::Mobility);
    if (!p.note.isEmpty() && p.status == ValueStatus::Missing)
        return format::aside(p.text()); // quoted in brackets: "not available (X: why)"
    if (role.isCustom())
        return QCoreApplication::translate(
            "Mobility", "a role of your own is not an occupation of the survey");
    return QCoreApplication::translate("Mobility", "the survey has no occupation group for it");
}

std::optional<double> leavingPercent(const Role &role)
{
    if (role.mobility.groups.isEmpty())
        return std::nullopt;
    return 100.0 * std::max(0.0, 1.0 - stayProbability(role, groupCodes(role)));
}

PairShare leaversShare(const Role &from, const Role &to)
{
    PairShare share;
    if (from.mobility.groups.isEmpty()) {
        share.why = QStringLiteral("%1: %2").arg(from.title, whyNoGroup(from));
        return share;
    }
    if (to.mobility.groups.isEmpty()) {
        share.why = QStringLiteral("%1: %2").arg(to.title, whyNoGroup(to));
        return share;
    }
    const QSet<QString> own = groupCodes(from);
    QSet<QString> target = groupCodes(to);
    target.subtract(own); // moves within the role's own groups are staying
    if (target.isEmpty()) {
        share.why = QCoreApplication::translate(
            "Mobility", "the survey counts both in the same occupation group, %1")
                        .arg(groupList(to));
        return share;
    }
    const double leaving = 1.0 - stayProbability(from, own);
    if (leaving <= NoLeavers) {
        share.why = QCoreApplication::translate("Mobility", "the survey recorded nobody leaving %1")
                        .arg(from.title);
        return share;
    }
    double moving = 0;
    for (const MobilityFlow &f : from.mobility.outflows) {
        if (target.contains(f.groupCode))
            moving += f.probability;
    }
    share.percent = 100.0 * moving / leaving;
    return share;
}

QVector<int> destinationFlows(const Role &role, int count)
{
    QVector<int> flows;
    if (role.mobility.groups.isEmpty())
        return flows;
    const QSet<QString> own = groupCodes(role);
    if (1.0 - stayProbability(role, own) <= NoLeavers)
        return flows;
    const QVector<MobilityFlow> &outflows = role.mobility.outflows;
    for (int i = 0; i < outflows.size(); ++i) {
        if (!own.contains(outflows[i].groupCode) && outflows[i].probability > 0)
            flows.append(i);
    }
    std::sort(flows.begin(), flows.end(), [&outflows](int l, int r) {
        if (outflows[l].probability != outflows[r].probability)
            return outflows[l].probability > outflows[r].probability;
        return outflows[l].groupCode < outflows[r].groupCode;
    });
    if (flows.size() > count)
        flows.resize(std::max(count, 0));
    return flows;
}

QVector<Destination> destinations(const Role &role, int count)
{
    QVector<Destination> list;
    const double leaving = 1.0 - stayProbability(role, groupCodes(role));
    for (const int i : destinationFlows(role, count)) {
        const MobilityFlow &f = role.mobility.outflows[i];
        list.append(Destination { f.groupCode, f.groupTitle, 100.0 * f.probability / leaving, f.roles });
    }
    return list;
}

QString percentText(double percent)
{
    if (percent > 0 && percent < 0.05)
        return QCoreApplication::translate("Mobility", "less than 0.1%");
    return format::fixedPercent(percent);
}

QString titleWithSurveyGroups(const Role &role)
{
    const QVector<MobilityGroup> &groups = role.mobility.groups;
    if (role.provenanceOf(Field::Mobility).status != ValueStatus::Estimate || groups.isEmpty())
        return role.title;
    if (groups.size() == 1)
        return role.title
            + QCoreApplication::translate(
                "Mobility", " (the survey's group %1, which counts more than this occupation)")
                  .arg(groups.first().title);
    QStringList titles;
    for (const MobilityGroup &group : groups)
        titles << group.title;
    return role.title
        + QCoreApplication::translate("Mobility", " (the survey's groups %1, weighted by their employment)")
              .arg(textLocale().createSeparatedList(titles));
}

QString pairSentence(const Role &from, const Role &to)
{
    const PairShare share = leaversShare(from, to);
    if (!share.percent)
        return QCoreApplication::translate("Mobility", "Moves from %1 to %2: not available (%3).")
            .arg(from.title, to.title, share.why);
    if (*share.percent <= 0)
        return QCoreApplication::translate("Mobility",
            "No recorded moves from %1 to %2: the survey saw none of the people who left %3 go there in a "
            "year (which does not make the move impossible).")
            .arg(titleWithSurveyGroups(from), titleWithSurveyGroups(to), from.title);
    QString sentence
        = QCoreApplication::translate("Mobility", "Of the people who leave %1 in a year, %2 go to %3")
              .arg(titleWithSurveyGroups(from), percentText(*share.percent), titleWithSurveyGroups(to));
    return sentence + QLatin1Char('.');
}

} // namespace cc::mobility
