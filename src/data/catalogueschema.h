// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace cc::schema
{

// Bumped whenever a table or column changes meaning; readers refuse any other version.
constexpr int CatalogueVersion = 1;
inline const QString ApplicationId = QStringLiteral("careercompare-catalogue");

// CREATE statements of the catalogue, in order.
QStringList catalogueTables();

} // namespace cc::schema
