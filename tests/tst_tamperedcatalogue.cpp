// SPDX-License-Identifier: MIT
// Issue #13 items 8 and 9: a catalogue given with --db whose values were edited, whose tables were
// replaced by a recursive view, or which has a journal left beside it. Every test works on a copy
// of the bundled catalogue in its own temporary folder and runs under a time limit.
#include "attributes.h"
#include "cataloguedatabase.h"
#include "cataloguevalues.h"
#include "comparison.h"
#include "similarity.h"
#include "sqliteconnection.h"
#include "sqlitestatement.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <limits>
#include <thread>

#include <sqlite3.h>

using namespace cc;

namespace
{

const QString Developers = QStringLiteral("15-1252.00");
const QString Nurses = QStringLiteral("29-1141.00");
// A command on a tampered catalogue must finish well within this (the query limit is 10 s).
constexpr int CommandLimitMs = 60000;

// Runs `statements` on the file at `path` (a copy), each with its bound values.
void edit(const QString &path, const QVector<QPair<QString, QVariantList>> &statements)
{
    const QString name = QStringLiteral("tamper-") + QFileInfo(path).fileName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const auto &[sql, values] : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
            for (const QVariant &v : values)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(sql + QLatin1Char(' ') + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

} // namespace

class TestTamperedCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void outOfRangeValuesAreMissingWithTheReason_data();
    void outOfRangeValuesAreMissingWithTheReason();
    void textsAreBoundedAndClean();
    void commandsShowMissingWithTheReasonAndFinish();
    void extremeValidValuesKeepChartsSmall();
    void recursiveViewStopsAtTheTimeLimit();
    void recursiveViewFailsTheCommandClearly();
    void roleTablesKeepTheLimitsAndSayWhatFailed();
    void leftoverJournalIsNamedAndNothingIsCreated_data();
    void leftoverJournalIsNamedAndNothingIsCreated();
    void catalogueBeingWrittenIsNamedInUse();
    void impossibleMobilitySharesAreMissingWithTheReason_data();
    void impossibleMobilitySharesAreMissingWithTheReason();
    void similarityMeanOfOneIsNotUsed();
    void relatedRolesOnceAndNeverTheRoleItself();
    void roleStatementsShareOneDeadline();
    void figuresDerivedFromARefusedOneAreMissing();
    void valuesAreShownOnlyWithTheirSource();
    void unreadableSimilarityFiguresSayWhy();
    void customRolesTakeTheCataloguesRanges();

private:
    // A fresh copy of the bundled catalogue in its own folder.
    QString copy(const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("careers.sqlite"));
        QFile::remove(path);
        if (!QFile::copy(QStringLiteral(CC_BUNDLED_CATALOGUE), path))
            qFatal("cannot copy the catalogue");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }
    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
        qint64 ms = 0;
    };
    Run run(const QStringList &arguments) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(
            QStringLiteral("CAREERCOMPARE_USER_STORE"), m_dir.filePath(QStringLiteral("store.sqlite")));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(CC_CAREERCOMPARE_EXE), arguments);
        Run r;
        if (!p.waitForFinished(CommandLimitMs)) {
            p.kill();
            p.waitForFinished();
            return r; // exitCode -1: did not finish in time
        }
        r.ms = timer.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QTemporaryDir m_dir;
};

void TestTamperedCatalogue::outOfRangeValuesAreMissingWithTheReason_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const QVariant int64Max = QVariant::fromValue(std::numeric_limits<qint64>::max());
    const QVariant int64Min = QVariant::fromValue(std::numeric_limits<qint64>::min());
    QTest::newRow("salary 1e308") << "salary_median" << QVariant(1e308) << "salary"
                                  << "value 1e+308 for salary_median is outside the range 1 to 10,000,000";
    QTest::newRow("salary INT64_MAX") << "salary_high" << int64Max << "salary"
                                      << "value 9223372036854775807 for salary_high is outside the range";
    QTest::newRow("negative salary") << "salary_low" << QVariant(-50000) << "salary"
                                     << "value -50000 for salary_low is outside the range";
    QTest::newRow("salary_high 1e9") << "salary_high" << QVariant(1000000000) << "salary"
                                     << "value 1000000000 for salary_high is outside the range";
    QTest::newRow("inverted percentiles") << "salary_p25" << QVariant(150000) << "salary"
                                          << "percentiles are out of order (salary_p25 150,000 is above "
                                             "salary_median 133,080)";
    QTest::newRow("salary as text") << "salary_p75" << QVariant(QStringLiteral("lots")) << "salary"
                                    << "value \"lots\" for salary_p75 is not a number";
    QTest::newRow("risk INT64_MIN") << "ai_risk_percent" << int64Min << "ai_risk_percent"
                                    << "for ai_risk_percent is outside the range 0 to 100";
    QTest::newRow("exposure 101") << "llm_exposure_percent" << QVariant(101.0) << "llm_exposure_percent"
                                  << "value 101 for llm_exposure_percent is outside the range 0 to 100";
    QTest::newRow("learning 1e6") << "learning_months" << QVariant(1000000) << "learning_months"
                                  << "value 1000000 for learning_months is outside the range 0 to 600";
    QTest::newRow("learning fraction") << "learning_months" << QVariant(12.5) << "learning_months"
                                       << "value 12.5 for learning_months is not a whole number";
    QTest::newRow("demand 11") << "demand_score" << QVariant(11.0) << "demand_score"
                               << "value 11 for demand_score is outside the range 0 to 10";
    QTest::newRow("growth infinite") << "growth_percent" << QVariant(std::numeric_limits<double>::infinity())
                                     << "projections"
                                     << "for growth_percent is outside the range -100 to 1,000";
    QTest::newRow("openings negative") << "annual_openings" << QVariant(-3.0) << "projections"
                                       << "for annual_openings is outside the range 0 to 10,000";
    QTest::newRow("job zone 9") << "job_zone" << QVariant(9) << "job_zone"
                                << "value 9 for job_zone is outside the range 1 to 5";
    QTest::newRow("share 2") << "telework_share" << QVariant(2.0) << "remote_friendly"
                             << "value 2 for telework_share is outside the range 0 to 1";
    QTest::newRow("interest 0") << "interest_social" << QVariant(0.0) << "interests"
                                << "value 0 for interest_social is outside the range 1 to 7";
    QTest::newRow("bright 7") << "bright_outlook" << QVariant(7) << "bright_outlook"
                              << "value 7 for bright_outlook is outside the range 0 to 1";
    QTest::newRow("unknown difficulty") << "difficulty" << QVariant(QStringLiteral("Wizard")) << "difficulty"
                                        << "value \"Wizard\" for difficulty is not one this program knows";
    QTest::newRow("unknown barrier") << "entry_barrier" << QVariant(QStringLiteral("\x1b[31mHigh"))
                                     << "entry_barrier"
                                     << "value \"[31mHigh\" for entry_barrier is not one";
    QTest::newRow("other currency") << "salary_currency" << QVariant(QStringLiteral("EUR")) << "salary"
                                    << "value \"EUR\" for salary_currency is not one this program knows";
}

// Each value on its own: the role still reads, the field is missing (no value of it is kept) and
// its provenance note quotes the refused value, the column and the range.
void TestTamperedCatalogue::outOfRangeValuesAreMissingWithTheReason()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const QString path
        = copy(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    edit(path,
        { { QStringLiteral("UPDATE roles SET %1 = ? WHERE code = ?").arg(column), { value, Developers } } });
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(catalogue);
    const std::optional<Role> role = catalogue->role(Developers);
    QVERIFY2(role, qPrintable(catalogue->lastError()));
    const Provenance p = role->provenanceOf(field);
    QCOMPARE(p.status, ValueStatus::Missing);
    QVERIFY2(
        p.note.contains(QStringLiteral("the catalogue's ")) && p.note.contains(reason), qPrintable(p.note));
    if (field == QLatin1String("salary")) {
        QVERIFY(
            !role->salary.low.isKnown() && !role->salary.median.isKnown() && !role->salary.high.isKnown());
    } else if (field == QLatin1String("projections")) {
        QVERIFY(!role->growthPercent && !role->annualOpenings && !role->employment2024);
    } else if (field == QLatin1String("remote_friendly")) {
        QVERIFY(!role->remoteFriendly && !role->teleworkShare);
    } else if (field == QLatin1String("interests")) {
        for (const auto &interest : role->interests)
            QVERIFY(!interest);
    }
    QVERIFY(!role->aiRiskPercent || field != QLatin1String("ai_risk_percent"));
    QVERIFY(!role->learningMonths || field != QLatin1String("learning_months"));
    QVERIFY(!role->jobZone || field != QLatin1String("job_zone"));
    // The other role is untouched.
    const std::optional<Role> nurses = catalogue->role(Nurses);
    QVERIFY(nurses && nurses->salary.median.isKnown() && nurses->learningMonths);
}

// A 1 MB title with escape sequences and a provenance note of control characters: bounded and clean.
void TestTamperedCatalogue::textsAreBoundedAndClean()
{
    const QString path = copy(QStringLiteral("texts"));
    const QString huge
        = QStringLiteral("Software \x1b]0;owned\x07 Developers ") + QString(1 << 20, QLatin1Char('x'));
    edit(path,
        { { QStringLiteral("UPDATE roles SET title = ?, category = ? WHERE code = ?"),
              { huge, QStringLiteral("Computers\r\n\u202Eevil"), Developers } },
            { QStringLiteral("UPDATE provenance SET note = ? WHERE role_code = ? AND field = 'salary'"),
                { QString(100000, QLatin1Char('n')), Developers } } });
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(catalogue);
    const std::optional<Role> role = catalogue->role(Developers);
    QVERIFY(role);
    QCOMPARE(role->title.size(), catalogue::MaxTitleLength);
    QVERIFY(role->title.startsWith(QStringLiteral("Software ]0;owned Developers xxx")));
    QVERIFY(role->title.endsWith(QChar(0x2026)));
    QCOMPARE(role->category, QStringLiteral("Computers  evil"));
    QCOMPARE(role->provenanceOf(QStringLiteral("salary")).note.size(), catalogue::MaxNoteLength);
    bool listed = false;
    for (const RoleSummary &s : catalogue->roles()) {
        QVERIFY(s.title.size() <= catalogue::MaxTitleLength);
        listed = listed || s.code == Developers;
    }
    QVERIFY(listed);
}

// Text, JSON and PDF of a comparison between two tampered roles: each finishes quickly, exits 0,
// shows the values as not available with the reason and never the nonsense they were.
void TestTamperedCatalogue::commandsShowMissingWithTheReasonAndFinish()
{
    const QString path = copy(QStringLiteral("commands"));
    edit(path,
        { { QStringLiteral("UPDATE roles SET salary_high = 1000000000, learning_months = 1000000,"
                           " ai_risk_percent = -9223372036854775808, title = ? WHERE code = ?"),
              { QStringLiteral("Software Developers ") + QString(1 << 20, QLatin1Char('y')), Developers } },
            { QStringLiteral("UPDATE roles SET salary_median = 1e308, salary_p25 = 120000 WHERE code = ?"),
                { Nurses } } });
    const QStringList compare { QStringLiteral("--db"), path, QStringLiteral("--compare"), Developers,
        Nurses };

    const Run text = run(compare);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.ms < CommandLimitMs / 2, qPrintable(QString::number(text.ms)));
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(QStringLiteral("value 1000000000 for salary_high is outside the range")),
        qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("value 1e+308 for salary_median is outside the range")));
    for (const char *nonsense : { "$0", "$-1", "-9223372036854775808%", "1,000,000,000", "1000000 months" })
        QVERIFY2(!out.contains(QLatin1String(nonsense)), nonsense);

    const Run json = run(compare + QStringList { QStringLiteral("--json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject a = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("a")).toObject();
    QVERIFY(!a.isEmpty());
    QVERIFY(a.value(QStringLiteral("learning_months")).isNull());
    QVERIFY(a.value(QStringLiteral("ai_risk_percent")).isNull());
    QVERIFY(a.value(QStringLiteral("salary")).toObject().value(QStringLiteral("high")).isNull());
    const QJsonObject notes = a.value(QStringLiteral("notes")).toObject();
    QVERIFY(notes.value(QStringLiteral("learning_months"))
                .toString()
                .contains(QStringLiteral("outside the range 0 to 600")));
    QVERIFY(notes.value(QStringLiteral("ai_risk_percent"))
                .toString()
                .contains(QStringLiteral("outside the range 0 to 100")));
    QVERIFY(a.value(QStringLiteral("title")).toString().size() <= catalogue::MaxTitleLength);

    const QString pdf = m_dir.filePath(QStringLiteral("tampered.pdf"));
    const Run report = run(compare + QStringList { QStringLiteral("--pdf"), pdf });
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(report.ms < CommandLimitMs / 2, qPrintable(QString::number(report.ms)));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

// The largest values the catalogue accepts ($10 million, 600 months) are shown, and the PDF's chart
// axes stay at a few labels (not one every $40k or two years: 263 and 26 of them).
void TestTamperedCatalogue::extremeValidValuesKeepChartsSmall()
{
    const QString path = copy(QStringLiteral("extremes"));
    edit(path,
        { { QStringLiteral("UPDATE roles SET salary_p75 = 9000000, salary_high = 10000000,"
                           " learning_months = 600 WHERE code = ?"),
            { Developers } } });
    const QString pdf = m_dir.filePath(QStringLiteral("extremes.pdf"));
    const Run r = run({ QStringLiteral("--db"), path, QStringLiteral("--compare"), Developers, Nurses,
        QStringLiteral("--pdf"), pdf });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.ms < CommandLimitMs / 2, qPrintable(QString::number(r.ms)));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils (pdftotext) is not installed");
    QProcess text;
    text.start(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(all.contains(QStringLiteral("$10,000,000")), "the ceiling is shown as it is");
    const int salaryTicks = int(all.count(QRegularExpression(QStringLiteral("\\$[0-9]+k\\b"))));
    QVERIFY2(salaryTicks >= 2 && salaryTicks <= 8, qPrintable(QString::number(salaryTicks)));
}

// A table replaced by a view that never ends: every query stops at the time limit and says so.
void TestTamperedCatalogue::recursiveViewStopsAtTheTimeLimit()
{
    const QString path = copy(QStringLiteral("recursive"));
    edit(path,
        { { QStringLiteral("DROP TABLE alternate_titles"), {} },
            { QStringLiteral("CREATE VIEW alternate_titles AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                             "SELECT i + 1 FROM n) SELECT '15-1252.00' AS role_code, 'x' || i AS title,"
                             " '' AS short_title FROM n"),
                {} } });
    auto catalogue = CatalogueDatabase::open(path, 500).catalogue;
    QVERIFY(catalogue);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(catalogue->findCodes(QStringLiteral("No Such Role")).isEmpty());
    QVERIFY2(catalogue->lastError().contains(QStringLiteral("took longer than 0.5 seconds")),
        qPrintable(catalogue->lastError()));
    QVERIFY(timer.elapsed() < 10000);
    // A view that streams rows without end: stopped by the row limit, not by memory.
    auto unlimited = CatalogueDatabase::open(path).catalogue;
    QVERIFY(unlimited);
    QVERIFY(unlimited->allNames().isEmpty());
    // (Under a sanitizer the 500,000 rows may take longer than the time limit, which stops it first.)
    QVERIFY2(unlimited->lastError().contains(QStringLiteral("returned more than 500000 rows"))
            || unlimited->lastError().contains(QStringLiteral("took longer than 10 seconds")),
        qPrintable(unlimited->lastError()));
    // The roles table itself is fine: the same catalogue still answers other questions.
    QVERIFY(unlimited->role(Developers));
    // The metadata table replaced: opening fails with the reason, within the limit.
    const QString meta = copy(QStringLiteral("recursive-metadata"));
    edit(meta,
        { { QStringLiteral("ALTER TABLE metadata RENAME TO metadata_old"), {} },
            { QStringLiteral("CREATE VIEW metadata AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                             " FROM n) SELECT 'k' || i AS key, 'v' AS value FROM n"),
                {} } });
    const auto opened = CatalogueDatabase::open(meta, 500);
    QVERIFY(!opened.catalogue);
    QVERIFY2(
        opened.message.contains(QStringLiteral("took longer than 0.5 seconds")), qPrintable(opened.message));
}

void TestTamperedCatalogue::recursiveViewFailsTheCommandClearly()
{
    const QString path = copy(QStringLiteral("recursive-roles"));
    edit(path,
        { { QStringLiteral("ALTER TABLE roles RENAME TO roles_old"), {} },
            { QStringLiteral("CREATE VIEW roles AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                             " FROM n) SELECT r.* FROM n JOIN roles_old r ON r.code = 'none-' || n.i"),
                {} } });
    const Run r = run({ QStringLiteral("--db"), path, QStringLiteral("--compare"), Developers, Nurses });
    QVERIFY2(r.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(QStringLiteral("took longer than 10 seconds")), qPrintable(r.err));
}

// A role is read through SQLite's C API with statements kept prepared (cataloguerole.cpp): its
// tables are still stopped by the time and row limits, a missing one is named, a failure is never
// kept as an answer, and the catalogue still answers other questions after each.
void TestTamperedCatalogue::roleTablesKeepTheLimitsAndSayWhatFailed()
{
    const QString endless = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)");
    const QString path = copy(QStringLiteral("role-tables"));
    edit(path,
        { { QStringLiteral("DROP TABLE role_skills"), {} },
            { QStringLiteral("CREATE VIEW role_skills AS %1 SELECT '15-1252.00' AS role_code, i AS position,"
                             " 'x' AS label, 'skill' AS kind, 3.0 AS importance, 0 AS hot, 0 AS in_demand"
                             " FROM n")
                    .arg(endless),
                {} },
            { QStringLiteral("DROP TABLE alternate_titles"), {} },
            { QStringLiteral("CREATE VIEW alternate_titles AS %1 SELECT '15-1252.00' AS role_code, 'x' || i"
                             " AS title, '' AS short_title FROM n")
                    .arg(endless),
                {} } });
    auto catalogue = CatalogueDatabase::open(path, 500).catalogue;
    QVERIFY(catalogue);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 2; ++i) { // the second time from the statement kept prepared
        QVERIFY(!catalogue->role(Developers));
        QVERIFY2(catalogue->lastError().contains(QStringLiteral("took longer than 0.5 seconds")),
            qPrintable(catalogue->lastError()));
        QVERIFY(catalogue->findCodes(QStringLiteral("15-1252")) == QStringList { Developers });
        QVERIFY(catalogue->lastError().isEmpty());
        // A failed look-up is not remembered as "no such role".
        QVERIFY(catalogue->findCodes(QStringLiteral("No Such Role")).isEmpty());
        QVERIFY2(catalogue->lastError().contains(QStringLiteral("took longer than 0.5 seconds")),
            qPrintable(catalogue->lastError()));
    }
    QVERIFY(timer.elapsed() < 20000);
    // Rows without end from a role's provenance: stopped by the row limit (or, slower, the time limit).
    const QString streaming = copy(QStringLiteral("role-rows"));
    edit(streaming,
        { { QStringLiteral("DROP TABLE provenance"), {} },
            { QStringLiteral(
                  "CREATE VIEW provenance AS %1 SELECT '29-1141.00' AS role_code, 'salary' AS field,"
                  " 'known' AS status, NULL AS source_id, '' AS note, NULL AS note_parts FROM n")
                    .arg(endless),
                {} } });
    auto unlimited = CatalogueDatabase::open(streaming).catalogue;
    QVERIFY(unlimited);
    QVERIFY(!unlimited->role(Nurses));
    QVERIFY2(unlimited->lastError().contains(QStringLiteral("returned more than 500000 rows"))
            || unlimited->lastError().contains(QStringLiteral("took longer than 10 seconds")),
        qPrintable(unlimited->lastError()));
    QVERIFY(!unlimited->metadata(QStringLiteral("schema_version")).isEmpty());
    QVERIFY(unlimited->lastError().isEmpty());

    // A table a role needs is gone: named, every time, and the roles list still reads.
    const QString missing = copy(QStringLiteral("role-table-missing"));
    edit(missing, { { QStringLiteral("DROP TABLE role_esco"), {} } });
    auto incomplete = CatalogueDatabase::open(missing).catalogue;
    QVERIFY(incomplete);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!incomplete->role(Nurses));
        QVERIFY2(incomplete->lastError().contains(QStringLiteral("no such table: role_esco")),
            qPrintable(incomplete->lastError()));
    }
    QVERIFY(!incomplete->roles().isEmpty());
    QVERIFY(incomplete->lastError().isEmpty());
}

void TestTamperedCatalogue::leftoverJournalIsNamedAndNothingIsCreated_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArray magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
    QTest::newRow("hot journal") << "-journal" << magic + QByteArray(4088, '\x01') << 3
                                 << "is the journal of a change that did not finish";
    QTest::newRow("write-ahead log") << "-wal" << QByteArray(4096, '\x02') << 3
                                     << "holds changes that were never written into it";
    QTest::newRow("zeroed journal") << "-journal" << QByteArray(4096, '\0') << 0 << "";
    QTest::newRow("empty journal") << "-journal" << QByteArray() << 0 << "";
}

// A catalogue copy with a file left beside it by an unfinished change: a live journal is refused
// with its name, an inert one is ignored; either way no file appears or changes beside it.
void TestTamperedCatalogue::leftoverJournalIsNamedAndNothingIsCreated()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString path
        = copy(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QFile leftover(path + suffix);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write(bytes);
    leftover.close();
    const QString folder = QFileInfo(path).absolutePath();
    const QStringList before = filesIn(folder);
    const QByteArray catalogueSum = checksum(path);
    const QByteArray leftoverSum = checksum(path + suffix);

    const Run r = run({ QStringLiteral("--db"), path, QStringLiteral("--compare"), Developers, Nurses });
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    if (!message.isEmpty()) {
        QVERIFY2(r.err.contains(message) && r.err.contains(path + suffix), qPrintable(r.err));
        QCOMPARE(int(CatalogueDatabase::open(path).error), int(CatalogueDatabase::OpenError::Unfinished));
    }
    QCOMPARE(filesIn(folder), before);
    QCOMPARE(checksum(path), catalogueSum);
    QCOMPARE(checksum(path + suffix), leftoverSum);
}

// Another program in the middle of writing (sqlite3 holding its RESERVED lock): named, not read.
void TestTamperedCatalogue::catalogueBeingWrittenIsNamedInUse()
{
    const QString sqliteProgram = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqliteProgram.isEmpty())
        QSKIP("the sqlite3 program is not installed");
    const QString path = copy(QStringLiteral("in-use"));
    QProcess writer;
    writer.start(sqliteProgram, { path });
    QVERIFY(writer.waitForStarted());
    writer.write("BEGIN IMMEDIATE;\n");
    // The writer takes its lock when it has read the line: wait for it (at most 20 s).
    CatalogueDatabase::OpenResult opened;
    QElapsedTimer timer;
    timer.start();
    do {
        opened = CatalogueDatabase::open(path);
        if (opened.error == CatalogueDatabase::OpenError::InUse)
            break;
        opened.catalogue.reset();
        QTest::qWait(50);
    } while (timer.elapsed() < 20000);
    QVERIFY(!opened.catalogue);
    QCOMPARE(int(opened.error), int(CatalogueDatabase::OpenError::InUse));
    QVERIFY2(opened.message.contains(
                 QStringLiteral("being changed by another program (process %1)").arg(writer.processId())),
        qPrintable(opened.message));
    writer.write("ROLLBACK;\n.quit\n");
    writer.closeWriteChannel();
    QVERIFY(writer.waitForFinished(10000));
    QVERIFY(CatalogueDatabase::open(path).catalogue); // once it has finished, the catalogue opens
}

// A roles file (and the custom-role dialog) accepts what the catalogue reader accepts, in the JSON's
// units: a custom role's value the catalogue would refuse could not be shown truthfully beside it
// (learning time went to 1,200 months, a salary down to $0; neither is on the charts' scales).
void TestTamperedCatalogue::customRolesTakeTheCataloguesRanges()
{
    using catalogue::Range;
    const auto same = [](const InputRange &input, const Range &range, double unit, bool whole) {
        return input.min == range.min * unit && input.max == range.max * unit && input.whole == whole;
    };
    QVERIFY(same(inputrange::Wage, catalogue::Bounds::Salary, 1, true));
    QVERIFY(same(inputrange::SalaryYear, catalogue::Bounds::SalaryYear, 1, true));
    QVERIFY(same(inputrange::RemoteShare, catalogue::Bounds::Share, 100, false)); // percent
    const std::pair<const char *, Range> ranges[] = {
        { "demand_score", catalogue::Bounds::DemandScore },
        { "growth_percent", catalogue::Bounds::GrowthPercent },
        { "ai_risk_percent", catalogue::Bounds::Percent },
        { "llm_exposure_percent", catalogue::Bounds::Percent },
        { "learning_months", catalogue::Bounds::LearningMonths },
    };
    for (const auto &[key, range] : ranges)
        QVERIFY2(same(attribute(QLatin1String(key)).inputRange(), range, 1, range.whole), key);
    // Openings: the catalogue keeps BLS's thousands, a role's JSON a whole count of people.
    QVERIFY(same(attribute(QStringLiteral("annual_openings")).inputRange(),
        catalogue::Bounds::OpeningsThousands, 1000, true));
}

QTEST_GUILESS_MAIN(TestTamperedCatalogue)
#include "tst_tamperedcatalogue.moc"

// Survey shares that cannot be true (a group's destinations adding up to more than 100%, a share that
// is text or negative, survey-group weights over 100%): the role's mobility is missing with the reason,
// not summed into destinations of 2,799% or shown as "no recorded moves".
void TestTamperedCatalogue::impossibleMobilitySharesAreMissingWithTheReason_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("destinations over 100%")
        << "UPDATE mobility_flows SET probability = 0.5 WHERE source_code = '29-1140' AND target_code <> "
           "'29-1140'"
        << Nurses << "the catalogue's shares of where people in Registered Nurses are a year later add up to";
    QTest::newRow("one share raised")
        << "UPDATE mobility_flows SET probability = 0.9 WHERE source_code = '15-1132'" << Developers
        << "more than 100%";
    QTest::newRow("share as text")
        << "UPDATE mobility_flows SET probability = 'abc' WHERE source_code = '29-1140'" << Nurses
        << "value \"abc\" for mobility_flows.probability is not a number";
    QTest::newRow("negative share")
        << "UPDATE mobility_flows SET probability = -0.2 WHERE source_code = '15-1133'"
           " AND target_code = '15-1120'"
        << Developers << "value -0.2 for mobility_flows.probability is outside the range 0 to 1";
    QTest::newRow("group weights over 100%")
        << "UPDATE role_mobility_groups SET weight = 0.8 WHERE role_code = '15-1252.00'" << Developers
        << "the catalogue's shares of the survey groups of Software Developers add up to 160.0%";
}

void TestTamperedCatalogue::impossibleMobilitySharesAreMissingWithTheReason()
{
    QFETCH(QString, sql);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const QString path
        = copy(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    {
        auto untouched = CatalogueDatabase::open(path).catalogue;
        QVERIFY(untouched);
        const std::optional<Role> role = untouched->role(code);
        QVERIFY(role && !role->mobility.outflows.isEmpty()); // the shares are read when they can be true
    }
    edit(path, { { sql, {} } });
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(catalogue);
    const std::optional<Role> role = catalogue->role(code);
    QVERIFY2(role, qPrintable(catalogue->lastError()));
    const Provenance p = role->provenanceOf(Field::Mobility);
    QCOMPARE(p.status, ValueStatus::Missing);
    QVERIFY2(p.note.contains(reason), qPrintable(p.note));
    QVERIFY(role->mobility.outflows.isEmpty());
    // The other role of the pair keeps its own shares.
    const std::optional<Role> other = catalogue->role(code == Nurses ? Developers : Nurses);
    QVERIFY(other && !other->mobility.outflows.isEmpty());
    QVERIFY(other->provenanceOf(Field::Mobility).status != ValueStatus::Missing);
}

// A similarity group's random-pair mean of 1 would divide by zero ("nan%" in the text, -2147483648 in
// the JSON): the program's own mean is used for it (close to the catalogue's), not the tampered one.
void TestTamperedCatalogue::similarityMeanOfOneIsNotUsed()
{
    const auto similarity = [](const QString &path) -> std::optional<double> {
        auto catalogue = CatalogueDatabase::open(path).catalogue;
        if (!catalogue)
            return std::nullopt;
        const std::optional<Role> a = catalogue->role(Developers);
        const std::optional<Role> b = catalogue->role(Nurses);
        if (!a || !b)
            return std::nullopt;
        return computeSimilarity(a->similarity, b->similarity).percent;
    };
    const std::optional<double> before = similarity(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(before && std::isfinite(*before));
    const QString path = copy(QStringLiteral("mean-of-one"));
    edit(path, { { QStringLiteral("UPDATE similarity_groups SET mu = 1"), {} } });
    const std::optional<double> after = similarity(path);
    QVERIFY(after && std::isfinite(*after));
    QVERIFY2(std::abs(*after - *before) < 0.5, qPrintable(QStringLiteral("%1 %2").arg(*after).arg(*before)));
}

// A catalogue that lists a role as related to itself, or a related role twice: each once, never itself.
void TestTamperedCatalogue::relatedRolesOnceAndNeverTheRoleItself()
{
    const QString path = copy(QStringLiteral("related"));
    edit(path,
        { { QStringLiteral("CREATE TABLE rr AS SELECT * FROM related_roles"), {} },
            { QStringLiteral("DROP TABLE related_roles"), {} },
            { QStringLiteral("CREATE TABLE related_roles AS SELECT * FROM rr UNION ALL SELECT * FROM rr"),
                {} },
            { QStringLiteral("INSERT INTO related_roles VALUES (?, ?, 'Primary-Short', 0)"),
                { Developers, Developers } },
            // A related role's growth that cannot be true: its demand score (computed from it) goes too.
            { QStringLiteral("UPDATE roles SET growth_percent = 1e6 WHERE code = '15-1299.08'"), {} } });
    auto bundled = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE)).catalogue;
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(bundled && catalogue);
    const std::optional<Role> expected = bundled->role(Developers);
    const std::optional<Role> role = catalogue->role(Developers);
    QVERIFY(expected && role);
    QStringList codes;
    for (const RelatedRole &r : role->related)
        codes << r.code;
    QStringList expectedCodes;
    for (const RelatedRole &r : expected->related)
        expectedCodes << r.code;
    QVERIFY(!expectedCodes.isEmpty());
    QCOMPARE(codes, expectedCodes);
    QVERIFY(!codes.contains(Developers));
    for (const RelatedRole &r : role->related) {
        if (r.code == QLatin1String("15-1299.08"))
            QVERIFY(!r.growthPercent && !r.demandScore);
        else
            QVERIFY(r.demandScore || !bundled->role(r.code)->demandScore);
    }
}

// The statements of one operation (a role's dozen) stop together at the time limit: each of them
// under the limit, six of them over it. A function that sleeps stands in for a slow view.
void TestTamperedCatalogue::roleStatementsShareOneDeadline()
{
    SqliteConnection connection(QStringLiteral("test-deadline"), QStringLiteral(CC_BUNDLED_CATALOGUE),
        SqliteConnection::Mode::ReadOnly);
    connection.setQueryTimeLimit(1000);
    QVERIFY(connection.open());
    const auto sleepMs = [](sqlite3_context *context, int, sqlite3_value **values) {
        std::this_thread::sleep_for(std::chrono::milliseconds(sqlite3_value_int(values[0])));
        sqlite3_result_int(context, 1);
    };
    QCOMPARE(sqlite3_create_function(
                 connection.handle(), "sleep_ms", 1, SQLITE_UTF8, nullptr, +sleepMs, nullptr, nullptr),
        SQLITE_OK);
    // About 250 ms each: the sleep, then enough steps for the progress handler to look at the clock.
    const char *slow = "WITH RECURSIVE n(i) AS (SELECT sleep_ms(250) UNION ALL SELECT i + 1 FROM n WHERE"
                       " i < 20000) SELECT count(*) FROM n";
    const auto runSix = [&] {
        for (int i = 0; i < 6; ++i) {
            SqliteStatement s(connection, slow);
            if (!s.next())
                return i;
        }
        return 6;
    };
    QCOMPARE(runSix(), 6); // each alone is well under the limit
    {
        const SqliteConnection::OperationLimit limit(connection);
        const int finished = runSix();
        QVERIFY2(finished >= 3 && finished < 6, qPrintable(QString::number(finished)));
        QVERIFY2(connection.interruption().contains(QStringLiteral("reading took longer than 1 seconds")),
            qPrintable(connection.interruption()));
    }
    QCOMPARE(runSix(), 6); // the operation's deadline ends with it
}

// The demand score is computed from the projections, the difficulty from the Job Zone: when those are
// refused, the figures made from them are missing too, with why (the text said "Higher future demand:
// Software Developers (10.0/10 ...)" from a growth of 1,000,000%).
void TestTamperedCatalogue::figuresDerivedFromARefusedOneAreMissing()
{
    const QString path = copy(QStringLiteral("derived"));
    edit(path,
        { { QStringLiteral("UPDATE roles SET growth_percent = 1e6, job_zone = 9 WHERE code = ?"),
            { Developers } } });
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(catalogue);
    const std::optional<Role> role = catalogue->role(Developers);
    QVERIFY(role);
    QVERIFY(!role->demandScore && !role->difficulty);
    QVERIFY2(role->provenanceOf(Field::DemandScore)
                 .note.contains(QStringLiteral("computed from the employment projections")),
        qPrintable(role->provenanceOf(Field::DemandScore).note));
    QVERIFY(role->provenanceOf(Field::Difficulty).note.contains(QStringLiteral("follows from the Job Zone")));
    const std::optional<Role> nurses = catalogue->role(Nurses);
    QVERIFY(nurses && nurses->demandScore && nurses->difficulty);
    const Run text = run({ QStringLiteral("--db"), path, QStringLiteral("--compare"), Developers, Nurses });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(!text.out.contains("Higher future demand: Software Developers"));
    QVERIFY(text.out.contains("computed from the employment projections"));
}

// A value beside a provenance of "missing" was printed as a fact ("0.9% against 8.6%"), and a role
// whose provenance rows were deleted showed its estimates as plain facts: a value is shown only with
// the provenance that says where it comes from.
void TestTamperedCatalogue::valuesAreShownOnlyWithTheirSource()
{
    const QString path = copy(QStringLiteral("provenance"));
    edit(path,
        { { QStringLiteral(
                "UPDATE provenance SET status = 'missing', note = 'not in the study' WHERE role_code = ?"
                " AND field = 'ai_risk_percent'"),
              { Developers } },
            { QStringLiteral("DELETE FROM provenance WHERE role_code = ? AND field = 'learning_months'"),
                { Developers } } });
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(catalogue);
    const std::optional<Role> role = catalogue->role(Developers);
    QVERIFY(role);
    QVERIFY(!role->aiRiskPercent);
    QCOMPARE(role->provenanceOf(Field::AiRisk).status, ValueStatus::Missing);
    QCOMPARE(role->provenanceOf(Field::AiRisk).note, QStringLiteral("not in the study"));
    QVERIFY(!role->learningMonths);
    QCOMPARE(role->provenanceOf(Field::LearningMonths).status, ValueStatus::Missing);
    QVERIFY(role->provenanceOf(Field::LearningMonths).note.contains(QStringLiteral("names no source")));
    QVERIFY(role->salary.median.isKnown()); // the rest as it was
    const std::optional<Role> nurses = catalogue->role(Nurses);
    QVERIFY(nurses && nurses->aiRiskPercent && nurses->learningMonths);
}

// Similarity figures that are not numbers: no similarity from the groups that are left, and the
// sentence says the catalogue's figures cannot be read (it said "one of them has no skills, work
// activities or technologies in the sources").
void TestTamperedCatalogue::unreadableSimilarityFiguresSayWhy()
{
    const QString path = copy(QStringLiteral("similarity-garbage"));
    edit(path,
        { { QStringLiteral(
                "UPDATE role_similarity SET vals = 'x' || vals WHERE role_code = ? AND grp = 'iwa'"),
            { Developers } } });
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(catalogue);
    const std::optional<Role> a = catalogue->role(Developers);
    const std::optional<Role> b = catalogue->role(Nurses);
    QVERIFY(a && b);
    QVERIFY(a->similarity.unreadable && !b->similarity.unreadable);
    const Comparison c = Comparison::of(*a, *b);
    QVERIFY(!c.skills.similarityPercent);
    QVERIFY2(c.summary.contains(
                 QStringLiteral("the catalogue's similarity figures for Software Developers cannot be read")),
        qPrintable(c.summary));
    QVERIFY(!c.summary.contains(QStringLiteral("has no skills, work activities or technologies")));
}
