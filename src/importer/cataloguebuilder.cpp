// SPDX-License-Identifier: MIT
#include "cataloguebuilder.h"

#include "cataloguewriter.h"
#include "escosource.h"
#include "escoterms.h"
#include "importerror.h"
#include "mobilitysource.h"
#include "rolebuilder.h"
#include "safefile.h"
#include "seedroles.h"
#include "sourcedata.h"
#include "sourcerows.h"
#include "sqlitesidefiles.h"
#include "temporarycatalogue.h"
#include "worktables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

// Q_INIT_RESOURCE may not be used inside a namespace.
static void initImporterResources()
{
    Q_INIT_RESOURCE(importer);
}

namespace cc::import
{

namespace
{

// Every O*NET occupation with data, as a role, from the source files under `sourceDir`.
QVector<BuiltRole> buildOnetRoles(const QString &sourceDir, QString &onetRelease, OnetData &onetOut,
    QHash<QString, QStringList> &crosswalkOut)
{
    const QDir source(sourceDir);
    const OnetData onet = readOnet(source.filePath(QStringLiteral("onet")));
    onetRelease = onet.release.isEmpty() ? QStringLiteral("(release unknown)") : onet.release;
    const WageData wages = readWages(source.filePath(QStringLiteral("wages/national_M2024_dl.csv")));
    const ProjectionData projections
        = readProjections(source.filePath(QStringLiteral("projections/occupation.csv")));
    SplitCodes splits;
    const auto crosswalk = readCrosswalk(
        source.filePath(QStringLiteral("automation/crosswalk_soc2010_to_soc2018.csv")), &splits);
    const auto fo = readFreyOsborne(
        source.filePath(QStringLiteral("automation/frey_osborne_automation_risk_index_clean.csv")));
    const auto telework
        = readTelework(source.filePath(QStringLiteral("telework/onet_teleworkable_blscodes.csv")));
    const auto llm = readLlmExposure(source.filePath(QStringLiteral("automation/occ_level.csv")));

    const auto teleworkOccupations
        = readTeleworkOccupations(source.filePath(QStringLiteral("telework/occupations_workathome.csv")));

    RoleBuilder builder(onet, wages, projections, crosswalk, splits, fo, telework, llm);
    builder.setTeleworkOccupations(teleworkOccupations);
    QVector<BuiltRole> roles;
    for (const OnetOccupation &occ : onet.occupations) {
        if (occ.hasData())
            roles.append(builder.build(occ));
    }
    builder.estimateMissingLearningMonths(roles);
    crosswalkOut = crosswalk;
    onetOut = onet;
    return roles;
}

// The source folder must be one: an empty name is not "." (QDir's reading), and a file, a FIFO or a
// loop of links is said to be one rather than "not found".
void checkSourceFolder(const QString &sourceDir)
{
    bool absent = false;
    const QString why = safefile::folderReason(sourceDir, &absent);
    if (why.isEmpty())
        return;
    const QString what = absent ? QCoreApplication::translate("Importer", "source folder not found") : why;
    throw ImportError(sourceDir.isEmpty() ? QStringLiteral("--source") : sourceDir, 0,
        QCoreApplication::translate(
            "Importer", "%1; give --source the folder of the public data (../shared/data by default)")
            .arg(what));
}

// Adds the seed page's roles; one that shares a code or title with an O*NET role stops the import.
void addSeedRoles(QVector<BuiltRole> &roles, const QString &seedFile, ImportSummary &summary)
{
    const QVector<BuiltRole> seeds = readSeedRoles(seedFile);
    for (const BuiltRole &seed : seeds) {
        for (const BuiltRole &existing : roles) {
            if (existing.role.code == seed.role.code
                || existing.role.title.compare(seed.role.title, Qt::CaseInsensitive) == 0)
                throw ImportError(seedFile, 0,
                    QStringLiteral("seed role %1 clashes with %2").arg(seed.role.title, existing.role.code));
        }
        roles.append(seed);
        ++summary.seedRoles;
    }
}

// Each source table's rows into `summary`; a table with fewer than half the rows the catalogue at
// the output was built from stops the import (naming its file) unless `force`.
void checkSourceRows(const ImportOptions &options, const RowLog &log, ImportSummary &summary)
{
    QMap<QString, QString> pathByName;
    summary.sourceRows = sourceRowCounts(options.sourceDir, log.rowsByPath(), &pathByName);
    if (options.force)
        return;
    checkNoTableShrank(previousSourceRows(options.outputFile), summary.sourceRows, pathByName,
        options.sourceDir, options.outputFile);
}

// Where a new catalogue at `outputFile` would be put: an existing file's real path (a link is
// followed, as the rename does), else the real folder and the name; empty when the folder is not there.
QString realTarget(const QString &outputFile)
{
    const QFileInfo out(outputFile);
    if (out.exists())
        return out.canonicalFilePath();
    const QString folder = QDir(out.absolutePath()).canonicalPath();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(out.fileName());
}

// SQLite finds a database's journal, write-ahead log and locks by its name, not by the file: once the
// new catalogue has the old one's name, a journal of an unfinished change to the old one would be
// rolled back into the new one (damaging it; the app refuses it while the journal is there), and a
// log's changes read as part of it. Such files belong to the user's old catalogue, so nothing is
// removed or moved: the import stops, before anything is written and again just before the rename,
// naming the file and what to do. A "-shm" alone is never applied (SQLite rebuilds it from the log),
// nor is an empty or zeroed journal or an empty log.
void checkNothingPendingFor(const QString &outputFile)
{
    QStringList names { outputFile };
    if (const QString target = realTarget(outputFile); !target.isEmpty() && target != outputFile)
        names << target; // SQLite follows a link: its journal lies beside the file linked to
    for (const QString &name : std::as_const(names)) {
        const QString shown = QFileInfo(name).fileName();
        if (const pid_t pid = sqlitefiles::processHoldingLock(name, sqlitefiles::Lock::Any))
            throw ImportError(outputFile, 0,
                QStringLiteral("another program (process %1) has it open, and what it writes next "
                               "(a journal or a log) would be applied to the new catalogue; nothing was "
                               "written. Close that program, then run the import again.")
                    .arg(pid));
        const QString journal = name + QStringLiteral("-journal");
        if (sqlitefiles::isHotJournal(journal))
            throw ImportError(journal, 0,
                QStringLiteral("it is the journal of a change to %1 that did not finish; SQLite would "
                               "roll it back into the new catalogue and damage it, so nothing was "
                               "written. Open %1 once with sqlite3 (SQLite rolls the change back and "
                               "removes the journal) or, if the old catalogue's change does not matter, "
                               "move this file away; then run the import again.")
                    .arg(shown));
        const QString wal = name + QStringLiteral("-wal");
        if (sqlitefiles::hasWalContent(wal))
            throw ImportError(wal, 0,
                QStringLiteral("it holds changes to %1 that were never written into it; SQLite would "
                               "read them as part of the new catalogue, so nothing was written. Open %1 "
                               "once with sqlite3 (SQLite writes the changes in and removes the log) or, if "
                               "they do not matter, move this file away; then run the import again.")
                    .arg(shown));
    }
}

// The output must be a regular file or absent (never a FIFO or a device: run as root, renaming over
// /dev/full would replace it), writable, not the seed or terms file it reads, and not in the source
// folder: every file there is an input or may be one (O*NET's two editions are read by name,
// mobility/ and esco/ when present), and a catalogue left among the public data would be mistaken
// for it. Folders are compared as they really are, so a link or ".." does not hide one.
void checkOutput(const QString &outputFile, const ImportOptions &options)
{
    QStringList inputs;
    for (const QString &input : { options.seedFile, options.teamTermsFile }) {
        if (!input.startsWith(QLatin1Char(':')))
            inputs << input;
    }
    if (const QString problem = safefile::outputReason(outputFile, inputs); !problem.isEmpty())
        throw ImportError(outputFile, 0, problem);
    checkNothingPendingFor(outputFile);
    const QString source = QFileInfo(options.sourceDir).canonicalFilePath();
    const QString target = realTarget(outputFile);
    if (source.isEmpty() || target.isEmpty())
        return; // a missing source folder is reported when it is read
    const QString folder = QFileInfo(target).path();
    if (folder == source
        || folder.startsWith(source.endsWith(QLatin1Char('/')) ? source : source + QLatin1Char('/')))
        throw ImportError(outputFile, 0,
            QStringLiteral("it is in the source folder %1, whose files the import reads; nothing was "
                           "written. Give --out a file outside it (data/careers.sqlite by default).")
                .arg(options.sourceDir));
}

// Just before the rename: the output is none of the files read, wherever a link in the source led
// (a source table may be a link to a file outside the source folder).
void checkOutputIsNoInput(const QString &outputFile, const QStringList &read)
{
    for (const QString &input : read) {
        if (safefile::sameFile(outputFile, input))
            throw ImportError(outputFile, 0,
                QStringLiteral("it is %1, a source file the import reads; nothing was written. Give "
                               "--out a file that is not one of the source data.")
                    .arg(input));
    }
}

// Builds the catalogue beside the destination, then renames it over it: never a half-written one.
// An existing catalogue keeps its permissions; a new one is rw-r--r--.
void writeInPlace(const QString &outputFile, const QVector<BuiltRole> &roles, const QString &onetRelease,
    const MobilityTables &mobility, const SimilarityTables &similarity, const TermTables &terms,
    const QStringList &filesRead, const std::function<void(const QString &)> &beforeRename,
    ImportSummary &summary)
{
    const QFileInfo out(outputFile);
    if (!out.absoluteDir().exists())
        throw ImportError(outputFile, 0, QStringLiteral("the output folder does not exist"));
    removeStaleTemporaries(out);
    const QFileDevice::Permissions permissions = out.exists()
        ? QFile::permissions(out.absoluteFilePath())
        : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    const QString target = out.exists() ? out.canonicalFilePath() : out.absoluteFilePath();
    TemporaryCatalogue temp(outputFile, out); // locked while it exists (temporarycatalogue.h)
    const QString tempPath = temp.path();
    // on failure `temp` removes the file; the error names the catalogue being written, not the temporary
    try {
        writeCatalogue(tempPath, roles, onetRelease, mobility, similarity, terms, summary);
    } catch (const ImportError &e) {
        if (!e.file().isEmpty() && e.file() != tempPath)
            throw;
        throw ImportError(
            outputFile, 0, QStringLiteral("cannot write the new catalogue: %1").arg(e.message()));
    }
    QFile::setPermissions(tempPath, permissions);
    if (beforeRename)
        beforeRename(tempPath);
    checkOutputIsNoInput(outputFile, filesRead);
    checkNothingPendingFor(outputFile);
    if (!temp.moveTo(target))
        throw ImportError(outputFile, 0, QStringLiteral("cannot move the new catalogue into place"));
}

} // namespace

ImportResult importCatalogue(const ImportOptions &options)
{
    initImporterResources();
    ImportResult result;
    if (options.outputFile.isEmpty()) {
        result.error = QStringLiteral("no output file given");
        return result;
    }
    RowLog rowLog; // every source table's rows, for checkSourceRows()
    try {
        checkSourceFolder(options.sourceDir);
        checkOutput(options.outputFile, options);
        QString onetRelease;
        QHash<QString, QStringList> crosswalk;
        OnetData onet;
        QVector<BuiltRole> roles = buildOnetRoles(options.sourceDir, onetRelease, onet, crosswalk);
        addSeedRoles(roles, options.seedFile, result.summary);
        std::sort(roles.begin(), roles.end(),
            [](const BuiltRole &l, const BuiltRole &r) { return l.role.code < r.role.code; });
        // Real moves: mobility/ (optional; without it every role's mobility is missing, with why).
        const MobilityData mobilityData
            = readMobility(QDir(options.sourceDir).filePath(QStringLiteral("mobility")));
        const MobilityTables mobility = mapMobility(roles, mobilityData, crosswalk);
        // Issue #9: work activities and the similarity's vectors (worktables.h).
        const OnetWorkData work
            = readOnetWork(QDir(options.sourceDir).filePath(QStringLiteral("onet")), onet);
        const SimilarityTables similarity = buildSimilarityTables(onet, work, roles);
        // Spanish search terms and ESCO subtitles: esco/ (optional, like mobility/).
        const EscoData esco = readEsco(QDir(options.sourceDir).filePath(QStringLiteral("esco")));
        const TermTables terms = buildTermTables(roles, esco,
            esco.present ? readTeamTerms(options.teamTermsFile) : QVector<TeamTerm>(), crosswalk);
        result.summary.spanishTerms = terms.counts;
        checkSourceRows(options, rowLog, result.summary);
        writeInPlace(options.outputFile, roles, onetRelease, mobility, similarity, terms,
            rowLog.rowsByPath().keys(), options.beforeRename, result.summary);
        result.summary.roles = int(roles.size());
    } catch (const ImportError &e) {
        result.error = e.toString(); // the one place an import error becomes a message
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace cc::import
