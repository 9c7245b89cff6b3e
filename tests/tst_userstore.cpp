// SPDX-License-Identifier: MIT
#include "sqliteconnection.h"
#include "userstore.h"

#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>
#include <future>
#include <mutex>
#include <thread>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace cc;

namespace
{

// A user store as version 1 wrote it: saved comparisons without client or notes, one row.
bool writeVersionOneStore(const QString &path, const QString &rowName)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = QSqlQuery(db).exec(
                     QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
                && QSqlQuery(db).exec(QStringLiteral(
                    "CREATE TABLE saved_comparisons (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    " code_a TEXT NOT NULL, code_b TEXT NOT NULL, saved_at TEXT NOT NULL)"));
            if (ok) {
                q.prepare(
                    QStringLiteral("INSERT INTO saved_comparisons (name, code_a, code_b, saved_at)"
                                   " VALUES (?, '15-1252.00', '15-2051.00', '2026-01-02T03:04:05.000Z')"));
                q.addBindValue(rowName);
                ok = q.exec() && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 1"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    return ok;
}

// A user store as version 2 wrote it: comparisons with the client as text and notes of their own.
struct V2Row {
    QString name, client, notes;
};
bool writeVersionTwoStore(const QString &path, const QVector<V2Row> &rows)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        if (db.open()) {
            ok = QSqlQuery(db).exec(
                     QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))
                && QSqlQuery(db).exec(QStringLiteral(
                    "CREATE TABLE saved_comparisons (id INTEGER PRIMARY KEY, name TEXT NOT NULL, code_a TEXT "
                    "NOT NULL, code_b TEXT NOT NULL, saved_at TEXT NOT NULL, client TEXT NOT NULL DEFAULT "
                    "'', "
                    "notes TEXT NOT NULL DEFAULT '')"))
                && QSqlQuery(db).exec(QStringLiteral("CREATE TABLE custom_roles (code TEXT PRIMARY KEY, json "
                                                     "TEXT NOT NULL, updated_at TEXT NOT NULL)"));
            int day = 1;
            for (const V2Row &row : rows) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO saved_comparisons (name, code_a, code_b, saved_at, "
                                         "client, notes) VALUES (?, '29-1141.00', '15-1254.00', ?, ?, ?)"));
                q.addBindValue(row.name);
                q.addBindValue(
                    QStringLiteral("2025-03-%1T10:00:00.000Z").arg(day++, 2, 10, QLatin1Char('0')));
                q.addBindValue(row.client.isNull() ? QStringLiteral("") : row.client);
                q.addBindValue(row.notes);
                ok = ok && q.exec();
                if (!ok)
                    qWarning("%s", qPrintable(q.lastError().text()));
            }
            ok = ok && QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 2"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    return ok;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestUserStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void databaseErrorsAreSentences_data();
    void databaseErrorsAreSentences();
    void createsAtCurrentVersion();
    void customRolesRoundTrip();
    void customRoleSkillsMatchCatalogueSkills();
    void savedComparisons();
    void migratesFromVersionOne();
    void migratesFromVersionTwoKeepingEveryNote();
    void clientsAndSaveVersusSaveAs();
    void damagedStoreIsSetAside_data();
    void damagedStoreIsSetAside();
    void newerStoreIsLeftAlone_data();
    void newerStoreIsLeftAlone();
    void storeThatCannotBeWrittenIsNotSetAside();
    void killedMidSaveLosesNothingCommitted();
    void newStoreCarriesOurApplicationId();
    void newStoreWaitsForAWriter();
    void foreignDatabaseIsLeftUntouched_data();
    void foreignDatabaseIsLeftUntouched();
    void nonRegularStorePathIsRefused_data();
    void nonRegularStorePathIsRefused();
    void importedCodesMayNotCollide_data();
    void importedCodesMayNotCollide();
    void rowsOfAnOlderVersionStayListed();
    void exportOfAnOlderRowIsValidJson();
    void importsOfOneCodeAtOnceSaveOne_data();
    void importsOfOneCodeAtOnceSaveOne();
    void exportNeverOverwritesTheStore_data();
    void exportNeverOverwritesTheStore();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/userdata.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUserStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUserStore::createsAtCurrentVersion()
{
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.setAsidePath.isEmpty());
    QCOMPARE(opened.store->schemaVersion(), UserStore::SchemaVersion);
    QVERIFY(opened.store->customRoles().isEmpty());
    QVERIFY(opened.store->savedComparisons().isEmpty());
}

void TestUserStore::customRolesRoundTrip()
{
    {
        auto store = UserStore::open(path()).store;
        RolesParseResult parsed
            = parseRolesJson(R"([{"title": "Ward Clerk", "demand_score": 6, "skills": ["Typing"]},
                                                     {"code": "mine", "title": "<b>Bold</b> & Co"}])");
        QVERIFY(parsed.ok());
        QVERIFY2(store->saveCustomRoles(parsed.roles), qPrintable(store->lastError()));
        QCOMPARE(parsed.roles[0].role.code, QStringLiteral("custom-1"));
        QCOMPARE(parsed.roles[1].role.code, QStringLiteral("mine"));
    }
    auto store = UserStore::open(path()).store;
    const auto roles = store->customRoles();
    QCOMPARE(roles.size(), 2);
    const auto clerk = store->customRole(QStringLiteral("custom-1"));
    QVERIFY(clerk);
    QCOMPARE(clerk->role.title, QStringLiteral("Ward Clerk"));
    QCOMPARE(*clerk->role.demandScore, 6.0);
    QCOMPARE(clerk->skillNames, QStringList { QStringLiteral("Typing") });
    QCOMPARE(store->customRole(QStringLiteral("mine"))->role.title, QStringLiteral("<b>Bold</b> & Co"));
    // A new role gets the next free code.
    QVector<RoleInput> more = parseRolesJson(R"({"title": "Third"})").roles;
    QVERIFY(store->saveCustomRoles(more));
    QCOMPARE(more.first().role.code, QStringLiteral("custom-2"));
    QVERIFY(store->deleteCustomRole(QStringLiteral("mine")));
    QCOMPARE(store->customRoles().size(), 2);
}

void TestUserStore::customRoleSkillsMatchCatalogueSkills()
{
    RoleInput input
        = parseRolesJson(R"({"title": "X", "skills": ["python", "Programming", "Basket weaving"]})")
              .roles.first();
    const Role role = toRole(input, [](const QString &name) -> std::optional<SkillEntity> {
        if (name.compare(QLatin1String("python"), Qt::CaseInsensitive) == 0)
            return SkillEntity { QStringLiteral("technology:python"), QStringLiteral("Python"),
                SkillKind::Technology };
        if (name == QLatin1String("Programming"))
            return SkillEntity { QStringLiteral("skill:programming"), QStringLiteral("Programming"),
                SkillKind::Skill };
        return std::nullopt;
    });
    QCOMPARE(role.skills.size(), 3);
    QCOMPARE(role.skills[0].entities.first().id, QStringLiteral("technology:python"));
    QCOMPARE(role.skills[1].kind, SkillKind::Skill);
    QCOMPARE(role.skills[2].entities.first().id, QStringLiteral("topic:basket weaving"));
}

void TestUserStore::savedComparisons()
{
    auto store = UserStore::open(path()).store;
    SavedComparison c;
    c.name = QStringLiteral("Maria, first session");
    c.codeA = QStringLiteral("29-1141.00");
    c.codeB = QStringLiteral("15-2051.00");
    c.client = QStringLiteral("María López");
    c.notes = QStringLiteral("Likes <data> & numbers");
    const auto id = store->saveComparison(c);
    QVERIFY(id);
    QVERIFY(store->lastError().isEmpty());
    auto list = store->savedComparisons();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().client, c.client);
    QCOMPARE(list.first().notes, c.notes);
    QVERIFY(list.first().savedAt.isValid());
    QVERIFY(store->renameComparison(*id, QStringLiteral("Maria, revisited")));
    QCOMPARE(store->savedComparisons().first().name, QStringLiteral("Maria, revisited"));
    // Every failure sets lastError(); the next success clears it.
    QVERIFY(!store->renameComparison(*id, QStringLiteral("   ")));
    QVERIFY(!store->lastError().isEmpty());
    QVERIFY(!store->renameComparison(*id + 100, QStringLiteral("Nobody")));
    QVERIFY2(store->lastError().contains(QString::number(*id + 100)), qPrintable(store->lastError()));
    QVERIFY(store->savedComparisons().size() == 1 && store->lastError().isEmpty());
    QVERIFY(!store->renameComparison(*id, QString()));
    QVERIFY(!store->lastError().isEmpty());
    QVERIFY(store->deleteComparison(*id));
    QVERIFY(store->lastError().isEmpty());
    QVERIFY(store->savedComparisons().isEmpty());
}

void TestUserStore::migratesFromVersionOne()
{
    QVERIFY(writeVersionOneStore(path(), QStringLiteral("old one")));
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.setAsidePath.isEmpty());
    QCOMPARE(opened.store->schemaVersion(), UserStore::SchemaVersion);
    const auto list = opened.store->savedComparisons();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, QStringLiteral("old one"));
    QCOMPARE(list.first().client, QString());
    QVector<RoleInput> roles = parseRolesJson(R"({"title": "After migration"})").roles;
    QVERIFY(opened.store->saveCustomRoles(roles)); // the new table is there
}

void TestUserStore::migratesFromVersionTwoKeepingEveryNote()
{
    const QVector<V2Row> rows {
        { QStringLiteral("James, first"), QStringLiteral("James Carter"),
            QStringLiteral("Night shifts <no>") },
        { QStringLiteral("James, second"), QStringLiteral(" James Carter "),
            QStringLiteral("Line one\nline two") },
        { QStringLiteral("Ana"), QStringLiteral("Ana Ruiz"), QStringLiteral("Remote & days") },
        { QStringLiteral("Nobody's"), QString(), QStringLiteral("Notes without a client") },
    };
    QVERIFY(writeVersionTwoStore(path(), rows));
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.setAsidePath.isEmpty());
    QCOMPARE(opened.store->schemaVersion(), 3);
    // One client per distinct name; the comparison without one stays without.
    const QVector<Client> clients = opened.store->clients();
    QCOMPARE(clients.size(), 2);
    QCOMPARE(clients[0].name, QStringLiteral("Ana Ruiz"));
    QCOMPARE(clients[1].name, QStringLiteral("James Carter"));
    const auto list = opened.store->savedComparisons();
    QCOMPARE(list.size(), rows.size());
    for (const V2Row &row : rows) {
        const auto it = std::find_if(
            list.begin(), list.end(), [&](const SavedComparison &c) { return c.name == row.name; });
        QVERIFY2(it != list.end(), qPrintable(row.name));
        QCOMPARE(it->notes, row.notes); // every note kept, byte for byte
        QCOMPARE(it->client, row.client.trimmed());
        QCOMPARE(it->clientId == 0, row.client.trimmed().isEmpty());
        QCOMPARE(it->modifiedAt, it->savedAt);
    }
    QCOMPARE(list.first().name, QStringLiteral("Nobody's")); // last modified first
    // Both of James's comparisons are under the one client.
    const qint64 james = clients[1].id;
    QCOMPARE(std::count_if(
                 list.begin(), list.end(), [&](const SavedComparison &c) { return c.clientId == james; }),
        2);
    // Opening the migrated store again changes nothing.
    opened.store.reset();
    auto again = UserStore::open(path());
    QCOMPARE(again.store->clients().size(), 2);
    QCOMPARE(again.store->savedComparisons().size(), rows.size());
}

void TestUserStore::clientsAndSaveVersusSaveAs()
{
    auto store = UserStore::open(path()).store;
    QVERIFY(!store->saveClient(Client { 0, QStringLiteral("  "), {}, {} }));
    QVERIFY(!store->lastError().isEmpty());
    const auto james
        = store->saveClient(Client { 0, QStringLiteral("James Carter"), QStringLiteral("Retail"), {} });
    QVERIFY(james);
    SavedComparison c;
    c.name = QStringLiteral("James: nursing vs web");
    c.codeA = QStringLiteral("29-1141.00");
    c.codeB = QStringLiteral("15-1254.00");
    c.clientId = *james;
    c.notes = QStringLiteral("first");
    const auto id = store->saveComparison(c);
    QVERIFY(id);
    QCOMPARE(store->savedComparison(*id)->client, QStringLiteral("James Carter"));
    // Save: the same row, updated.
    c.id = *id;
    c.notes = QStringLiteral("second");
    c.codeB = QStringLiteral("29-2061.00");
    QCOMPARE(store->saveComparison(c), id);
    QCOMPARE(store->savedComparisons().size(), 1);
    QCOMPARE(store->savedComparison(*id)->notes, QStringLiteral("second"));
    QCOMPARE(store->savedComparison(*id)->codeB, QStringLiteral("29-2061.00"));
    QVERIFY(store->savedComparison(*id)->modifiedAt >= store->savedComparison(*id)->savedAt);
    // Save As: a new row.
    c.id = 0;
    const auto copy = store->saveComparison(c);
    QVERIFY(copy && *copy != *id);
    QCOMPARE(store->savedComparisons().size(), 2);
    // Updating one that is gone fails and adds nothing.
    c.id = *copy + 100;
    QVERIFY(!store->saveComparison(c));
    QCOMPARE(store->savedComparisons().size(), 2);
    // A client name without an id files the comparison under the client of that name.
    SavedComparison byName;
    byName.codeA = c.codeA;
    byName.codeB = c.codeB;
    byName.client = QStringLiteral("James Carter");
    QCOMPARE(store->savedComparison(*store->saveComparison(byName))->clientId, *james);
    byName.client = QStringLiteral("Ana Ruiz");
    QVERIFY(store->saveComparison(byName));
    QCOMPARE(store->clients().size(), 2);
    // Renaming the client renames it everywhere.
    QVERIFY(store->saveClient(
        Client { *james, QStringLiteral("James R. Carter"), QStringLiteral("Retail"), {} }));
    QCOMPARE(store->savedComparison(*id)->client, QStringLiteral("James R. Carter"));
    QCOMPARE(store->client(*james)->notes, QStringLiteral("Retail"));
}

void TestUserStore::damagedStoreIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("random bytes") << QByteArray(5000, '\x7f');
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0", 19);
    QTest::newRow("text") << QByteArray("my notes, not a database\n");
}

void TestUserStore::damagedStoreIsSetAside()
{
    QFETCH(QByteArray, content);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QFile f(path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(!opened.setAsidePath.isEmpty());
    QFile aside(opened.setAsidePath);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), content); // kept as it was, not deleted
    QCOMPARE(opened.store->schemaVersion(), UserStore::SchemaVersion);
    QVERIFY2(opened.store->saveComparison(SavedComparison {
                 0, QStringLiteral("n"), QStringLiteral("a"), QStringLiteral("b"), {}, {}, {}, 0, {} }),
        qPrintable(opened.store->lastError()));
}

void TestUserStore::newerStoreIsLeftAlone_data()
{
    QTest::addColumn<QString>("journalMode"); // the newer store's
    QTest::newRow("rollback journal") << QStringLiteral("DELETE");
    QTest::newRow("WAL") << QStringLiteral("WAL");
}

// A store of ours from a newer version is refused before anything is written: it used to be switched
// to WAL (header bytes 18 and 19 from 1 to 2) before its version was read.
void TestUserStore::newerStoreIsLeftAlone()
{
    QFETCH(QString, journalMode);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(journalMode)));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 9")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(UserStore::ApplicationId)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v9"));
    const QByteArray before = contentOf(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files);
    auto opened = UserStore::open(path());
    QVERIFY(!opened.store);
    QVERIFY2(opened.error.contains(QStringLiteral("newer Career Compare (store version 9)")),
        qPrintable(opened.error));
    QVERIFY(opened.setAsidePath.isEmpty());
    QCOMPARE(contentOf(path()), before); // byte for byte
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files), filesBefore);
}

void TestUserStore::storeThatCannotBeWrittenIsNotSetAside()
{
    // A version-1 store whose upgrade cannot be written (as on a full disk): reported, not renamed.
    QVERIFY(writeVersionOneStore(path(), QStringLiteral("keep me")));
    QFile original(path());
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = old;
    tiny.rlim_cur = 100; // no file may grow past 100 bytes: every write fails
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    auto opened = UserStore::open(path());
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!opened.store);
    QVERIFY(!opened.error.isEmpty());
    QVERIFY2(opened.setAsidePath.isEmpty(), qPrintable(opened.setAsidePath));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    original.close();
    // With room again, it upgrades and keeps its row.
    auto again = UserStore::open(path());
    QVERIFY2(again.store, qPrintable(again.error));
    QCOMPARE(again.store->savedComparisons().first().name, QStringLiteral("keep me"));
}

void TestUserStore::killedMidSaveLosesNothingCommitted()
{
    QProcess writer;
    writer.start(QStringLiteral(CC_USERSTORE_WRITER), { path(), QStringLiteral("5") });
    QVERIFY(writer.waitForReadyRead(30000));
    QCOMPARE(writer.readLine().trimmed(), QByteArray("ready"));
    ::kill(pid_t(writer.processId()), SIGKILL); // mid-save: the transaction is open, nothing more committed
    QVERIFY(writer.waitForFinished(10000));
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(opened.setAsidePath.isEmpty()); // not damaged
    const auto list = opened.store->savedComparisons();
    QCOMPARE(list.size(), 5);
    for (const SavedComparison &c : list)
        QVERIFY(c.name.startsWith(QLatin1String("committed")));
}

void TestUserStore::databaseErrorsAreSentences_data()
{
    // Issue #13 item 10: the driver's own words never reach the user alone, and never nothing.
    QTest::addColumn<QSqlError>("error");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("absent");
    QTest::newRow("parameter count") << QSqlError(QStringLiteral("Parameter count mismatch"), QString())
                                     << "another version of Career Compare"
                                     << "";
    QTest::newRow("empty") << QSqlError() << "gave no reason"
                           << "";
    QTest::newRow("not an error") << QSqlError(QString(), QStringLiteral("not an error")) << "gave no reason"
                                  << "not an error";
    QTest::newRow("locked") << QSqlError(QStringLiteral("Unable to fetch row"),
        QStringLiteral("database is locked"), QSqlError::StatementError, QStringLiteral("5"))
                            << "close it and try again"
                            << "Unable to fetch row";
    QTest::newRow("full") << QSqlError(QString(), QStringLiteral("database or disk is full"),
        QSqlError::StatementError, QStringLiteral("13"))
                          << "free some space"
                          << "";
    QTest::newRow("no such table") << QSqlError(QStringLiteral("Unable to execute statement"),
        QStringLiteral("no such table: custom_roles"), QSqlError::StatementError, QStringLiteral("1"))
                                   << "no such table: custom_roles"
                                   << "Unable to execute";
}

void TestUserStore::databaseErrorsAreSentences()
{
    QFETCH(QSqlError, error);
    QFETCH(QString, part);
    QFETCH(QString, absent);
    const QString text = cc::sqlErrorText(error);
    QVERIFY(!text.trimmed().isEmpty());
    QVERIFY2(text.contains(part), qPrintable(text));
    if (!absent.isEmpty())
        QVERIFY2(!text.contains(absent), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"

// A new store is switched to WAL while another connection holds the write lock (as another
// process opening the same new store does): the switch waits for it, as every other statement does
// (busy timeout). SQLite does not call the busy handler for the switch's step from reading to
// writing, so it failed at once with "database is locked" (seen with several imports started
// together).
void TestUserStore::newStoreWaitsForAWriter()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    std::promise<bool> locked;
    std::future<bool> isLocked = locked.get_future();
    std::chrono::steady_clock::time_point released;
    std::thread writer([&locked, &released, file = path()] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            db.setDatabaseName(file);
            QSqlQuery q(db);
            const bool ok = db.open() && q.exec(QStringLiteral("BEGIN IMMEDIATE")); // the write lock
            locked.set_value(ok);
            if (ok) {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                released = std::chrono::steady_clock::now();
                q.exec(QStringLiteral("COMMIT"));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    });
    const bool ok = isLocked.get();
    auto opened = ok ? UserStore::open(path()) : UserStore::OpenResult();
    const auto openedAt = std::chrono::steady_clock::now();
    writer.join();
    QVERIFY(ok);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(openedAt >= released); // it waited for the writer
    QCOMPARE(opened.store->schemaVersion(), UserStore::SchemaVersion);
}

void TestUserStore::newStoreCarriesOurApplicationId()
{
    {
        auto opened = UserStore::open(path());
        QVERIFY2(opened.store, qPrintable(opened.error));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("id"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(UserStore::ApplicationId));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("id"));
    // A store written before the id existed (version 1, id 0) is still ours and gets the id.
    QVERIFY(
        writeVersionOneStore(m_dir->filePath(QStringLiteral("old/userdata.sqlite")), QStringLiteral("x")));
    auto old = UserStore::open(m_dir->filePath(QStringLiteral("old/userdata.sqlite")));
    QVERIFY2(old.store, qPrintable(old.error));
    QCOMPARE(old.store->savedComparisons().size(), 1);
}

void TestUserStore::foreignDatabaseIsLeftUntouched_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("another program's tables")
        << QStringList { QStringLiteral("CREATE TABLE photos (id, path)"),
               QStringLiteral("INSERT INTO photos VALUES (1, 'a.jpg')") };
    QTest::newRow("another program's tables and version")
        << QStringList { QStringLiteral("CREATE TABLE photos (id, path)"),
               QStringLiteral("PRAGMA user_version = 2") };
    QTest::newRow("another application id, empty")
        << QStringList { QStringLiteral("PRAGMA application_id = 1234") };
    // As `sqlite3 f.sqlite "pragma user_version=7"` leaves it: no tables, application id 0. Not a new
    // store: it was switched to WAL, then refused as "written by a newer Career Compare".
    QTest::newRow("no tables, a user_version") << QStringList { QStringLiteral("PRAGMA user_version = 7") };
    QTest::newRow("no tables, a negative user_version")
        << QStringList { QStringLiteral("PRAGMA user_version = -1") };
    QTest::newRow("another application id, our table names")
        << QStringList { QStringLiteral("PRAGMA application_id = 42"),
               QStringLiteral("CREATE TABLE saved_comparisons (id INTEGER PRIMARY KEY)") };
}

void TestUserStore::foreignDatabaseIsLeftUntouched()
{
    QFETCH(QStringList, statements);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        for (const QString &sql : statements)
            QVERIFY2(QSqlQuery(db).exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = contentOf(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files);

    auto opened = UserStore::open(path());
    QVERIFY(!opened.store);
    QVERIFY2(
        opened.error.contains(QStringLiteral("not a Career Compare user store")), qPrintable(opened.error));
    QVERIFY(opened.setAsidePath.isEmpty());
    QCOMPARE(contentOf(path()), before); // not written to, not renamed
    QCOMPARE(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files), filesBefore);
}

void TestUserStore::nonRegularStorePathIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("fifo") << QStringLiteral("fifo");
    QTest::newRow("dangling link") << QStringLiteral("dangling");
}

void TestUserStore::nonRegularStorePathIsRefused()
{
    QFETCH(QString, kind);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray native = QFile::encodeName(path());
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(path()));
    else if (kind == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(native.constData(), 0600), 0);
    else
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("nothing-here")), path()));
    auto opened = UserStore::open(path());
    QVERIFY(!opened.store);
    QVERIFY(!opened.error.isEmpty());
    QVERIFY(opened.setAsidePath.isEmpty());
    QCOMPARE(QDir(QFileInfo(path()).absolutePath())
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System),
        QStringList { QFileInfo(path()).fileName() });
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nothing-here"))));
}

void TestUserStore::importedCodesMayNotCollide_data()
{
    QTest::addColumn<QByteArray>("existing"); // roles already in the store
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("replace");
    QTest::addColumn<QStringList>("conflicts"); // empty: the import succeeds
    QTest::addColumn<bool>("replaceWouldHelp");
    const QByteArray none = "[]";
    QTest::newRow("catalogue code") << none << QByteArray(R"([{"code": "15-1252.00", "title": "Mine"}])")
                                    << false << QStringList { QStringLiteral("15-1252.00") } << false;
    QTest::newRow("catalogue code, other case, replace")
        << none << QByteArray(R"([{"code": "ai-0001", "title": "Mine"}])") << true
        << QStringList { QStringLiteral("ai-0001") } << false;
    QTest::newRow("twice in the file")
        << none << QByteArray(R"([{"code": "x1", "title": "A"}, {"code": "x1", "title": "B"}])") << false
        << QStringList { QStringLiteral("x1") } << false;
    QTest::newRow("abc and ABC") << none
                                 << QByteArray(
                                        R"([{"code": "abc", "title": "A"}, {"code": "ABC", "title": "B"}])")
                                 << true << QStringList { QStringLiteral("abc"), QStringLiteral("ABC") }
                                 << false;
    QTest::newRow("existing code") << QByteArray(R"([{"code": "mine", "title": "Old"}])")
                                   << QByteArray(R"([{"code": "mine", "title": "New"}])") << false
                                   << QStringList { QStringLiteral("mine") } << true;
    QTest::newRow("existing code in another case") << QByteArray(R"([{"code": "mine", "title": "Old"}])")
                                                   << QByteArray(R"([{"code": "MINE", "title": "New"}])")
                                                   << false << QStringList { QStringLiteral("MINE") } << true;
    QTest::newRow("existing code, replace")
        << QByteArray(R"([{"code": "mine", "title": "Old"}])")
        << QByteArray(R"([{"code": "mine", "title": "New"}])") << true << QStringList() << false;
    QTest::newRow("existing code in another case, replace")
        << QByteArray(R"([{"code": "mine", "title": "Old"}])")
        << QByteArray(R"([{"code": "MINE", "title": "New"}])") << true << QStringList() << false;
    QTest::newRow("new codes") << QByteArray(R"([{"code": "mine", "title": "Old"}])")
                               << QByteArray(R"([{"code": "other", "title": "New"}, {"title": "No code"}])")
                               << false << QStringList() << false;
    // A role without a code gets a fresh one past the file's own "custom-1", not that code, which
    // then replaced it.
    QTest::newRow("a fresh code and the file's custom-1")
        << none << QByteArray(R"([{"title": "No code"}, {"code": "custom-1", "title": "Given"}])") << false
        << QStringList() << false;
}

void TestUserStore::importedCodesMayNotCollide()
{
    QFETCH(QByteArray, existing);
    QFETCH(QByteArray, file);
    QFETCH(bool, replace);
    QFETCH(QStringList, conflicts);
    QFETCH(bool, replaceWouldHelp);
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    UserStore &store = *opened.store;
    QVector<RoleInput> before = parseRolesJson(existing).roles;
    QVERIFY(store.saveCustomRoles(before));
    const QString rolesFile = m_dir->filePath(QStringLiteral("roles.json"));
    writeFile(rolesFile, file);

    UserStore::RolesImportOptions options;
    options.replace = replace;
    options.catalogueHas = [](const QString &code) {
        return code.compare(QLatin1String("15-1252.00"), Qt::CaseInsensitive) == 0
            || code.compare(QLatin1String("AI-0001"), Qt::CaseInsensitive) == 0;
    };
    const auto imported = store.importRolesFile(rolesFile, options);
    QCOMPARE(imported.conflicts, conflicts);
    QCOMPARE(imported.ok(), conflicts.isEmpty());
    if (!conflicts.isEmpty()) {
        QVERIFY(imported.badInput);
        QCOMPARE(imported.replaceWouldHelp, replaceWouldHelp);
        for (const QString &code : conflicts)
            QVERIFY2(imported.error.contains(code), qPrintable(imported.error));
        QCOMPARE(store.customRoles().size(), before.size()); // nothing imported
        for (const RoleInput &r : before)
            QCOMPARE(store.customRole(r.role.code)->role.title, r.role.title); // nothing replaced
        return;
    }
    // No two stored codes differ only in case, and every imported role is there as given.
    QSet<QString> folded;
    for (const RoleInput &r : store.customRoles())
        folded.insert(r.role.code.toCaseFolded());
    QCOMPARE(folded.size(), store.customRoles().size());
    for (const RoleInput &r : imported.roles)
        QCOMPARE(store.customRole(r.role.code)->role.title, r.role.title);
}

namespace
{
// Stores one custom role's row as an older version wrote it.
bool storeOlderRow(const QString &path, const QString &code, const QString &json)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO custom_roles (code, json, updated_at) VALUES (?, ?, ?)"));
            q.addBindValue(code);
            q.addBindValue(json);
            q.addBindValue(QStringLiteral("2025-01-01T00:00:00.000Z"));
            ok = q.exec();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    return ok;
}
} // namespace

// Rows an older version stored under looser rules (euros, 900 months): still listed, exported and
// imported again, the refused values missing with why. Reading them as unreadable would hide them.
void TestUserStore::rowsOfAnOlderVersionStayListed()
{
    {
        auto created = UserStore::open(path());
        QVERIFY2(created.store, qPrintable(created.error));
    }
    QVERIFY(storeOlderRow(path(), QStringLiteral("old-1"),
        QStringLiteral(R"({"title": "Old", "category": "Custom roles", "demand_score": 6,
            "learning_months": 900, "salary": {"low": 50000, "high": 90000, "currency": "EUR"},
            "skills": ["Typing"]})")));
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    const QVector<RoleInput> roles = opened.store->customRoles();
    QCOMPARE(roles.size(), 1);
    const Role &role = roles.first().role;
    QCOMPARE(role.title, QStringLiteral("Old"));
    QCOMPARE(*role.demandScore, 6.0);
    QCOMPARE(roles.first().skillNames, QStringList { QStringLiteral("Typing") });
    QVERIFY(!role.learningMonths && !role.salary.low.isKnown());
    QVERIFY(role.provenanceOf(Field::Salary).note.contains(QStringLiteral("USD")));

    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    QVERIFY2(opened.store->exportRolesFile(exported), qPrintable(opened.store->lastError()));
    const QJsonArray back = QJsonDocument::fromJson(contentOf(exported)).array();
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("old-1"));
    auto other = UserStore::open(m_dir->filePath(QStringLiteral("other/userdata.sqlite")));
    QVERIFY2(other.store, qPrintable(other.error));
    const auto imported = other.store->importRolesFile(exported, UserStore::RolesImportOptions());
    QVERIFY2(imported.ok(), qPrintable(imported.error));
}

// A title an older version stored with a lone surrogate (it accepted "\ud800bad" and wrote it back
// so): listed with U+FFFD in its place, and exported as valid JSON (UTF-8, no lone surrogate) that
// imports again. --export-roles wrote "\ud800bad".
void TestUserStore::exportOfAnOlderRowIsValidJson()
{
    {
        auto created = UserStore::open(path());
        QVERIFY2(created.store, qPrintable(created.error));
    }
    QVERIFY(storeOlderRow(path(), QStringLiteral("old-1"),
        QStringLiteral(R"({"title": "\ud800bad", "category": "Custom roles", "skills": ["C\udc00"]})")));
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    const QVector<RoleInput> roles = opened.store->customRoles();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().role.title, QStringLiteral("\uFFFDbad"));

    const QString exported = m_dir->filePath(QStringLiteral("exported.json"));
    QVERIFY2(opened.store->exportRolesFile(exported), qPrintable(opened.store->lastError()));
    const QByteArray bytes = contentOf(exported);
    QVERIFY2(!bytes.contains("\\ud8") && !bytes.contains("\\udc"), bytes.constData());
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    QVERIFY(!utf8.hasError());
    QCOMPARE(loneSurrogateAt(text), -1);
    auto other = UserStore::open(m_dir->filePath(QStringLiteral("other/userdata.sqlite")));
    QVERIFY2(other.store, qPrintable(other.error));
    const auto imported = other.store->importRolesFile(exported, UserStore::RolesImportOptions());
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.roles.first().role.title, QStringLiteral("\uFFFDbad"));
}

void TestUserStore::importsOfOneCodeAtOnceSaveOne_data()
{
    QTest::addColumn<QStringList>("codes"); // one import of a role of each code, all at once
    QTest::newRow("one code six times") << QStringList(6, QStringLiteral("SAME"));
    QTest::newRow("one code in four cases") << QStringList { QStringLiteral("same"), QStringLiteral("SAME"),
        QStringLiteral("Same"), QStringLiteral("sAme") };
}

// Several imports of one code at once, each with its own connection (as separate processes have):
// exactly one saves its role, every other is refused naming the code, as one after another would be.
// The imports start while another connection holds the write lock, so each has read the store before
// any can write: a check made before the write transaction found the code free in all of them, and
// INSERT OR REPLACE let each overwrite the one before (and kept "same" beside "SAME").
void TestUserStore::importsOfOneCodeAtOnceSaveOne()
{
    QFETCH(QStringList, codes);
    {
        auto created = UserStore::open(path());
        QVERIFY2(created.store, qPrintable(created.error));
    }
    const int n = int(codes.size());
    QStringList files;
    for (int i = 0; i < n; ++i) {
        files << m_dir->filePath(QStringLiteral("roles-%1.json").arg(i));
        writeFile(files.last(),
            QStringLiteral(R"([{"code": "%1", "title": "Same %2"}])").arg(codes[i]).arg(i).toUtf8());
    }
    std::vector<UserStore::RolesImport> results(n);
    QStringList openErrors;
    std::mutex openErrorsLock;
    QSemaphore opened;
    QSemaphore go;
    std::vector<std::thread> imports;
    for (int i = 0; i < n; ++i) {
        imports.emplace_back([&, i] {
            // A connection belongs to the thread that opened it.
            auto store = UserStore::open(path());
            if (!store.store) {
                std::lock_guard<std::mutex> guard(openErrorsLock);
                openErrors << store.error;
            }
            opened.release();
            go.acquire();
            if (store.store)
                results[i] = store.store->importRolesFile(files[i], UserStore::RolesImportOptions());
        });
    }
    opened.acquire(n);
    bool locked = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        db.setDatabaseName(path());
        QSqlQuery q(db);
        locked = db.open() && q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        go.release(n);
        QThread::msleep(500); // every import reads the store meanwhile, and then waits to write
        q.exec(QStringLiteral("COMMIT"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    for (std::thread &t : imports)
        t.join();
    QVERIFY(locked);
    QVERIFY2(openErrors.isEmpty(), qPrintable(openErrors.join(QLatin1Char('\n'))));

    int succeeded = -1;
    for (int i = 0; i < n; ++i) {
        const UserStore::RolesImport &r = results[i];
        if (r.ok()) {
            QVERIFY2(succeeded < 0,
                qPrintable(QStringLiteral("imports %1 and %2 both saved").arg(succeeded).arg(i)));
            succeeded = i;
            continue;
        }
        QVERIFY2(r.badInput, qPrintable(r.error)); // a conflict, not a store that cannot be written
        QCOMPARE(r.conflicts, QStringList { codes[i] });
        QVERIFY(r.replaceWouldHelp);
        QVERIFY2(r.error.contains(QStringLiteral("\"%1\"").arg(codes[i]))
                && r.error.contains(QStringLiteral("nothing was imported")),
            qPrintable(r.error));
    }
    QVERIFY2(succeeded >= 0, qPrintable(results[0].error));
    auto store = UserStore::open(path());
    QVERIFY2(store.store, qPrintable(store.error));
    const QVector<RoleInput> roles = store.store->customRoles();
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().role.code, codes[succeeded]);
    QCOMPARE(roles.first().role.title, QStringLiteral("Same %1").arg(succeeded)); // not overwritten
}

void TestUserStore::exportNeverOverwritesTheStore_data()
{
    QTest::addColumn<QString>("target"); // relative to the store's folder
    QTest::newRow("the store") << QStringLiteral("userdata.sqlite");
    QTest::newRow("its WAL") << QStringLiteral("userdata.sqlite-wal");
    QTest::newRow("the store by another name") << QStringLiteral("../data/./userdata.sqlite");
    QTest::newRow("a link to the store") << QStringLiteral("link.json");
}

void TestUserStore::exportNeverOverwritesTheStore()
{
    QFETCH(QString, target);
    auto opened = UserStore::open(path());
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVector<RoleInput> roles = parseRolesJson(R"([{"code": "keep", "title": "Keep me"}])").roles;
    QVERIFY(opened.store->saveCustomRoles(roles));
    const QDir dir(QFileInfo(path()).absolutePath());
    QVERIFY(QFile::link(path(), dir.filePath(QStringLiteral("link.json"))));
    const QByteArray before = contentOf(path());
    QVERIFY(!opened.store->exportRolesFile(dir.filePath(target)));
    QVERIFY2(opened.store->lastError().contains(QStringLiteral("Cannot write")),
        qPrintable(opened.store->lastError()));
    QCOMPARE(contentOf(path()), before);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("link.json"))).isSymLink());
    opened.store.reset();
    auto again = UserStore::open(path());
    QVERIFY2(again.store && again.setAsidePath.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.store->customRoles().size(), 1);
}
