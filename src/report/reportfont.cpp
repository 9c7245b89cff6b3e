// SPDX-License-Identifier: MIT
#include "reportfont.h"

#include "comparisoncharts.h"
#include "fontcheck.h"
#include "reportfontcache.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QRawFont>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

namespace cc::reportfont
{

namespace
{

const char *const KnownTags[] = { "cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "glyf",
    "loca", "kern", "gasp", "GDEF", "GPOS", "GSUB", "BASE", "JSTF", "MATH", "vhea", "vmtx", "fvar", "CFF " };

// The hinting programs and what they produce; dropped.
const char *const HintingTags[] = { "fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX" };

// Composite glyph component flags (the OpenType 'glyf' table).
constexpr quint16 ArgsAreWords = 0x0001;
constexpr quint16 HasScale = 0x0008;
constexpr quint16 MoreComponents = 0x0020;
constexpr quint16 HasXAndYScale = 0x0040;
constexpr quint16 HasTwoByTwo = 0x0080;
constexpr quint16 HasInstructions = 0x0100;

constexpr quint32 HeadMagic = 0x5F0F3CF5;
constexpr qsizetype HeadSize = 54;
constexpr qsizetype HeadChecksumAdjustment = 8;
constexpr qsizetype HeadMagicAt = 12;
constexpr qsizetype HeadIndexToLocFormat = 50;

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint16>(data.constData() + at);
}

quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

void set16(QByteArray &data, qsizetype at, quint16 value)
{
    qToBigEndian<quint16>(value, data.data() + at);
}

void set32(QByteArray &data, qsizetype at, quint32 value)
{
    qToBigEndian<quint32>(value, data.data() + at);
}

void append16(QByteArray &data, quint16 value)
{
    char bytes[2];
    qToBigEndian<quint16>(value, bytes);
    data.append(bytes, 2);
}

void append32(QByteArray &data, quint32 value)
{
    char bytes[4];
    qToBigEndian<quint32>(value, bytes);
    data.append(bytes, 4);
}

void padTo4(QByteArray &data)
{
    if (const qsizetype rest = data.size() % 4)
        data.append(4 - rest, '\0');
}

} // namespace

quint32 tableChecksum(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype whole = data.size() / 4 * 4;
    quint32 sum = 0;
    for (qsizetype at = 0; at < whole; at += 4)
        sum += quint32(bytes[at]) << 24 | quint32(bytes[at + 1]) << 16 | quint32(bytes[at + 2]) << 8
            | bytes[at + 3];
    quint32 last = 0;
    for (qsizetype at = whole; at < data.size(); ++at)
        last |= quint32(bytes[at]) << (24 - 8 * (at - whole));
    return sum + last;
}

namespace
{

// Where each glyph starts in 'glyf' and, last, where the final one ends: numGlyphs + 1 offsets, in
// order, none past the table. Nothing if 'loca' is short or out of order.
std::optional<std::vector<qsizetype>> glyphOffsets(
    const QByteArray &loca, int glyphCount, bool longOffsets, qsizetype glyfSize)
{
    const qsizetype entry = longOffsets ? 4 : 2;
    if (loca.size() < (glyphCount + 1) * entry)
        return std::nullopt;
    std::vector<qsizetype> offsets;
    offsets.reserve(glyphCount + 1);
    for (int i = 0; i <= glyphCount; ++i) {
        const qsizetype offset
            = longOffsets ? qsizetype(u32(loca, i * entry)) : 2 * qsizetype(u16(loca, i * entry));
        if (offset > glyfSize || (!offsets.empty() && offset < offsets.back()))
            return std::nullopt;
        offsets.push_back(offset);
    }
    return offsets;
}

// Writes the glyph description of `size` bytes at `glyph` to `out` with its instructions taken
// out, and says how many bytes it wrote (never more than `size`), or -1 if the glyph runs past its
// end. A simple glyph keeps its contours and points with an instruction length of 0; a composite
// keeps its components, none of them flagged as followed by instructions, and ends after the last.
qsizetype writeWithoutInstructions(char *out, const char *glyph, qsizetype size)
{
    if (size == 0) // a glyph with no outline (a space)
        return 0;
    if (size < 10)
        return -1;
    const auto read16 = [](const char *at) { return qFromBigEndian<quint16>(at); };
    const auto contours = qint16(read16(glyph));
    if (contours >= 0) {
        const qsizetype lengthAt = 10 + 2 * qsizetype(contours);
        if (lengthAt + 2 > size)
            return -1;
        const qsizetype after = lengthAt + 2 + read16(glyph + lengthAt);
        if (after > size)
            return -1;
        std::memcpy(out, glyph, lengthAt);
        out[lengthAt] = out[lengthAt + 1] = 0;
        std::memcpy(out + lengthAt + 2, glyph + after, size - after);
        return lengthAt + 2 + (size - after);
    }
    // Components: flags, glyph index, two arguments (bytes or words), then an optional transform.
    const auto componentSize = [](quint16 flags) {
        return 4 + ((flags & ArgsAreWords) ? 4 : 2)
            + ((flags & HasScale)             ? 2
                    : (flags & HasXAndYScale) ? 4
                    : (flags & HasTwoByTwo)   ? 8
                                              : 0);
    };
    qsizetype end = 10;
    for (bool more = true; more;) {
        if (end + 4 > size)
            return -1;
        const quint16 flags = read16(glyph + end);
        end += componentSize(flags);
        if (end > size)
            return -1;
        more = flags & MoreComponents;
    }
    std::memcpy(out, glyph, end);
    for (qsizetype at = 10; at < end;) {
        const quint16 flags = read16(out + at);
        qToBigEndian<quint16>(flags & ~HasInstructions, out + at);
        at += componentSize(flags);
    }
    return end;
}

// A name record's text in its platform's encoding: UTF-16BE for Unicode (0) and Windows (3), Mac
// Roman for Macintosh (1) with the Roman script (0), of which the ASCII part is all a family here
// needs. Nothing for other platforms, or a non-ASCII name on the Mac.
std::optional<QByteArray> encodedName(quint16 platform, quint16 encoding, const QString &text)
{
    if (platform == 0 || platform == 3) {
        QByteArray bytes;
        for (const QChar c : text)
            append16(bytes, c.unicode());
        return bytes;
    }
    if (platform == 1 && encoding == 0) {
        for (const QChar c : text) {
            if (c.unicode() > 0x7e || c.unicode() < 0x20)
                return std::nullopt;
        }
        return text.toLatin1();
    }
    return std::nullopt;
}

QString decodedName(quint16 platform, const QByteArray &bytes)
{
    if (platform == 0 || platform == 3) {
        QString text;
        for (qsizetype at = 0; at + 1 < bytes.size(); at += 2)
            text.append(QChar(u16(bytes, at)));
        return text;
    }
    return QString::fromLatin1(bytes);
}

// The 'name' table (format 0) with the family (IDs 1 and 16) and the full name (ID 4) saying
// `family`; every other record (copyright, licence, PostScript name) as it was. Records of those
// three IDs that cannot say it in their encoding are left out.
std::optional<QByteArray> renamed(const QByteArray &name, const QString &family)
{
    if (name.size() < 6 || u16(name, 0) != 0)
        return std::nullopt;
    const int count = u16(name, 2);
    const qsizetype storage = u16(name, 4);
    if (6 + 12 * qsizetype(count) > name.size() || storage > name.size())
        return std::nullopt;
    struct Record {
        quint16 platform, encoding, language, id;
        QByteArray text;
    };
    std::vector<Record> records;
    for (int i = 0; i < count; ++i) {
        const qsizetype at = 6 + 12 * qsizetype(i);
        const qsizetype length = u16(name, at + 8);
        const qsizetype offset = storage + u16(name, at + 10);
        if (offset + length > name.size())
            return std::nullopt;
        records.push_back({ u16(name, at), u16(name, at + 2), u16(name, at + 4), u16(name, at + 6),
            name.mid(offset, length) });
    }
    auto subfamily = [&](const Record &of) {
        for (const Record &r : records) {
            if (r.id == 2 && r.platform == of.platform && r.encoding == of.encoding
                && r.language == of.language)
                return decodedName(r.platform, r.text);
        }
        return QString();
    };
    QByteArray table;
    QByteArray strings;
    std::vector<Record> kept;
    for (Record r : records) {
        if (r.id == 1 || r.id == 16 || r.id == 4) {
            QString text = family;
            const QString style = subfamily(r);
            if (r.id == 4 && !style.isEmpty() && style != QLatin1String("Regular")
                && style != QLatin1String("Book"))
                text += QLatin1Char(' ') + style;
            const auto encoded = encodedName(r.platform, r.encoding, text);
            if (!encoded)
                continue;
            r.text = *encoded;
        }
        kept.push_back(r);
    }
    append16(table, 0);
    append16(table, quint16(kept.size()));
    append16(table, quint16(6 + 12 * kept.size()));
    for (const Record &r : kept) {
        if (strings.size() + r.text.size() > 0xffff)
            return std::nullopt;
        append16(table, r.platform);
        append16(table, r.encoding);
        append16(table, r.language);
        append16(table, r.id);
        append16(table, quint16(r.text.size()));
        append16(table, quint16(strings.size()));
        strings += r.text;
    }
    return table + strings;
}

// One run of a character map's subtable: the code points `first` to `last`, and how to find the
// glyph of one of them.
struct CmapRun {
    quint32 first;
    quint32 last;
    std::function<quint32(quint32)> glyph; // 0: none
};

// The runs of `cmap`'s best Unicode subtable (format 12 for the whole of Unicode, else format 4 for
// the BMP), in order. Nothing if there is none, if its runs are out of order, overlap or run past
// the table (each is then read once: the work is bounded by Unicode's size), or if `cmap` has what
// a single Unicode array could not keep: variation sequences (format 14) or a symbol subtable.
std::optional<std::vector<CmapRun>> unicodeRuns(const QByteArray &cmap)
{
    if (cmap.size() < 4)
        return std::nullopt;
    const int count = u16(cmap, 2);
    if (4 + 8 * qsizetype(count) > cmap.size())
        return std::nullopt;
    qsizetype full = -1; // a format 12 subtable of a Unicode encoding
    qsizetype bmp = -1; // a format 4 one
    for (int i = 0; i < count; ++i) {
        const quint16 platform = u16(cmap, 4 + 8 * i);
        const quint16 encoding = u16(cmap, 6 + 8 * i);
        const qsizetype at = u32(cmap, 8 + 8 * i);
        if (at + 2 > cmap.size())
            continue;
        const quint16 format = u16(cmap, at);
        if (format == 14 || (platform == 3 && encoding == 0))
            return std::nullopt;
        if (!(platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))))
            continue;
        if (format == 12)
            full = at;
        else if (format == 4)
            bmp = at;
    }
    std::vector<CmapRun> runs;
    auto inOrder = [&runs](quint32 first, quint32 last) {
        return first <= last && (runs.empty() || first > runs.back().last);
    };
    if (full >= 0) {
        if (full + 16 > cmap.size())
            return std::nullopt;
        const quint32 groups = u32(cmap, full + 12);
        if (groups > quint32((cmap.size() - full - 16) / 12))
            return std::nullopt;
        for (quint32 g = 0; g < groups; ++g) {
            const qsizetype at = full + 16 + 12 * qsizetype(g);
            const quint32 first = u32(cmap, at);
            const quint32 last = u32(cmap, at + 4);
            const quint32 start = u32(cmap, at + 8);
            if (!inOrder(first, last) || last > 0x10FFFF || start > 0xFFFFFFFFu - (last - first))
                return std::nullopt;
            runs.push_back({ first, last, [first, start](quint32 c) { return start + (c - first); } });
        }
        return runs;
    }
    if (bmp < 0 || bmp + 14 > cmap.size())
        return std::nullopt;
    const qsizetype segments = u16(cmap, bmp + 6) / 2;
    const qsizetype ends = bmp + 14;
    const qsizetype starts = ends + 2 * segments + 2;
    const qsizetype deltas = starts + 2 * segments;
    const qsizetype rangeOffsets = deltas + 2 * segments;
    if (rangeOffsets + 2 * segments > cmap.size())
        return std::nullopt;
    for (qsizetype seg = 0; seg < segments; ++seg) {
        const quint32 first = u16(cmap, starts + 2 * seg);
        const quint32 last = std::min<quint32>(u16(cmap, ends + 2 * seg), 0xFFFE); // 0xFFFF: the end
        if (first > 0xFFFE)
            continue;
        if (!inOrder(first, last))
            return std::nullopt;
        const quint16 delta = u16(cmap, deltas + 2 * seg);
        const quint16 rangeOffset = u16(cmap, rangeOffsets + 2 * seg);
        const qsizetype rangeAt = rangeOffsets + 2 * seg + rangeOffset; // where the segment's glyphs start
        if (rangeOffset != 0 && rangeAt + 2 * qsizetype(last - first + 1) > cmap.size())
            return std::nullopt;
        runs.push_back({ first, last, [&cmap, first, delta, rangeOffset, rangeAt](quint32 c) -> quint32 {
                            if (rangeOffset == 0)
                                return quint16(c + delta);
                            const quint16 glyph = u16(cmap, rangeAt + 2 * qsizetype(c - first));
                            return glyph ? quint16(glyph + delta) : 0;
                        } });
    }
    return runs;
}

// The same characters and glyphs as `cmap` in one format 10 subtable (Windows, UCS-4): a plain array
// from the first mapped code point to the last, found in constant time. Qt asks the font for each of
// the 65,536 BMP code points once per face it embeds in a PDF (to write the text's Unicode map), and
// with DejaVu's binary-searched format 12 those lookups were a tenth of a report's instructions.
// Glyphs outside the font (>= `glyphCount`) are left out. Nothing if `cmap` cannot be read this way
// (unicodeRuns()), or its runs spread over more than 256K code points (a 512 KB array).
std::optional<QByteArray> directCharacterMap(const QByteArray &cmap, int glyphCount)
{
    const auto runs = unicodeRuns(cmap);
    if (!runs || runs->empty())
        return std::nullopt;
    const quint32 first = runs->front().first;
    const quint32 count = runs->back().last - first + 1;
    if (count > 0x40000)
        return std::nullopt;
    QByteArray table;
    table.reserve(12 + 20 + 2 * qsizetype(count));
    append16(table, 0); // version
    append16(table, 1); // one subtable
    append16(table, 3); // Windows
    append16(table, 10); // UCS-4
    append32(table, 12);
    append16(table, 10); // format
    append16(table, 0);
    append32(table, 20 + 2 * count); // length
    append32(table, 0); // language
    append32(table, first);
    append32(table, count);
    const qsizetype glyphsAt = table.size();
    table.append(2 * qsizetype(count), '\0');
    for (const CmapRun &run : *runs) {
        for (quint32 c = run.first; c <= run.last; ++c) {
            if (const quint32 glyph = run.glyph(c); glyph != 0 && glyph < quint32(glyphCount))
                set16(table, glyphsAt + 2 * qsizetype(c - first), quint16(glyph));
        }
    }
    return table;
}

// The tables as one SFNT file: the table directory in tag order, each table on a 32-bit boundary
// with its checksum, and the whole file's checksum adjustment in 'head'.
QByteArray assembled(const QMap<QByteArray, QByteArray> &tables)
{
    const int count = int(tables.size());
    int power = 1;
    int log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray file;
    append32(file, 0x00010000);
    append16(file, quint16(count));
    append16(file, quint16(16 * power));
    append16(file, quint16(log2));
    append16(file, quint16(16 * count - 16 * power));
    qsizetype offset = 12 + 16 * qsizetype(count);
    qsizetype headAt = -1;
    quint32 tablesSum = 0; // each table padded to whole words: the file's sum is the directory's and theirs
    for (auto t = tables.cbegin(); t != tables.cend(); ++t) {
        file.append(t.key().leftJustified(4, ' ', true));
        const quint32 sum = tableChecksum(t.value());
        tablesSum += sum;
        append32(file, sum);
        append32(file, quint32(offset));
        append32(file, quint32(t.value().size()));
        if (t.key() == "head")
            headAt = offset;
        offset += (t.value().size() + 3) / 4 * 4;
    }
    const quint32 fileSum = tableChecksum(file) + tablesSum;
    file.reserve(offset);
    for (const QByteArray &table : tables) {
        file += table;
        padTo4(file);
    }
    if (headAt >= 0)
        set32(file, headAt + HeadChecksumAdjustment, WholeFileChecksum - fileSum);
    return file;
}

} // namespace

QMap<QByteArray, QByteArray> tables(const QRawFont &font)
{
    QMap<QByteArray, QByteArray> found;
    for (const char *tag : KnownTags) {
        if (QByteArray table = font.fontTable(tag); !table.isEmpty())
            found.insert(tag, table);
    }
    return found;
}

QString copiedFamily(const QString &source)
{
    return source + QLatin1String(" (report)");
}

QByteArray withoutHinting(const QMap<QByteArray, QByteArray> &tables, const QString &family)
{
    for (const char *needed : { "head", "maxp", "loca", "glyf", "name", "cmap", "hhea", "hmtx" }) {
        if (tables.value(needed).isEmpty())
            return {};
    }
    if (tables.contains("fvar") || tables.contains("CFF ") || tables.contains("CFF2"))
        return {};
    QByteArray head = tables.value("head");
    const QByteArray maxp = tables.value("maxp");
    const QByteArray glyf = tables.value("glyf");
    if (head.size() < HeadSize || u32(head, HeadMagicAt) != HeadMagic || maxp.size() < 6)
        return {};
    const quint16 locFormat = u16(head, HeadIndexToLocFormat);
    if (locFormat > 1)
        return {};
    const int glyphCount = u16(maxp, 4);
    const auto offsets = glyphOffsets(tables.value("loca"), glyphCount, locFormat == 1, glyf.size());
    if (!offsets)
        return {};
    // No glyph grows, and each is padded to a 32-bit boundary (3 bytes at most).
    QByteArray outlines(glyf.size() + 3 * qsizetype(glyphCount), Qt::Uninitialized);
    QByteArray loca(4 * (qsizetype(glyphCount) + 1), Qt::Uninitialized);
    qsizetype written = 0;
    for (int g = 0; g < glyphCount; ++g) {
        qToBigEndian<quint32>(quint32(written), loca.data() + 4 * g);
        const qsizetype at = (*offsets)[g];
        const qsizetype size = writeWithoutInstructions(
            outlines.data() + written, glyf.constData() + at, (*offsets)[g + 1] - at);
        if (size < 0)
            return {};
        written += size;
        for (; written % 4; ++written)
            outlines[written] = 0;
    }
    qToBigEndian<quint32>(quint32(written), loca.data() + 4 * qsizetype(glyphCount));
    outlines.truncate(written);
    const auto name = renamed(tables.value("name"), family);
    if (!name)
        return {};
    set16(head, HeadIndexToLocFormat, 1); // 32-bit offsets
    set32(head, HeadChecksumAdjustment, 0);

    QMap<QByteArray, QByteArray> copy = tables;
    for (const char *dropped : HintingTags)
        copy.remove(dropped);
    copy.insert("head", head);
    copy.insert("glyf", outlines);
    copy.insert("loca", loca);
    copy.insert("name", *name);
    if (const auto cmap = directCharacterMap(tables.value("cmap"), glyphCount))
        copy.insert("cmap", *cmap);
    return assembled(copy);
}

QString family()
{
    static const QString chosen = [] {
        const QString system = QStringLiteral("DejaVu Sans");
        // QRawFont::fromFont crashes in Qt 6.4 when there is no font at all.
        if (!missingFontsProblem().isEmpty())
            return system;
        // The faces the report uses: regular and bold (headings, table heads). Both copied, or
        // neither: a family with only a regular face would have Qt embolden it where the system
        // has a real bold. The captions of continued columns, the report's only italic, are slanted
        // from the regular copy (DejaVu's own oblique is a slanted regular): no third face to copy
        // or embed.
        struct Face {
            QRawFont source;
            QByteArray copy;
            bool fromCache = false;
        };
        QList<Face> faces;
        QList<QByteArray> names; // the faces' own 'name' tables: a style the system lacks is another's face
        QString copied;
        const QString cacheFolder = faceCacheFolder();
        for (const bool bold : { false, true }) {
            QFont font(system);
            font.setBold(bold);
            Face face { QRawFont::fromFont(font), {}, false };
            if (!face.source.isValid())
                return system;
            const QByteArray name = face.source.fontTable("name");
            if (names.contains(name))
                continue; // no bold face: Qt emboldens the regular copy, as it did the original
            names << name;
            const QString faceFamily = copiedFamily(face.source.familyName());
            if (!copied.isEmpty() && faceFamily != copied)
                return system; // a style the system takes from another family
            copied = faceFamily;
            face.copy = copiedFace(face.source, copied, cacheFolder, &face.fromCache);
            if (face.copy.isEmpty())
                return system;
            faces << face;
        }
        // Registered as the copied family, and as nothing else.
        const auto registered = [&copied](const QByteArray &copy) {
            const int id = QFontDatabase::addApplicationFontFromData(copy);
            if (id >= 0 && QFontDatabase::applicationFontFamilies(id) == QStringList { copied })
                return true;
            if (id >= 0)
                QFontDatabase::removeApplicationFont(id);
            return false;
        };
        for (const Face &face : std::as_const(faces)) {
            if (registered(face.copy))
                continue;
            if (!face.fromCache)
                return system;
            // A stored copy Qt cannot read as this family: made again, and stored again in its place.
            QFile::remove(QDir(cacheFolder).filePath(cachedFaceFileName(face.source, copied)));
            if (!registered(copiedFace(face.source, copied, cacheFolder)))
                return system;
        }
        return copied;
    }();
    return chosen;
}

QFont font(qreal pointSize)
{
    QFont font = withoutShaping(QFont(family()));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace cc::reportfont
