// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVector>

namespace cc::import
{

// The ids of the sources the catalogue cites (sources.id, provenance.source_id).
namespace Source
{
inline const QString Onet = QStringLiteral("onet");
inline const QString Oews = QStringLiteral("bls-oews");
inline const QString Projections = QStringLiteral("bls-ep");
inline const QString FreyOsborne = QStringLiteral("frey-osborne");
inline const QString Eloundou = QStringLiteral("eloundou");
inline const QString DingelNeiman = QStringLiteral("dingel-neiman");
inline const QString Crosswalk = QStringLiteral("bls-soc-crosswalk");
inline const QString SeedPage = QStringLiteral("seed-page");
inline const QString Mobility = QStringLiteral("cps-mobility"); // del Rio-Chanona et al., CPS ASEC flows
inline const QString Esco = QStringLiteral("esco"); // ESCO occupations, Spanish labels
inline const QString EscoCrosswalk = QStringLiteral("nesta-esco-onet"); // Nesta's ESCO -> O*NET crosswalk
} // namespace Source

// The releases of the BLS files the importer reads.
inline const QString OewsRelease = QStringLiteral("May 2024");
inline const QString ProjectionsRelease = QStringLiteral("2024\u201334");

// O*NET's required credit line for release `onetRelease`.
QString onetCredit(const QString &onetRelease);

// One row of the catalogue's sources table.
struct SourceInfo {
    QString id;
    QString name;
    QString release;
    QString citation;
    QString licence;
};

// Every source, in the order the catalogue lists them.
QVector<SourceInfo> sourceList(const QString &onetRelease);

} // namespace cc::import
