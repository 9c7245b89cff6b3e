// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QRawFont;
QT_END_NAMESPACE

namespace cc::reportfont
{

// The report's copied faces (withoutHinting()) kept between runs, so that a PDF after the first
// registers them straight from a file instead of copying them again: the copy is most of the
// background thread a PDF waits for (docs/PERFORMANCE.md, eighth speed round).
//
// A copy is filed under a name made from what it is copied from (the source face's 'head' table,
// whose checksum adjustment and dates change with any change to the font file, and its 'name',
// 'maxp', 'OS/2' and 'hhea' tables), the family it is registered as, and FaceCopyVersion: a font
// update or a change to the copying makes a new name, and the older copy of the same face is
// removed when the new one is stored (so two installed versions with different FaceCopyVersions
// would each make the copy again, not share it). A copy is read only from a regular file (not a
// link, FIFO or device: never opened otherwise, and opened without blocking), at most
// MaxCachedFaceBytes, that is a whole font file whose OpenType checksum is sound and whose 'OS/2',
// 'hhea' and 'maxp' tables are the source face's; a regular file that fails is replaced by a new
// copy, anything else at its name is left alone (the copy is then only not kept). A copy is stored
// atomically (a temporary file renamed), never written in place, and read mapped: the mapping stays
// for the life of the process, since the font database and FreeType read the registered face from
// it. (So a copy cut short in place, by something other than this program, while a program has it
// mapped would stop that program with SIGBUS; this program never writes a copy in place.)

// Bump whenever withoutHinting() makes a different file from the same tables.
constexpr int FaceCopyVersion = 1;
constexpr qint64 MaxCachedFaceBytes = 32 * 1024 * 1024;

// "careercompare/report-fonts" in the user's cache folder ($XDG_CACHE_HOME when it is an absolute
// path, else ~/.cache); empty when no folder may be made there (userfolders::problem(): HOME empty,
// "/", relative or missing, and no absolute XDG_CACHE_HOME) and in Qt's test mode.
QString faceCacheFolder();

// withoutHinting(tables(source), family): from `cacheFolder` when an earlier run stored a sound copy
// of this face there, else made now and, when `cacheFolder` is not empty, stored there (failures to
// store are silent: the copy is only slower to come by next time). Empty when the face cannot be
// copied. `fromCache`, when given, says whether it was read from the folder.
QByteArray copiedFace(
    const QRawFont &source, const QString &family, const QString &cacheFolder, bool *fromCache = nullptr);

// The file name copiedFace() keeps the copy of `source` under, in its folder.
QString cachedFaceFileName(const QRawFont &source, const QString &family);

} // namespace cc::reportfont
