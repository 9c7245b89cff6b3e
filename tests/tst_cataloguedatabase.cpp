// SPDX-License-Identifier: MIT
#include "cataloguedatabase.h"
#include "catalogueschema.h"
#include "roledirectory.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace cc;

namespace
{

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

QString writeBytes(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

// An SQLite file with the given metadata rows (none when empty).
QString makeDatabase(const QTemporaryDir &dir, const QString &name,
    const QList<QPair<QString, QString>> &metadata, bool withMetadataTable)
{
    const QString path = dir.filePath(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery q(db);
        if (withMetadataTable) {
            q.exec(QStringLiteral("CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
            for (const auto &[k, v] : metadata) {
                q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
                q.addBindValue(k);
                q.addBindValue(v);
                q.exec();
            }
        } else {
            q.exec(QStringLiteral("CREATE TABLE something_else (x INTEGER)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

} // namespace

class TestCatalogueDatabase : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void unusableCatalogues_data();
    void unusableCatalogues();
    void findsRolesByCodeTitleAndAlternateTitle_data();
    void findsRolesByCodeTitleAndAlternateTitle();
    void hostileNamesFindNothing_data();
    void hostileNamesFindNothing();
    void loadsEveryRole();
    void bundledCatalogueIsNeverWritten();
    void failedQueriesAreToldFromNoSuchRole();
    void connectionsAreRemoved();

private:
    QTemporaryDir m_dir;
    QByteArray m_bundledChecksum;
};

void TestCatalogueDatabase::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bundledChecksum = checksum(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(!m_bundledChecksum.isEmpty());
}

void TestCatalogueDatabase::unusableCatalogues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("absent.sqlite"))
                             << int(CatalogueDatabase::OpenError::Missing) << "does not exist";
    QTest::newRow("empty") << writeBytes(m_dir, QStringLiteral("empty.sqlite"), QByteArray())
                           << int(CatalogueDatabase::OpenError::NotSqlite) << "not an SQLite database";
    QByteArray noise(4096, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QTest::newRow("random bytes") << writeBytes(m_dir, QStringLiteral("noise.sqlite"), noise)
                                  << int(CatalogueDatabase::OpenError::NotSqlite) << "not an SQLite database";
    QTest::newRow("directory") << m_dir.path() << int(CatalogueDatabase::OpenError::Unreadable)
                               << "cannot be read";
    QTest::newRow("another schema") << makeDatabase(m_dir, QStringLiteral("other.sqlite"), {}, false)
                                    << int(CatalogueDatabase::OpenError::NotCatalogue)
                                    << "not a Career Compare catalogue";
    QTest::newRow("newer version") << makeDatabase(m_dir, QStringLiteral("newer.sqlite"),
        { { QStringLiteral("application_id"), schema::ApplicationId },
            { QStringLiteral("schema_version"), QString::number(schema::CatalogueVersion + 1) } },
        true) << int(CatalogueDatabase::OpenError::WrongVersion)
                                   << "schema version";
    // A truncated copy of the real catalogue: the header survives, the tables do not.
    QFile bundled(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QTest::newRow("truncated") << writeBytes(m_dir, QStringLiteral("truncated.sqlite"), bundled.read(2048))
                               << int(CatalogueDatabase::OpenError::NotCatalogue)
                               << "not a Career Compare catalogue";
}

void TestCatalogueDatabase::unusableCatalogues()
{
    QFETCH(QString, path);
    QFETCH(int, error);
    QFETCH(QString, messagePart);
    const auto opened = CatalogueDatabase::open(path);
    QVERIFY(!opened.catalogue);
    QCOMPARE(int(opened.error), error);
    QVERIFY2(opened.message.contains(messagePart), qPrintable(opened.message));
}

void TestCatalogueDatabase::findsRolesByCodeTitleAndAlternateTitle_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "15-1252.00"
                          << "15-1252.00";
    QTest::newRow("SOC code") << "15-1252"
                              << "15-1252.00";
    QTest::newRow("title") << "Software Developers"
                           << "15-1252.00";
    QTest::newRow("title, any case") << "sOFTWARE dEVELOPERS"
                                     << "15-1252.00";
    QTest::newRow("spaces around") << "  Data Scientists "
                                   << "15-2051.00";
    QTest::newRow("alternate title") << "Registered Nurse (RN)"
                                     << "29-1141.00";
    QTest::newRow("seed title") << "ai on-device ai engineer"
                                << "AI-0002";
    // A code in another case (SQLite 3.40 found nothing for these when the code's case-insensitive
    // match and its ".00" form were one OR of two equalities).
    QTest::newRow("seed code, any case") << "ai-0001"
                                         << "AI-0001";
    QTest::newRow("seed code, mixed case") << "Ai-0002"
                                           << "AI-0002";
}

void TestCatalogueDatabase::findsRolesByCodeTitleAndAlternateTitle()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    auto catalogue = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE)).catalogue;
    QVERIFY(catalogue);
    QCOMPARE(catalogue->findCodes(name), QStringList { code });
}

void TestCatalogueDatabase::hostileNamesFindNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("sql") << "x'; DROP TABLE roles; --";
    QTest::newRow("wildcard") << "%";
    QTest::newRow("underscore") << "_________________";
    QTest::newRow("quotes") << "\"Software\" 'Developers'";
    QTest::newRow("long") << QString(5000, QLatin1Char('a'));
    QTest::newRow("emoji") << QStringLiteral("\U0001F469\u200D\U0001F4BB developer");
    QTest::newRow("empty") << "";
}

void TestCatalogueDatabase::hostileNamesFindNothing()
{
    QFETCH(QString, name);
    auto catalogue = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE)).catalogue;
    QVERIFY(catalogue);
    QVERIFY(catalogue->findCodes(name).isEmpty());
    QVERIFY(catalogue->lastError().isEmpty());
    QVERIFY(catalogue->roles().size() > 900); // still all there
}

void TestCatalogueDatabase::loadsEveryRole()
{
    auto catalogue = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE)).catalogue;
    QVERIFY(catalogue);
    const auto roles = catalogue->roles();
    QVERIFY2(roles.size() >= 900, qPrintable(QString::number(roles.size())));
    int withSalary = 0;
    for (const RoleSummary &summary : roles) {
        const auto role = catalogue->role(summary.code);
        QVERIFY2(role, qPrintable(summary.code));
        QVERIFY(!role->title.isEmpty() && !role->category.isEmpty());
        // Every missing headline value says why.
        if (!role->salary.low.isKnown())
            QVERIFY2(!role->provenanceOf(Field::Salary).note.isEmpty(), qPrintable(summary.code));
        else
            ++withSalary;
        if (!role->aiRiskPercent)
            QVERIFY2(!role->provenanceOf(Field::AiRisk).note.isEmpty(), qPrintable(summary.code));
        if (!role->demandScore)
            QVERIFY2(!role->provenanceOf(Field::DemandScore).note.isEmpty(), qPrintable(summary.code));
        if (role->demandScore)
            QVERIFY(*role->demandScore >= 0 && *role->demandScore <= 10);
    }
    QVERIFY(withSalary > 850);
}

void TestCatalogueDatabase::bundledCatalogueIsNeverWritten()
{
    {
        auto catalogue = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE)).catalogue;
        QVERIFY(catalogue);
        catalogue->findCodes(QStringLiteral("x'; DELETE FROM roles; --"));
        catalogue->role(QStringLiteral("15-1252.00"));
    }
    QCOMPARE(checksum(QStringLiteral(CC_BUNDLED_CATALOGUE)), m_bundledChecksum);
    QVERIFY(!QFileInfo::exists(QStringLiteral(CC_BUNDLED_CATALOGUE "-journal")));
    QVERIFY(!QFileInfo::exists(QStringLiteral(CC_BUNDLED_CATALOGUE "-wal")));
}

// A catalogue that opens (right id and version) but whose tables are gone: every query fails, and
// says so in lastError(), so "the catalogue failed" is never mistaken for "no such role".
void TestCatalogueDatabase::failedQueriesAreToldFromNoSuchRole()
{
    const QString path = makeDatabase(m_dir, QStringLiteral("hollow.sqlite"),
        { { schema::MetadataKey::ApplicationId, schema::ApplicationId },
            { schema::MetadataKey::SchemaVersion, QString::number(schema::CatalogueVersion) } },
        true);
    auto catalogue = CatalogueDatabase::open(path).catalogue;
    QVERIFY(catalogue);
    QVERIFY(catalogue->findCodes(QStringLiteral("Software Developers")).isEmpty());
    QVERIFY(!catalogue->lastError().isEmpty());
    QCOMPARE(
        catalogue->metadata(schema::MetadataKey::SchemaVersion), QString::number(schema::CatalogueVersion));
    QVERIFY(catalogue->lastError().isEmpty()); // a success clears it
    QVERIFY(!catalogue->role(QStringLiteral("15-1252.00")));
    QVERIFY(!catalogue->lastError().isEmpty());
    QVERIFY(catalogue->roles().isEmpty());
    QVERIFY(!catalogue->lastError().isEmpty());
    QVERIFY(catalogue->allNames().isEmpty());
    QVERIFY(!catalogue->lastError().isEmpty());
    QVERIFY(catalogue->sourceNames().isEmpty());
    QVERIFY(!catalogue->lastError().isEmpty());
    const RoleDirectory directory(*catalogue, nullptr);
    QVERIFY(directory.findCodes(QStringLiteral("Software Developers")).isEmpty());
    QVERIFY(!directory.lastError().isEmpty());

    // The real catalogue: an unknown name is "none", with no error.
    auto bundled = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE)).catalogue;
    QVERIFY(bundled);
    QVERIFY(bundled->findCodes(QStringLiteral("Dragon Tamer")).isEmpty());
    QVERIFY(bundled->lastError().isEmpty());
    QVERIFY(!bundled->role(QStringLiteral("99-9999.99")));
    QVERIFY(bundled->lastError().isEmpty());
    QVERIFY(!bundled->metadata(schema::MetadataKey::Release).isEmpty());
}

void TestCatalogueDatabase::connectionsAreRemoved()
{
    const int before = int(QSqlDatabase::connectionNames().size());
    {
        auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
        QVERIFY(opened.catalogue);
        QCOMPARE(int(QSqlDatabase::connectionNames().size()), before + 1);
        QVERIFY(!opened.catalogue->searchNames().isEmpty());
    }
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), before);
    // A file that is SQLite but not a catalogue leaves no connection behind either.
    QVERIFY(!CatalogueDatabase::open(makeDatabase(m_dir, QStringLiteral("not-ours.sqlite"), {}, false))
                 .catalogue);
    QCOMPARE(int(QSqlDatabase::connectionNames().size()), before);
}

QTEST_GUILESS_MAIN(TestCatalogueDatabase)
#include "tst_cataloguedatabase.moc"
