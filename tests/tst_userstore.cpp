// SPDX-License-Identifier: MIT
#include "userstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <csignal>

#include <sys/resource.h>

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

} // namespace

class TestUserStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void createsAtCurrentVersion();
    void customRolesRoundTrip();
    void customRoleSkillsMatchCatalogueSkills();
    void savedComparisons();
    void migratesFromVersionOne();
    void migratesFromVersionTwoKeepingEveryNote();
    void clientsAndSaveVersusSaveAs();
    void damagedStoreIsSetAside_data();
    void damagedStoreIsSetAside();
    void newerStoreIsLeftAlone();
    void storeThatCannotBeWrittenIsNotSetAside();
    void killedMidSaveLosesNothingCommitted();

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
    // The old signature still reports the same sentence.
    QString error;
    QVERIFY(!store->renameComparison(*id, QString(), &error));
    QCOMPARE(error, store->lastError());
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

void TestUserStore::newerStoreIsLeftAlone()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 9")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v9"));
    auto opened = UserStore::open(path());
    QVERIFY(!opened.store);
    QVERIFY2(opened.error.contains(QStringLiteral("newer")), qPrintable(opened.error));
    QVERIFY(opened.setAsidePath.isEmpty());
    QVERIFY(QFileInfo::exists(path()));
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

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
