// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFont>
#include <QMap>
#include <QString>

QT_BEGIN_NAMESPACE
class QRawFont;
QT_END_NAMESPACE

namespace cc::reportfont
{

// The family the report sets its text in: the faces Qt picks for "DejaVu Sans" (or what fontconfig
// gives in its place), regular and bold, copied in memory without their hinting programs and
// registered under a family of their own; the system's family itself when they cannot be copied
// (not TrueType outlines, a variable font, no font at all). Its italic is the regular slanted.
// The copies are kept in the user's cache folder for the next run (reportfontcache.h).
//
// Why: Qt's PDF engine embeds each glyph as an outline it loads at the font's em size with
// hinting on, and every load sets that size again, so a hinted TrueType font runs its whole
// control-value program once per glyph: about a seventh of a PDF's instructions. On paper and in a
// PDF (at 300 dpi) the programs change nothing a reader sees; the window's text is not touched.
//
// Made once per process, on the first call (thread-safe: a background thread may make it while
// the main thread works). Needs a QGuiApplication.
QString family();

// The report's text font: family() at `pointSize`, without OpenType shaping where the script needs
// none (withoutShaping()) and without hinting. A PDF is laid out at 300 dpi and drawn as outlines,
// where hinting changes nothing but the time: FreeType's light hinting runs its auto-hinter, which
// first sorts every character of the face by script.
QFont font(qreal pointSize);

// The tables of `font` that a report font is made from, by tag (QRawFont hands them out by tag
// and cannot list them): those that lay out and draw text, and those that say it cannot be copied
// ('fvar', 'CFF '). Hinting, bitmaps and colour are left out.
QMap<QByteArray, QByteArray> tables(const QRawFont &font);

// The OpenType checksum of `data`: padded with zeros to whole 32-bit words, summed as big-endian
// words. A whole font file that withoutHinting() made sums to WholeFileChecksum.
quint32 tableChecksum(QByteArrayView data);
constexpr quint32 WholeFileChecksum = 0xB1B0AFBA;

// The family family() answers with when the faces could be copied: `source` with " (report)".
QString copiedFamily(const QString &source);

// An SFNT (TrueType) font file made of `tables` (by four-letter tag) with the hinting taken out:
// no font program, control-value program or control values ('fpgm', 'prep', 'cvt '), none of the
// device metrics those programs produce ('hdmx', 'LTSH', 'VDMX'), and every glyph's instructions
// removed; outlines, metrics, kerning and layout tables unchanged. Its character map gives every
// character the glyph the original gives it, in one array looked up in constant time (format 10),
// when the original's can be read and spans at most 256K code points. Its family names
// (name IDs 1, 4 and 16) say `family`; the PostScript name, copyright and licence are kept. Empty if
// the tables are not a static TrueType font this can read (no 'glyf', 'CFF ' outlines, 'fvar', a
// 'loca' or glyph that runs past its table, a 'name' table of another format).
QByteArray withoutHinting(const QMap<QByteArray, QByteArray> &tables, const QString &family);

} // namespace cc::reportfont
