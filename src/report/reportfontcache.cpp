// SPDX-License-Identifier: MIT
#include "reportfontcache.h"

#include "reportfont.h"
#include "safefile.h"
#include "userfolders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRawFont>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <cstring>
#include <optional>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cc::reportfont
{

namespace
{

constexpr quint32 TrueTypeVersion = 0x00010000; // an SFNT file with TrueType outlines

// What a copy is made from, besides its glyphs: any change to the font file changes 'head' (its
// checksum adjustment covers the whole file).
const char *const IdentityTables[] = { "head", "name", "maxp", "OS/2", "hhea" };

QByteArray hex(QCryptographicHash &hash, int digits)
{
    return hash.result().toHex().left(digits);
}

// Which face a copy is of (the same for every version of that face): its file names start with it.
QByteArray facePrefix(const QRawFont &source, const QString &family)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(family.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(source.familyName().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(source.styleName().toUtf8());
    hash.addData(QByteArray::number(source.weight()) + ' ' + QByteArray::number(int(source.style())));
    return hex(hash, 16);
}

// The table `tag` of the font file `file`, or nothing when the file has no such table or its table
// directory runs past the file.
std::optional<QByteArrayView> fileTable(QByteArrayView file, const char *tag)
{
    if (file.size() < 12)
        return std::nullopt;
    const quint16 count = qFromBigEndian<quint16>(file.data() + 4);
    if (12 + 16 * qsizetype(count) > file.size())
        return std::nullopt;
    for (qsizetype entry = 12; entry < 12 + 16 * qsizetype(count); entry += 16) {
        if (std::memcmp(file.data() + entry, tag, 4) != 0)
            continue;
        const qsizetype at = qFromBigEndian<quint32>(file.data() + entry + 8);
        const qsizetype length = qFromBigEndian<quint32>(file.data() + entry + 12);
        if (at > file.size() || length > file.size() - at)
            return std::nullopt;
        return file.sliced(at, length);
    }
    return std::nullopt;
}

// Whether `file` is a whole copy of `source`: a TrueType file whose OpenType checksum is sound (not
// cut or changed) and whose tables that withoutHinting() keeps as they are ('OS/2', 'hhea', 'maxp')
// are the source's (not another face, such as the regular's copy filed under the bold's name).
bool isCopyOf(QByteArrayView file, const QRawFont &source)
{
    if (file.size() < 12 || qFromBigEndian<quint32>(file.data()) != TrueTypeVersion
        || tableChecksum(file) != WholeFileChecksum)
        return false;
    for (const char *tag : { "OS/2", "hhea", "maxp" }) {
        const auto table = fileTable(file, tag);
        if (!table || *table != QByteArrayView(source.fontTable(tag)))
            return false;
    }
    return true;
}

// The copy of `source` stored at `path`, mapped read-only for the rest of the process (the font
// database and FreeType read it from there), when it is a regular file (not a link, FIFO or device:
// never opened otherwise, and opened without blocking or following a link) of at most
// MaxCachedFaceBytes that isCopyOf() `source`; empty otherwise, with nothing left mapped.
QByteArray mappedCopy(const QString &path, const QRawFont &source)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat before = {};
    if (::lstat(native.constData(), &before) != 0 || !S_ISREG(before.st_mode))
        return {};
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return {};
    struct stat info = {};
    void *mapped = MAP_FAILED;
    qsizetype size = 0;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_dev == before.st_dev
        && info.st_ino == before.st_ino && info.st_size >= 12 && info.st_size <= MaxCachedFaceBytes) {
        size = qsizetype(info.st_size);
        mapped = ::mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, fd, 0);
    }
    ::close(fd);
    if (mapped == MAP_FAILED)
        return {};
    const QByteArrayView file(static_cast<const char *>(mapped), size);
    if (!isCopyOf(file, source)) {
        ::munmap(mapped, size_t(size));
        return {};
    }
    return QByteArray::fromRawData(file.data(), size); // never unmapped
}

// Stores `face` as `name` in `folder` and removes the older copies of the same face. Quietly does
// nothing where it cannot: a link, FIFO, device, folder or read-only file at `name` is left alone.
void store(const QString &folder, const QString &name, const QByteArray &prefix, const QByteArray &face)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return;
    const QString path = dir.filePath(name);
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode))
        return; // a link is not followed (QSaveFile would replace whatever it points to)
    if (!safefile::outputReason(path).isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(face) != face.size() || !file.commit())
        return;
    const QStringList older = dir.entryList({ QString::fromLatin1(prefix) + QStringLiteral("-*.ttf") },
        QDir::Files | QDir::NoSymLinks | QDir::Hidden);
    for (const QString &other : older) {
        if (other != name)
            dir.remove(other);
    }
}

} // namespace

QString faceCacheFolder()
{
    // Qt's test mode points every folder at ~/.qttest, whatever XDG_CACHE_HOME says: nothing is kept.
    if (QStandardPaths::isTestModeEnabled()
        || !userfolders::problem(QStandardPaths::GenericCacheLocation).isEmpty())
        return QString();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/careercompare/report-fonts");
}

QString cachedFaceFileName(const QRawFont &source, const QString &family)
{
    const QByteArray prefix = facePrefix(source, family);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prefix);
    hash.addData(QByteArray::number(FaceCopyVersion));
    for (const char *tag : IdentityTables) {
        const QByteArray table = source.fontTable(tag);
        hash.addData(QByteArray(tag) + ' ' + QByteArray::number(table.size()) + ' ');
        hash.addData(table);
    }
    return QString::fromLatin1(prefix + '-' + hex(hash, 32) + ".ttf");
}

QByteArray copiedFace(
    const QRawFont &source, const QString &family, const QString &cacheFolder, bool *fromCache)
{
    if (fromCache)
        *fromCache = false;
    QString name;
    if (!cacheFolder.isEmpty()) {
        name = cachedFaceFileName(source, family);
        if (QByteArray cached = mappedCopy(QDir(cacheFolder).filePath(name), source); !cached.isEmpty()) {
            if (fromCache)
                *fromCache = true;
            return cached;
        }
    }
    const QByteArray face = withoutHinting(tables(source), family);
    if (!face.isEmpty() && !name.isEmpty())
        store(cacheFolder, name, facePrefix(source, family), face);
    return face;
}

} // namespace cc::reportfont
