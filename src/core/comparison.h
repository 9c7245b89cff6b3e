// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"
#include "skilloverlap.h"

#include <QStringList>

namespace cc
{

// Which of two values is better, once both are rounded as they are shown.
enum class Verdict { ABetter, BBetter, Equal, Unknown };

// Everything a comparison of two roles says, computed from their values alone.
struct Comparison {
    Role a;
    Role b;
    SkillOverlap skills;
    QString summary;
    QStringList conclusion;
    QStringList chooseAIf;
    QStringList chooseBIf;
    QStringList sourceIds; // the sources behind both roles' values, sorted

    static Comparison of(const Role &a, const Role &b);
};

// Verdicts per attribute, shared by the generated text and the at-a-glance marks (attributes.h).
Verdict compareSalaryCeiling(const Role &a, const Role &b);
Verdict compareMedianSalary(const Role &a, const Role &b);
Verdict compareDemand(const Role &a, const Role &b);
Verdict compareAiRisk(const Role &a, const Role &b);
Verdict compareLearning(const Role &a, const Role &b);
Verdict compareEntryBarrier(const Role &a, const Role &b);
Verdict compareDifficulty(const Role &a, const Role &b);
Verdict compareRemote(const Role &a, const Role &b);

// The transition wording that goes with a similarity figure (docs/DATA.md).
QString transitionWording(int sharedCount, std::optional<double> similarityPercent);
// Why two roles have no similarity figure: their similarity figures in the catalogue cannot be read,
// or one of them has nothing in the sources to compare.
QString similarityMissingReason(const Role &a, const Role &b);

} // namespace cc
