// SPDX-License-Identifier: MIT
#pragma once

// The documented derivations of docs/DATA.md: how the catalogue turns published figures into the
// attributes a comparison shows. Pure functions, so the importer and the tests share one definition.

#include "role.h"

#include <QString>
#include <QVector>

#include <optional>

namespace cc::derive
{

// Demand score 0–10 (one decimal) from BLS 2024–34 projections:
//   g = clamp((growth% + 10) / 40, 0, 1)        -10% or less -> 0, +30% or more -> 1
//   o = clamp(openings rate% / 20, 0, 1)          openings a year / employment 2024
//   score = round(10 * (0.7 g + 0.3 o), 1 decimal)
// Monotone (non-decreasing) in both growth and openings. Needs employment > 0.
std::optional<double> demandScore(double growthPercent, double annualOpenings, double employment);

// Job Zone 1–2 -> Beginner, 3 -> Intermediate, 4–5 -> Advanced.
std::optional<Difficulty> difficultyFromJobZone(int jobZone);

// BLS "Typical education needed for entry" -> entry barrier.
std::optional<EntryBarrier> entryBarrierFromEducation(const QString &blsEducation);

// Dingel & Neiman teleworkable share: 1 -> Yes, 0 -> No, anything between -> Partly.
std::optional<RemoteFriendly> remoteFromTeleworkShare(double share);

// O*NET Education, Training and Experience categories, in months of preparation.
// Required Level of Education (RL, 1–12): months of schooling beyond high school.
std::optional<double> educationMonthsForCategory(int category);
// On-the-Job Training (OJ) and On-Site or In-Plant Training (PT), 1–9: the category's midpoint.
std::optional<double> trainingMonthsForCategory(int category);
// Related Work Experience (RW), 1–11: the category's midpoint.
std::optional<double> experienceMonthsForCategory(int category);

struct CategoryShare {
    int category = 0;
    double percent = 0; // share of respondents, 0–100
};
// The expected months of a category distribution (shares need not sum to exactly 100).
std::optional<double> expectedMonths(
    const QVector<CategoryShare> &shares, std::optional<double> (*monthsFor)(int));

// Learning months = expected education beyond high school + expected on-the-job training
// + expected on-site training, rounded to whole months. Related work experience is kept apart.
int learningMonths(double educationMonths, double onJobMonths, double onSiteMonths);

// Requires coding, where O*NET rates the Programming skill: importance >= 3 of 5.
bool requiresCodingFromProgramming(double programmingImportance);
// Where O*NET has no skill ratings: at least this many development-software technology examples.
constexpr int CodingTechnologyThreshold = 15;
bool requiresCodingFromTechnology(int developmentTechnologyCount);
// O*NET commodity titles that count as development software for that rule.
bool isDevelopmentCommodity(const QString &commodityTitle);

// Frey & Osborne give some figures for aggregate 2010 codes ("29-1060" covers 29-1061…29-1069,
// "25-1000" all of 25-1xxx). True when `aggregateCode` is such a code and covers `code`.
bool aggregateCodeCovers(const QString &aggregateCode, const QString &code);

// Frey & Osborne's appendix lists some occupations under codes of the 2000 SOC or OES aggregates
// (29-1111 Registered nurses). 2010 SOC code -> the Frey & Osborne code that covers it; a figure
// reached this way is an estimate.
QString freyOsborneAliasFor(const QString &soc2010Code);

// O*NET-SOC "15-1299.07" -> SOC "15-1299"; SOC "13-2023" -> its broad group "13-2020".
QString socFromOnetCode(const QString &onetCode);
QString broadGroupOf(const QString &socCode);
// SOC "15-1252" -> major group "15-0000".
QString majorGroupOf(const QString &socCode);

} // namespace cc::derive
