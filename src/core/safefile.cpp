// SPDX-License-Identifier: MIT
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cc::safefile
{

namespace
{

QString errnoText(int error)
{
    switch (error) {
    case ENOENT:
        return QCoreApplication::translate("SafeFile", "file not found");
    case ELOOP:
        return QCoreApplication::translate("SafeFile", "it is a loop of symbolic links");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("SafeFile", "permission denied");
    case ENOTDIR:
        return QCoreApplication::translate("SafeFile", "a part of the path is not a folder");
    case EROFS:
        return QCoreApplication::translate("SafeFile", "the file system is read-only");
    case ENOSPC:
        return QCoreApplication::translate("SafeFile", "the disk is full");
    case EIO:
        return QCoreApplication::translate("SafeFile", "the disk could not be read (input/output error)");
    case ENAMETOOLONG:
        return QCoreApplication::translate("SafeFile", "the name is too long");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

// Why a file of this type is not a regular file; empty for a regular file.
QString typeProblem(mode_t mode)
{
    if (S_ISREG(mode))
        return QString();
    if (S_ISDIR(mode))
        return QCoreApplication::translate("SafeFile", "it is a folder, not a regular file");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("SafeFile", "it is a FIFO (named pipe), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("SafeFile", "it is a device, not a regular file");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("SafeFile", "it is a socket, not a regular file");
    return QCoreApplication::translate("SafeFile", "it is not a regular file");
}

// Why `path` cannot be looked at (stat follows links); empty when `*st` was filled.
QString statProblem(const QByteArray &path, struct stat *st)
{
    if (::stat(path.constData(), st) == 0)
        return QString();
    const int error = errno;
    struct stat link;
    if (error == ENOENT && ::lstat(path.constData(), &link) == 0 && S_ISLNK(link.st_mode))
        return QCoreApplication::translate("SafeFile", "it is a symbolic link to a file that does not exist");
    return errnoText(error);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return QCoreApplication::translate("SafeFile", "Cannot write %1: %2.").arg(printable(path), why);
}

QString cannotRead(const QString &path, const QString &why)
{
    return QCoreApplication::translate("SafeFile", "Cannot read %1: %2.").arg(printable(path), why);
}

void failRead(ReadResult &result, const QString &path, const QString &why)
{
    result.why = why;
    result.error = cannotRead(path, why);
}

// Why no file can be made in `folder`: a read-only file system (root too is refused there) or a
// folder that is not the user's to write; empty when one can.
QString folderProblem(const QString &folder)
{
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return errnoText(errno);
    return QString();
}

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// `path` with its folder resolved (links, "." and ".."): one spelling for a name that may not exist
// yet, so that "link/store.sqlite-wal" is known as "/real/folder/store.sqlite-wal".
QString resolvedName(const QString &path)
{
    const QFileInfo info(cleanAbsolute(path));
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    struct stat sa;
    struct stat sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0
        || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

bool sameName(const QString &path, const QString &other)
{
    if (path.isEmpty() || other.isEmpty())
        return false;
    return sameFile(path, other) || cleanAbsolute(path) == cleanAbsolute(other)
        || resolvedName(path) == resolvedName(other);
}

QString inputReason(const QString &path, bool *absent)
{
    if (absent)
        *absent = false;
    if (path.isEmpty())
        return QCoreApplication::translate("SafeFile", "no file name was given");
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (const QString why = statProblem(native, &st); !why.isEmpty()) {
        struct stat link; // absent: not even a link (a dangling one or a loop is there)
        if (absent)
            *absent = ::lstat(native.constData(), &link) != 0 && errno == ENOENT;
        return why;
    }
    if (const QString why = typeProblem(st.st_mode); !why.isEmpty())
        return why;
    if (::access(native.constData(), R_OK) != 0)
        return errnoText(errno);
    return QString();
}

QString folderReason(const QString &path, bool *absent)
{
    if (absent)
        *absent = false;
    if (path.isEmpty())
        return QCoreApplication::translate("SafeFile", "no folder was given");
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::stat(native.constData(), &st) != 0) {
        const int error = errno;
        struct stat link;
        if (error == ENOENT && ::lstat(native.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            return QCoreApplication::translate(
                "SafeFile", "it is a symbolic link to a folder that does not exist");
        if (error == ENOENT) {
            if (absent)
                *absent = true;
            return QCoreApplication::translate("SafeFile", "folder not found");
        }
        return errnoText(error);
    }
    if (S_ISREG(st.st_mode))
        return QCoreApplication::translate("SafeFile", "it is a file, not a folder");
    if (S_ISFIFO(st.st_mode))
        return QCoreApplication::translate("SafeFile", "it is a FIFO (named pipe), not a folder");
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode))
        return QCoreApplication::translate("SafeFile", "it is a device, not a folder");
    if (S_ISSOCK(st.st_mode))
        return QCoreApplication::translate("SafeFile", "it is a socket, not a folder");
    if (!S_ISDIR(st.st_mode))
        return QCoreApplication::translate("SafeFile", "it is not a folder");
    if (::access(native.constData(), R_OK | X_OK) != 0)
        return errnoText(errno);
    return QString();
}

QString outputReason(const QString &path, const QStringList &protectedPaths)
{
    if (path.isEmpty())
        return QCoreApplication::translate("SafeFile", "no file name was given");
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0) {
        const int error = errno;
        if (error != ENOENT)
            return errnoText(error);
        // Absent: it may be created in a folder that exists, unless it names a protected file not
        // yet created. (Else the writer's own error would be the system's, in English.)
        const QString folder = QFileInfo(path).absolutePath();
        if (!QFileInfo(folder).isDir())
            return QCoreApplication::translate("SafeFile", "the output folder does not exist");
        if (const QString why = folderProblem(folder); !why.isEmpty())
            return why;
        for (const QString &p : protectedPaths) {
            if (sameName(path, p))
                return QCoreApplication::translate("SafeFile", "it is a file this command reads or keeps");
        }
        return QString();
    }
    if (const QString why = statProblem(native, &st); !why.isEmpty())
        return why;
    if (const QString why = typeProblem(st.st_mode); !why.isEmpty())
        return why;
    for (const QString &p : protectedPaths) {
        if (sameName(path, p))
            return QCoreApplication::translate("SafeFile", "it is %1, which this command reads or keeps")
                .arg(printable(p));
    }
    if ((st.st_mode & S_IWUSR) == 0 || ::access(native.constData(), W_OK) != 0)
        return QCoreApplication::translate("SafeFile", "it is read-only");
    // The file is replaced by a new one made beside it (QSaveFile beside the link's target, the
    // importer beside the link).
    const QFileInfo info(path);
    if (const QString why = folderProblem(info.absolutePath()); !why.isEmpty())
        return why;
    return folderProblem(QFileInfo(info.canonicalFilePath()).absolutePath());
}

QString outputProblem(const QString &path, const QStringList &protectedPaths)
{
    const QString why = outputReason(path, protectedPaths);
    if (why.isEmpty())
        return QString();
    if (path.isEmpty())
        return QCoreApplication::translate("SafeFile", "Cannot write: no file name was given.");
    return cannotWrite(path, why);
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QCoreApplication::translate("SafeFile", "%1 bytes").arg(bytes);
}

ReadResult readRegularFile(const QString &path, qint64 maxBytes)
{
    ReadResult result;
    if (path.isEmpty()) {
        result.why = QCoreApplication::translate("SafeFile", "no file name was given");
        result.error = QCoreApplication::translate("SafeFile", "Cannot read: no file name was given.");
        return result;
    }
    if (path.startsWith(QLatin1Char(':'))) {
        // A Qt resource, built into the program: no device or FIFO can hide behind it.
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            failRead(result, path, resource.errorString());
        else if (resource.size() > maxBytes)
            failRead(result, path,
                QCoreApplication::translate("SafeFile", "it is larger than the limit of %1")
                    .arg(sizeText(maxBytes)));
        else
            result.bytes = resource.readAll();
        return result;
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    // Looked at before opening, so that a device is never opened at all.
    QString why = statProblem(native, &st);
    if (why.isEmpty())
        why = typeProblem(st.st_mode);
    if (!why.isEmpty()) {
        failRead(result, path, why);
        return result;
    }
    // Non-blocking: should the path be swapped for a FIFO in between, opening it cannot hang.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        failRead(result, path, errnoText(errno));
        return result;
    }
    auto tooLarge = [&] {
        result.tooLarge = true;
        failRead(result, path,
            QCoreApplication::translate("SafeFile", "it is larger than the limit of %1")
                .arg(sizeText(maxBytes)));
        result.bytes.clear();
    };
    if (::fstat(fd, &st) != 0 || !typeProblem(st.st_mode).isEmpty()) {
        failRead(result, path, QCoreApplication::translate("SafeFile", "it is not a regular file"));
    } else if (st.st_size > maxBytes) {
        tooLarge();
    } else {
        result.bytes.resize(qsizetype(st.st_size));
        qint64 done = 0;
        // Reads at most one byte past the limit: a file that grows meanwhile is still capped.
        for (;;) {
            if (done == result.bytes.size()) {
                if (done > maxBytes)
                    break;
                result.bytes.resize(qsizetype(std::min<qint64>(maxBytes + 1, done + 64 * 1024)));
            }
            const ssize_t n = ::read(fd, result.bytes.data() + done, size_t(result.bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                failRead(result, path, errnoText(errno));
                break;
            }
            if (n == 0)
                break;
            done += n;
        }
        if (result.error.isEmpty()) {
            result.bytes.resize(qsizetype(done));
            if (done > maxBytes)
                tooLarge();
        }
    }
    ::close(fd);
    if (!result.ok())
        result.bytes.clear();
    return result;
}

QString printable(const QString &text, bool keepTabs)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E)
            || (u >= 0x2066 && u <= 0x2069);
        const bool control = c.category() == QChar::Other_Control || u == 0x2028 || u == 0x2029;
        if ((control && !(keepTabs && u == u'\t')) || bidi)
            out += QChar(0xFFFD);
        else
            out += c;
    }
    return out;
}

} // namespace cc::safefile
