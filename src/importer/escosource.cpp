// SPDX-License-Identifier: MIT
#include "escosource.h"

#include "delimitedtable.h"
#include "importerror.h"
#include "sourcerules.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace cc::import
{

namespace
{

const QString OccupationsFile = QStringLiteral("occupations_es.csv");
const QString BroaderFile = QStringLiteral("broaderRelationsOccPillar.csv");
const QString CrosswalkFile = QStringLiteral("esco_onet_crosswalk_Nov2020.csv");
const QString OccupationPrefix = QStringLiteral("http://data.europa.eu/esco/occupation/");
const QString Occupation = QStringLiteral("Occupation");

// An occupation's URI: ESCO's prefix and a non-empty identifier.
void checkUri(const DelimitedTable &t, int row, const QString &uri)
{
    if (!uri.startsWith(OccupationPrefix) || uri.size() == OccupationPrefix.size())
        t.fail(row, QStringLiteral("\"%1\" is not an ESCO occupation URI").arg(uri.left(80)));
}

// A label as a search term: one line, some letters, not absurdly long.
void checkLabel(const DelimitedTable &t, int row, const QString &label)
{
    if (label.isEmpty() || label.size() > 300 || label.contains(QLatin1Char('\n')))
        t.fail(row,
            QStringLiteral("the label \"%1\" is empty, too long or on several lines").arg(label.left(80)));
}

void readOccupations(const QString &path, EscoData &data)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cType = t.column({ QStringLiteral("conceptType") });
    const int cUri = t.column({ QStringLiteral("conceptUri") });
    const int cPreferred = t.column({ QStringLiteral("preferredLabel") });
    const int cAlternates = t.column({ QStringLiteral("altLabels") });
    for (int r = 0; r < t.rowCount(); ++r) {
        if (t.text(r, cType) != Occupation)
            t.fail(r, QStringLiteral("conceptType is \"%1\", not Occupation").arg(t.text(r, cType).left(40)));
        EscoOccupation o;
        o.uri = t.text(r, cUri);
        checkUri(t, r, o.uri);
        if (data.occupations.contains(o.uri))
            t.fail(r, QStringLiteral("occupation %1 appears twice").arg(o.uri));
        o.preferred = t.text(r, cPreferred).simplified();
        checkLabel(t, r, o.preferred);
        const QStringList lines = t.text(r, cAlternates).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QString label = line.simplified();
            if (label.isEmpty())
                continue;
            checkLabel(t, r, label);
            if (!o.alternates.contains(label))
                o.alternates << label;
        }
        data.occupations.insert(o.uri, o);
    }
}

// Only occupation -> occupation links matter (occupation -> ISCO group is ESCO's level 5 root).
void readBroader(const QString &path, EscoData &data)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cType = t.column({ QStringLiteral("conceptType") });
    const int cUri = t.column({ QStringLiteral("conceptUri") });
    const int cBroaderType = t.column({ QStringLiteral("broaderType") });
    const int cBroader = t.column({ QStringLiteral("broaderUri") });
    for (int r = 0; r < t.rowCount(); ++r) {
        if (t.text(r, cType) != Occupation || t.text(r, cBroaderType) != Occupation)
            continue;
        const QString child = t.text(r, cUri);
        const QString parent = t.text(r, cBroader);
        for (const QString &uri : { child, parent }) {
            checkUri(t, r, uri);
            if (!data.occupations.contains(uri))
                t.fail(r, QStringLiteral("occupation %1 is not in %2").arg(uri, OccupationsFile));
        }
        if (child == parent)
            t.fail(r, QStringLiteral("occupation %1 is its own broader occupation").arg(child));
        if (data.broader.contains(child))
            t.fail(r, QStringLiteral("occupation %1 has two broader occupations").arg(child));
        data.broader.insert(child, parent);
    }
}

void readCrosswalkRows(const QString &path, EscoData &data)
{
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    const int cUri = t.column({ QStringLiteral("concept_uri") });
    const int cCode = t.column({ QStringLiteral("onet_code") });
    const int cTitle = t.column({ QStringLiteral("onet_occupation") });
    const int cConfidence = t.column({ QStringLiteral("confidence") });
    const int cSimilarity = t.column({ QStringLiteral("semantic_similarity") });
    QSet<QString> seen;
    for (int r = 0; r < t.rowCount(); ++r) {
        EscoMatch m;
        m.uri = t.text(r, cUri);
        checkUri(t, r, m.uri);
        if (!data.occupations.contains(m.uri))
            t.fail(r, QStringLiteral("occupation %1 is not in %2").arg(m.uri, OccupationsFile));
        if (seen.contains(m.uri))
            t.fail(r, QStringLiteral("occupation %1 is matched twice").arg(m.uri));
        seen.insert(m.uri);
        m.onetCode2010 = t.text(r, cCode);
        checkCode(t, r, m.onetCode2010, onetCodePattern());
        m.onetTitle2010 = t.text(r, cTitle);
        if (m.onetTitle2010.isEmpty())
            t.fail(r, QStringLiteral("no O*NET title for %1").arg(m.onetCode2010));
        m.confidence = t.requiredNumber(r, cConfidence);
        if (m.confidence != 0.5 && m.confidence != 1.0 && m.confidence != 2.0)
            t.fail(r, QStringLiteral("confidence %1 is not 0.5, 1 or 2").arg(m.confidence));
        m.similarity = t.requiredNumber(r, cSimilarity);
        data.matches.append(m);
    }
}

} // namespace

EscoData readEsco(const QString &dir)
{
    EscoData data;
    data.folder = dir;
    const QDir folder(dir);
    if (!optionalTablesPresent(dir, { OccupationsFile, BroaderFile, CrosswalkFile }))
        return data;
    readOccupations(folder.filePath(OccupationsFile), data);
    readBroader(folder.filePath(BroaderFile), data);
    readCrosswalkRows(folder.filePath(CrosswalkFile), data);
    data.present = true;
    return data;
}

QVector<TeamTerm> readTeamTerms(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(path, 0, QStringLiteral("cannot read: %1").arg(file.errorString()));
    if (file.size() > DelimitedTable::MaxSourceBytes)
        throw ImportError(path, 0, QStringLiteral("is too large"));
    const DelimitedTable t = DelimitedTable::parse(file.readAll(), DelimitedTable::Format::Tsv, path);
    const int cTerm = t.column({ QStringLiteral("term") });
    const int cCode = t.column({ QStringLiteral("onet_code") });
    const int cUse = t.column({ QStringLiteral("use") });
    t.column({ QStringLiteral("comment") }); // required: every term says why
    QVector<TeamTerm> terms;
    for (int r = 0; r < t.rowCount(); ++r) {
        TeamTerm term;
        term.term = t.text(r, cTerm).simplified();
        if (term.term.isEmpty() || term.term.size() > 100)
            t.fail(r, QStringLiteral("the term is empty or longer than 100 characters"));
        term.roleCode = t.text(r, cCode);
        checkCode(t, r, term.roleCode, onetCodePattern());
        const QString use = t.text(r, cUse);
        if (use != QLatin1String("add") && use != QLatin1String("drop"))
            t.fail(r, QStringLiteral("use is \"%1\", not add or drop").arg(use.left(20)));
        term.drop = use == QLatin1String("drop");
        term.file = path;
        term.line = t.lineOf(r);
        terms.append(term);
    }
    return terms;
}

} // namespace cc::import
