// SPDX-License-Identifier: MIT
#pragma once

// Content similarity of two roles (issue #9, docs/DATA.md "Similarity"). Validated against O*NET's
// related occupations and CPS occupation-to-occupation moves; reference implementation and figures in
// docs/DATA.md. Per group g that BOTH roles have:
//   c_g = cosine of the two roles' vectors, s_g = (c_g − MU_g) / (1 − MU_g)
//   S   = Σ W_g s_g / Σ W_g over those groups;  percent = 100 S (S ≥ 0.05), else 5 e^(20 (S − 0.05)).
// A group one role lacks (skills not rated, no tools listed) is left out, never counted as zero.

#include <QString>
#include <QVector>

#include <array>
#include <optional>
#include <utility>

namespace cc
{

// The groups, in the catalogue's spelling (similarityGroupName).
enum class SimilarityGroup {
    Knowledge,
    Skills,
    WorkActivities,
    Technologies,
    TechnologyClasses,
    Tools,
    Interests, // RIASEC occupational interests (OI, 1–7)
    WorkStyles, // importance of the work styles
    JobZone // last: the only group that is not a stored vector
};
constexpr int SimilarityGroupCount = 9;
// The groups stored as sparse vectors (all but the Job Zone).
constexpr int SimilarityVectorGroupCount = 8;

// "knowledge", "skills", "iwa", "tech", "techclass", "tools", "interests", "styles", "jobzone"
QString similarityGroupName(SimilarityGroup group);
std::optional<SimilarityGroup> similarityGroupFromName(const QString &name);
// W_g, chosen on the training half of the occupations (docs/DATA.md).
double similarityWeight(SimilarityGroup group);
// MU_g measured on O*NET 29.3 (mean cosine of all pairs of different occupations); the catalogue
// stores the figure measured at import, these are used only for roles that carry none (custom roles).
double defaultSimilarityMu(SimilarityGroup group);

// One sparse vector: (item, value) sorted by item, scaled to unit length.
using SparseVector = QVector<std::pair<QString, double>>;

// Sorts by item, merges duplicates (largest value) and scales to unit length; empty when all zero.
SparseVector normalisedVector(SparseVector v);
// Cosine of two normalised vectors (their dot product), clamped to 0–1.
double sparseCosine(const SparseVector &a, const SparseVector &b);
// The Job Zone "cosine": 1 − |a − b| / 4.
double jobZoneCosine(int a, int b);

// What a role brings to the similarity: one normalised vector per group (empty = the role lacks it),
// the Job Zone, and the random-pair means the catalogue measured.
struct SimilarityProfile {
    std::array<SparseVector, SimilarityVectorGroupCount> vectors;
    std::optional<int> jobZone;
    std::optional<std::array<double, SimilarityGroupCount>> mu; // from the catalogue
    // A group the catalogue holds that could not be read (a value not a number, or out of range): the
    // similarity is then not computed, rather than computed from the groups that are left.
    bool unreadable = false;

    const SparseVector &vector(SimilarityGroup g) const { return vectors[std::size_t(g)]; }
    SparseVector &vector(SimilarityGroup g) { return vectors[std::size_t(g)]; }
    bool has(SimilarityGroup g) const
    {
        return g == SimilarityGroup::JobZone ? jobZone.has_value() : !vector(g).isEmpty();
    }
    bool isEmpty() const;
};

struct SimilarityResult {
    std::optional<double> percent; // missing when the roles have no group in common
    std::optional<double> combined; // S before the percentage map
    std::array<std::optional<double>, SimilarityGroupCount> groupScores; // s_g of the groups compared
};

SimilarityResult computeSimilarity(const SimilarityProfile &a, const SimilarityProfile &b);
// The strictly increasing map of S to 0–100 %.
double similarityPercentOf(double combined);

// One detailed work activity (DWA) of a role, under its intermediate work activity (IWA); titles are
// O*NET's work-activity taxonomy labels. `core`: linked to at least one of the role's Core tasks.
struct WorkActivity {
    QString dwaId;
    QString dwaTitle;
    QString iwaId;
    QString iwaTitle;
    bool core = false;
    double weight = 0; // the role's task weight on it (Core 1, Supplemental 0.5, split over a task's DWAs)
};

// The role's DWAs grouped under their IWAs: IWAs with a Core-linked DWA first, then by weight; in each
// IWA, Core-linked DWAs first, then by weight, then title.
QVector<WorkActivity> orderedWorkActivities(QVector<WorkActivity> activities);

} // namespace cc
