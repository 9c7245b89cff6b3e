// SPDX-License-Identifier: MIT
#include "cataloguebuilder.h"
#include "cataloguedatabase.h"
#include "catalogueschema.h"

#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

// The import's temporary files in `folder` (temporarycatalogue.h), hidden ones included.
QStringList temporariesIn(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.careercompare-import-*"), QStringLiteral("*.tmp-*") },
        QDir::Files | QDir::Hidden);
}

int lineCount(const QString &path)
{
    return int(readAll(path).count('\n'));
}

// The fields of one line of a CSV file (quotes as RFC 4180) or a TSV file.
QStringList fieldsOf(const QString &line, bool csv)
{
    if (!csv)
        return line.split(QLatin1Char('\t'));
    QStringList fields(1);
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"') && quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
            fields.last() += line.at(++i);
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char(',') && !quoted)
            fields.append(QString());
        else
            fields.last() += c;
    }
    return fields;
}

QString lineOf(QStringList fields, bool csv)
{
    if (!csv)
        return fields.join(QLatin1Char('\t'));
    for (QString &f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')))
            f = QLatin1Char('"') + f.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    }
    return fields.join(QLatin1Char(','));
}

// Writes `value` into the column whose header starts with `column`, on the first data line that has
// every one of `rowHas` as a field; returns that line's number (1-based), or 0 when none has them.
int setCell(const QString &path, const QStringList &rowHas, const QString &column, const QString &value)
{
    const bool csv = path.endsWith(QLatin1String(".csv"));
    QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    const QStringList header = fieldsOf(lines.value(0), csv);
    int c = -1;
    for (int i = 0; i < header.size() && c < 0; ++i)
        c = header.at(i).trimmed().startsWith(column) ? i : -1;
    if (c < 0)
        return 0;
    for (int l = 1; l < lines.size(); ++l) {
        QStringList fields = fieldsOf(lines.at(l), csv);
        if (!std::all_of(rowHas.begin(), rowHas.end(), [&](const QString &f) {
                return fields.contains(f) || fields.contains(QLatin1Char(' ') + f);
            }))
            continue;
        fields[c] = value;
        lines[l] = lineOf(fields, csv);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(lines.join(QLatin1Char('\n')).toUtf8());
        return l + 1;
    }
    return 0;
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
    void everySpellingOfTheSourceGivesTheSameCatalogue();
    void malformedRowStopsWithFileAndLine();
    void duplicateCodeStops();
    void malformedNumberStops();
    void impossibleValuesStop_data();
    void impossibleValuesStop();
    void missingFileStops();
    void failedImportLeavesExistingCatalogue();
    void outputIsNeverASourceFile_data();
    void outputIsNeverASourceFile();
    void shrunkTableIsRefusedUnlessForced();
    void unfinishedChangeOfTheOldCatalogueStops();
    void readMeThatIsNotAFileIsAnError();
    void staleTemporariesAreRemoved();
    void unreadableSourcesAreNeverTakenForAbsent_data();
    void unreadableSourcesAreNeverTakenForAbsent();
    void errorsNameTheFile_data();
    void errorsNameTheFile();

private:
    QString source() const { return m_dir->filePath(QStringLiteral("source")); }
    QString out(const QString &name = QStringLiteral("careers.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    ImportResult runImport(const QString &sourceDir, const QString &outFile, bool force = false) const
    {
        ImportOptions options;
        options.sourceDir = sourceDir;
        options.outputFile = outFile;
        options.force = force;
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
    // A role's work activities are exactly the DWAs O*NET links to its tasks (fixture files), with
    // DWA Reference's titles; Core-linked ones first within each IWA.
    void workActivitiesAreTheDwasOfTheTasks(const Role &role)
    {
        QSet<QString> expected;
        QSet<QString> coreTasks;
        {
            QFile f(source() + QStringLiteral("/onet/tsv/Task Statements.tsv"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
            while (!f.atEnd()) {
                const QStringList row = QString::fromUtf8(f.readLine()).split(QLatin1Char('\t'));
                if (row.value(0) == role.code
                    && row.value(int(header.indexOf(QStringLiteral("Task Type")))) == QLatin1String("Core"))
                    coreTasks << row.value(int(header.indexOf(QStringLiteral("Task ID"))));
            }
        }
        QSet<QString> expectedCore;
        QFile f(source() + QStringLiteral("/onet/tsv/Tasks to DWAs.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
        const int cTask = int(header.indexOf(QStringLiteral("Task ID")));
        const int cDwa = int(header.indexOf(QStringLiteral("DWA ID")));
        QVERIFY(cTask >= 0 && cDwa >= 0);
        while (!f.atEnd()) {
            const QStringList row = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
            if (row.value(0) != role.code)
                continue;
            expected << row.value(cDwa);
            if (coreTasks.contains(row.value(cTask)))
                expectedCore << row.value(cDwa);
        }
        QVERIFY(!expected.isEmpty());
        QSet<QString> got;
        bool coreSeenAfterNonCoreInIwa = false;
        QString lastIwa;
        bool nonCoreInIwa = false;
        for (const WorkActivity &w : role.workActivities) {
            got << w.dwaId;
            QVERIFY(!w.dwaTitle.isEmpty() && !w.iwaTitle.isEmpty());
            QCOMPARE(w.core, expectedCore.contains(w.dwaId));
            if (w.iwaId != lastIwa)
                nonCoreInIwa = false;
            coreSeenAfterNonCoreInIwa = coreSeenAfterNonCoreInIwa || (w.core && nonCoreInIwa);
            nonCoreInIwa = nonCoreInIwa || !w.core;
            lastIwa = w.iwaId;
        }
        QCOMPARE(got, expected);
        QVERIFY(!coreSeenAfterNonCoreInIwa);
        QVERIFY(role.similarity.has(SimilarityGroup::WorkActivities));
        QVERIFY(role.similarity.has(SimilarityGroup::Technologies));
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
    workActivitiesAreTheDwasOfTheTasks(dev);
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

// A relative --source recorded "source/onet/tsv/Skills.tsv" instead of "onet/Skills" as a table's
// name, and then refused good data: every table of the catalogue it replaced "was not read". Every
// spelling of the folder (relative, "./", "..", a trailing slash, through a link) gives the same
// names and the same catalogue, each imported over the catalogue another spelling built.
void TestImporter::everySpellingOfTheSourceGivesTheSameCatalogue()
{
    const ImportResult first = runImport(source(), out());
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.summary.sourceRows.contains(QStringLiteral("onet/Skills")));
    QVERIFY(first.summary.sourceRows.contains(QStringLiteral("wages/national_M2024_dl.csv")));
    const QByteArray expected = readAll(out());
    QVERIFY(QFile::link(source(), m_dir->filePath(QStringLiteral("link"))));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    const QString previous = QDir::currentPath();
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    const std::pair<QString, QStringList> spellings[] {
        { m_dir->path(),
            { QStringLiteral("source"), QStringLiteral("source/"), QStringLiteral("./source"),
                QStringLiteral("sub/../source"), QStringLiteral("sub/..//source/"), QStringLiteral("link"),
                QStringLiteral("link/"), QStringLiteral("./sub/../link") } },
        { source() + QStringLiteral("/onet"), { QStringLiteral(".."), QStringLiteral("../") } },
        { source(), { QStringLiteral("."), QStringLiteral("./") } },
        { m_dir->filePath(QStringLiteral("sub")),
            { QStringLiteral("../source"), QStringLiteral("../link") } },
    };
    for (const auto &[folder, names] : spellings) {
        QVERIFY(QDir::setCurrent(folder));
        for (const QString &name : names) {
            const ImportResult r = runImport(name, out());
            QVERIFY2(r.ok,
                qPrintable(folder + QStringLiteral(": --source ") + name + QStringLiteral(": ") + r.error));
            QCOMPARE(r.summary.sourceRows, first.summary.sourceRows);
            QVERIFY2(readAll(out()) == expected, qPrintable(name));
        }
    }
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

// Wages, projections and O*NET ratings outside what they can be (a negative median, a 10th
// percentile above the median, growth of a million percent, a skill rated 99) were written as
// known. Each is a malformed row naming the file, line, column, value and range allowed: the
// viewer's bounds (cataloguevalues.h), O*NET's scales, and percentiles that never fall.
void TestImporter::impossibleValuesStop_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("rowHas");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // after "file:line: "
    const QString wages = QStringLiteral("wages/national_M2024_dl.csv");
    const QStringList developers { QStringLiteral("15-1252") };
    const QString dollars = QStringLiteral("is outside the range 1 to 10,000,000 (whole numbers; column %1)");
    QTest::newRow("negative median") << wages << developers << "A_MEDIAN"
                                     << "-5"
                                     << QString(QStringLiteral("\"-5\" ")
                                            + dollars.arg(QStringLiteral("A_MEDIAN")));
    QTest::newRow("90th percentile of a billion")
        << wages << developers << "A_PCT90"
        << "1e9" << QString(QStringLiteral("\"1e9\" ") + dollars.arg(QStringLiteral("A_PCT90")));
    QTest::newRow("cents") << wages << developers << "A_MEDIAN"
                           << "133080.5"
                           << QString(
                                  QStringLiteral("\"133080.5\" ") + dollars.arg(QStringLiteral("A_MEDIAN")));
    QTest::newRow("10th percentile above the median")
        << wages << developers << "A_PCT10"
        << "500000"
        << "the annual percentiles are out of order: A_PCT10 \"500000\" is above A_PCT25 \"103050\"; "
           "each of A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90 must be at least the one before it";
    QTest::newRow("a wage below a top-coded median")
        << wages << QStringList { QStringLiteral("29-1211") } << "A_PCT75"
        << "200000"
        << "the annual percentiles are out of order: A_MEDIAN \"#\" ($239,200 or more) is above A_PCT75 "
           "\"200000\"; each of A_PCT10, A_PCT25, A_MEDIAN, A_PCT75, A_PCT90 must be at least the one "
           "before it";
    QTest::newRow("negative wage employment")
        << wages << developers << "TOT_EMP"
        << "-5"
        << "\"-5\" is outside the range 0 to 200,000,000 (whole numbers; column TOT_EMP)";
    const QString projections = QStringLiteral("projections/occupation.csv");
    QTest::newRow("growth of a million percent")
        << projections << developers << "Employment change, percent"
        << "1000000"
        << QString::fromUtf8("\"1000000\" is outside the range -100 to 1,000 (column Employment change, "
                             "percent, 2024\u201334)");
    QTest::newRow("negative employment")
        << projections << developers << "Employment, 2024"
        << "-5"
        << "\"-5\" is outside the range 0 to 200,000 (column Employment, 2024)";
    QTest::newRow("openings above ten million")
        << projections << developers << "Occupational openings"
        << "20000"
        << QString::fromUtf8("\"20000\" is outside the range 0 to 10,000 (column Occupational openings, "
                             "2024\u201334 annual average)");
    const QStringList managersIm { QStringLiteral("11-9041.00"), QStringLiteral("IM") };
    QTest::newRow("skill importance 99") << "onet/tsv/Skills.tsv" << managersIm << "Data Value"
                                         << "99"
                                         << "\"99\" is outside the range 1 to 5 (column Data Value)";
    QTest::newRow("skill level 7.5") << "onet/tsv/Skills.tsv"
                                     << QStringList { QStringLiteral("11-9041.00"), QStringLiteral("LV") }
                                     << "Data Value"
                                     << "7.5"
                                     << "\"7.5\" is outside the range 0 to 7 (column Data Value)";
    QTest::newRow("knowledge importance 0") << "onet/tsv/Knowledge.tsv" << managersIm << "Data Value"
                                            << "0"
                                            << "\"0\" is outside the range 1 to 5 (column Data Value)";
    QTest::newRow("interest 8") << "onet/tsv/Interests.tsv"
                                << QStringList { QStringLiteral("11-9041.00"), QStringLiteral("OI") }
                                << "Data Value"
                                << "8"
                                << "\"8\" is outside the range 1 to 7 (column Data Value)";
    QTest::newRow("work style importance 6") << "onet/tsv/Work Styles.tsv" << managersIm << "Data Value"
                                             << "6"
                                             << "\"6\" is outside the range 1 to 5 (column Data Value)";
    QTest::newRow("education share 101%")
        << "onet/tsv/Education, Training, and Experience.tsv"
        << QStringList { QStringLiteral("11-9041.00"), QStringLiteral("RL") } << "Data Value"
        << "101"
        << "\"101\" is outside the range 0 to 100 (column Data Value)";
}

void TestImporter::impossibleValuesStop()
{
    QFETCH(QString, file);
    QFETCH(QStringList, rowHas);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString path = source() + QLatin1Char('/') + file;
    const int line = setCell(path, rowHas, column, value);
    QVERIFY(line > 0);
    const ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(expected));
    QVERIFY(!QFileInfo::exists(out()));
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
    const QStringList leftovers = temporariesIn(m_dir->path());
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));
}

// --out onto a source file replaced the wages CSV with a catalogue; only the seed file was protected.
// Nothing in the source folder (or below it) may be the output, however it is spelled, nor a file a
// link in the source folder leads to.
void TestImporter::outputIsNeverASourceFile_data()
{
    QTest::addColumn<QString>("output"); // {source} and {dir} are replaced
    QTest::addColumn<QString>("kept"); // a file that must stay as it is, "" when the output is new
    QTest::addColumn<QString>("expected"); // in the error
    const QString inSource = QStringLiteral("it is in the source folder");
    QTest::newRow("the wages table") << "{source}/wages/national_M2024_dl.csv"
                                     << "{source}/wages/national_M2024_dl.csv" << inSource;
    QTest::newRow("an O*NET table through ..") << "{source}/wages/../onet/tsv/Skills.tsv"
                                               << "{source}/onet/tsv/Skills.tsv" << inSource;
    QTest::newRow("a table the import does not read") << "{source}/onet/tsv/Work Values.tsv"
                                                      << "{source}/onet/tsv/Work Values.tsv" << inSource;
    QTest::newRow("a new file in the source folder") << "{source}/careers.sqlite"
                                                     << "" << inSource;
    QTest::newRow("a new file in a source subfolder") << "{source}/telework/careers.sqlite"
                                                      << "" << inSource;
    QTest::newRow("a link to a source table") << "{dir}/link.csv"
                                              << "{source}/projections/occupation.csv" << inSource;
    QTest::newRow("a source table outside, linked from the source")
        << "{dir}/elsewhere.tsv"
        << "{dir}/elsewhere.tsv"
        << "it is {source}/onet/tsv/Interests.tsv, a source file the import reads";
}

void TestImporter::outputIsNeverASourceFile()
{
    QFETCH(QString, output);
    QFETCH(QString, kept);
    QFETCH(QString, expected);
    for (QString *s : { &output, &kept, &expected }) {
        s->replace(QLatin1String("{source}"), source());
        s->replace(QLatin1String("{dir}"), m_dir->path());
    }
    { // a table the import does not read; a link to a table; a table outside, linked from the source
        QFile f(source() + QStringLiteral("/onet/tsv/Work Values.tsv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("O*NET-SOC Code\tData Value\n");
    }
    QVERIFY(QFile::link(source() + QStringLiteral("/projections/occupation.csv"),
        m_dir->filePath(QStringLiteral("link.csv"))));
    const QString interests = source() + QStringLiteral("/onet/tsv/Interests.tsv");
    QVERIFY(QFile::rename(interests, m_dir->filePath(QStringLiteral("elsewhere.tsv"))));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("elsewhere.tsv")), interests));
    const QByteArray before = kept.isEmpty() ? QByteArray() : readAll(kept);
    QVERIFY(kept.isEmpty() || !before.isEmpty());

    const ImportResult r = runImport(source(), output);
    QVERIFY(!r.ok);
    QVERIFY2(
        r.error.startsWith(output + QStringLiteral(": ")) && r.error.contains(expected), qPrintable(r.error));
    if (kept.isEmpty())
        QVERIFY(!QFileInfo::exists(output));
    else
        QCOMPARE(readAll(kept), before);
    const QStringList leftovers = temporariesIn(QFileInfo(output).absolutePath());
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(','))));
}

// Issue #13 item 12: a wages file cut to its header would turn every salary missing. Against a
// catalogue built from the whole file the import stops, names the file and writes nothing; with
// --force it is written.
void TestImporter::shrunkTableIsRefusedUnlessForced()
{
    QVERIFY(runImport(source(), out()).ok);
    const QString wages = source() + QStringLiteral("/wages/national_M2024_dl.csv");
    int rows = -1; // data rows: the lines after the header that are not blank
    for (const QByteArray &line : readAll(wages).split('\n'))
        rows += line.trimmed().isEmpty() ? 0 : 1;
    {
        auto catalogue = CatalogueDatabase::open(out()).catalogue;
        QVERIFY(catalogue);
        const QStringList recorded
            = catalogue->metadata(schema::MetadataKey::SourceRows).split(QLatin1Char('\n'));
        QVERIFY2(recorded.contains(QStringLiteral("wages/national_M2024_dl.csv\t%1").arg(rows)),
            qPrintable(recorded.join(QLatin1Char('|'))));
        QVERIFY(
            recorded.contains(QStringLiteral("onet/Skills\t%1")
                                  .arg(lineCount(source() + QStringLiteral("/onet/tsv/Skills.tsv")) - 1)));
    }
    const QByteArray before = readAll(out());
    const QByteArray header = readAll(wages).split('\n').first();
    QFile f(wages);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(header + '\n');
    f.close();

    const ImportResult refused = runImport(source(), out());
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.startsWith(
                 wages + QStringLiteral(": has 0 data rows, fewer than half of the %1").arg(rows)),
        qPrintable(refused.error));
    QVERIFY(refused.error.contains(QStringLiteral("--force")));
    QCOMPARE(readAll(out()), before);

    const ImportResult forced = runImport(source(), out(), true);
    QVERIFY2(forced.ok, qPrintable(forced.error));
    QCOMPARE(forced.summary.sourceRows.value(QStringLiteral("wages/national_M2024_dl.csv")), 0);
    auto catalogue = CatalogueDatabase::open(out()).catalogue;
    QVERIFY(catalogue);
    const auto role = catalogue->role(QStringLiteral("15-1252.00"));
    QVERIFY(role && !role->salary.median.isKnown());
    // Once written, the smaller table is what the next import is compared with.
    QVERIFY(runImport(source(), out()).ok);
}

// A stale hot journal beside --out: the import wrote a new catalogue and left the journal beside it,
// so the app refused the new catalogue and the sqlite3 command-line program rolled the old change
// into it. Now the import stops before replacing anything, naming the journal (or a log with
// changes, or the program that has the old catalogue open) and what to do; it deletes nothing.
void TestImporter::unfinishedChangeOfTheOldCatalogueStops()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 command-line program is not installed");
    QVERIFY(runImport(source(), out()).ok);
    // The sqlite3 program makes a change and is killed before it finishes it.
    auto killedHalfWay = [&](const QByteArray &statements, qint64 *pid = nullptr) {
        auto p = std::make_unique<QProcess>();
        p->start(sqlite3, { out() });
        if (!p->waitForStarted())
            return p;
        p->write(statements + "\nSELECT 'half-way';\n");
        while (!p->readAllStandardOutput().contains("half-way") && p->waitForReadyRead(10000)) { }
        if (pid)
            *pid = p->processId();
        else
            p->kill(), p->waitForFinished();
        return p;
    };
    const QByteArray before = readAll(out());
    const QString journal = out() + QStringLiteral("-journal");
    // (A cache of one page makes SQLite write changed pages into the file at once, so the journal
    // is what SQLite calls hot: the only record of the file's old pages.)
    killedHalfWay(
        "PRAGMA cache_size = 1; BEGIN; UPDATE roles SET title = 'HALF'; DELETE FROM alternate_titles;");
    QVERIFY(readAll(journal).startsWith("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"));
    const QByteArray journalBytes = readAll(journal);
    const QByteArray halfChanged = readAll(out());
    ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(journal
                 + QStringLiteral(": it is the journal of a change to careers.sqlite "
                                  "that did not finish"))
            && r.error.contains(QStringLiteral("nothing was written"))
            && r.error.contains(QStringLiteral("then run the import again")),
        qPrintable(r.error));
    QCOMPARE(readAll(out()), halfChanged); // left as it was: the journal still fits it
    QCOMPARE(readAll(journal), journalBytes);
    QVERIFY(temporariesIn(m_dir->path()).isEmpty());
    // What the message says: sqlite3 rolls the change back; the import then replaces the catalogue.
    QCOMPARE(QProcess::execute(sqlite3, { out(), QStringLiteral("PRAGMA quick_check;") }), 0);
    QVERIFY(!QFileInfo::exists(journal));
    QCOMPARE(readAll(out()), before);
    r = runImport(source(), out());
    QVERIFY2(r.ok, qPrintable(r.error));
    // An empty journal holds nothing to roll back: no reason to stop.
    QVERIFY(QFile(journal).open(QIODevice::WriteOnly));
    r = runImport(source(), out());
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(QFile::remove(journal));

    // A program with the catalogue open in WAL mode, then killed: its log holds a change.
    qint64 pid = 0;
    const auto open = killedHalfWay("PRAGMA journal_mode = WAL; UPDATE roles SET title = 'HALF';", &pid);
    QVERIFY(pid > 0);
    r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(
        r.error.startsWith(out() + QStringLiteral(": another program (process %1) has it open").arg(pid)),
        qPrintable(r.error));
    open->kill();
    QVERIFY(open->waitForFinished());
    const QString wal = out() + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(wal + QStringLiteral(": it holds changes to careers.sqlite")),
        qPrintable(r.error));
    QVERIFY(QFileInfo(wal).size() > 0);
    // Moved away (the other way the message gives), it is no longer beside the catalogue.
    QVERIFY(QFile::rename(wal, wal + QStringLiteral(".old")));
    r = runImport(source(), out());
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(readAll(out()), before);
    QVERIFY(CatalogueDatabase::open(out()).catalogue);
}

// "Read Me.txt" (where the O*NET release is read) as a folder or a FIFO: an error naming it, never
// a catalogue saying "(release unknown)".
void TestImporter::readMeThatIsNotAFileIsAnError()
{
    const QString readMe = source() + QStringLiteral("/onet/Read Me.txt");
    QVERIFY(QFile::remove(readMe));
    QVERIFY(QDir().mkpath(readMe));
    ImportResult r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(readMe + QStringLiteral(": ")), qPrintable(r.error));
    QVERIFY(!QFileInfo::exists(out()));
    QVERIFY(QDir(readMe).removeRecursively());
    QCOMPARE(::mkfifo(QFile::encodeName(readMe).constData(), 0600), 0); // no writer: never read
    r = runImport(source(), out());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(readMe + QStringLiteral(": ")) && r.error.contains(QStringLiteral("FIFO")),
        qPrintable(r.error));
    QVERIFY(QFile::remove(readMe));
    // Absent altogether, the release is unknown and the catalogue says so.
    r = runImport(source(), out());
    QVERIFY2(r.ok, qPrintable(r.error));
    auto catalogue = CatalogueDatabase::open(out()).catalogue;
    QVERIFY(catalogue);
    QVERIFY(
        catalogue->metadata(schema::MetadataKey::OnetRelease).contains(QStringLiteral("release unknown")));
}

// A killed import leaves its temporary behind; only those older than 10 minutes were removed. Now the
// next import removes every one no running import holds, whatever its age, and keeps those an import
// holds (its lock on the first byte, temporarycatalogue.h), whatever their age.
//
// Its temporaries were "careers.sqlite.tmp-" and any six characters, and any such file that no process
// had locked was removed: a user's "careers.sqlite.tmp-backup" was deleted. Now they are
// ".careers.sqlite.careercompare-import-" and six letters or digits, and one is removed only when its
// contents show an import made it (empty with mode 0600, as mkostemp makes it, or an SQLite database):
// every other file of any such name is kept.
void TestImporter::staleTemporariesAreRemoved()
{
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QByteArray database = QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0');
    const QString ours = QStringLiteral(".careers.sqlite.careercompare-import-");
    struct File {
        QString name;
        QByteArray bytes;
        QFileDevice::Permissions mode;
    };
    const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto rwr = rw | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QVector<File> stale { { ours + QStringLiteral("AbC123"), database, rwr },
        { ours + QStringLiteral("zz9ZZ9"), QByteArray(), rw },
        { ours + QStringLiteral("Fresh1"), database, rw } };
    const QVector<File> held { { ours + QStringLiteral("Held01"), database, rw },
        { ours + QStringLiteral("Held02"), database, rw } };
    const QVector<File> kept { { QStringLiteral("careers.sqlite.tmp-backup"), "mine\n", rwr },
        { QStringLiteral("careers.sqlite.tmp-AbC123"), database, rw }, // the old name: may be a user's
        { ours + QStringLiteral("Mine01"), "mine\n", rw }, // not a database
        { ours + QStringLiteral("Mine02"), QByteArray(), rwr }, // empty, but not as mkostemp makes it
        { ours + QStringLiteral("Mine-3"), database, rw }, // not six letters or digits
        { ours + QStringLiteral("TooLong7"), database, rw },
        { QStringLiteral(".other.sqlite.careercompare-import-AbC123"), database, rw },
        { QStringLiteral("careers.sqlite.bak"), database, rw },
        { QStringLiteral("notes.txt"), database, rw } };
    std::vector<std::unique_ptr<QFile>> locks; // as a running import holds its temporary
    for (const File &file : stale + held + kept) {
        auto f = std::make_unique<QFile>(m_dir->filePath(file.name));
        QVERIFY(f->open(QIODevice::ReadWrite));
        QCOMPARE(f->write(file.bytes), file.bytes.size());
        QVERIFY(f->flush());
        QVERIFY(f->setPermissions(file.mode));
        if (!file.name.endsWith(QLatin1String("Fresh1")) && !file.name.endsWith(QLatin1String("Held02")))
            QVERIFY(f->setFileTime(old, QFileDevice::FileModificationTime));
        if (file.name.contains(QLatin1String("Held"))) {
            struct flock lock {
            };
            lock.l_type = F_WRLCK;
            lock.l_whence = SEEK_SET;
            lock.l_len = 1;
            QCOMPARE(::fcntl(f->handle(), F_OFD_SETLK, &lock), 0);
            locks.push_back(std::move(f));
        }
    }
    const QString link = m_dir->filePath(ours + QStringLiteral("Link01"));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("notes.txt")), link)); // never followed nor removed
    const ImportResult r = runImport(source(), out());
    QVERIFY2(r.ok, qPrintable(r.error));
    for (const File &file : stale)
        QVERIFY2(!QFileInfo::exists(m_dir->filePath(file.name)), qPrintable(file.name));
    for (const File &file : held + kept)
        QVERIFY2(readAll(m_dir->filePath(file.name)) == file.bytes, qPrintable(file.name));
    QVERIFY(QFileInfo(link).isSymLink());
    // Once its holder has gone, a held one is removed by the next import.
    locks.clear();
    QVERIFY(runImport(source(), out()).ok);
    for (const File &file : held)
        QVERIFY2(!QFileInfo::exists(m_dir->filePath(file.name)), qPrintable(file.name));
    // The output's name is never a wildcard pattern: "c*.sqlite" leaves careers.sqlite's alone.
    const QString other = m_dir->filePath(ours + QStringLiteral("Other1"));
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(database);
    }
    QVERIFY(runImport(source(), out(QStringLiteral("c*.sqlite"))).ok);
    QCOMPARE(readAll(other), database);
    for (const File &file : kept)
        QVERIFY2(readAll(m_dir->filePath(file.name)) == file.bytes, qPrintable(file.name));
}

// mobility/ and esco/ are optional, and were taken for absent when their tables were link loops (every
// role's real moves then missing without a word), as were O*NET tables when another edition's file
// was there. Absent now means nothing at the name; anything there that cannot be read stops the
// import, naming it and saying why.
void TestImporter::unreadableSourcesAreNeverTakenForAbsent_data()
{
    QTest::addColumn<QStringList>("made"); // empty regular files, under source()
    QTest::addColumn<QStringList>("targets"); // then each made a `kind`
    QTest::addColumn<QString>("kind"); // loop, fifo, dangling, device, file, unreadable
    QTest::addColumn<QString>("named"); // the file the error names; empty when the import succeeds
    QTest::addColumn<QString>("expected"); // in the error
    const QString names = QStringLiteral("mobility/occ_names_bls_minor_major.csv");
    const QString edges = QStringLiteral("mobility/asec_to_bls_mobility_edgelist.csv");
    const QString occupations = QStringLiteral("esco/occupations_es.csv");
    const QString broader = QStringLiteral("esco/broaderRelationsOccPillar.csv");
    const QString crosswalk = QStringLiteral("esco/esco_onet_crosswalk_Nov2020.csv");
    const QString optional = QStringLiteral("put the table itself here, or remove");
    QTest::newRow("mobility tables both link loops")
        << QStringList() << QStringList { names, edges } << "loop" << names
        << QStringLiteral("it is a loop of symbolic links; ") + optional;
    QTest::newRow("mobility edge list a FIFO")
        << QStringList { names } << QStringList { edges } << "fifo" << edges
        << QStringLiteral("it is a FIFO (named pipe), not a regular file");
    QTest::newRow("mobility edge list alone, a dangling link")
        << QStringList() << QStringList { edges } << "dangling" << edges
        << QStringLiteral("it is a symbolic link to a file that does not exist");
    QTest::newRow("mobility names a link to a device")
        << QStringList { edges } << QStringList { names } << "device" << names
        << QStringLiteral("it is a device");
    QTest::newRow("mobility names unreadable")
        << QStringList { edges } << QStringList { names } << "unreadable" << names
        << QStringLiteral("permission denied");
    QTest::newRow("mobility folder a link loop")
        << QStringList() << QStringList { QStringLiteral("mobility") } << "loop" << QStringLiteral("mobility")
        << QStringLiteral("it is a loop of symbolic links; mobility/ is "
                          "optional");
    QTest::newRow("mobility folder a file")
        << QStringList() << QStringList { QStringLiteral("mobility") } << "file" << QStringLiteral("mobility")
        << QStringLiteral("it is a file, not a folder");
    QTest::newRow("esco tables all link loops")
        << QStringList() << QStringList { occupations, broader, crosswalk } << "loop" << occupations
        << QStringLiteral("it is a loop of symbolic links; ") + optional;
    QTest::newRow("esco crosswalk a FIFO")
        << QStringList { occupations, broader } << QStringList { crosswalk } << "fifo" << crosswalk
        << QStringLiteral("FIFO");
    QTest::newRow("esco folder a FIFO")
        << QStringList() << QStringList { QStringLiteral("esco") } << "fifo" << QStringLiteral("esco")
        << QStringLiteral("it is a FIFO (named pipe), not a folder; esco/ is "
                          "optional");
    QTest::newRow("esco folder a dangling link")
        << QStringList() << QStringList { QStringLiteral("esco") } << "dangling" << QStringLiteral("esco")
        << QStringLiteral("it is a symbolic link to a folder that does not exist");
    QTest::newRow("O*NET table a link loop beside the text edition's file")
        << QStringList { QStringLiteral("onet/Skills.txt") }
        << QStringList { QStringLiteral("onet/tsv/Skills.tsv") } << "loop"
        << QStringLiteral("onet/tsv/Skills.tsv") << QStringLiteral("it is a loop of symbolic links");
    QTest::newRow("nothing at the tables' names: absent")
        << QStringList { QStringLiteral("mobility/PROVENANCE.md"), QStringLiteral("esco/README.md") }
        << QStringList() << QString() << QString() << QString();
}

void TestImporter::unreadableSourcesAreNeverTakenForAbsent()
{
    QFETCH(QStringList, made);
    QFETCH(QStringList, targets);
    QFETCH(QString, kind);
    QFETCH(QString, named);
    QFETCH(QString, expected);
    if (kind == QLatin1String("unreadable") && ::geteuid() == 0)
        QSKIP("root reads any file");
    for (const QString &name : made) {
        QVERIFY(QDir().mkpath(QFileInfo(source() + QLatin1Char('/') + name).path()));
        QFile f(source() + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }
    for (const QString &target : targets) {
        const QString path = source() + QLatin1Char('/') + target;
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile::remove(path);
        const QByteArray native = QFile::encodeName(path);
        if (kind == QLatin1String("loop"))
            QCOMPARE(
                ::symlink(QFile::encodeName(QFileInfo(path).fileName()).constData(), native.constData()), 0);
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(native.constData(), 0600), 0);
        else if (kind == QLatin1String("dangling"))
            QCOMPARE(::symlink("nowhere", native.constData()), 0);
        else if (kind == QLatin1String("device"))
            QCOMPARE(::symlink("/dev/null", native.constData()), 0);
        else if (kind == QLatin1String("file") || kind == QLatin1String("unreadable")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("code,title\n");
            f.close();
            if (kind == QLatin1String("unreadable"))
                QVERIFY(f.setPermissions(QFileDevice::WriteOwner));
        }
    }
    const ImportResult r = runImport(source(), out());
    if (named.isEmpty()) {
        QVERIFY2(r.ok, qPrintable(r.error));
        auto catalogue = CatalogueDatabase::open(out()).catalogue;
        QVERIFY(catalogue);
        const auto role = catalogue->role(QStringLiteral("15-1252.00"));
        QVERIFY(role);
        QCOMPARE(role->provenanceOf(Field::Mobility).status, ValueStatus::Missing);
        QVERIFY(role->escoLabel.isEmpty());
        return;
    }
    QVERIFY(!r.ok);
    const QString path = source() + QLatin1Char('/') + named;
    QVERIFY2(
        r.error.startsWith(path + QStringLiteral(": ")) && r.error.contains(expected), qPrintable(r.error));
    QVERIFY(!QFileInfo::exists(out()));
}

void TestImporter::errorsNameTheFile_data()
{
    QTest::addColumn<QString>("target"); // under source(), or "out:" + a path under the temporary folder
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("withLine");
    QTest::newRow("source table is a folder") << "onet/tsv/Skills.tsv"
                                              << "folder" << false;
    QTest::newRow("source table empty") << "telework/occupations_workathome.csv"
                                        << "empty" << false;
    QTest::newRow("column missing") << "projections/occupation.csv"
                                    << "header" << true;
    QTest::newRow("row too short") << "automation/occ_level.csv"
                                   << "short row" << true;
    QTest::newRow("not UTF-8") << "onet/tsv/Interests.tsv"
                               << "latin1" << false;
    QTest::newRow("output folder missing") << "out:nowhere/careers.sqlite"
                                           << "none" << false;
    QTest::newRow("output is a folder") << "out:folder.sqlite"
                                        << "folder" << false;
}

// Every import error begins with the path of the file that is wrong, then its line when a row is.
void TestImporter::errorsNameTheFile()
{
    QFETCH(QString, target);
    QFETCH(QString, damage);
    QFETCH(bool, withLine);
    const bool output = target.startsWith(QLatin1String("out:"));
    const QString path = output ? m_dir->filePath(target.mid(4)) : source() + QLatin1Char('/') + target;
    if (damage == QLatin1String("folder")) {
        QFile::remove(path);
        QVERIFY(QDir().mkpath(path));
    } else if (damage != QLatin1String("none")) {
        QByteArray bytes = readAll(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (damage == QLatin1String("header"))
            bytes.replace("Typical education needed for entry", "Typical schooling");
        else if (damage == QLatin1String("short row"))
            bytes += "15-1252.00\n";
        else if (damage == QLatin1String("latin1"))
            bytes += "15-1252.00\tSoftware Developers\t1.B.1.a\tR\xe9"
                     "aliste\tOI\tX\t3\t11/2023\tX\n";
        else
            bytes.clear();
        f.write(bytes);
    }
    const ImportResult r = runImport(source(), output ? path : out());
    QVERIFY(!r.ok);
    const QString expected = withLine ? path + QLatin1Char(':') : path + QStringLiteral(": ");
    QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
    if (withLine)
        QVERIFY2(QRegularExpression(QStringLiteral("^:[0-9]+: ")).match(r.error.mid(path.size())).hasMatch(),
            qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
