// SPDX-License-Identifier: MIT
#pragma once

// The pieces the attribute rows (attributes.cpp) are made of: value formatters, JSON writers and
// readers. Internal to cc_core.

#include "attributes.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace cc::attr
{

template <typename T, typename F> QString show(const std::optional<T> &v, F f)
{
    return v ? f(*v) : QString();
}

template <typename T> QJsonValue optional(const std::optional<T> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

template <typename Enum> QJsonValue named(const std::optional<Enum> &v, QString (*name)(Enum))
{
    return v ? QJsonValue(name(*v)) : QJsonValue(QJsonValue::Null);
}

template <typename Enum>
std::function<QString(Role &, const QJsonValue &)> levelReader(
    const QString &key, std::optional<Enum> Role::*member, std::optional<Enum> (*parse)(const QString &))
{
    return [=](Role &r, const QJsonValue &v) {
        if (v.isUndefined() || v.isNull())
            return QString();
        r.*member = v.isString() ? parse(v.toString().trimmed()) : std::nullopt;
        return r.*member ? QString()
                         : QCoreApplication::translate("RoleJson", "%1 has an unknown value").arg(key);
    };
}

template <typename Enum> QStringList levelNames(QString (*name)(Enum), int count)
{
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << name(Enum(i));
    return names;
}

QJsonValue rounded(const std::optional<double> &v);
QJsonValue wage(const Wage &w);
// One range is better only when none of its points is lower (ends, quartiles, median); a range
// reaching both lower and higher is wider; one higher at one point and lower at another, neither.
GlanceMark salaryRangeMark(const Role &a, const Role &b);
QJsonValue salaryJson(const Role &role);
// A JSON value as a message quotes what was given: a number as written, text quoted (shortened), or
// "a list", "an object".
QString givenText(const QJsonValue &v);
// "" when `v` is null or absent, or a number inside `range` (stored in `out`); else what is wrong,
// naming `key`, the range and the value given: "demand_score must be a number from 0 to 10 (11 was
// given)".
QString readNumber(
    const QJsonValue &v, const QString &key, const InputRange &range, std::optional<double> &out);
// The "salary" object: percentiles in whole US dollars and in order, "USD", the year, top_coded.
QString readSalary(Role &r, const QJsonValue &salary);
// A reader for an optional<double> member inside `range`.
std::function<QString(Role &, const QJsonValue &)> numberReader(
    const QString &key, const InputRange &range, std::optional<double> Role::*member);
// Reads "remote_share" (percent) after "remote_friendly": the level follows from the share when not
// given (100: Yes, 0: No, else Partly), and a "Yes" or "No" given must agree with it.
QString readRemoteShare(Role &r, const QJsonValue &v);
// Openings a year as a count of people: 189.1 thousand -> "189,100".
QString openingsCount(double thousands);
QString signedPercent(double value);
// The demand score with the two figures it ranks: "9.5/10: +4.9% growth and 189,100 openings a year".
QString demandText(const Role &r);
// "Partly, 45%": a part-remote label with the teleworkable share it stands for (no brackets, so that
// sentences can quote it inside theirs).
QString remoteText(const Role &r);

// A wage as a number for closeness; nullopt when missing or top-coded ("$239,200 or more").
std::optional<double> wageNumber(const Wage &w);
// The value rounded to a tenth, as shown.
std::optional<double> tenth(const std::optional<double> &v);
// True when the role's projected employment change, as shown, is below zero.
bool projectedToShrink(const Role &r);
// The demand sentence where the templates cannot say it: an equal score resting on different inputs,
// and a higher score of an occupation projected to shrink.
std::optional<QString> demandSentence(const Role &a, const Role &b, Verdict v);
// The salary ceiling's sentence when both ranges are the seed page's, whose top is no 90th percentile.
std::optional<QString> pageCeilingSentence(const Role &a, const Role &b, Verdict v);
// Choose-if caveats: a higher demand score of a shrinking occupation; related experience still expected.
QString shrinkingCaveat(const Role &self, const Role &other);
// What a lower entry barrier still asks of a career changer: related work experience, an
// apprenticeship (BLS typical on-the-job training); empty when neither.
QString experienceCaveat(const Role &self, const Role &other);
// BLS's related work experience for the role is known and not "None".
bool asksForWorkExperience(const Role &role);
bool startsWithApprenticeship(const Role &role);

} // namespace cc::attr
