// SPDX-License-Identifier: MIT
#pragma once

#include "builtrole.h"

namespace cc::import
{

// The roles of the seed page (resources/importer/seed-roles.json): its own figures, with
// provenance "seed-page". Throws ImportError at an unreadable file or a malformed role.
QVector<BuiltRole> readSeedRoles(const QString &path);

} // namespace cc::import
