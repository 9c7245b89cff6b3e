// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace cc::schema
{

// Bumped whenever a table or column changes meaning; readers refuse any other version.
// 2: percentile demand score, bright_outlook, mobility tables; 3: similarity and work-activity tables;
// 4: provenance.note_parts, the note as template and facts (NoteText JSON) for its translation
constexpr int CatalogueVersion = 4;
inline const QString ApplicationId = QStringLiteral("careercompare-catalogue");

// The keys of the catalogue's metadata table: the importer writes them, the app reads them.
namespace MetadataKey
{
inline const QString ApplicationId = QStringLiteral("application_id"); // value: schema::ApplicationId
inline const QString SchemaVersion = QStringLiteral("schema_version"); // value: schema::CatalogueVersion
inline const QString OnetRelease = QStringLiteral("onet_release"); // "29.3"
inline const QString OewsRelease = QStringLiteral("oews_release"); // "May 2024"
inline const QString ProjectionsRelease = QStringLiteral("projections_release"); // "2024–34"
inline const QString OnetCredit = QStringLiteral("onet_credit"); // the credit line O*NET's licence asks for
inline const QString Attribution = QStringLiteral("attribution"); // every source's citation, one a line
inline const QString Release = QStringLiteral("release"); // all releases in one line, for the user
inline const QString RoleCount = QStringLiteral("role_count");
// The data rows of each source table the catalogue was built from, one "name<TAB>rows" a line
// ("onet/Skills", "wages/national_M2024_dl.csv"): the next import compares its tables with them.
inline const QString SourceRows = QStringLiteral("source_rows");
} // namespace MetadataKey

// CREATE statements of the catalogue, in order.
QStringList catalogueTables();

} // namespace cc::schema
