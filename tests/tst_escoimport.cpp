// SPDX-License-Identifier: MIT
// The importer's Spanish terms (src/importer/escoterms.h): ESCO labels reach today's roles through
// the Nesta crosswalk and the BLS 2010 -> 2018 crosswalk, lower-level occupations inherit their
// parent's match, the team's terms are added, and malformed rows stop the import naming the file.
#include "cataloguebuilder.h"
#include "cataloguedatabase.h"
#include "namematcher.h"
#include "rolesearch.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace cc;
using namespace cc::import;

namespace
{

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

const QByteArray Uri = "http://data.europa.eu/esco/occupation/";

// Parent: a level-5 ESCO occupation matched to O*NET-SOC 2010 15-1132.00 (today 15-1252.00 by its
// SOC code); child: a lower-level one with no match of its own; orphan: neither.
const QByteArray Occupations = "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description\n"
                               "Occupation,"
    + Uri
    + "parent,2512,desarrollador de software/desarrolladora de software,\"programador de aplicaciones\n"
      "programadora de aplicaciones\",Prose that stays out.\n"
      "Occupation,"
    + Uri
    + "child,2512,desarrollador de videojuegos/desarrolladora de videojuegos,\"creador de "
      "juegos\",\n"
      "Occupation,"
    + Uri + "orphan,9999,domador de pulgas/domadora de pulgas,,\n";
const QByteArray Broader = "conceptType,conceptUri,broaderType,broaderUri\n"
                           "Occupation,"
    + Uri + "child,Occupation," + Uri
    + "parent\n"
      "Occupation,"
    + Uri + "parent,ISCOGroup,http://data.europa.eu/esco/isco/C2512\n";
const QByteArray CrosswalkHeader
    = "id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,"
      "semantic_similarity,confidence,concept_uri\n";
const QByteArray Crosswalk = CrosswalkHeader
    + "1,software developer,2512,15-1132.00,\"software developers, "
      "applications\",['software developer'],0.9,2.0,"
    + Uri + "parent\n";
const QByteArray Team = "term\tonet_code\tuse\tcomment\n"
                        "programador web\t15-1252.00\tadd\tSoftware Developers\n"
                        "tasador\t13-2023.00\tadd\tAppraisers and Assessors of Real Estate\n";

} // namespace

class TestEscoImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void termsReachRolesAndChildrenInherit();
    void subtitleFromTheConfidentMatch();
    void searchFindsTheTermsAccentFree();
    void malformedEscoRowNamesTheFile_data();
    void malformedEscoRowNamesTheFile();
    void teamTermForAnUnknownCodeStops();
    void withoutEscoFilesTheSubtitleIsMissingWithWhy();

private:
    QString source() const { return m_dir->filePath(QStringLiteral("source")); }
    QString esco(const QString &file) const { return source() + QStringLiteral("/esco/") + file; }
    QString out() const { return m_dir->filePath(QStringLiteral("careers.sqlite")); }
    QString teamFile() const { return m_dir->filePath(QStringLiteral("team.tsv")); }
    ImportResult runImport() const
    {
        ImportOptions options;
        options.sourceDir = source();
        options.outputFile = out();
        options.teamTermsFile = teamFile();
        return importCatalogue(options);
    }
    // (term, origin, weight) of a role's Spanish terms, by term.
    QMap<QString, QPair<QString, double>> termsOf(const QString &code) const
    {
        QMap<QString, QPair<QString, double>> terms;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("terms"));
            db.setDatabaseName(out());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT term, origin, weight FROM role_terms WHERE role_code = ?"));
                q.addBindValue(code);
                q.exec();
                while (q.next())
                    terms.insert(q.value(0).toString(), { q.value(1).toString(), q.value(2).toDouble() });
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terms"));
        return terms;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEscoImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copyTree(QStringLiteral(CC_FIXTURES_DIR "/source"), source()));
    QVERIFY(QDir().mkpath(source() + QStringLiteral("/esco")));
    QVERIFY(writeFile(esco(QStringLiteral("occupations_es.csv")), Occupations));
    QVERIFY(writeFile(esco(QStringLiteral("broaderRelationsOccPillar.csv")), Broader));
    QVERIFY(writeFile(esco(QStringLiteral("esco_onet_crosswalk_Nov2020.csv")), Crosswalk));
    QVERIFY(writeFile(teamFile(), Team));
}

void TestEscoImport::termsReachRolesAndChildrenInherit()
{
    const ImportResult r = runImport();
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto terms = termsOf(QStringLiteral("15-1252.00"));
    // The preferred label split into its two forms, confidence 2, direct.
    QCOMPARE(terms.value(QStringLiteral("desarrollador de software")),
        qMakePair(QStringLiteral("esco-preferred"), 2.0));
    QCOMPARE(terms.value(QStringLiteral("desarrolladora de software")).second, 2.0);
    // Alternate labels weigh half.
    QCOMPARE(terms.value(QStringLiteral("programadora de aplicaciones")),
        qMakePair(QStringLiteral("esco-alternate"), 1.0));
    // The child has no match of its own: it inherits the parent's, at half the weight.
    QCOMPARE(terms.value(QStringLiteral("desarrollador de videojuegos")),
        qMakePair(QStringLiteral("esco-preferred"), 1.0));
    QCOMPARE(
        terms.value(QStringLiteral("creador de juegos")), qMakePair(QStringLiteral("esco-alternate"), 0.5));
    // The team's term, and nothing from the unmatched occupation anywhere.
    QCOMPARE(terms.value(QStringLiteral("programador web")).first, QStringLiteral("team"));
    QVERIFY(!terms.contains(QStringLiteral("domador de pulgas")));
    QCOMPARE(termsOf(QStringLiteral("13-2023.00")).keys(), QStringList { QStringLiteral("tasador") });
    QCOMPARE(r.summary.spanishTerms.value(QStringLiteral("ESCO occupations inheriting a match")), 1);
    QCOMPARE(r.summary.spanishTerms.value(QStringLiteral("ESCO occupations without a match")), 1);
}

void TestEscoImport::subtitleFromTheConfidentMatch()
{
    QVERIFY(runImport().ok);
    auto catalogue = CatalogueDatabase::open(out()).catalogue;
    QVERIFY(catalogue);
    const auto dev = catalogue->role(QStringLiteral("15-1252.00"));
    QVERIFY(dev);
    QCOMPARE(dev->escoLabel, QStringLiteral("desarrollador de software/desarrolladora de software"));
    QCOMPARE(dev->provenanceOf(Field::EscoLabel).status, ValueStatus::Known);
    QCOMPARE(dev->provenanceOf(Field::EscoLabel).sourceId, QStringLiteral("esco"));
    QCOMPARE(dev->provenanceOf(Field::EscoMatch).sourceId, QStringLiteral("nesta-esco-onet"));
    QVERIFY(catalogue->sourceCitations()
                .value(QStringLiteral("esco"))
                .contains(
                    QStringLiteral("This product uses the ESCO classification of the European Commission.")));
    QVERIFY(catalogue->sourceCitations()
                .value(QStringLiteral("nesta-esco-onet"))
                .contains(QStringLiteral("Nesta")));
    // No ESCO occupation points at Actors: no subtitle, missing with why.
    const auto actors = catalogue->role(QStringLiteral("27-2011.00"));
    QVERIFY(actors);
    QVERIFY(actors->escoLabel.isEmpty());
    QCOMPARE(actors->provenanceOf(Field::EscoLabel).status, ValueStatus::Missing);
    QVERIFY(
        actors->provenanceOf(Field::EscoLabel).note.contains(QStringLiteral("matches no ESCO occupation")));
}

void TestEscoImport::searchFindsTheTermsAccentFree()
{
    QVERIFY(runImport().ok);
    auto catalogue = CatalogueDatabase::open(out()).catalogue;
    QVERIFY(catalogue);
    const auto names = catalogue->searchNames();
    const auto matches = bestRoleMatches(names, QStringLiteral("DESARROLLADORA DE VIDEOJUEGOS"));
    QVERIFY(!matches.isEmpty());
    QCOMPARE(matches.first().code, QStringLiteral("15-1252.00"));
    QCOMPARE(matches.first().term, QStringLiteral("desarrolladora de videojuegos"));
    QCOMPARE(bestRoleMatches(names, QStringLiteral("Tasadór")).value(0).code, QStringLiteral("13-2023.00"));
}

void TestEscoImport::malformedEscoRowNamesTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("confidence") << QStringLiteral("esco_onet_crosswalk_Nov2020.csv")
                                << CrosswalkHeader + "1,x,2512,15-1132.00,software developers,[],0.9,3.0,"
            + Uri + "parent\n"
                                << QStringLiteral(
                                       "esco_onet_crosswalk_Nov2020.csv:2: confidence 3 is not 0.5, 1 or 2");
    QTest::newRow("unknown occupation")
        << QStringLiteral("esco_onet_crosswalk_Nov2020.csv")
        << CrosswalkHeader + "1,x,2512,15-1132.00,software developers,[],0.9,2.0," + Uri + "nowhere\n"
        << QStringLiteral(
               "esco_onet_crosswalk_Nov2020.csv:2: occupation %1nowhere is not in occupations_es.csv")
               .arg(QString::fromLatin1(Uri));
    QTest::newRow("bad code")
        << QStringLiteral("esco_onet_crosswalk_Nov2020.csv")
        << CrosswalkHeader + "1,x,2512,15-1132,software developers,[],0.9,2.0," + Uri + "parent\n"
        << QStringLiteral("esco_onet_crosswalk_Nov2020.csv:2: \"15-1132\" is not a valid occupation code");
    QTest::newRow("not a URI") << QStringLiteral("occupations_es.csv")
                               << Occupations + "Occupation,urn:x,1111,alcalde,,\n"
                               << QStringLiteral(
                                      "occupations_es.csv:6: \"urn:x\" is not an ESCO occupation URI");
    QTest::newRow("short row") << QStringLiteral("broaderRelationsOccPillar.csv")
                               << Broader + "Occupation," + Uri + "child\n"
                               << QStringLiteral("broaderRelationsOccPillar.csv:4: expected 4 fields");
}

void TestEscoImport::malformedEscoRowNamesTheFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(writeFile(out(), "an earlier catalogue"));
    QVERIFY(writeFile(esco(file), bytes));
    const ImportResult r = runImport();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QVERIFY2(r.error.startsWith(esco(file)), qPrintable(r.error));
    // Nothing lost: the earlier catalogue is still there.
    QFile kept(out());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("an earlier catalogue"));
}

void TestEscoImport::teamTermForAnUnknownCodeStops()
{
    QVERIFY(writeFile(teamFile(), Team + "plomero\t47-2152.00\tadd\tnot in the fixture\n"));
    const ImportResult r = runImport();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(teamFile() + QStringLiteral(":4: 47-2152.00 is not an O*NET occupation")),
        qPrintable(r.error));
    QVERIFY(writeFile(teamFile(), Team + "nadie\t15-1252.00\tdrop\tESCO gives no such term\n"));
    const ImportResult dropped = runImport();
    QVERIFY(!dropped.ok);
    QVERIFY2(dropped.error.contains(QStringLiteral(":4: ESCO gives 15-1252.00 no term \"nadie\" to drop")),
        qPrintable(dropped.error));
}

void TestEscoImport::withoutEscoFilesTheSubtitleIsMissingWithWhy()
{
    QVERIFY(QDir(source() + QStringLiteral("/esco")).removeRecursively());
    QVERIFY(writeFile(teamFile(), "not even a header")); // not read without ESCO
    const ImportResult r = runImport();
    QVERIFY2(r.ok, qPrintable(r.error));
    auto catalogue = CatalogueDatabase::open(out()).catalogue;
    QVERIFY(catalogue);
    const auto dev = catalogue->role(QStringLiteral("15-1252.00"));
    QVERIFY(dev && dev->escoLabel.isEmpty());
    QVERIFY(dev->provenanceOf(Field::EscoLabel).note.contains(QStringLiteral("no ESCO files")));
    QVERIFY(termsOf(QStringLiteral("15-1252.00")).isEmpty());
}

QTEST_GUILESS_MAIN(TestEscoImport)
#include "tst_escoimport.moc"
