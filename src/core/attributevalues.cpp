// SPDX-License-Identifier: MIT
#include "attributevalues.h"

#include "rolejson.h"

#include "derivations.h"
#include "formatting.h"
#include "onetvocabulary.h"
#include "translations.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cc::attr
{

QJsonValue rounded(const std::optional<double> &v)
{
    return v ? QJsonValue(format::roundToTenth(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue wage(const Wage &w)
{
    return w.amount ? QJsonValue(*w.amount) : QJsonValue(QJsonValue::Null);
}

// One range is better only when none of its points (the ends and whichever of the 25th percentile,
// median and 75th percentile both give) is lower and one is higher; ends about the same
// (derive::WageCloseShare) count as equal, a top-coded one is never "about". A range reaching both
// lower and higher is wider; one higher at one point and lower at another (a higher floor, a lower
// median) is neither better.
GlanceMark salaryRangeMark(const Role &a, const Role &b)
{
    const SalaryRange &x = a.salary;
    const SalaryRange &y = b.salary;
    if (!x.low.isKnown() || !x.high.isKnown() || !y.low.isKnown() || !y.high.isKnown()
        || (x.high.topCoded && y.high.topCoded))
        return GlanceMark {};
    const Closeness close { 0, derive::WageCloseShare };
    // +1 when p is higher, -1 when lower, 0 when about the same or unknown on either side.
    auto sign = [&close](const Wage &p, const Wage &q) {
        if (!p.isKnown() || !q.isKnown() || (p.topCoded && q.topCoded))
            return 0;
        if (!p.topCoded && !q.topCoded && close.within(*p.amount, *q.amount))
            return 0;
        return *p.amount > *q.amount ? 1 : (*p.amount < *q.amount ? -1 : 0);
    };
    const int low = sign(x.low, y.low);
    const int high = sign(x.high, y.high);
    if (low * high < 0) // one range holds the other: the outer one is wider, neither is better
        return GlanceMark { high > 0 ? Verdict::ABetter : Verdict::BBetter, false,
            QT_TRANSLATE_NOOP("GlanceRows", "wider") };
    bool higher = false;
    bool lower = false;
    for (const auto &[p, q] :
        { std::pair { &x.low, &y.low }, std::pair { &x.p25, &y.p25 }, std::pair { &x.median, &y.median },
            std::pair { &x.p75, &y.p75 }, std::pair { &x.high, &y.high } }) {
        const int s = sign(*p, *q);
        higher = higher || s > 0;
        lower = lower || s < 0;
    }
    if (higher && lower)
        return GlanceMark { Verdict::Unknown, true, QT_TRANSLATE_NOOP("GlanceRows", "neither better"),
            QT_TRANSLATE_NOOP("GlanceRows",
                "Neither range is better at every point: one is higher at some percentiles and lower at "
                "others") };
    if (higher || lower)
        return GlanceMark { higher ? Verdict::ABetter : Verdict::BBetter };
    return GlanceMark { Verdict::Equal };
}

QJsonValue salaryJson(const Role &role)
{
    const SalaryRange &s = role.salary;
    QJsonObject salary {
        { QStringLiteral("low"), wage(s.low) },
        { QStringLiteral("p25"), wage(s.p25) },
        { QStringLiteral("median"), wage(s.median) },
        { QStringLiteral("p75"), wage(s.p75) },
        { QStringLiteral("high"), wage(s.high) },
        { QStringLiteral("currency"), s.currency },
        { QStringLiteral("year"), optional(s.year) },
    };
    QJsonArray topCoded;
    const std::pair<const char *, const Wage *> wages[] = { { "low", &s.low }, { "p25", &s.p25 },
        { "median", &s.median }, { "p75", &s.p75 }, { "high", &s.high } };
    for (const auto &[key, w] : wages) {
        if (w->topCoded)
            topCoded.append(QLatin1String(key));
    }
    if (!topCoded.isEmpty())
        salary.insert(QStringLiteral("top_coded"), topCoded);
    return salary;
}

QString givenText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: {
        QString text = withoutLoneSurrogates(v.toString());
        if (text.size() > 40) {
            text.truncate(39);
            if (text.back().isHighSurrogate())
                text.chop(1);
            text += QChar(0x2026);
        }
        return QStringLiteral("\"%1\"").arg(text);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QCoreApplication::translate("RoleJson", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("RoleJson", "an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

namespace
{
// A bound as the interface writes numbers: "10,000,000", "10.000.000"; below 10,000 without a group
// separator ("1990", "1000").
QString boundText(double bound)
{
    QLocale locale = textLocale();
    if (std::fabs(bound) < 10000)
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (bound == std::floor(bound) && std::fabs(bound) < 1e15)
        return locale.toString(qlonglong(bound));
    return locale.toString(bound, 'g', 15);
}
} // namespace

QString readNumber(
    const QJsonValue &v, const QString &key, const InputRange &range, std::optional<double> &out)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    const double x = v.toDouble();
    if (v.isDouble() && std::isfinite(x) && x >= range.min && x <= range.max
        && (!range.whole || x == std::floor(x))) {
        out = x;
        return QString();
    }
    return (range.whole
            ? QCoreApplication::translate(
                "RoleJson", "%1 must be a whole number from %2 to %3 (%4 was given)")
            : QCoreApplication::translate("RoleJson", "%1 must be a number from %2 to %3 (%4 was given)"))
        .arg(key, boundText(range.min), boundText(range.max), givenText(v));
}

QString readSalary(Role &r, const QJsonValue &salary)
{
    if (salary.isUndefined() || salary.isNull())
        return QString();
    if (!salary.isObject())
        return QCoreApplication::translate("RoleJson", "salary must be an object");
    const QJsonObject s = salary.toObject();
    static const QStringList known { QStringLiteral("low"), QStringLiteral("p25"), QStringLiteral("median"),
        QStringLiteral("p75"), QStringLiteral("high"), QStringLiteral("currency"), QStringLiteral("year"),
        QStringLiteral("top_coded") };
    if (const QString unknown = unknownFieldsProblem(s, known); !unknown.isEmpty())
        return QStringLiteral("salary: ") + unknown;
    Wage *wages[5] = { &r.salary.low, &r.salary.p25, &r.salary.median, &r.salary.p75, &r.salary.high };
    const QString keys[5] = { QStringLiteral("low"), QStringLiteral("p25"), QStringLiteral("median"),
        QStringLiteral("p75"), QStringLiteral("high") };
    std::optional<double> previous;
    for (int i = 0; i < 5; ++i) {
        std::optional<double> v;
        const QString error
            = readNumber(s.value(keys[i]), QStringLiteral("salary.") + keys[i], inputrange::Wage, v);
        if (!error.isEmpty())
            return error;
        if (v) {
            if (previous && *v < *previous)
                return QCoreApplication::translate("RoleJson", "salary.%1 is below a lower percentile")
                    .arg(keys[i]);
            wages[i]->amount = int(*v);
            previous = v;
        }
    }
    // Every figure is shown in US dollars: another currency would be printed as dollars.
    const QJsonValue currency = s.value(QStringLiteral("currency"));
    if (!currency.isUndefined() && !currency.isNull()
        && (!currency.isString() || currency.toString().trimmed() != QLatin1String("USD")))
        return QCoreApplication::translate("RoleJson",
            "salary.currency must be \"USD\": Career Compare shows salaries in US dollars only (%1 was "
            "given)")
            .arg(givenText(currency));
    std::optional<double> year;
    const QString error = readNumber(
        s.value(QStringLiteral("year")), QStringLiteral("salary.year"), inputrange::SalaryYear, year);
    if (!error.isEmpty())
        return error;
    if (year)
        r.salary.year = int(*year);
    // The percentiles at the top of what the survey publishes ("$239,200 or more"), as --json writes
    // them: they used to be dropped, and "$239,200" shown as if it were the figure.
    const QJsonValue topCoded = s.value(QStringLiteral("top_coded"));
    if (!topCoded.isUndefined() && !topCoded.isNull()) {
        const QString wrong = QCoreApplication::translate("RoleJson",
            "salary.top_coded must be a list of salary percentiles given (\"low\", \"p25\", \"median\", "
            "\"p75\", \"high\"), not %1");
        if (!topCoded.isArray())
            return wrong.arg(givenText(topCoded));
        for (const QJsonValue &name : topCoded.toArray()) {
            const int i = name.isString()
                ? int(std::find(std::begin(keys), std::end(keys), name.toString()) - std::begin(keys))
                : 5;
            if (i >= 5 || !wages[i]->amount)
                return wrong.arg(givenText(name));
            wages[i]->topCoded = true;
        }
    }
    return QString();
}

std::function<QString(Role &, const QJsonValue &)> numberReader(
    const QString &key, const InputRange &range, std::optional<double> Role::*member)
{
    return [=](Role &r, const QJsonValue &v) {
        std::optional<double> out;
        const QString error = readNumber(v, key, range, out);
        if (error.isEmpty())
            r.*member = out;
        return error;
    };
}

QString readRemoteShare(Role &r, const QJsonValue &v)
{
    std::optional<double> percent;
    const QString key = QStringLiteral("remote_share");
    if (const QString error = readNumber(v, key, inputrange::RemoteShare, percent);
        !error.isEmpty() || !percent)
        return error;
    const double share = *percent / 100.0;
    const std::optional<RemoteFriendly> level = derive::remoteFromTeleworkShare(share);
    // "Partly" may stand beside a share shown as 0% or 100% (one rounded there); "Yes" is all, "No" none.
    if (r.remoteFriendly && *r.remoteFriendly != RemoteFriendly::Partly && r.remoteFriendly != level)
        return QCoreApplication::translate("RoleJson",
            "remote_share %1 does not fit remote_friendly \"%2\" (\"Yes\" is a share of 100, "
            "\"No\" a share of 0)")
            .arg(givenText(v), remoteFriendlyName(*r.remoteFriendly));
    if (!r.remoteFriendly)
        r.remoteFriendly = level;
    r.teleworkShare = share;
    return QString();
}

// Openings a year as a count of people: 189.1 thousand -> "189,100".
QString openingsCount(double thousands)
{
    return textLocale().toString(qint64(std::llround(thousands * 1000.0)));
}

QString signedPercent(double value)
{
    const double r = format::roundToTenth(value);
    return (r > 0 ? QStringLiteral("+") : QString()) + format::percent(r);
}

// The demand score with the two figures it ranks: "9.5/10: +4.9% growth and 189,100 openings a year".
QString demandText(const Role &r)
{
    if (!r.demandScore)
        return QString();
    const QString score = format::score(*r.demandScore);
    if (!r.growthPercent || !r.annualOpenings || r.isPageFigure(Field::DemandScore))
        return score;
    return QCoreApplication::translate("Sentences", "%1: %2 growth and %3 openings a year")
        .arg(score, signedPercent(*r.growthPercent), openingsCount(*r.annualOpenings));
}

// "Partly, 45%": a part-remote label with the teleworkable share it stands for.
QString remoteText(const Role &r)
{
    if (!r.remoteFriendly)
        return QString();
    const QString name = remoteFriendlyLabel(*r.remoteFriendly);
    if (*r.remoteFriendly == RemoteFriendly::Partly && r.teleworkShare)
        return QCoreApplication::translate("Sentences", "%1, %2")
            .arg(name, format::percent(double(std::lround(*r.teleworkShare * 100.0))));
    return name;
}

std::optional<double> wageNumber(const Wage &w)
{
    return w.amount && !w.topCoded ? std::optional<double>(*w.amount) : std::nullopt;
}

std::optional<double> tenth(const std::optional<double> &v)
{
    return v ? std::optional<double>(format::roundToTenth(*v)) : std::nullopt;
}

bool projectedToShrink(const Role &r)
{
    return r.growthPercent && !r.isPageFigure(Field::DemandScore)
        && format::roundToTenth(*r.growthPercent) < 0;
}

std::optional<QString> demandSentence(const Role &a, const Role &b, Verdict v)
{
    if (v == Verdict::Equal) {
        // Two equal scores may rest on different growth and openings: both are named. (Two scores that
        // only are about the same take the attribute's "about the same" template.)
        if (format::score(*a.demandScore) != format::score(*b.demandScore) || demandText(a) == demandText(b))
            return std::nullopt;
        return QCoreApplication::translate(
            "Sentences", "Both have the same demand score, %1 (%2: %3; %4: %5).")
            .arg(format::score(*a.demandScore), a.title, demandText(a), b.title, demandText(b));
    }
    if (v != Verdict::ABetter && v != Verdict::BBetter)
        return std::nullopt;
    // A higher score never hides that the occupation is projected to shrink.
    const Role &w = v == Verdict::ABetter ? a : b;
    const Role &l = v == Verdict::ABetter ? b : a;
    if (!projectedToShrink(w))
        return std::nullopt;
    if (projectedToShrink(l))
        return QCoreApplication::translate("Sentences",
            "Higher future demand: %1 (%2, against %3), although employment in both is projected to shrink.")
            .arg(w.title, demandText(w), demandText(l));
    return QCoreApplication::translate("Sentences",
        "Higher future demand: %1 (%2, against %3), although employment in %1 is projected to shrink and in "
        "%4 is not.")
        .arg(w.title, demandText(w), demandText(l), l.title);
}

std::optional<QString> pageCeilingSentence(const Role &a, const Role &b, Verdict v)
{
    if (!a.isPageFigure(Field::Salary) || !b.isPageFigure(Field::Salary) || !a.salary.high.isKnown()
        || !b.salary.high.isKnown())
        return std::nullopt;
    const QString x = format::wage(a.salary.high);
    const QString y = format::wage(b.salary.high);
    switch (v) {
    case Verdict::Equal:
        if (x == y)
            return QCoreApplication::translate(
                "Sentences", "Both salary ranges reach the same top (%1 a year on the seed web page).")
                .arg(x);
        return QCoreApplication::translate("Sentences",
            "Both salary ranges reach about the same top (%1: %2; %3: %4 a year on the seed web page).")
            .arg(a.title, x, b.title, y);
    case Verdict::ABetter:
    case Verdict::BBetter: {
        const bool aHigher = v == Verdict::ABetter;
        return QCoreApplication::translate(
            "Sentences", "Higher top of the salary range: %1 (%2 against %3 a year on the seed web page).")
            .arg((aHigher ? a : b).title, aHigher ? x : y, aHigher ? y : x);
    }
    case Verdict::Unknown:
        break;
    }
    return std::nullopt;
}

QString shrinkingCaveat(const Role &self, const Role &other)
{
    if (!projectedToShrink(self))
        return QString();
    return projectedToShrink(other)
        ? QCoreApplication::translate("Sentences", "employment in both projected to shrink")
        : QCoreApplication::translate("Sentences", "employment projected to shrink");
}

QString experienceCaveat(const Role &self, const Role &other)
{
    Q_UNUSED(other)
    QStringList caveats;
    if (asksForWorkExperience(self))
        caveats << QCoreApplication::translate("Sentences", "related work experience still expected: %1")
                       .arg(onetTerm(self.workExperience.trimmed()).toLower());
    if (startsWithApprenticeship(self))
        caveats << QCoreApplication::translate("Sentences", "the usual way in is an apprenticeship");
    return caveats.join(QStringLiteral("; "));
}

bool asksForWorkExperience(const Role &role)
{
    const QString experience = role.workExperience.trimmed();
    return !experience.isEmpty() && experience.compare(QLatin1String("None"), Qt::CaseInsensitive) != 0;
}

bool startsWithApprenticeship(const Role &role)
{
    return role.jobTraining.trimmed().compare(QLatin1String("Apprenticeship"), Qt::CaseInsensitive) == 0;
}

} // namespace cc::attr
