// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace cc
{

// A role as the user's JSON gives it: the ROLE shape of PRODUCT.md §3 plus "skills", a list of names.
struct RoleInput {
    Role role;
    QStringList skillNames;
};

struct RolesParseResult {
    QVector<RoleInput> roles; // empty whenever `error` is set: nothing is half-read
    QString error; // "role 2 (\"Nurse\"): demand_score must be a number from 0 to 10"
    QString problem; // the same without naming the role: "demand_score must be a number from 0 to 10"
    bool ok() const { return error.isEmpty(); }
};

// Reads one ROLE object, an array of them, or {"roles": [...]}. Every field is checked: text is
// trimmed, bounded and free of control characters and lone surrogates; numbers are in the
// catalogue's ranges (whole where the catalogue's are), salaries in US dollars; names of levels are
// known.
// Values given become "known" with source "user"; values left out are missing, "not given".
// A field the reader does not know is an error naming it (a typo such as "skils" would otherwise be
// dropped), except in rows of the user's own store written by another version (`UnknownFields::Ignore`).
enum class UnknownFields { Refuse, Ignore };
// A value outside what this version accepts (a range, a whole number, US dollars, a lone surrogate):
// in a file being imported it refuses the file, naming the role, the field, the value and what is
// accepted. A row of the user's own store, written by another version under other rules, keeps its
// other values: the value refused is missing with the reason (`Missing`), its text's lone
// surrogates become U+FFFD, and the role is still listed, exported and compared.
enum class RefusedValues { Refuse, Missing };
RolesParseResult parseRolesJson(const QByteArray &json, UnknownFields unknown = UnknownFields::Refuse,
    RefusedValues refused = RefusedValues::Refuse);

// The same shape back, with "skills" as the role's skill labels. Round-trips through parseRolesJson.
QJsonArray rolesToJson(const QVector<Role> &roles);

// "unknown field \"skils\" (did you mean \"skills\"?)" for the keys of `object` not in `known`;
// empty when there are none. The nearest known field is suggested when the first looks like a typo.
QString unknownFieldsProblem(const QJsonObject &object, const QStringList &known);

// `text` with every UTF-16 surrogate that is not half of a pair replaced by U+FFFD: a lone surrogate
// is no character, and JSON written with one ("\ud800") is not valid.
QString withoutLoneSurrogates(const QString &text);
// The index of the first lone surrogate in `text`; -1 when there is none.
qsizetype loneSurrogateAt(const QString &text);

constexpr int MaxTitleLength = 200;
constexpr int MaxSkills = 500;
constexpr int MaxRoles = 10000;

} // namespace cc
