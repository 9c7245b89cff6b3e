// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <QJsonValue>

#include <functional>
#include <optional>

namespace cc
{

// Which value of an attribute is the better one, if either.
enum class Better { Higher, Lower, Neither };

// How a custom role gives the value: the form the dialog shows and the JSON the reader accepts.
enum class InputKind {
    Salary, // the "salary" object: low, p25, median, p75, high, currency, year
    Number, // a number from `min` to `max`
    WholeNumber, // a number from `min` to `max`, rounded to a whole one
    Level, // one of `levels`
    YesNo, // true or false
    PartOfSalary, // given inside the salary object
};

// A closed range of values a roles file (or the custom-role dialog) may give; `whole` when the value
// must be an integer. The catalogue reader's bounds (catalogue::Bounds, docs/DATA.md "Values the app
// accepts") in the JSON's units; tst_tamperedcatalogue checks that they stay the same.
struct InputRange {
    double min = 0;
    double max = 0;
    bool whole = false;
};

namespace inputrange
{
constexpr InputRange Wage { 1, 10'000'000, true }; // annual US dollars, each salary percentile
constexpr InputRange SalaryYear { 1990, 2100, true };
constexpr InputRange RemoteShare { 0, 100 }; // "remote_share": the teleworkable share in percent
} // namespace inputrange

// The generated sentences of one attribute. English templates, filled from the same facts as the
// table's values; empty when the attribute has no such sentence.
struct AttributeSentences {
    // The conclusion's sentence when one is better: winner's title, its value, the other's, estimate note.
    const char *better = nullptr;
    // When both are equal: the value, estimate note.
    const char *equal = nullptr;
    // When either value is missing: "not available for X (why)".
    const char *unknown = nullptr;
    // When the two differ but are about the same (Closeness): A's title, A's value, B's title, B's
    // value, estimate note.
    const char *aboutSame = nullptr;
    // The "choose X if you…" bullet: this role's value, then the other's (when the template has %2).
    const char *chooseIf = nullptr;
    // The bullet when the values are the seed page's own and `chooseIf` would misname them (the top of
    // the page's salary range is no 90th percentile).
    const char *pageChooseIf = nullptr;
};

// When two different values of an attribute are "about the same" and neither is named the winner
// (docs/DATA.md, "When two values are about the same"): at most `points` apart in the value's own
// unit, or at most `share` of the larger value apart. Both zero: only equal values tie.
struct Closeness {
    double points = 0;
    double share = 0;
    bool within(double x, double y) const;
};

// What the glance table's comparison column says of one attribute.
struct GlanceMark {
    Verdict verdict = Verdict::Unknown;
    bool judged = true; // false: the column names the higher value ("wider", "more exposed"), not the better
    // For judged == false, QT_TRANSLATE_NOOP("GlanceRows", …); for a judged Verdict::Unknown, what the
    // column says instead of "cannot compare" when the two were compared and neither is better.
    const char *word = nullptr;
    // Why the column says what it says when it is not plain (QT_TRANSLATE_NOOP("GlanceRows", …)): the
    // window's tooltip.
    const char *why = nullptr;
};

// One attribute of PRODUCT.md §2: everything the glance table, the sentences, the JSON writer and
// reader, the custom-role dialog and the report need to know about it. Adding an attribute is one
// row in attributes() plus its data in Role.
struct Attribute {
    QString key; // the glance row's key ("salary", "median", "demand_score", …)
    QString field; // the provenance key its value is recorded under (Field::…)
    QString jsonName; // the key in a role's JSON; empty when written as part of another attribute
    const char *label = nullptr; // glance table label, QT_TRANSLATE_NOOP("GlanceRows", …)
    const char *formLabel = nullptr; // custom-role dialog label, QT_TRANSLATE_NOOP("cc::CustomRoleDialog", …)
    const char *suffix = nullptr; // the glance value's unit after the number ("/yr"), translatable
    const char *higherWord = nullptr; // for Better::Neither: what the higher value is ("more exposed")
    Better better = Better::Neither;
    InputKind input = InputKind::Number;
    double min = 0; // Number and WholeNumber input range (WholeNumber: whole numbers only)
    double max = 0;
    const char *inputSuffix = nullptr; // " /10", " %"
    QStringList levels; // Level input: the values, lowest first
    const char *source = nullptr; // where the value comes from, in a few words (docs, tooltips)
    const char *noun = nullptr; // the attribute in a sentence: "demand", "AI replacement risk"

    // The value as the sentences quote it ("$211,450", "9.2/10"); empty when missing.
    std::function<QString(const Role &)> text;
    // The value as the glance table shows it, when it differs from `text` (the salary range).
    std::function<QString(const Role &)> glanceText;
    std::function<Verdict(const Role &, const Role &)> compare;
    // The value `closeness` measures, as shown (rounded); nullopt when it cannot (missing, top-coded).
    std::function<std::optional<double>(const Role &)> number;
    Closeness closeness;
    // A sentence that replaces the templates for cases they cannot say (both top-coded, "neither…").
    std::function<std::optional<QString>(const Role &a, const Role &b, Verdict)> specialSentence;
    std::function<QJsonValue(const Role &)> toJson;
    // What a "choose X if you…" bullet adds inside its last parentheses about `self` against `other`
    // (the experience an easier entry asks for, a demand that rests on a shrinking occupation); "" for none.
    std::function<QString(const Role &self, const Role &other)> chooseIfCaveat;
    // A second JSON key the writer adds beside `jsonName` (the remote share beside its label).
    QString extraJsonName;
    std::function<QJsonValue(const Role &)> extraToJson;
    // Reads `extraJsonName` after `fromJson` has read `jsonName` (null or absent: not given); returns
    // what is wrong, or "" when accepted.
    std::function<QString(Role &, const QJsonValue &)> extraFromJson;
    // Sets the role's value from JSON (null or absent: not given); returns what is wrong, or "" when
    // accepted.
    std::function<QString(Role &, const QJsonValue &)> fromJson;
    AttributeSentences sentences;
    // The glance mark when it is not simply `verdict` (a salary range inside another is wider, not worse).
    std::function<GlanceMark(const Role &, const Role &)> glanceMarkOf;

    bool judged() const { return better != Better::Neither; }
    // A level or yes/no (entry barrier, difficulty, remote friendly, requires coding), not a number.
    bool isCategory() const;
    // True when both values are known and one is the seed page's own and the other is not. The page's
    // figures are on scales it does not explain (its demand, risk, learning curve), of another kind (a
    // plain salary range, not percentiles), or its own judgement (its "High" entry barrier is not BLS's
    // education and experience): never ranked against, nor called equal to, another source's value.
    bool pageAgainstStatistic(const Role &a, const Role &b) const;
    // True when both values are known, differ as shown, and are about the same (`closeness`).
    bool nearTie(const Role &a, const Role &b) const;
    // `compare`, except that a page figure against a statistic is never ranked (Verdict::Unknown) and
    // two values about the same are a tie (Verdict::Equal): the one place near-ties are decided.
    Verdict verdict(const Role &a, const Role &b) const;
    GlanceMark glanceMark(const Role &a, const Role &b) const;
    // The range a Number or WholeNumber input accepts.
    InputRange inputRange() const { return InputRange { min, max, input == InputKind::WholeNumber }; }
    QString glanceValue(const Role &role) const { return glanceText ? glanceText(role) : text(role); }
};

// Every attribute in the order of the glance table.
const QVector<Attribute> &attributes();
const Attribute &attribute(const QString &key);

// The order the conclusion lists its sentences in, and the "choose if" bullets theirs.
const QStringList &conclusionOrder();
const QStringList &chooseIfOrder();
// The two comparisons the summary states after the salary ranges.
const QStringList &summaryOrder();

} // namespace cc
