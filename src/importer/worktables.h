// SPDX-License-Identifier: MIT
#pragma once

// Issue #9: what the similarity and the work-activity lists need, per role (docs/DATA.md).
// Read from O*NET's Task Statements (task id and type only: the statements themselves stay out),
// Tasks to DWAs, DWA Reference, IWA Reference, Technology Skills (commodity codes) and Tools Used.

#include "builtrole.h"
#include "sourcedata.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <array>

namespace cc::import
{

struct OnetWorkOccupation {
    QMap<QString, double> dwaWeight; // DWA id -> task weight (Core 1, Supplemental 0.5, split over DWAs)
    QMap<QString, bool> dwaCore; // DWA id -> linked to a Core task
    QMap<QString, int> technologyClasses; // Technology Skills commodity code -> rows
    QMap<QString, int> toolClasses; // Tools Used commodity code -> rows
};

struct OnetWorkData {
    QMap<QString, QString> dwaTitle; // DWA id -> title
    QMap<QString, QString> dwaIwa; // DWA id -> IWA id
    QMap<QString, QString> iwaTitle; // IWA id -> title
    QMap<QString, OnetWorkOccupation> occupations; // by O*NET-SOC code
};

// Reads the task tables of DIR (onet/tsv/NAME.tsv or NAME.txt, as readOnet). Codes must be in `onet`.
OnetWorkData readOnetWork(const QString &onetDir, const OnetData &onet);

struct SimilarityItem {
    QString item;
    double value = 0;
};

// Everything the similarity and work-activity tables hold.
struct SimilarityTables {
    // role code -> group (SimilarityGroup, all but the Job Zone) -> items, unnormalised
    QMap<QString, std::array<QVector<SimilarityItem>, SimilarityVectorGroupCount>> vectors;
    // group name -> (MU, roles that have the group), measured over O*NET's occupations
    QMap<QString, std::pair<double, int>> groups;
    QMap<QString, QVector<WorkActivity>> workActivities; // role code -> its DWAs
    const OnetWorkData *work = nullptr;
};

// Builds the per-role vectors (IDF computed over the O*NET roles), MU per group and the work activities.
SimilarityTables buildSimilarityTables(
    const OnetData &onet, const OnetWorkData &work, const QVector<BuiltRole> &roles);

// Writes the tables into `db` (schema already created); rows in key order, for a reproducible file.
void writeSimilarityTables(QSqlDatabase db, const SimilarityTables &tables);

} // namespace cc::import
