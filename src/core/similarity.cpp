// SPDX-License-Identifier: MIT
#include "similarity.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cc
{

namespace
{

struct GroupInfo {
    const char *name;
    double weight;
    double mu;
};

// Weights from the training-half search; MU measured on O*NET 29.3 (docs/DATA.md).
constexpr GroupInfo Groups[SimilarityGroupCount] = {
    { "knowledge", 3.0, 0.9240 },
    { "skills", 1.0, 0.9658 },
    { "iwa", 9.0, 0.0514 },
    { "tech", 6.0, 0.0146 },
    { "techclass", 1.5, 0.1245 },
    { "tools", 4.5, 0.0279 },
    { "interests", 0.5, 0.8388 },
    { "styles", 1.0, 0.9937 },
    { "jobzone", 0.5, 0.6788 },
};

} // namespace

QString similarityGroupName(SimilarityGroup group)
{
    return QLatin1String(Groups[int(group)].name);
}

std::optional<SimilarityGroup> similarityGroupFromName(const QString &name)
{
    for (int g = 0; g < SimilarityGroupCount; ++g) {
        if (name == QLatin1String(Groups[g].name))
            return SimilarityGroup(g);
    }
    return std::nullopt;
}

double similarityWeight(SimilarityGroup group)
{
    return Groups[int(group)].weight;
}

double defaultSimilarityMu(SimilarityGroup group)
{
    return Groups[int(group)].mu;
}

SparseVector normalisedVector(SparseVector v)
{
    std::sort(v.begin(), v.end(), [](const auto &l, const auto &r) {
        return l.first != r.first ? l.first < r.first : l.second > r.second;
    });
    SparseVector out;
    out.reserve(v.size());
    double sum = 0;
    for (const auto &item : v) {
        if (!out.isEmpty() && out.last().first == item.first)
            continue; // the largest value of a duplicate came first
        if (item.second <= 0)
            continue;
        out.append(item);
        sum += item.second * item.second;
    }
    if (sum <= 0)
        return {};
    const double norm = std::sqrt(sum);
    for (auto &item : out)
        item.second /= norm;
    return out;
}

double sparseCosine(const SparseVector &a, const SparseVector &b)
{
    double dot = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        const int c = i->first.compare(j->first);
        if (c < 0) {
            ++i;
        } else if (c > 0) {
            ++j;
        } else {
            dot += i->second * j->second;
            ++i;
            ++j;
        }
    }
    return std::clamp(dot, 0.0, 1.0);
}

double jobZoneCosine(int a, int b)
{
    return 1.0 - std::abs(a - b) / 4.0;
}

bool SimilarityProfile::isEmpty() const
{
    for (int g = 0; g < SimilarityGroupCount; ++g) {
        if (has(SimilarityGroup(g)))
            return false;
    }
    return true;
}

double similarityPercentOf(double combined)
{
    const double s = std::min(combined, 1.0);
    return s >= 0.05 ? 100.0 * s : 5.0 * std::exp(20.0 * (s - 0.05));
}

SimilarityResult computeSimilarity(const SimilarityProfile &a, const SimilarityProfile &b)
{
    SimilarityResult result;
    if (a.unreadable || b.unreadable)
        return result;
    const auto &mu = a.mu ? a.mu : b.mu;
    double num = 0;
    double den = 0;
    for (int g = 0; g < SimilarityGroupCount; ++g) {
        const auto group = SimilarityGroup(g);
        if (!a.has(group) || !b.has(group))
            continue;
        const double c = group == SimilarityGroup::JobZone ? jobZoneCosine(*a.jobZone, *b.jobZone)
                                                           : sparseCosine(a.vector(group), b.vector(group));
        const double m = mu ? (*mu)[std::size_t(g)] : defaultSimilarityMu(group);
        if (!(m >= 0 && m < 1)) // a mean of 1 or more leaves nothing to scale by
            continue;
        const double s = (c - m) / (1.0 - m);
        result.groupScores[std::size_t(g)] = s;
        num += similarityWeight(group) * s;
        den += similarityWeight(group);
    }
    // The Job Zone alone says nothing about the content of the work.
    if (den <= similarityWeight(SimilarityGroup::JobZone))
        return SimilarityResult {};
    result.combined = num / den;
    result.percent = similarityPercentOf(*result.combined);
    return result;
}

QVector<WorkActivity> orderedWorkActivities(QVector<WorkActivity> activities)
{
    struct IwaRank {
        bool core = false;
        double weight = 0;
        QString title;
    };
    QHash<QString, IwaRank> iwas;
    for (const WorkActivity &w : activities) {
        IwaRank &r = iwas[w.iwaId];
        r.core = r.core || w.core;
        r.weight += w.weight;
        r.title = w.iwaTitle;
    }
    std::sort(activities.begin(), activities.end(), [&](const WorkActivity &l, const WorkActivity &r) {
        if (l.iwaId != r.iwaId) {
            const IwaRank &li = iwas[l.iwaId];
            const IwaRank &ri = iwas[r.iwaId];
            if (li.core != ri.core)
                return li.core;
            if (li.weight != ri.weight)
                return li.weight > ri.weight;
            return l.iwaId < r.iwaId;
        }
        if (l.core != r.core)
            return l.core;
        if (l.weight != r.weight)
            return l.weight > r.weight;
        return l.dwaTitle < r.dwaTitle;
    });
    return activities;
}

} // namespace cc
