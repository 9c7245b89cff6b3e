// SPDX-License-Identifier: MIT
#include "derivations.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>

namespace cc::derive
{

namespace
{
// 2·#{v < x} + #{v = x} over a sorted population: twice the mid-rank count below x.
int midRank2(const QVector<int> &sorted, int x)
{
    const auto lower = std::lower_bound(sorted.begin(), sorted.end(), x);
    const auto upper = std::upper_bound(lower, sorted.end(), x);
    return 2 * int(lower - sorted.begin()) + int(upper - lower);
}
} // namespace

int toTenths(double oneDecimal)
{
    return int(std::lround(oneDecimal * 10.0));
}

DemandScale::DemandScale(const QVector<Line> &lines)
{
    for (const Line &l : lines) {
        m_growth.append(l.growthTenths);
        m_openings.append(l.openingsTenths);
    }
    std::sort(m_growth.begin(), m_growth.end());
    std::sort(m_openings.begin(), m_openings.end());
    for (const Line &l : lines)
        m_sums.append(sumRank(l));
    std::sort(m_sums.begin(), m_sums.end());
}

int DemandScale::sumRank(const Line &line) const
{
    return midRank2(m_growth, line.growthTenths) + midRank2(m_openings, line.openingsTenths);
}

std::optional<int> DemandScale::scoreTenths(const Line &line) const
{
    const qint64 n = m_sums.size();
    if (n == 0)
        return std::nullopt;
    const qint64 r = midRank2(m_sums, sumRank(line));
    return int((100 * r + n) / (2 * n)); // both non-negative: integer division is the floor
}

double DemandScale::growthPercentile(int growthTenths) const
{
    return m_growth.isEmpty() ? 0 : midRank2(m_growth, growthTenths) / (2.0 * m_growth.size());
}

double DemandScale::openingsPercentile(int openingsTenths) const
{
    return m_openings.isEmpty() ? 0 : midRank2(m_openings, openingsTenths) / (2.0 * m_openings.size());
}

BrightReason brightOutlook(int growthTenths, int openingsTenths)
{
    const bool growth = growthTenths >= BrightGrowthTenths;
    const bool openings = openingsTenths >= BrightOpeningsTenths;
    if (growth && openings)
        return BrightReason::Both;
    if (growth)
        return BrightReason::Growth;
    return openings ? BrightReason::Openings : BrightReason::None;
}

bool learningIsJobZoneMedian(const Role &role)
{
    const Provenance p = role.provenanceOf(Field::LearningMonths);
    return role.learningMonths && p.status == ValueStatus::Estimate
        && p.noteText.templateSource() == QLatin1String(LearningJobZoneMedianNote);
}

bool learningTimesUnranked(const Role &a, const Role &b)
{
    if (!a.learningMonths || !b.learningMonths
        || (!learningIsJobZoneMedian(a) && !learningIsJobZoneMedian(b)))
        return false;
    // A group's median that happens to match the other role's own figure is no tie; two medians that
    // match are one group's figure twice, which says nothing either way (no sentence: both estimated).
    if (*a.learningMonths == *b.learningMonths)
        return learningIsJobZoneMedian(a) != learningIsJobZoneMedian(b);
    const bool zonesAgree = a.jobZone && b.jobZone && *a.jobZone != *b.jobZone
        && (*a.jobZone < *b.jobZone) == (*a.learningMonths < *b.learningMonths);
    return !zonesAgree;
}

std::vector<double> aiRiskFigures(const Role &role)
{
    const Provenance p = role.provenanceOf(Field::AiRisk);
    if (!role.aiRiskPercent || p.status != ValueStatus::Estimate)
        return {};
    std::vector<double> figures = p.noteText.numbersIn(AiRiskMeanNote);
    std::sort(figures.begin(), figures.end());
    figures.erase(std::unique(figures.begin(), figures.end()), figures.end());
    return figures.size() > 1 ? figures : std::vector<double> {};
}

bool aiRisksUnranked(const Role &a, const Role &b)
{
    if (!a.aiRiskPercent || !b.aiRiskPercent)
        return false;
    std::vector<double> x = aiRiskFigures(a);
    std::vector<double> y = aiRiskFigures(b);
    // Both the mean of the same figures (the nine 15-1299 roles; a role against itself): the same.
    if (x == y)
        return false;
    if (x.empty())
        x = { *a.aiRiskPercent };
    if (y.empty())
        y = { *b.aiRiskPercent };
    // -1: a lower, 0: about the same, 1: b lower; the extremes decide (the order is monotone in each).
    auto order = [](double p, double q) {
        if (std::abs(p - q) <= RiskClosePoints + 1e-9)
            return 0;
        return p < q ? -1 : 1;
    };
    const int first = order(x.front(), y.front());
    for (const double p : { x.front(), x.back() }) {
        for (const double q : { y.front(), y.back() }) {
            if (order(p, q) != first)
                return true;
        }
    }
    return false;
}

std::optional<Difficulty> difficultyFromJobZone(int jobZone)
{
    switch (jobZone) {
    case 1:
    case 2:
        return Difficulty::Beginner;
    case 3:
        return Difficulty::Intermediate;
    case 4:
    case 5:
        return Difficulty::Advanced;
    default:
        return std::nullopt;
    }
}

std::optional<EntryBarrier> entryBarrierFromEducation(const QString &blsEducation)
{
    const QString e = blsEducation.trimmed().toLower();
    if (e == QLatin1String("no formal educational credential")
        || e == QLatin1String("high school diploma or equivalent"))
        return EntryBarrier::Low;
    if (e == QLatin1String("postsecondary nondegree award") || e == QLatin1String("some college, no degree")
        || e == QLatin1String("associate's degree"))
        return EntryBarrier::Medium;
    if (e == QLatin1String("bachelor's degree") || e == QLatin1String("master's degree")
        || e == QLatin1String("doctoral or professional degree"))
        return EntryBarrier::High;
    return std::nullopt;
}

std::optional<EntryBarrier> entryBarrierFloorFromExperience(const QString &blsExperience)
{
    const QString e = blsExperience.trimmed().toLower();
    if (e == QLatin1String("none"))
        return EntryBarrier::Low;
    if (e == QLatin1String("less than 5 years"))
        return EntryBarrier::Medium;
    if (e == QLatin1String("5 years or more"))
        return EntryBarrier::High;
    return std::nullopt;
}

std::optional<EntryBarrier> entryBarrier(const QString &blsEducation, const QString &blsExperience)
{
    const auto education = entryBarrierFromEducation(blsEducation);
    const auto floor = entryBarrierFloorFromExperience(blsExperience);
    if (!education || !floor)
        return std::nullopt;
    return std::max(*education, *floor);
}

QString combinedSocFor(const QString &soc)
{
    static const QHash<QString, QString> combined {
        { QStringLiteral("13-1021"), QStringLiteral("13-1020") },
        { QStringLiteral("13-1022"), QStringLiteral("13-1020") },
        { QStringLiteral("13-1023"), QStringLiteral("13-1020") },
        { QStringLiteral("13-2022"), QStringLiteral("13-2020") },
        { QStringLiteral("13-2023"), QStringLiteral("13-2020") },
        { QStringLiteral("21-1011"), QStringLiteral("21-1018") },
        { QStringLiteral("21-1014"), QStringLiteral("21-1018") },
        { QStringLiteral("25-2055"), QStringLiteral("25-2052") },
        { QStringLiteral("25-2056"), QStringLiteral("25-2052") },
        { QStringLiteral("25-9042"), QStringLiteral("25-9045") },
        { QStringLiteral("25-9043"), QStringLiteral("25-9045") },
        { QStringLiteral("25-9049"), QStringLiteral("25-9045") },
        { QStringLiteral("29-2011"), QStringLiteral("29-2010") },
        { QStringLiteral("29-2012"), QStringLiteral("29-2010") },
        { QStringLiteral("31-1121"), QStringLiteral("31-1120") },
        { QStringLiteral("31-1122"), QStringLiteral("31-1120") },
        { QStringLiteral("39-7011"), QStringLiteral("39-7010") },
        { QStringLiteral("39-7012"), QStringLiteral("39-7010") },
        { QStringLiteral("47-4091"), QStringLiteral("47-4090") },
        { QStringLiteral("47-4099"), QStringLiteral("47-4090") },
        { QStringLiteral("51-2022"), QStringLiteral("51-2028") },
        { QStringLiteral("51-2023"), QStringLiteral("51-2028") },
        { QStringLiteral("51-2092"), QStringLiteral("51-2090") },
        { QStringLiteral("51-2099"), QStringLiteral("51-2090") },
        { QStringLiteral("53-1042"), QStringLiteral("53-1047") },
        { QStringLiteral("53-1043"), QStringLiteral("53-1047") },
        { QStringLiteral("53-1044"), QStringLiteral("53-1047") },
        { QStringLiteral("53-1049"), QStringLiteral("53-1047") },
    };
    return combined.value(soc);
}

QString teleworkCombinedFor(const QString &soc)
{
    static const QHash<QString, QString> combined {
        { QStringLiteral("13-1021"), QStringLiteral("13-1020") },
        { QStringLiteral("13-1022"), QStringLiteral("13-1020") },
        { QStringLiteral("13-1023"), QStringLiteral("13-1020") },
        { QStringLiteral("21-1011"), QStringLiteral("21-1018") },
        { QStringLiteral("21-1014"), QStringLiteral("21-1018") },
        { QStringLiteral("25-3031"), QStringLiteral("25-3098") }, // Substitute teachers, short-term
        { QStringLiteral("25-3041"), QStringLiteral("25-3097") }, // Tutors
        { QStringLiteral("25-3099"), QStringLiteral("25-3097") },
        { QStringLiteral("29-2011"), QStringLiteral("29-2010") },
        { QStringLiteral("29-2012"), QStringLiteral("29-2010") },
        { QStringLiteral("39-1013"), QStringLiteral("39-1010") },
        { QStringLiteral("39-7011"), QStringLiteral("39-7010") },
        { QStringLiteral("39-7012"), QStringLiteral("39-7010") },
        { QStringLiteral("47-4091"), QStringLiteral("47-4090") },
        { QStringLiteral("47-4099"), QStringLiteral("47-4090") },
        { QStringLiteral("51-2022"), QStringLiteral("51-2028") },
        { QStringLiteral("51-2023"), QStringLiteral("51-2028") },
        { QStringLiteral("51-2092"), QStringLiteral("51-2098") },
        { QStringLiteral("51-2099"), QStringLiteral("51-2098") },
        { QStringLiteral("53-1042"), QStringLiteral("53-1048") },
        { QStringLiteral("53-1043"), QStringLiteral("53-1048") },
    };
    return combined.value(soc);
}

std::optional<RemoteFriendly> remoteFromTeleworkShare(double share)
{
    if (!std::isfinite(share) || share < 0 || share > 1)
        return std::nullopt;
    if (share == 1.0)
        return RemoteFriendly::Yes;
    if (share == 0.0)
        return RemoteFriendly::No;
    return RemoteFriendly::Partly;
}

std::optional<double> educationMonthsForCategory(int category)
{
    // 1 less than high school, 2 high school, 3 post-secondary certificate, 4 some college,
    // 5 associate's, 6 bachelor's, 7 post-baccalaureate certificate, 8 master's,
    // 9 post-master's certificate, 10 first professional degree, 11 doctoral, 12 post-doctoral.
    static constexpr std::array<double, 12> months { 0, 0, 12, 12, 24, 48, 60, 72, 84, 96, 108, 132 };
    if (category < 1 || category > int(months.size()))
        return std::nullopt;
    return months[std::size_t(category - 1)];
}

std::optional<double> trainingMonthsForCategory(int category)
{
    // 1 none, 2 up to 1 month, 3 1–3, 4 3–6, 5 6–12, 6 1–2 years, 7 2–4 years, 8 4–10 years, 9 over 10.
    static constexpr std::array<double, 9> months { 0, 0.5, 2, 4.5, 9, 18, 36, 84, 120 };
    if (category < 1 || category > int(months.size()))
        return std::nullopt;
    return months[std::size_t(category - 1)];
}

std::optional<double> experienceMonthsForCategory(int category)
{
    // 1 none, 2 up to 1 month, 3 1–3, 4 3–6, 5 6–12, 6 1–2 years, 7 2–4, 8 4–6, 9 6–8, 10 8–10, 11 over 10.
    static constexpr std::array<double, 11> months { 0, 0.5, 2, 4.5, 9, 18, 36, 60, 84, 108, 120 };
    if (category < 1 || category > int(months.size()))
        return std::nullopt;
    return months[std::size_t(category - 1)];
}

std::optional<double> expectedMonths(
    const QVector<CategoryShare> &shares, std::optional<double> (*monthsFor)(int))
{
    double weighted = 0;
    double total = 0;
    for (const CategoryShare &s : shares) {
        const auto m = monthsFor(s.category);
        if (!m || !(s.percent >= 0))
            return std::nullopt;
        weighted += s.percent * *m;
        total += s.percent;
    }
    if (!(total > 0))
        return std::nullopt;
    return weighted / total;
}

int learningMonths(double educationMonths, double onJobMonths, double onSiteMonths)
{
    return int(std::lround(educationMonths + onJobMonths + onSiteMonths));
}

bool requiresCodingFromProgramming(double programmingImportance)
{
    return programmingImportance >= 3.0;
}

bool requiresCodingFromTechnology(int developmentTechnologyCount)
{
    return developmentTechnologyCount >= CodingTechnologyThreshold;
}

bool isDevelopmentCommodity(const QString &commodityTitle)
{
    static const QSet<QString> titles {
        QStringLiteral("Object or component oriented development software"),
        QStringLiteral("Development environment software"),
        QStringLiteral("Program testing software"),
        QStringLiteral("Compiler and decompiler software"),
        QStringLiteral("Web platform development software"),
    };
    return titles.contains(commodityTitle.trimmed());
}

bool aggregateCodeCovers(const QString &aggregateCode, const QString &code)
{
    if (aggregateCode.size() != 7 || code.size() != 7 || aggregateCode == code
        || !aggregateCode.endsWith(QLatin1Char('0')))
        return false;
    QString prefix = aggregateCode;
    while (prefix.endsWith(QLatin1Char('0')))
        prefix.chop(1);
    if (prefix.size() < 4) // at least "25-1": never a whole major group
        return false;
    return code.startsWith(prefix);
}

QString freyOsborneAliasFor(const QString &soc2010Code)
{
    static const QHash<QString, QString> aliases {
        { QStringLiteral("29-1141"), QStringLiteral("29-1111") }, // Registered nurses (2000 SOC)
        { QStringLiteral("29-1151"), QStringLiteral("29-1111") }, // Nurse anesthetists, split from it in 2010
        { QStringLiteral("29-1161"), QStringLiteral("29-1111") }, // Nurse midwives
        { QStringLiteral("29-1171"), QStringLiteral("29-1111") }, // Nurse practitioners
        { QStringLiteral("15-1122"), QStringLiteral("15-1179") }, // Information security analysts
        { QStringLiteral("15-1134"), QStringLiteral("15-1179") }, // Web developers
        { QStringLiteral("15-1143"), QStringLiteral("15-1179") }, // Computer network architects
        { QStringLiteral("15-1199"), QStringLiteral("15-1799") }, // Computer occupations, all other
        { QStringLiteral("29-2034"), QStringLiteral("29-2037") }, // Radiologic technologists
        { QStringLiteral("11-9061"), QStringLiteral("39-4831") }, // Funeral service managers
        { QStringLiteral("39-4031"),
            QStringLiteral("39-4831") }, // Morticians, undertakers, funeral directors
        { QStringLiteral("25-3099"), QStringLiteral("25-3999") }, // Teachers and instructors, all other
        { QStringLiteral("29-9099"), QStringLiteral("29-9799") }, // Healthcare practitioners, all other
        { QStringLiteral("29-2099"), QStringLiteral("29-2799") }, // Health technologists, all other
        { QStringLiteral("31-9099"), QStringLiteral("31-9799") }, // Healthcare support workers, all other
        { QStringLiteral("47-4099"),
            QStringLiteral("47-4799") }, // Construction and related workers, all other
        { QStringLiteral("49-9099"),
            QStringLiteral("49-9799") }, // Installation, maintenance and repair, all other
        { QStringLiteral("51-9199"), QStringLiteral("51-9399") }, // Production workers, all other
        // 13-1078, the OES 2010–11 aggregate of HR, training and labour relations specialists: their only
        // figure for the two codes 2010 SOC split out of it (13-1141 and 13-1151 have their own rows).
        { QStringLiteral("13-1071"), QStringLiteral("13-1078") }, // Human resources specialists
        { QStringLiteral("13-1075"), QStringLiteral("13-1078") }, // Labor relations specialists
    };
    return aliases.value(soc2010Code);
}

QString socFromOnetCode(const QString &onetCode)
{
    return onetCode.left(7);
}

QString broadGroupOf(const QString &socCode)
{
    if (socCode.size() != 7)
        return QString();
    return socCode.left(6) + QLatin1Char('0');
}

QString majorGroupOf(const QString &socCode)
{
    if (socCode.size() < 2)
        return QString();
    return socCode.left(2) + QStringLiteral("-0000");
}

} // namespace cc::derive
