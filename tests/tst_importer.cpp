// SPDX-License-Identifier: MIT
#include "cataloguebuilder.h"
#include "cataloguedatabase.h"

#include <QtTest>

using namespace cc;
using namespace cc::import;

namespace
{

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir()) {
            if (!copyTree(info.filePath(), target))
                return false;
        } else if (!QFile::copy(info.filePath(), target)) {
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void appendLine(const QString &path, const QByteArray &line)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(line + '\n');
}

int lineCount(const QString &path)
{
    return int(readAll(path).count('\n'));
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsFixtureOccupations();
    void quirks();
    void seedRoles();
    void textEditionLayoutGivesSameCatalogue();
    void sameInputSameCatalogue();
    void malformedRowStopsWithFileAndLine();
    void duplicateCodeStops();
    void malformedNumberStops();
    void missingFileStops();
    void failedImportLeavesExistingCatalogue();

private:
    QString source() const { return m_dir->filePath(QStringLiteral("source")); }
    QString out(const QString &name = QStringLiteral("careers.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    ImportResult runImport(const QString &sourceDir, const QString &outFile) const
    {
        ImportOptions options;
        options.sourceDir = sourceDir;
        options.outputFile = outFile;
        return importCatalogue(options);
    }
    std::unique_ptr<CatalogueDatabase> imported()
    {
        const ImportResult r = runImport(source(), out());
        if (!r.ok)
            qWarning("import failed: %s", qPrintable(r.error));
        auto opened = CatalogueDatabase::open(out());
        return std::move(opened.catalogue);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copyTree(QStringLiteral(CC_FIXTURES_DIR "/source"), source()));
}

void TestImporter::importsFixtureOccupations()
{
    const ImportResult r = runImport(source(), out());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.summary.roles, 7 + 2);
    QCOMPARE(r.summary.seedRoles, 2);
    auto catalogue = CatalogueDatabase::open(out()).catalogue;
    QVERIFY(catalogue);
    QCOMPARE(catalogue->roles().size(), 9);
    QCOMPARE(catalogue->metadata(QStringLiteral("onet_release")), QStringLiteral("29.3"));
    QVERIFY(catalogue->metadata(QStringLiteral("onet_credit"))
                .contains(QStringLiteral("O*NET 29.3 Database by the U.S. Department of Labor")));

    const Role dev = *catalogue->role(QStringLiteral("15-1252.00"));
    QCOMPARE(dev.title, QStringLiteral("Software Developers"));
    QCOMPARE(dev.category, QStringLiteral("Computer and Mathematical Occupations"));
    QCOMPARE(*dev.salary.low.amount, 79850);
    QCOMPARE(*dev.salary.p25.amount, 103050);
    QCOMPARE(*dev.salary.median.amount, 133080);
    QCOMPARE(*dev.salary.p75.amount, 169000);
    QCOMPARE(*dev.salary.high.amount, 211450);
    QCOMPARE(*dev.employment2024, 1693.8); // thousands
    QCOMPARE(*dev.growthPercent, 15.8);
    // Among the fixture's five projection lines, developers' growth (15.8 %) ranks 4th (r2 = 7) and
    // openings (115.2k) 5th (r2 = 9): k = 16 ties data scientists' at the top, r2(16; K) = 8, so
    // floor((100·8 + 5) / 10) = 80 tenths.
    QCOMPARE(*dev.demandScore, 8.0);
    QCOMPARE(*dev.brightOutlook, true);
    QVERIFY(
        dev.provenanceOf(Field::DemandScore).note.contains(QStringLiteral("among the 5 BLS occupations")));
    QCOMPARE(*dev.entryBarrier, EntryBarrier::High);
    QCOMPARE(dev.typicalEducation, QStringLiteral("Bachelor's degree"));
    QCOMPARE(*dev.difficulty, Difficulty::Advanced);
    QCOMPARE(*dev.remoteFriendly, RemoteFriendly::Yes);
    QCOMPARE(dev.provenanceOf(Field::Salary).status, ValueStatus::Known);
    QCOMPARE(dev.provenanceOf(Field::Salary).sourceId, QStringLiteral("bls-oews"));
    QVERIFY(dev.related.isEmpty()); // its related occupations are not in the fixture, so none are kept
    const Role managers = *catalogue->role(QStringLiteral("11-9041.00"));
    QCOMPARE(managers.related.size(), 2); // 11-9041.01 and 15-1252.00, in O*NET's order
    QCOMPARE(managers.related.first().code, QStringLiteral("11-9041.01"));
    QCOMPARE(managers.related.last().title, QStringLiteral("Software Developers"));
    QVERIFY(
        catalogue->findCodes(QStringLiteral("software developers")).contains(QStringLiteral("15-1252.00")));
}

void TestImporter::quirks()
{
    auto catalogue = imported();
    QVERIFY(catalogue);

    // 2010 -> 2018 many-to-one: 15-1132 (4.2%) and 15-1133 (13%) -> 15-1252, the mean.
    const Role dev = *catalogue->role(QStringLiteral("15-1252.00"));
    QCOMPARE(*dev.aiRiskPercent, (4.2 + 13.0) / 2.0);
    QVERIFY(dev.provenanceOf(Field::AiRisk).note.contains(QStringLiteral("15-1132")));
    QVERIFY(dev.provenanceOf(Field::AiRisk).note.contains(QStringLiteral("15-1133")));
    // No skill ratings: requires coding from technologies, marked as an estimate.
    QVERIFY(*dev.requiresCoding);
    QCOMPARE(dev.provenanceOf(Field::RequiresCoding).status, ValueStatus::Estimate);
    QVERIFY(std::all_of(dev.skills.begin(), dev.skills.end(),
        [](const RoleSkill &s) { return s.kind == SkillKind::Technology; }));

    // No Frey & Osborne row (15-2099): missing with the reason, never 0.
    const Role ds = *catalogue->role(QStringLiteral("15-2051.00"));
    QVERIFY(!ds.aiRiskPercent);
    QCOMPARE(ds.provenanceOf(Field::AiRisk).status, ValueStatus::Missing);
    QVERIFY(ds.provenanceOf(Field::AiRisk).note.contains(QStringLiteral("15-2099")));

    // "#": top-coded at $239,200.
    const Role anes = *catalogue->role(QStringLiteral("29-1211.00"));
    QCOMPARE(*anes.salary.low.amount, 124450);
    QVERIFY(anes.salary.high.topCoded);
    QVERIFY(anes.salary.median.topCoded);
    QCOMPARE(*anes.salary.high.amount, 239200);
    QVERIFY(!anes.salary.low.topCoded);

    // "*" (hourly only) and "—" (no openings figure): missing, with why.
    const Role actors = *catalogue->role(QStringLiteral("27-2011.00"));
    QVERIFY(!actors.salary.low.isKnown());
    QCOMPARE(actors.provenanceOf(Field::Salary).status, ValueStatus::Missing);
    QVERIFY(actors.provenanceOf(Field::Salary).note.contains(QStringLiteral("hourly")));
    QVERIFY(!actors.demandScore);
    QCOMPARE(actors.provenanceOf(Field::DemandScore).status, ValueStatus::Missing);
    QCOMPARE(*actors.entryBarrier, EntryBarrier::Medium);
    QCOMPARE(actors.category, QStringLiteral("Arts, Design, Entertainment, Sports, and Media Occupations"));

    // Dingel & Neiman rate the O*NET-SOC occupation itself (1), not only the 6-digit code (.5639894).
    const Role managers = *catalogue->role(QStringLiteral("11-9041.00"));
    QCOMPARE(*managers.remoteFriendly, RemoteFriendly::Yes);
    QCOMPARE(*managers.teleworkShare, 1.0);
    QCOMPARE(managers.provenanceOf(Field::RemoteFriendly).status, ValueStatus::Known);
    QVERIFY(std::all_of(managers.skills.begin(), managers.skills.end(), [](const RoleSkill &s) {
        return s.kind == SkillKind::Technology || (s.importance && *s.importance >= 3.0);
    }));
    QVERIFY(managers.interests[0].has_value());

    // An O*NET sub-occupation shares its SOC code's wages: an estimate, saying so.
    const Role biofuels = *catalogue->role(QStringLiteral("11-9041.01"));
    QCOMPARE(*biofuels.salary.median.amount, *managers.salary.median.amount);
    QCOMPARE(biofuels.provenanceOf(Field::Salary).status, ValueStatus::Estimate);
    QCOMPARE(*biofuels.remoteFriendly, RemoteFriendly::No); // D&N rate 11-9041.01 itself: 0

    // OEWS and projections publish 13-2023 only as 13-2020: an estimate; no LLM row: missing.
    const Role appraisers = *catalogue->role(QStringLiteral("13-2023.00"));
    QCOMPARE(*appraisers.salary.median.amount, 65420);
    QCOMPARE(appraisers.provenanceOf(Field::Salary).status, ValueStatus::Estimate);
    QVERIFY(appraisers.provenanceOf(Field::Salary).note.contains(QStringLiteral("13-2020")));
    QVERIFY(!appraisers.llmExposurePercent);
    QCOMPARE(appraisers.provenanceOf(Field::LlmExposure).status, ValueStatus::Missing);
    // No D&N row of its own code or title: the 6-digit share of its 2010 source 13-2021.
    QCOMPARE(*appraisers.teleworkShare, 1.0);
    QVERIFY(appraisers.provenanceOf(Field::RemoteFriendly).note.contains(QStringLiteral("2010 SOC 13-2021")));
}

void TestImporter::seedRoles()
{
    auto catalogue = imported();
    QVERIFY(catalogue);
    const Role m
        = *catalogue->role(catalogue->findCodes(QStringLiteral("AI Multimodal Systems Engineer")).value(0));
    QCOMPARE(m.category, QStringLiteral("AI Engineering"));
    QCOMPARE(*m.salary.low.amount, 130000);
    QCOMPARE(*m.salary.high.amount, 200000);
    QVERIFY(!m.salary.median.isKnown());
    QCOMPARE(*m.demandScore, 9.2);
    QCOMPARE(*m.aiRiskPercent, 15.0);
    QCOMPARE(*m.learningMonths, 9);
    QCOMPARE(m.skills.size(), 8);
    QCOMPARE(m.skills.first().label,
        QStringLiteral("Multimodal Model Architecture (e.g., Transformer variants for vision-language)"));
    QCOMPARE(m.provenanceOf(Field::DemandScore).sourceId, QStringLiteral("seed-page"));
    const Role d
        = *catalogue->role(catalogue->findCodes(QStringLiteral("AI On-Device AI Engineer")).value(0));
    QCOMPARE(*d.salary.high.amount, 220000);
    QCOMPARE(*d.learningMonths, 10);
    QCOMPARE(d.skills.size(), 8);
}

void TestImporter::textEditionLayoutGivesSameCatalogue()
{
    const ImportResult excel = runImport(source(), out(QStringLiteral("excel.sqlite")));
    QVERIFY2(excel.ok, qPrintable(excel.error));
    // Same rows, O*NET's own text layout: NAME.txt, no Title/Scale Name columns, "n/a" flags.
    QVERIFY(QDir(source() + QStringLiteral("/onet")).removeRecursively());
    QVERIFY(copyTree(QStringLiteral(CC_FIXTURES_DIR "/onet-text/onet"), source() + QStringLiteral("/onet")));
    const ImportResult text = runImport(source(), out(QStringLiteral("text.sqlite")));
    QVERIFY2(text.ok, qPrintable(text.error));
    QCOMPARE(readAll(out(QStringLiteral("text.sqlite"))), readAll(out(QStringLiteral("excel.sqlite"))));
}

void TestImporter::sameInputSameCatalogue()
{
    QVERIFY(runImport(source(), out(QStringLiteral("one.sqlite"))).ok);
    QVERIFY(runImport(source(), out(QStringLiteral("two.sqlite"))).ok);
    const QByteArray one = readAll(out(QStringLiteral("one.sqlite")));
    QVERIFY(!one.isEmpty());
    QCOMPARE(one, readAll(out(QStringLiteral("two.sqlite"))));
}

void TestImporter::malformedRowStopsWithFileAndLine()
{
    const QString jobZones = source() + QStringLiteral("/onet/tsv/Job Zones.tsv");
    appendLine(jobZones, "15-1252.00\tSoftware Developers\tbroken");
    const int line = lineCount(jobZones);
    const ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("Job Zones.tsv:%1:").arg(line)), qPrintable(r.error));
    QVERIFY(!QFileInfo::exists(out()));
}

void TestImporter::duplicateCodeStops()
{
    const QString fo = source() + QStringLiteral("/automation/frey_osborne_automation_risk_index_clean.csv");
    appendLine(fo, "999,0.5,,15-1132,\"Software developers, applications\"");
    const ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(
                 QStringLiteral("frey_osborne_automation_risk_index_clean.csv:%1:").arg(lineCount(fo))),
        qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("duplicate occupation code 15-1132")));
}

void TestImporter::malformedNumberStops()
{
    const QString wages = source() + QStringLiteral("/wages/national_M2024_dl.csv");
    QByteArray bytes = readAll(wages);
    QVERIFY(bytes.contains(",211450,"));
    bytes.replace(",211450,", ",2114S0,");
    QFile f(wages);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    const ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("national_M2024_dl.csv:"))
            && r.error.contains(QStringLiteral("2114S0")),
        qPrintable(r.error));
}

void TestImporter::missingFileStops()
{
    QVERIFY(QFile::remove(source() + QStringLiteral("/telework/onet_teleworkable_blscodes.csv")));
    const ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("onet_teleworkable_blscodes.csv: file not found")),
        qPrintable(r.error));
}

void TestImporter::failedImportLeavesExistingCatalogue()
{
    QVERIFY(runImport(source(), out()).ok);
    const QByteArray before = readAll(out());
    appendLine(source() + QStringLiteral("/onet/tsv/Interests.tsv"),
        "15-1252.00\tSoftware Developers\t1.B.1.z\tWizardry\tOI\tOccupational Interests\t3\t11/2023\tX");
    const ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QStringLiteral("Wizardry")));
    QCOMPARE(readAll(out()), before);
    const QStringList leftovers = QDir(m_dir->path()).entryList({ QStringLiteral("*.tmp-*") }, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
