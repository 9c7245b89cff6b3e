// SPDX-License-Identifier: MIT
#include "delimitedtable.h"

#include <QtTest>

using namespace cc::import;

namespace
{
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}
} // namespace

class TestDelimitedTable : public QObject
{
    Q_OBJECT
private slots:
    void csvQuoting();
    void markersAndNumbers_data();
    void markersAndNumbers();
    void malformedNumberNamesFileAndLine();
    void wrongWidthNamesFileAndLine();
    void headerLookupFoldsDashes();
    void missingColumnIsAnError();
    void missingAndEmptyFiles();
    void bomAndCrLf();

private:
    QTemporaryDir m_dir;
};

void TestDelimitedTable::csvQuoting()
{
    const QString path = writeFile(m_dir, QStringLiteral("q.csv"),
        "code,title,n\n27-0000,\"Arts, Design, \"\"Media\"\"\",\"1,234\"\n11-1011,\"Two\nlines\",5\n");
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.text(0, 1), QStringLiteral("Arts, Design, \"Media\""));
    QCOMPARE(t.number(0, 2).value, 1234.0);
    QCOMPARE(t.text(1, 1), QStringLiteral("Two\nlines"));
    QCOMPARE(t.lineOf(1), 3);
}

void TestDelimitedTable::markersAndNumbers_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << "79850" << int(Cell::Kind::Number) << 79850.0;
    QTest::newRow("thousands") << "1,654,440" << int(Cell::Kind::Number) << 1654440.0;
    QTest::newRow("bare point") << ".5639894" << int(Cell::Kind::Number) << 0.5639894;
    QTest::newRow("negative") << "-36.1" << int(Cell::Kind::Number) << -36.1;
    QTest::newRow("star") << "*" << int(Cell::Kind::NotReleased) << 0.0;
    QTest::newRow("hash") << "#" << int(Cell::Kind::TopCoded) << 0.0;
    QTest::newRow("em dash") << QString(QChar(0x2014)) << int(Cell::Kind::NotAvailable) << 0.0;
    QTest::newRow("n/a") << "n/a" << int(Cell::Kind::NotAvailable) << 0.0;
    QTest::newRow("empty") << "" << int(Cell::Kind::Empty) << 0.0;
}

void TestDelimitedTable::markersAndNumbers()
{
    QFETCH(QString, cell);
    QFETCH(int, kind);
    QFETCH(double, value);
    const QString path
        = writeFile(m_dir, QStringLiteral("m.tsv"), QStringLiteral("a\tb\nx\t%1\n").arg(cell).toUtf8());
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Tsv);
    const Cell c = t.number(0, 1);
    QCOMPARE(int(c.kind), kind);
    if (c.isNumber())
        QCOMPARE(c.value, value);
}

void TestDelimitedTable::malformedNumberNamesFileAndLine()
{
    const QString path = writeFile(m_dir, QStringLiteral("bad.csv"), "code,value\n11-1011,12\n11-1021,12x\n");
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    try {
        t.number(1, 1);
        QFAIL("a malformed number was accepted");
    } catch (const ImportError &e) {
        QCOMPARE(e.line(), 3);
        QVERIFY(e.toString().startsWith(path + QStringLiteral(":3:")));
        QVERIFY(e.message().contains(QStringLiteral("12x")));
    }
    for (const char *bad : { "1,23", "1.2.3", "--1", "12,345,67" })
        QVERIFY2(!parseNumber(QLatin1String(bad)), bad);
}

void TestDelimitedTable::wrongWidthNamesFileAndLine()
{
    const QString path = writeFile(m_dir, QStringLiteral("wide.tsv"), "a\tb\tc\n1\t2\t3\n1\t2\n");
    try {
        DelimitedTable::read(path, DelimitedTable::Format::Tsv);
        QFAIL("a short row was accepted");
    } catch (const ImportError &e) {
        QCOMPARE(e.line(), 3);
        QVERIFY(e.message().contains(QStringLiteral("expected 3 fields")));
    }
    const QString quotes = writeFile(m_dir, QStringLiteral("quotes.csv"), "a,b\n\"open,2\n");
    QVERIFY_THROWS_EXCEPTION(ImportError, DelimitedTable::read(quotes, DelimitedTable::Format::Csv));
}

void TestDelimitedTable::headerLookupFoldsDashes()
{
    const QString path = writeFile(m_dir, QStringLiteral("h.csv"),
        QStringLiteral("\"Employment change, percent, 2024\u201334\",X\n1,2\n").toUtf8());
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    QCOMPARE(t.column({ QStringLiteral("employment change, percent, 2024-34") }), 0);
    QCOMPARE(t.column({ QStringLiteral("nope"), QStringLiteral("x") }), 1);
}

void TestDelimitedTable::missingColumnIsAnError()
{
    const QString path = writeFile(m_dir, QStringLiteral("c.csv"), "a,b\n1,2\n");
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    QCOMPARE(t.column({ QStringLiteral("zzz") }, false), -1);
    QVERIFY_THROWS_EXCEPTION(ImportError, t.column({ QStringLiteral("zzz") }));
}

void TestDelimitedTable::missingAndEmptyFiles()
{
    QVERIFY_THROWS_EXCEPTION(ImportError,
        DelimitedTable::read(m_dir.filePath(QStringLiteral("absent.csv")), DelimitedTable::Format::Csv));
    const QString empty = writeFile(m_dir, QStringLiteral("empty.csv"), "");
    QVERIFY_THROWS_EXCEPTION(ImportError, DelimitedTable::read(empty, DelimitedTable::Format::Csv));
}

void TestDelimitedTable::bomAndCrLf()
{
    const QString path = writeFile(m_dir, QStringLiteral("bom.csv"),
        "\xEF\xBB\xBF"
        "code,n\r\n11-1011,5\r\n");
    const DelimitedTable t = DelimitedTable::read(path, DelimitedTable::Format::Csv);
    QCOMPARE(t.column({ QStringLiteral("code") }), 0);
    QCOMPARE(t.text(0, 1), QStringLiteral("5"));
}

QTEST_APPLESS_MAIN(TestDelimitedTable)
#include "tst_delimitedtable.moc"
