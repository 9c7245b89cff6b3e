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

// The generated sentences of one attribute. English templates, filled from the same facts as the
// table's values; empty when the attribute has no such sentence.
struct AttributeSentences {
    // The conclusion's sentence when one is better: winner's title, its value, the other's, estimate note.
    const char *better = nullptr;
    // When both are equal: the value, estimate note.
    const char *equal = nullptr;
    // When either value is missing: "not available for X (why)".
    const char *unknown = nullptr;
    // The "choose X if you…" bullet: this role's value, then the other's (when the template has %2).
    const char *chooseIf = nullptr;
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
    double min = 0; // Number and WholeNumber input range
    double max = 0;
    const char *inputSuffix = nullptr; // " /10", " %"
    QStringList levels; // Level input: the values, lowest first
    const char *source = nullptr; // where the value comes from, in a few words (docs, tooltips)

    // The value as the sentences quote it ("$211,450", "9.2/10"); empty when missing.
    std::function<QString(const Role &)> text;
    // The value as the glance table shows it, when it differs from `text` (the salary range).
    std::function<QString(const Role &)> glanceText;
    std::function<Verdict(const Role &, const Role &)> compare;
    // A sentence that replaces the templates for cases they cannot say (both top-coded, "neither…").
    std::function<std::optional<QString>(const Role &a, const Role &b, Verdict)> specialSentence;
    std::function<QJsonValue(const Role &)> toJson;
    // Sets the role's value from JSON (null or absent: not given); returns what is wrong, or "" when
    // accepted.
    std::function<QString(Role &, const QJsonValue &)> fromJson;
    AttributeSentences sentences;

    bool judged() const { return better != Better::Neither; }
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
