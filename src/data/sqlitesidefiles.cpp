// SPDX-License-Identifier: MIT
#include "sqlitesidefiles.h"

#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace cc::sqlitefiles
{

namespace
{
// SQLite's rollback journal starts with these eight bytes while it holds a change to undo.
const QByteArray JournalMagic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
// SQLite's lock bytes (the unix VFS): PENDING, RESERVED, then the 510 bytes of SHARED locks.
constexpr off_t PendingByte = 0x40000000;
constexpr off_t ReservedByte = PendingByte + 1;
constexpr off_t SharedSize = 510;
} // namespace

bool isHotJournal(const QString &journal)
{
    const QFileInfo info(journal);
    if (!info.isFile() || info.size() == 0)
        return false;
    QFile f(journal);
    return f.open(QIODevice::ReadOnly) && f.read(JournalMagic.size()) == JournalMagic;
}

bool hasWalContent(const QString &wal)
{
    const QFileInfo info(wal);
    return info.isFile() && info.size() > 0;
}

pid_t processHoldingLock(const QString &database, Lock kind)
{
    const int fd = ::open(QFile::encodeName(database).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return 0;
    struct flock lock {
    };
    lock.l_type = F_WRLCK; // conflicts with any lock, so any is reported
    lock.l_whence = SEEK_SET;
    lock.l_start = kind == Lock::Writer ? ReservedByte : PendingByte;
    lock.l_len = kind == Lock::Writer ? 1 : 2 + SharedSize;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held ? lock.l_pid : 0;
}

} // namespace cc::sqlitefiles
