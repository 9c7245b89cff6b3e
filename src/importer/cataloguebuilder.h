// SPDX-License-Identifier: MIT
#pragma once

// The importer's one error convention: inside, every reader, builder and writer throws ImportError
// (importerror.h: file, line, what is wrong) and stops the import. importCatalogue() is the only
// place that catches it and the only place a message is made of it: ImportResult::error,
// "file:line: message", which careercompare-import prints as it is.

#include <QMap>
#include <QString>

#include <functional>

namespace cc::import
{

struct ImportOptions {
    QString sourceDir; // the layout of ../shared/data
    QString outputFile; // written only when the whole import succeeds
    QString seedFile = QStringLiteral(":/importer/seed-roles.json");
    // Write the catalogue even when a source table has fewer than half the rows the catalogue at
    // `outputFile` was built from (sourcerows.h); without it such an import stops, naming the table.
    bool force = false;
    // The team's Spanish terms (escoterms.h); read only when the source has ESCO files.
    QString teamTermsFile = QStringLiteral(":/importer/terms_es_latam.tsv");
    // Called with the temporary file once the whole catalogue is in it, just before it is renamed
    // into place: a point at which tests stop an import (careercompare-import's
    // CC_IMPORT_TEST_STOP_BEFORE_RENAME).
    std::function<void(const QString &temporaryFile)> beforeRename;
};

struct ImportSummary {
    int roles = 0;
    int seedRoles = 0;
    int alternateTitles = 0;
    QMap<QString, int> missing; // field -> roles lacking it
    QMap<QString, int> estimates; // field -> roles with an estimate
    QMap<QString, int> sourceRows; // source table (sourcerows.h) -> data rows read
    QMap<QString, int> spanishTerms; // what the ESCO mapping mapped and what it did not (escoterms.h)
};

struct ImportResult {
    bool ok = false;
    QString error; // "file:line: message" when a row stopped the import
    ImportSummary summary;
};

// Reads every source, builds the catalogue into a temporary file beside `outputFile`, and renames it
// into place only when all went well: a failed import leaves any existing catalogue untouched.
ImportResult importCatalogue(const ImportOptions &options);

} // namespace cc::import
