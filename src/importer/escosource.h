// SPDX-License-Identifier: MIT
#pragma once

// ESCO's occupations in Spanish and Nesta's ESCO -> O*NET crosswalk (../shared/data/esco,
// PROVENANCE.md). Only short labels are read: ESCO's descriptions (prose) never enter the catalogue.

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cc::import
{

struct EscoOccupation {
    QString uri; // conceptUri
    QString preferred; // preferredLabel as ESCO writes it ("enfermero/enfermera")
    QStringList alternates; // altLabels, one per line in the file
};

// One row of the crosswalk: the best O*NET-SOC 2010 occupation for a level-5 ESCO occupation.
struct EscoMatch {
    QString uri;
    QString onetCode2010; // "29-1141.00"
    QString onetTitle2010; // lower case, as the crosswalk writes it
    double confidence = 0; // 0.5, 1 or 2 (highest)
    double similarity = 0; // semantic_similarity, used only to break ties
};

struct EscoData {
    bool present = false; // false when the source folder has no esco/ files
    QString folder;
    QHash<QString, EscoOccupation> occupations; // by uri
    QHash<QString, QString> broader; // occupation uri -> its broader occupation's uri
    QVector<EscoMatch> matches; // crosswalk rows, in file order
};

// Reads DIR/occupations_es.csv, DIR/broaderRelationsOccPillar.csv and
// DIR/esco_onet_crosswalk_Nov2020.csv. Nothing at the folder's name or at any of the three gives
// `present == false`; anything there that cannot be read (a link loop, a FIFO, …) stops the import
// naming it (optionalTablesPresent(), delimitedtable.h), as does a missing one of the three, a malformed row,
// an unknown occupation or a confidence other than 0.5, 1 or 2 stops the import with file:line.
EscoData readEsco(const QString &dir);

// One team-written Spanish term (resources/importer/terms_es_latam.tsv): "add" gives `term` to the
// role; "drop" takes an ESCO term away from it (a known mistranslation).
struct TeamTerm {
    QString term;
    QString roleCode;
    bool drop = false;
    QString file;
    int line = 0;
};

// Reads the team's list (columns term, onet_code, use, comment). A malformed row stops the import
// with file:line; codes are checked against the catalogue's roles later (escoterms.h).
QVector<TeamTerm> readTeamTerms(const QString &path);

} // namespace cc::import
