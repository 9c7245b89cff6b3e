// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <QHash>
#include <QVector>

namespace cc
{

struct GlanceValue {
    QString text; // "$130,000–$200,000", "9.2/10", "not available"
    bool missing = false;
    bool estimate = false;
    bool pageFigure = false; // the seed web page's own figure
    QString marked() const; // the text with its marks: " *" for an estimate, " \u2020" for a page figure
    QString source; // the source's name, or its id when no name is known
    QString note; // why missing, or how estimated or derived
    QString toolTip() const;
};

// One attribute of PRODUCT.md §2 for both roles, with which is better (ties are ties).
struct GlanceRow {
    QString key; // Field key
    QString attribute; // "Salary range"
    GlanceValue a;
    GlanceValue b;
    Verdict verdict = Verdict::Unknown;
    bool judged = true; // false for neutral attributes (LLM exposure, requires coding)
    QString verdictText; // "A better", "Equal", …
    QString verdictNote; // why the verdict is not plain ("neither better", "not ranked"); else empty
};

// The language of the labels: the interface's (the window) or English (the report, like its text).
enum class LabelLanguage { Interface, English };

// `sourceNames` maps source ids to names for tooltips ("bls-oews" -> "BLS OEWS May 2024").
QVector<GlanceRow> glanceRows(const Comparison &comparison, const QHash<QString, QString> &sourceNames = {},
    LabelLanguage language = LabelLanguage::Interface);

} // namespace cc
