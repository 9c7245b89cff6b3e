// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"

#include <QHash>
#include <QJsonObject>

namespace cc
{

// The ROLE object of PRODUCT.md §3. A missing value is null; "notes" says why a value is missing
// or how it was estimated, and "salary"."top_coded" names the percentiles BLS top-coded.
QJsonObject roleToJson(const Role &role);

// The whole comparison. `citations` maps source ids to the text the "sources" list shows.
QJsonObject comparisonToJson(
    const Comparison &comparison, const QHash<QString, QString> &citations, const QString &credit);

} // namespace cc
