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

// The face's file mapped read-only, for the rest of the process, when it is a sound copy; empty
// otherwise (nothing stays mapped).
QByteArray mappedSoundCopy(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {};
    struct stat info = {};
    void *mapped = MAP_FAILED;
    qsizetype size = 0;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size >= 12
        && info.st_size <= MaxCachedFaceBytes) {
        size = qsizetype(info.st_size);
        mapped = ::mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, fd, 0);
    }
    ::close(fd);
    if (mapped == MAP_FAILED)
        return {};
    const auto *bytes = static_cast<const char *>(mapped);
    if (qFromBigEndian<quint32>(bytes) != TrueTypeVersion
        || tableChecksum(QByteArrayView(bytes, size)) != WholeFileChecksum) {
        ::munmap(mapped, size_t(size));
        return {};
    }
    return QByteArray::fromRawData(bytes, size); // never unmapped: the font database reads it
}

// Stores `face` as `name` in `folder` and removes the older copies of the same face. Quietly does
// nothing where it cannot.
void store(const QString &folder, const QString &name, const QByteArray &prefix, const QByteArray &face)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return;
    const QString path = dir.filePath(name);
    if (!safefile::outputReason(path).isEmpty())
        return; // a FIFO, a device, a folder or a read-only file where the copy would go: left alone
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
    if (!userfolders::problem(QStandardPaths::GenericCacheLocation).isEmpty())
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
        if (QByteArray cached = mappedSoundCopy(QDir(cacheFolder).filePath(name)); !cached.isEmpty()) {
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
