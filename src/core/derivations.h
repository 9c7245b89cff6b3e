// SPDX-License-Identifier: MIT
#pragma once

// The documented derivations of docs/DATA.md: how the catalogue turns published figures into the
// attributes a comparison shows. Pure functions, so the importer and the tests share one definition.

#include "role.h"

#include <QString>
#include <QtGlobal>
#include <QVector>

#include <optional>
#include <vector>

namespace cc::derive
{

// Demand score 0–10 (docs/DATA.md, "Demand score"): the mid-rank percentile, among the BLS projection
// lines, of the sum of the line's growth and openings mid-rank percentiles. Integer arithmetic on
// tenths as published (growth 4.9 % -> 49, openings 189.1 thousand -> 1891), so the result is exact:
//   r2(x; V) = 2·#{v < x} + #{v = x};  k = r2(g; G) + r2(o; O);  tenths = floor((100·r2(k; K) + N) / 2N)
// Non-decreasing in growth and openings; uniform over the lines, so 5 is a typical BLS occupation.
class DemandScale
{
public:
    struct Line {
        int growthTenths = 0; // growth % 2024–34 × 10
        int openingsTenths = 0; // openings a year, thousands × 10
    };
    explicit DemandScale(const QVector<Line> &lines);
    int lineCount() const { return int(m_growth.size()); }
    // The score in tenths (0–100); nullopt when there are no lines.
    std::optional<int> scoreTenths(const Line &line) const;
    // Mid-rank percentiles (0–1) of the line's growth and openings, for the provenance note.
    double growthPercentile(int growthTenths) const;
    double openingsPercentile(int openingsTenths) const;

private:
    int sumRank(const Line &line) const;
    QVector<int> m_growth; // sorted
    QVector<int> m_openings; // sorted
    QVector<int> m_sums; // sorted k of every line
};
// A published one-decimal figure as integer tenths (4.9 -> 49, -9.9 -> -99).
int toTenths(double oneDecimal);

// O*NET Bright Outlook (docs/DATA.md): projected to grow at least BrightGrowthTenths / 10 % over
// 2024–34, or at least 100,000 openings over the decade (10.0 thousand a year). O*NET's third ground,
// new and emerging occupations, is not in the data and never sets the flag.
constexpr int BrightGrowthTenths = 50;
constexpr int BrightOpeningsTenths = 100;
enum class BrightReason { None, Growth, Openings, Both };
BrightReason brightOutlook(int growthTenths, int openingsTenths);

// Job Zone 1–2 -> Beginner, 3 -> Intermediate, 4–5 -> Advanced.
std::optional<Difficulty> difficultyFromJobZone(int jobZone);

// BLS "Typical education needed for entry" -> entry barrier.
std::optional<EntryBarrier> entryBarrierFromEducation(const QString &blsEducation);
// BLS "Work experience in a related occupation" -> the lowest barrier it allows: None -> Low,
// Less than 5 years -> Medium, 5 years or more -> High.
std::optional<EntryBarrier> entryBarrierFloorFromExperience(const QString &blsExperience);
// The entry barrier: the higher of the education level and the experience floor; nullopt when either
// is unknown. A role that asks for related work experience is never Low.
std::optional<EntryBarrier> entryBarrier(const QString &blsEducation, const QString &blsExperience);

// BLS projections and OEWS publish some 2018 SOC codes only under a combined code ("21-1018"
// Substance abuse, behavioral disorder, and mental health counselors for 21-1011 and 21-1014). The
// fixed table of docs/DATA.md; empty when `soc` has none.
QString combinedSocFor(const QString &soc);
// Dingel & Neiman's OES-2019 combined code for a 2018 SOC none of whose 2010 sources they rate.
QString teleworkCombinedFor(const QString &soc);

// Two teleworkable shares (0–1) count as equally remote-friendly when within this many points.
constexpr double RemoteEqualPoints = 10.0;

// When two different figures are "about the same" and no winner is named (docs/DATA.md, "When two
// values are about the same"). Wages: OEWS survey estimates, within 3% of the higher one. Projections:
// closer than BLS's own figures for an occupation typically move between two projection rounds
// (2022–32 to 2024–34: median change 1.45 growth points, 9% of openings, 0.4 demand-score points).
// Frey & Osborne risk and LLM exposure: within 5 points. Learning months: within 3 months or 10%.
constexpr double WageCloseShare = 0.03;
constexpr double DemandClosePoints = 0.3;
constexpr double GrowthClosePoints = 1.0;
constexpr double OpeningsClosePeople = 100.0; // BLS rounds openings to hundreds
constexpr double OpeningsCloseShare = 0.05;
constexpr double RiskClosePoints = 5.0;
// The note of learning months the importer takes from the median of the role's Job Zone, when O*NET
// has no education and training ratings for it (docs/DATA.md, "Learning curve"): a figure of the group,
// not of the role, which is never ranked against another.
inline constexpr const char *LearningJobZoneMedianNote = QT_TRANSLATE_NOOP("ProvenanceNote",
    "O*NET has no education and training ratings for this occupation; median of the %1 occupations in Job "
    "Zone %2");
bool learningIsJobZoneMedian(const Role &role);
// Two learning times that are not ranked: one is a Job Zone's median and the other, the role's own
// figure, equals it (a group's median that matches says nothing of the two roles); or they differ, one
// or both is a median, and the Job Zones do not order them the same way (the same Job Zone, or the
// higher zone with the shorter time). A median of Job Zone 5 against a Job Zone 2 role's own 21 months
// still ranks: the zones agree.
bool learningTimesUnranked(const Role &a, const Role &b);
// The note of an AI risk the importer averages from several 2010 codes' Frey & Osborne figures (the
// 2018 code merges them; docs/DATA.md, "AI replacement risk"). When those figures differ, the mean is
// no figure of the role: two risks are not ranked when the figures it was made from would rank them
// differently (about the same within RiskClosePoints, else the lower first), as Blockchain Engineers'
// 50% (Computer occupations, all other 22%; Computer Operators 78%) against 21%.
inline constexpr const char *AiRiskMeanNote = QT_TRANSLATE_NOOP("ProvenanceNote", "mean of 2010 SOC %1");
std::vector<double> aiRiskFigures(const Role &role); // the different figures averaged, else empty
bool aiRisksUnranked(const Role &a, const Role &b);
constexpr double LearningCloseMonths = 3.0;
constexpr double LearningCloseShare = 0.10;

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
