// SPDX-License-Identifier: MIT
#pragma once

// The public source files as the importer reads them (see ../shared/data/README.md). Each reader
// finds its columns by header name and stops with file:line at a malformed row or a duplicate key.

#include "delimitedtable.h"
#include "derivations.h"
#include "role.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace cc::import
{

struct OnetRating {
    QString elementId;
    QString name;
    SkillKind kind = SkillKind::Skill;
    std::optional<double> importance;
    std::optional<double> level;
    bool suppressed = false; // "Recommend Suppress" = Y on the importance row
    bool notRelevant = false; // "Not Relevant" = Y on the level row
};

struct OnetTechnology {
    QString example;
    QString commodity;
    bool hot = false;
    bool inDemand = false;
};

struct OnetRelated {
    QString code;
    QString tier;
    int index = 0;
};

struct OnetAlternateTitle {
    QString title;
    QString shortTitle;
};

struct OnetOccupation {
    QString code;
    QString title;
    std::optional<int> jobZone;
    QVector<OnetRating> ratings; // skills and knowledge, in file order
    QVector<OnetTechnology> technologies;
    std::array<std::optional<double>, InterestCount> interests;
    QVector<std::pair<QString, double>> workStyles; // element id, importance (IM)
    QHash<QString, QVector<derive::CategoryShare>> ete; // by scale: RL, OJ, PT, RW
    bool eteSuppressed = false; // a RL, OJ or PT row is "Recommend Suppress"
    QVector<OnetRelated> related;
    QVector<OnetAlternateTitle> alternateTitles;

    bool hasData() const { return jobZone || !ratings.isEmpty() || !technologies.isEmpty(); }
};

struct OnetData {
    QString release; // "29.3", from "Read Me.txt" when present
    QMap<QString, OnetOccupation> occupations; // by O*NET-SOC code
};

// Reads O*NET from DIR/onet/tsv/NAME.tsv (Excel edition as TSV) or DIR/onet/NAME.txt (O*NET's text edition).
OnetData readOnet(const QString &onetDir);

// OEWS writes "#" for an annual wage of $239,200 or more: the catalogue stores this floor, marked
// top-coded.
constexpr int OewsTopCodedAnnual = 239200;

struct WageRow {
    QString code;
    QString title;
    QString group; // OEWS O_GROUP: major, minor, broad, detailed
    std::optional<double> employment;
    std::array<Cell, 5> annual; // 10th, 25th, median, 75th, 90th percentile
    bool hourlyOnly = false;
};

struct WageData {
    QHash<QString, WageRow> detailed; // O_GROUP == detailed, by SOC code
    QHash<QString, WageRow> broad; // O_GROUP == broad
    QHash<QString, QString> majorTitles; // "15-0000" -> "Computer and Mathematical Occupations"
};
// Each figure within the bounds the viewer accepts (cataloguevalues.h; employment within
// SourceBounds::WageEmployment) and the annual percentiles of a row in order, else the row is
// malformed: file:line, the column, the value and the range.
WageData readWages(const QString &path);

struct ProjectionRow {
    QString code;
    QString title;
    Cell employment2024;
    Cell employment2034;
    Cell growthPercent;
    Cell annualOpenings;
    QString education;
    QString experience;
    QString training;
};
struct ProjectionData {
    QHash<QString, ProjectionRow> lineItems;
    QHash<QString, QString> summaryTitles; // summary rows, for category names where OEWS lacks them
};
// Employment, growth and openings of a line item within the viewer's bounds (cataloguevalues.h).
ProjectionData readProjections(const QString &path);

// A 2010 SOC code that the crosswalk divides among several 2018 codes (29-2041 "Emergency Medical
// Technicians and Paramedics" -> 29-2042, 29-2043): a figure published for it is shared by all of them.
struct SplitCode {
    QString title; // the 2010 title, as the crosswalk gives it
    QStringList into; // the 2018 codes, sorted
};
using SplitCodes = QHash<QString, SplitCode>; // by 2010 SOC code

// 2018 SOC code -> the 2010 SOC codes it came from. `splits`, when given, receives every 2010 code
// the crosswalk maps to more than one 2018 code.
QHash<QString, QStringList> readCrosswalk(const QString &path, SplitCodes *splits = nullptr);

struct FreyOsborneRow {
    double probability = 0;
    QString title;
};
QHash<QString, FreyOsborneRow> readFreyOsborne(const QString &path);

// 2010 SOC code -> teleworkable share 0–1 (Dingel & Neiman, BLS 6-digit codes).
QHash<QString, double> readTelework(const QString &path);

// Dingel & Neiman's classification of O*NET-SOC 2010 occupations (occupations_workathome.csv).
struct TeleworkOccupation {
    QString code; // O*NET-SOC 2010 "27-2012.03"
    QString title;
    double teleworkable = 0; // 0 or 1
};
QHash<QString, TeleworkOccupation> readTeleworkOccupations(const QString &path);

// O*NET-SOC code -> LLM exposure 0–1 (Eloundou et al., human raters, beta = E1 + 0.5 E2).
QHash<QString, double> readLlmExposure(const QString &path);

} // namespace cc::import
