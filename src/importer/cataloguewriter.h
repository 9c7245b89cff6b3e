// SPDX-License-Identifier: MIT
#pragma once

#include "builtrole.h"
#include "cataloguebuilder.h"
#include "escoterms.h"
#include "mobilitysource.h"
#include "worktables.h"

namespace cc::import
{

// Writes `roles` (sorted by code) as a whole catalogue into the new, empty SQLite file `path`:
// schema, sources, metadata, skill entities, then each role with its provenance, skills, related
// roles and alternate titles; then VACUUM, so the same input gives the same file. Counts missing
// and estimated values and alternate titles into `summary`. Throws ImportError when SQLite fails.
// `mobility` goes into the mobility tables (mobilitysource.h); `similarity` into the similarity and
// work-activity tables (worktables.h).
// `terms` into the Spanish term and ESCO subtitle tables (escoterms.h).
void writeCatalogue(const QString &path, const QVector<BuiltRole> &roles, const QString &onetRelease,
    const MobilityTables &mobility, const SimilarityTables &similarity, const TermTables &terms,
    ImportSummary &summary);

} // namespace cc::import
