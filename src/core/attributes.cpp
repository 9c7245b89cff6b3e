// SPDX-License-Identifier: MIT
#include "attributes.h"

#include "attributevalues.h"
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

namespace cc
{

namespace
{

using namespace attr;

Attribute salaryAttribute()
{
    Attribute salary;
    salary.key = QStringLiteral("salary");
    salary.field = Field::Salary;
    salary.jsonName = QStringLiteral("salary");
    salary.label = QT_TRANSLATE_NOOP("GlanceRows", "Salary range");
    salary.suffix = QT_TRANSLATE_NOOP("GlanceRows", "/yr");
    salary.better = Better::Higher;
    salary.input = InputKind::Salary;
    salary.noun = QT_TRANSLATE_NOOP("Sentences", "the salary ceiling");
    salary.source = QT_TRANSLATE_NOOP("Sentences", "BLS OEWS wages");
    salary.text = [](const Role &r) { return format::wage(r.salary.high); };
    salary.glanceText = [](const Role &r) { return format::salaryRange(r.salary); };
    salary.compare = compareSalaryCeiling;
    salary.number = [](const Role &r) { return wageNumber(r.salary.high); };
    salary.closeness = Closeness { 0, derive::WageCloseShare };
    salary.specialSentence = [](const Role &a, const Role &b, Verdict v) -> std::optional<QString> {
        if (v == Verdict::Unknown && a.salary.high.topCoded && b.salary.high.topCoded)
            return QCoreApplication::translate("Sentences",
                "Both salary ceilings are at or above %1, the highest figure BLS "
                "publishes, so neither can be called higher.")
                .arg(format::wage(a.salary.high).chopped(1));
        return pageCeilingSentence(a, b, v);
    };
    salary.glanceMarkOf = salaryRangeMark;
    salary.toJson = salaryJson;
    salary.fromJson = readSalary;
    salary.sentences.better = QT_TRANSLATE_NOOP(
        "Sentences", "Higher salary ceiling: %1 (%2 against %3 a year at the 90th percentile%4).");
    salary.sentences.equal = QT_TRANSLATE_NOOP(
        "Sentences", "Both have the same salary ceiling (%1 a year at the 90th percentile%2).");
    salary.sentences.unknown
        = QT_TRANSLATE_NOOP("Sentences", "Salary ceilings cannot be compared: the 90th percentile is %1.");
    salary.sentences.aboutSame = QT_TRANSLATE_NOOP("Sentences",
        "Both have about the same salary ceiling (%1: %2; %3: %4 a year at the 90th percentile%5).");
    salary.sentences.chooseIf
        = QT_TRANSLATE_NOOP("Sentences", "Want the higher salary ceiling (%1 at the 90th percentile)");
    salary.sentences.pageChooseIf = QT_TRANSLATE_NOOP(
        "Sentences", "Want the higher top of the salary range (%1 against %2 on the seed web page)");
    return salary;
}

Attribute medianAttribute()
{
    Attribute median;
    median.key = QStringLiteral("median");
    median.field = Field::Salary;
    median.label = QT_TRANSLATE_NOOP("GlanceRows", "Median salary");
    median.better = Better::Higher;
    median.input = InputKind::PartOfSalary;
    median.noun = QT_TRANSLATE_NOOP("Sentences", "median pay");
    median.source = QT_TRANSLATE_NOOP("Sentences", "BLS OEWS wages");
    median.text = [](const Role &r) { return format::wage(r.salary.median); };
    median.compare = compareMedianSalary;
    median.number = [](const Role &r) { return wageNumber(r.salary.median); };
    median.closeness = Closeness { 0, derive::WageCloseShare };
    median.specialSentence = [](const Role &a, const Role &b, Verdict v) -> std::optional<QString> {
        if (v == Verdict::Unknown && a.salary.median.topCoded && b.salary.median.topCoded)
            return QCoreApplication::translate(
                "Sentences", "Both median salaries are at or above %1, so neither can be called higher.")
                .arg(format::wage(a.salary.median).chopped(1));
        return std::nullopt;
    };
    median.sentences.better
        = QT_TRANSLATE_NOOP("Sentences", "Higher median pay: %1 (%2 against %3 a year%4).");
    median.sentences.equal = QT_TRANSLATE_NOOP("Sentences", "Both have the same median pay (%1 a year%2).");
    median.sentences.unknown = QT_TRANSLATE_NOOP("Sentences", "Median pay cannot be compared: it is %1.");
    median.sentences.aboutSame
        = QT_TRANSLATE_NOOP("Sentences", "Both have about the same median pay (%1: %2; %3: %4 a year%5).");
    median.sentences.chooseIf = QT_TRANSLATE_NOOP("Sentences", "Want the higher typical pay (median %1)");
    return median;
}

// Two demand scores that differ but are about the same, while the two figures they rank both point
// to one role, or one does and the other is about the same: "about the same demand" would then
// contradict the figures it quotes (Project Management Specialists 9.5/10 and Management Analysts
// 9.8/10, whose growth, +5.6% against +8.8%, and openings, 78,200 against 98,100, both favour the
// analysts). The scores' closeness is kept; the figures' lead is said.
std::optional<QString> demandInputsSentence(const Role &a, const Role &b, Verdict v)
{
    if (v != Verdict::Equal || format::score(*a.demandScore) == format::score(*b.demandScore))
        return std::nullopt;
    const Verdict growth = attribute(QStringLiteral("growth_percent")).verdict(a, b);
    const Verdict openings = attribute(QStringLiteral("annual_openings")).verdict(a, b);
    const auto leads = [](Verdict x) { return x == Verdict::ABetter || x == Verdict::BBetter; };
    if ((!leads(growth) && !leads(openings)) || growth == Verdict::Unknown || openings == Verdict::Unknown
        || (leads(growth) && leads(openings) && growth != openings))
        return std::nullopt;
    const Verdict lead = leads(growth) ? growth : openings;
    const char *templ = leads(growth) && leads(openings)
        ? QT_TRANSLATE_NOOP("Sentences",
            "The demand scores are close, but %1 has both the higher growth rate and more openings a year "
            "(%2: %3; %4: %5).")
        : leads(growth) ? QT_TRANSLATE_NOOP(
              "Sentences", "The demand scores are close, but %1 has the higher growth rate (%2: %3; %4: %5).")
                        : QT_TRANSLATE_NOOP("Sentences",
                            "The demand scores are close, but %1 has more openings a year (%2: %3; %4: %5).");
    return QCoreApplication::translate("Sentences", templ)
        .arg((lead == Verdict::ABetter ? a : b).title, a.title, demandText(a), b.title, demandText(b));
}

Attribute demandAttribute()
{
    Attribute demand;
    demand.key = Field::DemandScore;
    demand.field = Field::DemandScore;
    demand.jsonName = QStringLiteral("demand_score");
    demand.label = QT_TRANSLATE_NOOP("GlanceRows", "Demand score");
    demand.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "&Demand score:");
    demand.better = Better::Higher;
    demand.input = InputKind::Number;
    demand.min = 0;
    demand.max = 10;
    demand.inputSuffix = " /10";
    demand.noun = QT_TRANSLATE_NOOP("Sentences", "demand");
    demand.source = QT_TRANSLATE_NOOP("Sentences", "BLS employment projections 2024–34");
    demand.text = demandText;
    demand.glanceText = [](const Role &r) { return show(r.demandScore, format::score); };
    demand.compare = compareDemand;
    demand.number = [](const Role &r) { return tenth(r.demandScore); };
    demand.closeness = Closeness { derive::DemandClosePoints, 0 };
    demand.specialSentence = [](const Role &a, const Role &b, Verdict v) {
        if (auto inputs = demandInputsSentence(a, b, v))
            return inputs;
        return demandSentence(a, b, v);
    };
    demand.chooseIfCaveat = shrinkingCaveat;
    demand.toJson = [](const Role &r) { return rounded(r.demandScore); };
    demand.fromJson = numberReader(demand.jsonName, demand.inputRange(), &Role::demandScore);
    demand.sentences.better = QT_TRANSLATE_NOOP("Sentences", "Higher future demand: %1 (%2, against %3%4).");
    demand.sentences.equal = QT_TRANSLATE_NOOP("Sentences", "Both have the same demand score (%1%2).");
    demand.sentences.unknown = QT_TRANSLATE_NOOP("Sentences", "Demand cannot be compared: it is %1.");
    demand.sentences.aboutSame
        = QT_TRANSLATE_NOOP("Sentences", "Both have about the same demand (%1: %2; %3: %4%5).");
    demand.sentences.chooseIf = QT_TRANSLATE_NOOP("Sentences", "Want the higher-demand career path (%1)");
    return demand;
}

Attribute growthAttribute()
{
    Attribute growth;
    growth.key = QStringLiteral("growth_percent");
    growth.field = Field::Projections;
    growth.jsonName = QStringLiteral("growth_percent");
    growth.label = QT_TRANSLATE_NOOP("GlanceRows", "Job growth 2024–34");
    growth.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "Job &growth 2024–34:");
    growth.higherWord = QT_TRANSLATE_NOOP(
        "GlanceRows", "higher rate"); // true of -4.3% against -12% too, where "faster growth" was not
    growth.better = Better::Neither; // the demand score judges; its inputs are shown as they are
    growth.input = InputKind::Number;
    growth.min = -100;
    growth.max = 1000;
    growth.inputSuffix = " %";
    growth.noun = QT_TRANSLATE_NOOP("Sentences", "job growth");
    growth.source = QT_TRANSLATE_NOOP("Sentences", "BLS employment projections 2024–34");
    growth.text = [](const Role &r) { return show(r.growthPercent, signedPercent); };
    growth.compare = [](const Role &a, const Role &b) {
        if (!a.growthPercent || !b.growthPercent)
            return Verdict::Unknown;
        const double x = format::roundToTenth(*a.growthPercent);
        const double y = format::roundToTenth(*b.growthPercent);
        return x == y ? Verdict::Equal : (x > y ? Verdict::ABetter : Verdict::BBetter);
    };
    growth.number = [](const Role &r) { return tenth(r.growthPercent); };
    growth.closeness = Closeness { derive::GrowthClosePoints, 0 };
    growth.toJson = [](const Role &r) { return rounded(r.growthPercent); };
    growth.fromJson = numberReader(growth.jsonName, growth.inputRange(), &Role::growthPercent);
    return growth;
}

Attribute openingsAttribute()
{
    Attribute openings;
    openings.key = QStringLiteral("annual_openings");
    openings.field = Field::Projections;
    openings.jsonName = QStringLiteral("annual_openings");
    openings.label = QT_TRANSLATE_NOOP("GlanceRows", "Openings a year");
    openings.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "&Openings a year:");
    openings.higherWord = QT_TRANSLATE_NOOP("GlanceRows", "more openings");
    openings.better = Better::Neither;
    openings.input = InputKind::WholeNumber;
    openings.min = 0;
    openings.max = 10'000'000;
    openings.noun = QT_TRANSLATE_NOOP("Sentences", "openings a year");
    openings.source = QT_TRANSLATE_NOOP("Sentences", "BLS employment projections 2024–34");
    openings.text = [](const Role &r) { return show(r.annualOpenings, openingsCount); };
    openings.compare = [](const Role &a, const Role &b) {
        if (!a.annualOpenings || !b.annualOpenings)
            return Verdict::Unknown;
        const qint64 x = std::llround(*a.annualOpenings * 1000.0);
        const qint64 y = std::llround(*b.annualOpenings * 1000.0);
        return x == y ? Verdict::Equal : (x > y ? Verdict::ABetter : Verdict::BBetter);
    };
    openings.number = [](const Role &r) {
        return r.annualOpenings ? std::optional<double>(double(std::llround(*r.annualOpenings * 1000.0)))
                                : std::nullopt;
    };
    openings.closeness = Closeness { derive::OpeningsClosePeople, derive::OpeningsCloseShare };
    // A count of people; the catalogue keeps BLS's thousands.
    openings.toJson = [](const Role &r) {
        return r.annualOpenings ? QJsonValue(double(std::llround(*r.annualOpenings * 1000.0)))
                                : QJsonValue(QJsonValue::Null);
    };
    openings.fromJson
        = [key = openings.jsonName, range = openings.inputRange()](Role &r, const QJsonValue &v) {
              std::optional<double> count; // people, whole
              const QString error = readNumber(v, key, range, count);
              if (error.isEmpty() && count)
                  r.annualOpenings = *count / 1000.0;
              return error;
          };
    return openings;
}

// A yes/no attribute held in `member`: shown "Yes"/"No", compared as yes over no (whether that is
// better is the attribute's `better`), read and written as a JSON boolean, null when missing. Set
// `jsonName` first: the reader's message names it.
void setYesNo(Attribute &attribute, std::optional<bool> Role::*member)
{
    attribute.input = InputKind::YesNo;
    attribute.text = [member](const Role &r) {
        return show(r.*member, [](bool v) {
            return v ? QCoreApplication::translate("GlanceRows", "Yes")
                     : QCoreApplication::translate("GlanceRows", "No");
        });
    };
    attribute.compare = [member](const Role &a, const Role &b) {
        if (!(a.*member) || !(b.*member))
            return Verdict::Unknown;
        return *(a.*member) == *(b.*member) ? Verdict::Equal
                                            : (*(a.*member) ? Verdict::ABetter : Verdict::BBetter);
    };
    attribute.toJson = [member](const Role &r) { return optional(r.*member); };
    attribute.fromJson = [member, key = attribute.jsonName](Role &r, const QJsonValue &v) {
        if (v.isBool())
            r.*member = v.toBool();
        else if (!v.isUndefined() && !v.isNull())
            return QCoreApplication::translate("RoleJson", "%1 must be true, false or null").arg(key);
        return QString();
    };
}

Attribute brightAttribute()
{
    Attribute bright;
    bright.key = Field::BrightOutlook;
    bright.field = Field::BrightOutlook;
    bright.jsonName = QStringLiteral("bright_outlook");
    bright.label = QT_TRANSLATE_NOOP("GlanceRows", "Bright Outlook");
    bright.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "&Bright Outlook:");
    bright.higherWord = QT_TRANSLATE_NOOP("GlanceRows", "bright outlook");
    bright.better = Better::Neither;
    bright.noun = QT_TRANSLATE_NOOP("Sentences", "Bright Outlook");
    bright.source = QT_TRANSLATE_NOOP("Sentences", "O*NET's Bright Outlook criteria on BLS projections");
    setYesNo(bright, &Role::brightOutlook);
    return bright;
}

Attribute riskAttribute()
{
    Attribute risk;
    risk.key = Field::AiRisk;
    risk.field = Field::AiRisk;
    risk.jsonName = QStringLiteral("ai_risk_percent");
    risk.label = QT_TRANSLATE_NOOP("GlanceRows", "AI replacement risk");
    risk.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "AI replacement &risk:");
    risk.better = Better::Lower;
    risk.input = InputKind::Number;
    risk.min = 0;
    risk.max = 100;
    risk.inputSuffix = " %";
    risk.noun = QT_TRANSLATE_NOOP("Sentences", "AI replacement risk");
    risk.source = QT_TRANSLATE_NOOP("Sentences", "Frey & Osborne's study of computerisation");
    risk.text = [](const Role &r) { return show(r.aiRiskPercent, format::percent); };
    risk.compare = compareAiRisk;
    risk.number = [](const Role &r) { return tenth(r.aiRiskPercent); };
    risk.closeness = Closeness { derive::RiskClosePoints, 0 };
    risk.toJson = [](const Role &r) { return rounded(r.aiRiskPercent); };
    risk.fromJson = numberReader(risk.jsonName, risk.inputRange(), &Role::aiRiskPercent);
    risk.sentences.better
        = QT_TRANSLATE_NOOP("Sentences", "Lower AI replacement risk: %1 (%2 against %3%4).");
    risk.sentences.equal = QT_TRANSLATE_NOOP("Sentences", "Both have the same AI replacement risk (%1%2).");
    risk.sentences.unknown
        = QT_TRANSLATE_NOOP("Sentences", "AI replacement risk cannot be compared: it is %1.");
    risk.sentences.aboutSame
        = QT_TRANSLATE_NOOP("Sentences", "Both have about the same AI replacement risk (%1: %2; %3: %4%5).");
    risk.sentences.chooseIf
        = QT_TRANSLATE_NOOP("Sentences", "Want a lower AI replacement risk (%1 against %2)");
    // A mean of different figures that would rank the two differently: shown, not ranked.
    risk.glanceMarkOf = [](const Role &a, const Role &b) {
        if (derive::aiRisksUnranked(a, b))
            return GlanceMark { Verdict::Unknown, true, QT_TRANSLATE_NOOP("GlanceRows", "not ranked"),
                QT_TRANSLATE_NOOP("GlanceRows",
                    "Not ranked: a plain mean of different Frey & Osborne figures, which would rank the "
                    "two differently") };
        return GlanceMark { attribute(Field::AiRisk).verdict(a, b), true, nullptr };
    };
    risk.specialSentence = [](const Role &a, const Role &b, Verdict) -> std::optional<QString> {
        if (!derive::aiRisksUnranked(a, b))
            return std::nullopt;
        auto mean = [](const Role &r) {
            QStringList figures;
            for (const double figure : derive::aiRiskFigures(r))
                figures << format::percent(figure);
            const QString list = textLocale().createSeparatedList(figures);
            return QCoreApplication::translate("Sentences",
                "the figure of %1 (%2) is the plain mean of Frey & Osborne's %3 for older codes now merged")
                .arg(r.title, format::percent(*r.aiRiskPercent), list);
        };
        const bool meanA = !derive::aiRiskFigures(a).empty();
        const bool meanB = !derive::aiRiskFigures(b).empty();
        if (meanA && meanB)
            return QCoreApplication::translate("Sentences",
                "AI replacement risk is not ranked: %1; %2; those figures would rank the two differently.")
                .arg(mean(a), mean(b));
        const Role &averaged = meanA ? a : b;
        const Role &other = meanA ? b : a;
        return QCoreApplication::translate("Sentences",
            "AI replacement risk is not ranked: %1, which would rank it differently against %2 (%3).")
            .arg(mean(averaged), other.title, format::percent(*other.aiRiskPercent));
    };
    return risk;
}

Attribute exposureAttribute()
{
    Attribute exposure;
    exposure.key = Field::LlmExposure;
    exposure.field = Field::LlmExposure;
    exposure.jsonName = QStringLiteral("llm_exposure_percent");
    exposure.label = QT_TRANSLATE_NOOP("GlanceRows", "LLM exposure");
    exposure.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "&LLM exposure:");
    exposure.higherWord = QT_TRANSLATE_NOOP("GlanceRows", "more exposed");
    exposure.better = Better::Neither;
    exposure.input = InputKind::Number;
    exposure.min = 0;
    exposure.max = 100;
    exposure.inputSuffix = " %";
    exposure.noun = QT_TRANSLATE_NOOP("Sentences", "LLM exposure");
    exposure.source = QT_TRANSLATE_NOOP("Sentences", "Eloundou et al.'s study of LLM exposure");
    exposure.text = [](const Role &r) { return show(r.llmExposurePercent, format::percent); };
    exposure.compare = [](const Role &a, const Role &b) {
        if (!a.llmExposurePercent || !b.llmExposurePercent)
            return Verdict::Unknown;
        const double x = format::roundToTenth(*a.llmExposurePercent);
        const double y = format::roundToTenth(*b.llmExposurePercent);
        return x == y ? Verdict::Equal : (x > y ? Verdict::ABetter : Verdict::BBetter);
    };
    exposure.number = [](const Role &r) { return tenth(r.llmExposurePercent); };
    exposure.closeness = Closeness { derive::RiskClosePoints, 0 };
    exposure.toJson = [](const Role &r) { return rounded(r.llmExposurePercent); };
    exposure.fromJson = numberReader(exposure.jsonName, exposure.inputRange(), &Role::llmExposurePercent);
    return exposure;
}

Attribute learningAttribute()
{
    Attribute learning;
    learning.key = Field::LearningMonths;
    learning.field = Field::LearningMonths;
    learning.jsonName = QStringLiteral("learning_months");
    learning.label = QT_TRANSLATE_NOOP("GlanceRows", "Learning curve");
    learning.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "Learning &time:");
    learning.better = Better::Lower;
    learning.input = InputKind::WholeNumber;
    learning.min = 0;
    learning.max = 600; // the catalogue's bound: a working life (docs/DATA.md)
    learning.inputSuffix = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", " months");
    learning.noun = QT_TRANSLATE_NOOP("Sentences", "learning time");
    learning.source = QT_TRANSLATE_NOOP("Sentences", "O*NET's education and training ratings");
    learning.text = [](const Role &r) { return show(r.learningMonths, format::months); };
    learning.compare = compareLearning;
    learning.number = [](const Role &r) {
        return r.learningMonths ? std::optional<double>(*r.learningMonths) : std::nullopt;
    };
    learning.closeness = Closeness { derive::LearningCloseMonths, derive::LearningCloseShare };
    learning.toJson = [](const Role &r) { return optional(r.learningMonths); };
    learning.fromJson
        = [key = learning.jsonName, range = learning.inputRange()](Role &r, const QJsonValue &v) {
              std::optional<double> months;
              const QString error = readNumber(v, key, range, months);
              if (error.isEmpty() && months)
                  r.learningMonths = int(*months);
              return error;
          };
    learning.sentences.better
        = QT_TRANSLATE_NOOP("Sentences", "Quicker to become qualified: %1 (%2 against %3%4).");
    learning.sentences.equal
        = QT_TRANSLATE_NOOP("Sentences", "Both take the same time to become qualified (%1%2).");
    learning.sentences.unknown
        = QT_TRANSLATE_NOOP("Sentences", "Learning time cannot be compared: it is %1.");
    learning.sentences.aboutSame = QT_TRANSLATE_NOOP(
        "Sentences", "Both take about the same time to become qualified (%1: %2; %3: %4%5).");
    learning.sentences.chooseIf
        = QT_TRANSLATE_NOOP("Sentences", "Want to be qualified sooner (about %1 against %2)");
    // Two times of which one (or both) is a Job Zone's median that the Job Zones do not order, or one
    // median equal to the other role's own time: shown, not ranked (derive::learningTimesUnranked()).
    auto medianUnranked = [](const Role &a, const Role &b) { return derive::learningTimesUnranked(a, b); };
    learning.glanceMarkOf = [medianUnranked](const Role &a, const Role &b) {
        if (medianUnranked(a, b))
            return GlanceMark { Verdict::Unknown, true, QT_TRANSLATE_NOOP("GlanceRows", "not ranked"),
                QT_TRANSLATE_NOOP("GlanceRows",
                    "Not ranked: a Job Zone's median learning time is a figure of the group, not of the "
                    "role") };
        return GlanceMark { attribute(Field::LearningMonths).verdict(a, b), true, nullptr };
    };
    learning.specialSentence
        = [medianUnranked](const Role &a, const Role &b, Verdict) -> std::optional<QString> {
        if (!medianUnranked(a, b))
            return std::nullopt;
        const bool both = derive::learningIsJobZoneMedian(a) && derive::learningIsJobZoneMedian(b);
        const Role &median = derive::learningIsJobZoneMedian(a) ? a : b;
        const QString figures = QStringLiteral("%1: %2; %3: %4")
                                    .arg(a.title, format::months(*a.learningMonths), b.title,
                                        format::months(*b.learningMonths));
        return both ? QCoreApplication::translate("Sentences",
                   "Learning time is not ranked: O*NET has no education and training ratings for "
                   "either role, whose figures are the medians of their Job Zones (%1).")
                          .arg(figures)
                    : QCoreApplication::translate("Sentences",
                        "Learning time is not ranked: O*NET has no education and training ratings for %1, "
                        "whose figure is the median of its Job Zone (%2).")
                          .arg(median.title, figures);
    };
    return learning;
}

Attribute difficultyAttribute()
{
    Attribute difficulty;
    difficulty.key = Field::Difficulty;
    difficulty.field = Field::Difficulty;
    difficulty.jsonName = QStringLiteral("difficulty");
    difficulty.label = QT_TRANSLATE_NOOP("GlanceRows", "Difficulty");
    difficulty.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "Di&fficulty:");
    difficulty.better = Better::Lower;
    difficulty.input = InputKind::Level;
    difficulty.levels = levelNames(difficultyName, 3);
    difficulty.noun = QT_TRANSLATE_NOOP("Sentences", "difficulty");
    difficulty.source = QT_TRANSLATE_NOOP("Sentences", "O*NET's Job Zone");
    difficulty.text = [](const Role &r) { return show(r.difficulty, difficultyLabel); };
    difficulty.compare = compareDifficulty;
    difficulty.toJson = [](const Role &r) { return named(r.difficulty, &difficultyName); };
    difficulty.fromJson = levelReader(difficulty.jsonName, &Role::difficulty, difficultyFromName);
    difficulty.sentences.better = QT_TRANSLATE_NOOP("Sentences", "Lower difficulty: %1 (%2 against %3%4).");
    difficulty.sentences.equal = QT_TRANSLATE_NOOP("Sentences", "Both have the same difficulty (%1%2).");
    difficulty.sentences.unknown = QT_TRANSLATE_NOOP("Sentences", "Difficulty cannot be compared: it is %1.");
    difficulty.sentences.chooseIf = QT_TRANSLATE_NOOP(
        "Sentences", "Want work that asks for less preparation (difficulty %1 against %2)");
    return difficulty;
}

Attribute barrierAttribute()
{
    Attribute barrier;
    barrier.key = Field::EntryBarrier;
    barrier.field = Field::EntryBarrier;
    barrier.jsonName = QStringLiteral("entry_barrier");
    barrier.label = QT_TRANSLATE_NOOP("GlanceRows", "Entry barrier");
    barrier.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "&Entry barrier:");
    barrier.better = Better::Lower;
    barrier.input = InputKind::Level;
    barrier.levels = levelNames(entryBarrierName, 3);
    barrier.noun = QT_TRANSLATE_NOOP("Sentences", "the entry barrier");
    barrier.source
        = QT_TRANSLATE_NOOP("Sentences", "BLS typical entry education and related work experience");
    barrier.text = [](const Role &r) { return show(r.entryBarrier, entryBarrierLabel); };
    barrier.compare = compareEntryBarrier;
    // A role that asks for related work experience is never called easy to get into; one whose usual
    // way in is an apprenticeship says so (Plumbers: no degree, but years of paid training).
    barrier.specialSentence = [](const Role &a, const Role &b, Verdict v) -> std::optional<QString> {
        if (v != Verdict::ABetter && v != Verdict::BBetter)
            return std::nullopt;
        const Role &w = v == Verdict::ABetter ? a : b;
        const Role &l = v == Verdict::ABetter ? b : a;
        if (asksForWorkExperience(w))
            return QCoreApplication::translate("Sentences",
                "Lower entry barrier: %1 (%2 against %3), but it asks for related work "
                "experience (%4), so it is no easy way in for a career changer.")
                .arg(w.title, entryBarrierLabel(*w.entryBarrier), entryBarrierLabel(*l.entryBarrier),
                    onetTerm(w.workExperience.trimmed()).toLower());
        if (startsWithApprenticeship(w))
            return QCoreApplication::translate("Sentences",
                "Lower entry barrier: %1 (%2 against %3): no college degree is needed to start, but "
                "the usual way in is an apprenticeship (BLS typical on-the-job training).")
                .arg(w.title, entryBarrierLabel(*w.entryBarrier), entryBarrierLabel(*l.entryBarrier));
        return std::nullopt;
    };
    barrier.chooseIfCaveat = experienceCaveat;
    barrier.toJson = [](const Role &r) { return named(r.entryBarrier, &entryBarrierName); };
    barrier.fromJson = levelReader(barrier.jsonName, &Role::entryBarrier, entryBarrierFromName);
    barrier.sentences.better = QT_TRANSLATE_NOOP(
        "Sentences", "Lower entry barrier: %1 (%2 against %3%4): easier for a career changer to get into.");
    barrier.sentences.equal = QT_TRANSLATE_NOOP("Sentences",
        "Both have the same entry barrier (%1%2), so neither is easier to get into on that count.");
    barrier.sentences.unknown
        = QT_TRANSLATE_NOOP("Sentences", "Entry barriers cannot be compared: the barrier is %1.");
    barrier.sentences.chooseIf = QT_TRANSLATE_NOOP("Sentences", "Want a lower entry barrier (%1 against %2)");
    return barrier;
}

Attribute remoteAttribute()
{
    Attribute remote;
    remote.key = Field::RemoteFriendly;
    remote.field = Field::RemoteFriendly;
    remote.jsonName = QStringLiteral("remote_friendly");
    remote.label = QT_TRANSLATE_NOOP("GlanceRows", "Remote friendly");
    remote.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "Re&mote friendly:");
    remote.better = Better::Higher;
    remote.input = InputKind::Level;
    remote.levels = levelNames(remoteFriendlyName, 3);
    remote.noun = QT_TRANSLATE_NOOP("Sentences", "remote work");
    remote.source = QT_TRANSLATE_NOOP("Sentences", "Dingel & Neiman's telework study");
    remote.text = remoteText;
    remote.compare = compareRemote;
    // The share as shown ("Partly, 45%"); within RemoteEqualPoints is about the same.
    remote.number = [](const Role &r) {
        return r.teleworkShare ? std::optional<double>(std::round(*r.teleworkShare * 100.0)) : std::nullopt;
    };
    remote.closeness = Closeness { derive::RemoteEqualPoints, 0 };
    remote.specialSentence = [](const Role &a, const Role &b, Verdict v) -> std::optional<QString> {
        if (v != Verdict::Equal)
            return std::nullopt;
        if (*a.remoteFriendly == RemoteFriendly::No && *b.remoteFriendly == RemoteFriendly::No)
            return QCoreApplication::translate("Sentences", "Neither can usually be done from home.");
        if (remoteText(a) != remoteText(b))
            return QCoreApplication::translate(
                "Sentences", "Both are about equally remote-friendly (%1: %2; %3: %4).")
                .arg(a.title, remoteText(a), b.title, remoteText(b));
        return std::nullopt;
    };
    remote.toJson = [](const Role &r) { return named(r.remoteFriendly, &remoteFriendlyName); };
    remote.extraJsonName = QStringLiteral("remote_share");
    remote.extraToJson = [](const Role &r) {
        return rounded(r.teleworkShare ? std::optional<double>(*r.teleworkShare * 100.0) : std::nullopt);
    };
    remote.fromJson = levelReader(remote.jsonName, &Role::remoteFriendly, remoteFriendlyFromName);
    remote.extraFromJson = readRemoteShare;
    remote.sentences.better = QT_TRANSLATE_NOOP("Sentences", "More remote-friendly: %1 (%2 against %3%4).");
    remote.sentences.equal = QT_TRANSLATE_NOOP("Sentences", "Both are equally remote-friendly (%1%2).");
    remote.sentences.unknown = QT_TRANSLATE_NOOP("Sentences", "Remote work cannot be compared: it is %1.");
    remote.sentences.chooseIf
        = QT_TRANSLATE_NOOP("Sentences", "Want to work from home more (remote-friendly: %1)");
    return remote;
}

Attribute codingAttribute()
{
    Attribute coding;
    coding.key = Field::RequiresCoding;
    coding.field = Field::RequiresCoding;
    coding.jsonName = QStringLiteral("requires_coding");
    coding.label = QT_TRANSLATE_NOOP("GlanceRows", "Requires coding");
    coding.formLabel = QT_TRANSLATE_NOOP("cc::CustomRoleDialog", "Requires c&oding:");
    coding.higherWord = QT_TRANSLATE_NOOP("GlanceRows", "codes");
    coding.better = Better::Neither;
    coding.noun = QT_TRANSLATE_NOOP("Sentences", "coding");
    coding.source = QT_TRANSLATE_NOOP("Sentences", "O*NET's Programming skill rating");
    setYesNo(coding, &Role::requiresCoding);
    return coding;
}

QVector<Attribute> makeAttributes()
{
    return { salaryAttribute(), medianAttribute(), demandAttribute(), growthAttribute(), openingsAttribute(),
        brightAttribute(), riskAttribute(), exposureAttribute(), learningAttribute(), difficultyAttribute(),
        barrierAttribute(), remoteAttribute(), codingAttribute() };
}

} // namespace

bool Attribute::pageAgainstStatistic(const Role &a, const Role &b) const
{
    return !text(a).isEmpty() && !text(b).isEmpty() && a.isPageFigure(field) != b.isPageFigure(field);
}

bool Attribute::isCategory() const
{
    return input == InputKind::Level || input == InputKind::YesNo;
}

bool Closeness::within(double x, double y) const
{
    const double allowed = std::max(points, share * std::max(std::abs(x), std::abs(y)));
    return std::abs(x - y) <= allowed + 1e-9; // the figures are rounded as shown: no binary residue
}

bool Attribute::nearTie(const Role &a, const Role &b) const
{
    if (!number)
        return false;
    const std::optional<double> x = number(a);
    const std::optional<double> y = number(b);
    return x && y && *x != *y && closeness.within(*x, *y);
}

Verdict Attribute::verdict(const Role &a, const Role &b) const
{
    if (pageAgainstStatistic(a, b))
        return Verdict::Unknown;
    const Verdict v = compare(a, b);
    if ((v == Verdict::ABetter || v == Verdict::BBetter) && nearTie(a, b))
        return Verdict::Equal;
    return v;
}

GlanceMark Attribute::glanceMark(const Role &a, const Role &b) const
{
    if (glanceMarkOf && !pageAgainstStatistic(a, b))
        return glanceMarkOf(a, b);
    if (pageAgainstStatistic(a, b))
        return GlanceMark { Verdict::Unknown, judged(), higherWord,
            QT_TRANSLATE_NOOP("GlanceRows",
                "Not compared: one figure comes from the seed web page, which does not say how it was "
                "made") };
    return GlanceMark { verdict(a, b), judged(), higherWord };
}

const QVector<Attribute> &attributes()
{
    static const QVector<Attribute> rows = makeAttributes();
    return rows;
}

const Attribute &attribute(const QString &key)
{
    const QVector<Attribute> &rows = attributes();
    const auto it
        = std::find_if(rows.begin(), rows.end(), [&key](const Attribute &a) { return a.key == key; });
    Q_ASSERT_X(it != rows.end(), "attribute", "unknown attribute key");
    return it != rows.end() ? *it : rows.front();
}

const QStringList &conclusionOrder()
{
    static const QStringList order { QStringLiteral("salary"), QStringLiteral("median"), Field::EntryBarrier,
        Field::DemandScore, Field::AiRisk, Field::LearningMonths, Field::Difficulty, Field::RemoteFriendly };
    return order;
}

const QStringList &chooseIfOrder()
{
    static const QStringList order { QStringLiteral("salary"), QStringLiteral("median"), Field::DemandScore,
        Field::AiRisk, Field::LearningMonths, Field::Difficulty, Field::EntryBarrier, Field::RemoteFriendly };
    return order;
}

const QStringList &summaryOrder()
{
    static const QStringList order { Field::AiRisk, Field::DemandScore };
    return order;
}

} // namespace cc
