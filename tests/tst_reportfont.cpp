// SPDX-License-Identifier: MIT
// The report's font (reportfont.h): the system's DejaVu Sans copied without its hinting programs.
// The copy must draw exactly what the original draws (same glyphs, outlines and advances), carry no
// hinting program at all, keep the names a licence asks to keep, and a damaged font must give
// nothing rather than a broken copy.
#include "fontcheck.h"
#include "reportfont.h"
#include "reportlayout.h"

#include <QFont>
#include <QFontInfo>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRawFont>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

#include <algorithm>

using namespace cc;

namespace
{

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

QRawFont rawFont(const QString &family, bool bold, qreal pixelSize)
{
    QFont font(family);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    QRawFont raw = QRawFont::fromFont(font);
    raw.setPixelSize(pixelSize);
    return raw;
}

// The name records with `id`, as "platform/encoding/language: text" (text as hex).
QStringList nameRecords(const QByteArray &name, int id)
{
    QStringList found;
    const int count = u16(name, 2);
    const int storage = u16(name, 4);
    for (int i = 0; i < count; ++i) {
        const int at = 6 + 12 * i;
        if (u16(name, at + 6) != id)
            continue;
        found << QStringLiteral("%1/%2/%3: %4")
                     .arg(u16(name, at))
                     .arg(u16(name, at + 2))
                     .arg(u16(name, at + 4))
                     .arg(QString::fromLatin1(
                         name.mid(storage + u16(name, at + 10), u16(name, at + 8)).toHex()));
    }
    return found;
}

// Every character of the report's languages that DejaVu Sans has, and some signs the report prints.
QString sampleText()
{
    QString text;
    for (ushort c = 0x20; c < 0x17f; ++c) {
        if (c < 0x7f || c >= 0xa0) // not the control characters
            text += QChar(c);
    }
    return text
        + QStringLiteral(
            "\u2013\u2014\u2019\u201c\u201d\u2022\u2026\u20ac\u2192\u25a0\u2264\u2265\u03b2\ufb02");
}

} // namespace

class TestReportFont : public QObject
{
    Q_OBJECT

private:
    QMap<QByteArray, QByteArray> m_regular; // the system's face, its tables

private slots:
    void initTestCase()
    {
        QVERIFY2(missingFontsProblem().isEmpty(), "the tests need DejaVu Sans (fonts-dejavu-core)");
        m_regular = reportfont::tables(QRawFont::fromFont(QFont(QStringLiteral("DejaVu Sans"))));
        QVERIFY(m_regular.contains("glyf"));
        QVERIFY(m_regular.contains("name"));
    }

    void familyIsTheCopy()
    {
        const QString family = reportfont::family();
        QCOMPARE(family, reportfont::copiedFamily(QStringLiteral("DejaVu Sans")));
        QCOMPARE(reportfont::family(), family); // made once
        for (const bool bold : { false, true }) {
            QFont font(family);
            font.setBold(bold);
            QCOMPARE(QFontInfo(font).family(), family);
            QCOMPARE(QFontInfo(font).bold(), bold);
            // The copy's own face, not the regular emboldened: its tables are the bold's.
            QCOMPARE(QRawFont::fromFont(font).fontTable("OS/2").mid(4, 2),
                rawFont(QStringLiteral("DejaVu Sans"), bold, 12).fontTable("OS/2").mid(4, 2));
        }
    }

    void drawsWhatTheOriginalDraws_data()
    {
        QTest::addColumn<bool>("bold");
        QTest::newRow("regular") << false;
        QTest::newRow("bold") << true;
    }

    void drawsWhatTheOriginalDraws()
    {
        QFETCH(bool, bold);
        {
            const qreal size = 37.5; // 9 pt at 300 dpi, the report's body text
            const QRawFont original = rawFont(QStringLiteral("DejaVu Sans"), bold, size);
            const QRawFont copy = rawFont(reportfont::family(), bold, size);
            QVERIFY(original.isValid() && copy.isValid());
            QVERIFY(original.familyName() != copy.familyName());
            const QList<quint32> glyphs = original.glyphIndexesForString(sampleText());
            QCOMPARE(copy.glyphIndexesForString(sampleText()), glyphs);
            QVERIFY(!glyphs.contains(0)); // every sample character is in the face
            QCOMPARE(copy.advancesForGlyphIndexes(glyphs), original.advancesForGlyphIndexes(glyphs));
            // The same outlines as Qt draws them, to a 16th of a pixel. (Qt loads the original's
            // bullet hinted even so, a 32nd of a pixel off; the outlines themselves are compared
            // byte for byte in sameOutlineData.)
            qreal furthest = 0;
            for (const quint32 glyph : glyphs) {
                const QPainterPath a = original.pathForGlyph(glyph);
                const QPainterPath b = copy.pathForGlyph(glyph);
                QCOMPARE(b.elementCount(), a.elementCount());
                for (int i = 0; i < a.elementCount(); ++i) {
                    const QPointF moved = QPointF(a.elementAt(i)) - QPointF(b.elementAt(i));
                    furthest = std::max({ furthest, std::abs(moved.x()), std::abs(moved.y()) });
                }
            }
            QVERIFY2(furthest <= 1.0 / 16, qPrintable(QString::number(furthest)));
        }
    }

    // The report's text is neither hinted nor shaped where the script needs no shaping: at 300 dpi,
    // drawn as outlines, hinting changes nothing but the time (FreeType's light hinting runs its
    // auto-hinter over every character of the face), in the document, the footer and the charts.
    void reportTextIsUnhinted()
    {
        const QFont font = reportfont::font(8);
        QCOMPARE(font.family(), reportfont::family());
        QCOMPARE(font.pointSizeF(), 8.0);
        QCOMPARE(font.hintingPreference(), QFont::PreferNoHinting);
        QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("x.pdf")));
        writer.setResolution(300);
        const auto doc = layOutHtml(&writer, writer.width(), QStringLiteral("<h1>Title</h1><p>Text</p>"));
        QCOMPARE(doc->defaultFont().family(), reportfont::family());
        // In points, as the style sheet's sizes are (the pixel size it is first given is only for
        // the empty document laid out before the device is known).
        QCOMPARE(doc->defaultFont().pointSizeF(), 9.0);
        QCOMPARE(doc->defaultFont().pixelSize(), -1);
        QCOMPARE(doc->defaultFont().hintingPreference(), QFont::PreferNoHinting);
        QVERIFY(doc->defaultFont().styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(doc->begin().charFormat().font().hintingPreference(), QFont::PreferNoHinting);
    }

    // Every glyph's contours and points, byte for byte; and the tables that place and choose
    // glyphs unchanged.
    void sameOutlineData_data() { drawsWhatTheOriginalDraws_data(); }

    void sameOutlineData()
    {
        QFETCH(bool, bold);
        const QMap<QByteArray, QByteArray> original
            = reportfont::tables(rawFont(QStringLiteral("DejaVu Sans"), bold, 12));
        const QRawFont copy(reportfont::withoutHinting(original, QStringLiteral("Test Sans")), 12);
        QVERIFY(copy.isValid());
        for (const char *tag : { "hhea", "hmtx", "maxp", "OS/2", "post", "kern", "GDEF", "GPOS", "GSUB" })
            QVERIFY2(copy.fontTable(tag) == original.value(tag), tag);
        const QByteArray head = original.value("head");
        const bool longOffsets = u16(head, 50) == 1;
        const QByteArray loca = original.value("loca");
        const QByteArray glyf = original.value("glyf");
        const QByteArray copyLoca = copy.fontTable("loca");
        const QByteArray copyGlyf = copy.fontTable("glyf");
        const int glyphs = u16(original.value("maxp"), 4);
        auto offset = [&](int g) {
            return longOffsets ? qsizetype(u32(loca, 4 * g)) : 2 * qsizetype(u16(loca, 2 * g));
        };
        int instructed = 0;
        for (int g = 0; g < glyphs; ++g) {
            QByteArray was = glyf.mid(offset(g), offset(g + 1) - offset(g));
            const QByteArray is
                = copyGlyf.mid(u32(copyLoca, 4 * g), u32(copyLoca, 4 * g + 4) - u32(copyLoca, 4 * g));
            const auto contours = was.isEmpty() ? 0 : qint16(u16(was, 0));
            if (contours >= 0 && !was.isEmpty()) {
                const qsizetype lengthAt = 10 + 2 * contours;
                instructed += u16(was, lengthAt) > 0;
                was.remove(lengthAt + 2, u16(was, lengthAt)); // the instructions, gone
                was[lengthAt] = was[lengthAt + 1] = 0;
            }
            if (contours >= 0) // padding to a 32-bit boundary aside
                QVERIFY2(
                    is.left(was.size()) == was && is.size() - was.size() < 4, qPrintable(QString::number(g)));
        }
        QVERIFY2(instructed > 400, qPrintable(QString::number(instructed))); // DejaVu Sans Bold: 445
    }

    // Every code point of Unicode has the glyph the original gives it, from one array (format 10)
    // looked up in constant time rather than the original's binary-searched groups.
    void sameCharacters_data() { drawsWhatTheOriginalDraws_data(); }

    void sameCharacters()
    {
        QFETCH(bool, bold);
        const QRawFont original = rawFont(QStringLiteral("DejaVu Sans"), bold, 12);
        const QByteArray file
            = reportfont::withoutHinting(reportfont::tables(original), QStringLiteral("Test Sans"));
        const QRawFont copy(file, 12);
        QVERIFY(copy.isValid());
        const QByteArray cmap = copy.fontTable("cmap");
        QCOMPARE(u16(cmap, 2), quint16(1));
        QCOMPARE(u16(cmap, 4), quint16(3));
        QCOMPARE(u16(cmap, 6), quint16(10));
        QCOMPARE(u16(cmap, 12), quint16(10));
        QVector<uint> codes;
        for (uint c = 0; c <= 0x10FFFF; ++c) {
            if (c < 0xD800 || c > 0xDFFF)
                codes << c;
        }
        const QString all
            = QString::fromUcs4(reinterpret_cast<const char32_t *>(codes.constData()), codes.size());
        const QVector<quint32> was = original.glyphIndexesForString(all);
        const QVector<quint32> is = copy.glyphIndexesForString(all);
        QCOMPARE(is.size(), was.size());
        int mapped = 0;
        for (qsizetype i = 0; i < was.size(); ++i) {
            mapped += was.at(i) != 0;
            if (is.at(i) != was.at(i))
                QFAIL(qPrintable(QStringLiteral("U+%1: %2, not %3")
                                     .arg(codes.at(i), 4, 16, QLatin1Char('0'))
                                     .arg(is.at(i))
                                     .arg(was.at(i))));
        }
        QVERIFY2(mapped > 5000, qPrintable(QString::number(mapped))); // DejaVu Sans: 5,918
        const qsizetype beyondBmp = std::lower_bound(codes.cbegin(), codes.cend(), 0x10000u) - codes.cbegin();
        QVERIFY(std::any_of(was.cbegin() + beyondBmp, was.cend(), [](quint32 g) { return g != 0; }));
    }

    // A font with only a BMP character map (format 4): the same glyph for every BMP code point.
    void sameCharactersFromFormatFour()
    {
        QMap<QByteArray, QByteArray> tables = m_regular;
        QByteArray &cmap = tables["cmap"];
        for (int i = 0; i < u16(cmap, 2); ++i) {
            if (u16(cmap, u32(cmap, 8 + 8 * i)) == 12)
                qToBigEndian<quint32>(0x00010000, cmap.data() + 4 + 8 * i); // Macintosh: not read
        }
        const QRawFont copy(reportfont::withoutHinting(tables, QStringLiteral("Test Sans")), 12);
        QVERIFY(copy.isValid());
        QCOMPARE(u16(copy.fontTable("cmap"), 12), quint16(10));
        const QRawFont original = rawFont(QStringLiteral("DejaVu Sans"), false, 12);
        QString bmp;
        for (uint c = 0; c < 0xFFFF; ++c) {
            if (c < 0xD800 || c > 0xDFFF)
                bmp += QChar(char16_t(c));
        }
        const QVector<quint32> was = original.glyphIndexesForString(bmp);
        const QVector<quint32> is = copy.glyphIndexesForString(bmp);
        QCOMPARE(is.size(), was.size());
        QVERIFY(std::count_if(was.cbegin(), was.cend(), [](quint32 g) { return g != 0; }) > 5000);
        for (qsizetype i = 0; i < was.size(); ++i) {
            if (is.at(i) != was.at(i))
                QFAIL(qPrintable(QStringLiteral("U+%1: %2, not %3")
                                     .arg(uint(bmp.at(i).unicode()), 4, 16, QLatin1Char('0'))
                                     .arg(is.at(i))
                                     .arg(was.at(i))));
        }
    }

    // A character map that cannot be read is copied as it is: the copy still draws every character.
    void unreadableCharacterMapKept_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("no subtables") << QStringLiteral("count");
        QTest::newRow("every subtable past the table") << QStringLiteral("offsets");
        QTest::newRow("Mac encodings only") << QStringLiteral("platforms");
        QTest::newRow("format 12 with more groups than it holds") << QStringLiteral("groups");
        QTest::newRow("format 12 groups overlapping") << QStringLiteral("overlap");
        QTest::newRow("a glyph index that wraps around") << QStringLiteral("wrap");
    }

    void unreadableCharacterMapKept()
    {
        QFETCH(QString, damage);
        QMap<QByteArray, QByteArray> tables = m_regular;
        QByteArray &cmap = tables["cmap"];
        const int count = u16(cmap, 2);
        for (int i = 0; i < count; ++i) {
            const qsizetype record = 4 + 8 * i;
            const qsizetype at = u32(cmap, record + 4);
            if (damage == QLatin1String("offsets"))
                qToBigEndian<quint32>(quint32(cmap.size()), cmap.data() + record + 4);
            else if (damage == QLatin1String("platforms"))
                qToBigEndian<quint32>(0x00010000, cmap.data() + record); // Macintosh, Roman
            else if (damage == QLatin1String("groups") && u16(cmap, at) == 12)
                qToBigEndian<quint32>(0x7fffffff, cmap.data() + at + 12);
            else if (damage == QLatin1String("overlap") && u16(cmap, at) == 12) // group 1 starts as 0 does
                qToBigEndian<quint32>(u32(cmap, at + 16), cmap.data() + at + 28);
            else if (damage == QLatin1String("wrap") && u16(cmap, at) == 12)
                qToBigEndian<quint32>(0xfffffff0, cmap.data() + at + 24);
        }
        if (damage == QLatin1String("count"))
            qToBigEndian<quint16>(0, cmap.data() + 2);
        const QRawFont copy(reportfont::withoutHinting(tables, QStringLiteral("Test Sans")), 12);
        QVERIFY(copy.isValid());
        QCOMPARE(copy.fontTable("cmap"), cmap);
    }

    void noHintingLeft()
    {
        const QByteArray file = reportfont::withoutHinting(m_regular, QStringLiteral("Test Sans"));
        QVERIFY(!file.isEmpty());
        const QRawFont copy(file, 12);
        QVERIFY(copy.isValid());
        QCOMPARE(copy.familyName(), QStringLiteral("Test Sans"));
        for (const char *tag : { "fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX" })
            QVERIFY2(copy.fontTable(tag).isEmpty(), tag);
        // Every glyph: a simple one with no instruction bytes, a composite with no component
        // flagged as followed by instructions.
        const QByteArray loca = copy.fontTable("loca");
        const QByteArray glyf = copy.fontTable("glyf");
        QCOMPARE(u16(copy.fontTable("head"), 50), quint16(1)); // 32-bit offsets
        const int glyphs = u16(copy.fontTable("maxp"), 4);
        QCOMPARE(loca.size(), 4 * (glyphs + 1));
        int simple = 0;
        int composite = 0;
        for (int g = 0; g < glyphs; ++g) {
            const quint32 start = u32(loca, 4 * g);
            const quint32 end = u32(loca, 4 * g + 4);
            QVERIFY(start <= end && end <= quint32(glyf.size()));
            if (start == end)
                continue;
            const auto contours = qint16(u16(glyf, start));
            if (contours >= 0) {
                QCOMPARE(u16(glyf, start + 10 + 2 * contours), quint16(0));
                ++simple;
                continue;
            }
            ++composite;
            qsizetype at = start + 10;
            for (bool more = true; more;) {
                const quint16 flags = u16(glyf, at);
                QCOMPARE(flags & 0x0100, 0);
                at += 4 + ((flags & 1) ? 4 : 2)
                    + ((flags & 8)           ? 2
                            : (flags & 0x40) ? 4
                            : (flags & 0x80) ? 8
                                             : 0);
                QVERIFY(at <= qsizetype(end));
                more = flags & 0x20;
            }
        }
        QVERIFY(simple > 1000); // DejaVu Sans: thousands of each
        QVERIFY(composite > 100);
        QVERIFY(glyf.size() < m_regular.value("glyf").size());
    }

    void namesSayTheFamilyAndKeepTheRest()
    {
        const QByteArray original = m_regular.value("name");
        const QByteArray copied
            = QRawFont(reportfont::withoutHinting(m_regular, QStringLiteral("Test Sans")), 12)
                  .fontTable("name");
        QByteArray utf16;
        for (const QChar c : QStringLiteral("Test Sans"))
            utf16 += char(c.unicode() >> 8) + QByteArray(1, char(c.unicode() & 0xff));
        const QString asMac = QStringLiteral(": ") + QString::fromLatin1(QByteArray("Test Sans").toHex());
        const QString asUnicode = QStringLiteral(": ") + QString::fromLatin1(utf16.toHex());
        QVERIFY(!nameRecords(copied, 1).isEmpty());
        for (const QString &record : nameRecords(copied, 1)) {
            QVERIFY2(
                record.startsWith(QLatin1String("1/")) ? record.endsWith(asMac) : record.endsWith(asUnicode),
                qPrintable(record));
        }
        // The copyright, licence and PostScript name are the original's, byte for byte.
        for (const int kept : { 0, 6, 13, 14 })
            QCOMPARE(nameRecords(copied, kept), nameRecords(original, kept));
        QVERIFY(!nameRecords(original, 0).isEmpty());
        QVERIFY(!nameRecords(original, 13).isEmpty());
    }

    // A font that is not what it says gives nothing: the report then uses the system's font.
    void damagedFontsGiveNothing_data()
    {
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<int>("at"); // -1: the table removed; -2: 'fvar' added
        QTest::addColumn<QByteArray>("bytes"); // written over the table at `at`
        QTest::newRow("no glyf") << QByteArray("glyf") << -1 << QByteArray();
        QTest::newRow("no loca") << QByteArray("loca") << -1 << QByteArray();
        QTest::newRow("no head") << QByteArray("head") << -1 << QByteArray();
        QTest::newRow("no name") << QByteArray("name") << -1 << QByteArray();
        QTest::newRow("a variable font") << QByteArray("fvar") << -2 << QByteArray();
        QTest::newRow("head's magic number wrong") << QByteArray("head") << 12 << QByteArray("\0\0\0\0", 4);
        QTest::newRow("loca format 2") << QByteArray("head") << 50 << QByteArray("\0\2", 2);
        QTest::newRow("more glyphs than loca lists") << QByteArray("maxp") << 4 << QByteArray("\xff\xff", 2);
        QTest::newRow("a glyph offset past glyf") << QByteArray("loca") << 8 << QByteArray("\xff\xff", 2);
        QTest::newRow("name table format 1") << QByteArray("name") << 0 << QByteArray("\0\1", 2);
        QTest::newRow("name records past the table") << QByteArray("name") << 2 << QByteArray("\xff\xff", 2);
    }

    void damagedFontsGiveNothing()
    {
        QFETCH(QByteArray, tag);
        QFETCH(int, at);
        QFETCH(QByteArray, bytes);
        QMap<QByteArray, QByteArray> tables = m_regular;
        if (at == -1)
            tables.remove(tag);
        else if (at == -2)
            tables.insert(tag, QByteArray(16, '\0'));
        else
            tables[tag].replace(at, bytes.size(), bytes);
        QVERIFY(!reportfont::withoutHinting(m_regular, QStringLiteral("Test Sans")).isEmpty());
        QVERIFY(reportfont::withoutHinting(tables, QStringLiteral("Test Sans")).isEmpty());
    }

    // Every table cut short at many lengths, and glyphs whose lengths lie: never a read past the
    // data (the sanitizer build checks), and what comes out is empty or a font FreeType loads.
    void cutTablesNeverReadPastTheirEnd()
    {
        for (auto table = m_regular.cbegin(); table != m_regular.cend(); ++table) {
            const qsizetype size = table.value().size();
            for (const qsizetype cut :
                { qsizetype(0), qsizetype(1), qsizetype(11), size / 3, size / 2, size - 1 }) {
                if (cut < 0 || cut >= size)
                    continue;
                QMap<QByteArray, QByteArray> tables = m_regular;
                tables[table.key()].truncate(cut);
                const QByteArray file = reportfont::withoutHinting(tables, QStringLiteral("Test Sans"));
                if (!file.isEmpty())
                    QVERIFY2(QRawFont(file, 12).isValid(), table.key().constData());
            }
        }
        // Each glyph's first bytes set to all ones: contour counts of -1 (composites that never
        // end) and instruction lengths of 65535.
        QMap<QByteArray, QByteArray> tables = m_regular;
        QByteArray &glyf = tables["glyf"];
        for (qsizetype at = 0; at + 16 <= glyf.size(); at += 97)
            glyf.replace(at, 16, QByteArray(16, '\xff'));
        const QByteArray file = reportfont::withoutHinting(tables, QStringLiteral("Test Sans"));
        if (!file.isEmpty())
            QVERIFY(QRawFont(file, 12).isValid());
    }
};

QTEST_MAIN(TestReportFont)
#include "tst_reportfont.moc"
