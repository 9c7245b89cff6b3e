// SPDX-License-Identifier: MIT
// What a search returns, pinned for a broad set of queries (tests/fixtures/search_queries.txt:
// English, Spanish with and without accents, codes, partial words, joining words such as "de"):
// - the command line's --search lines (bestRoleMatches), against tests/golden/search-cli.txt, and
//   for some of the queries through the careercompare executable itself;
// - the window's picker (RoleSearchProxy) as each query is typed one character at a time and as it
//   is pasted whole: how many names it lists, a digest of every listed name in order and the first
//   one, against tests/golden/search-picker.txt.
// Making search faster must not change either. A deliberate change regenerates them:
// CC_UPDATE_GOLDEN=1 build/tests/tst_searchresults, then review the diff before committing it.
#include "cataloguedatabase.h"
#include "rolesearch.h"
#include "rolesearchmodel.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace cc;

class TestSearchResults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void commandLineMatches();
    void executablePrintsTheSameLines_data();
    void executablePrintsTheSameLines();
    void pickerRows();
    void pickerListsTheBestMatches();

private:
    void compareWithGolden(const QString &fileName, const QByteArray &actual);
    QByteArray cliBlock(const QString &query) const;

    std::unique_ptr<CatalogueDatabase> m_catalogue;
    SearchNames m_names;
    QStringList m_queries;
    QTemporaryDir m_dir;
    bool m_update = false;
};

void TestSearchResults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_update = qEnvironmentVariableIsSet("CC_UPDATE_GOLDEN");
    auto opened = CatalogueDatabase::open(QStringLiteral(CC_BUNDLED_CATALOGUE));
    QVERIFY2(opened.catalogue, qPrintable(opened.message));
    m_catalogue = std::move(opened.catalogue);
    m_names = m_catalogue->searchNames();
    QVERIFY(m_catalogue->lastError().isEmpty());
    QVERIFY(m_names.size() > 60000);
    QFile f(QStringLiteral(CC_FIXTURES_DIR "/search_queries.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_queries = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(m_queries.size() > 100);
}

void TestSearchResults::compareWithGolden(const QString &fileName, const QByteArray &actual)
{
    const QString path = QStringLiteral(CC_GOLDEN_DIR "/") + fileName;
    QFile f(path);
    if (m_update) {
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(actual);
        return;
    }
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file ") + path));
    const QList<QByteArray> want = f.readAll().split('\n');
    const QList<QByteArray> got = actual.split('\n');
    for (int i = 0; i < qMax(want.size(), got.size()); ++i) {
        if (want.value(i) != got.value(i))
            QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  golden: %3\n  actual: %4")
                                 .arg(fileName)
                                 .arg(i + 1)
                                 .arg(QString::fromUtf8(want.value(i)), QString::fromUtf8(got.value(i)))));
    }
}

// The lines `careercompare --search query` prints: code, title and the name that matched.
QByteArray TestSearchResults::cliBlock(const QString &query) const
{
    QByteArray out;
    for (const RoleMatch &m : bestRoleMatches(m_names, query, 10))
        out += (m.code + QLatin1Char('\t') + m.title + QLatin1Char('\t') + m.term + QLatin1Char('\n'))
                   .toUtf8();
    return out;
}

void TestSearchResults::commandLineMatches()
{
    QByteArray all;
    for (const QString &q : std::as_const(m_queries))
        all += "## " + q.toUtf8() + '\n' + cliBlock(q);
    compareWithGolden(QStringLiteral("search-cli.txt"), all);
}

void TestSearchResults::executablePrintsTheSameLines_data()
{
    QTest::addColumn<QString>("query");
    for (const char *q : { "registered nurse", "enfermería", "ENFERMERIA", "albanil", "15-1252", "manager of",
             "de la", "soft", "desarrollador de software", "oficina supervisor" })
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TestSearchResults::executablePrintsTheSameLines()
{
    QFETCH(QString, query);
    const auto env = testutil::environment(m_dir.filePath(QStringLiteral("store.sqlite")));
    const auto run = testutil::runProgram(QStringLiteral(CC_CAREERCOMPARE_EXE),
        { QStringLiteral("--db"), QStringLiteral(CC_BUNDLED_CATALOGUE), QStringLiteral("--search"), query },
        env);
    const QByteArray expected = cliBlock(query);
    QCOMPARE(run.exitCode, expected.isEmpty() ? 2 : 0); // 2: no role matches
    QCOMPARE(run.out, expected);
}

namespace
{
// One line for what the picker lists: the typed text, how many names, a digest of every one in order
// (its display text and code) and the first.
QByteArray pickerLine(const QString &typed, const RoleSearchProxy &proxy)
{
    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex i = proxy.index(row, 0);
        digest.addData((i.data().toString() + QLatin1Char('\t') + i.data(RoleSearchModel::CodeRole).toString()
            + QLatin1Char('\n'))
                           .toUtf8());
    }
    const QString first = proxy.rowCount() > 0 ? proxy.index(0, 0).data().toString() : QString();
    return QStringLiteral("%1 | %2 | %3 | %4\n")
        .arg(typed)
        .arg(proxy.rowCount())
        .arg(QString::fromLatin1(digest.result().toHex().left(16)), first)
        .toUtf8();
}
} // namespace

void TestSearchResults::pickerRows()
{
    RoleSearchModel model(m_catalogue->searchNames());
    RoleSearchProxy proxy;
    proxy.setSourceModel(&model);
    QByteArray all = "(empty) " + pickerLine(QString(), proxy);
    for (const QString &q : std::as_const(m_queries)) {
        all += "## " + q.toUtf8() + '\n';
        for (int n = 1; n <= q.size(); ++n) {
            proxy.setQuery(q.left(n));
            all += pickerLine(q.left(n), proxy);
        }
        proxy.setQuery(QString());
        proxy.setQuery(q);
        all += "pasted " + pickerLine(q, proxy);
        proxy.setQuery(QString());
    }
    compareWithGolden(QStringLiteral("search-picker.txt"), all);
}

// A query matching more than MaxListed names lists the best of them, in the same order as all of
// them would be; a narrower query lists every match.
void TestSearchResults::pickerListsTheBestMatches()
{
    RoleSearchModel model(m_catalogue->searchNames());
    RoleSearchProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setQuery(QStringLiteral("r"));
    QVERIFY(proxy.matchCount() > RoleSearchProxy::MaxListed);
    QCOMPARE(proxy.rowCount(), RoleSearchProxy::MaxListed);
    QStringList listed;
    for (int row = 0; row < proxy.rowCount(); ++row)
        listed << proxy.index(row, 0).data(RoleSearchModel::CodeRole).toString()
                + proxy.index(row, 0).data().toString();
    proxy.setQuery(QStringLiteral("registered nurse"));
    QVERIFY(proxy.matchCount() > 0);
    QCOMPARE(proxy.rowCount(), proxy.matchCount());
    proxy.setQuery(QString());
    QCOMPARE(proxy.rowCount(), proxy.matchCount()); // browsing lists every role
    proxy.setQuery(QStringLiteral("r"));
    QStringList again;
    for (int row = 0; row < proxy.rowCount(); ++row)
        again << proxy.index(row, 0).data(RoleSearchModel::CodeRole).toString()
                + proxy.index(row, 0).data().toString();
    QCOMPARE(again, listed);
}

QTEST_GUILESS_MAIN(TestSearchResults)
#include "tst_searchresults.moc"
