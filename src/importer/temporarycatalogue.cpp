// SPDX-License-Identifier: MIT
#include "temporarycatalogue.h"

#include "importerror.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cc::import
{

namespace
{

// The temporary being written, for the signal handler: set only while the handler must not read it.
char temporaryPath[PATH_MAX + 1];
volatile std::sig_atomic_t temporaryArmed = 0;

void arm(const QByteArray &path)
{
    temporaryArmed = 0;
    std::atomic_signal_fence(std::memory_order_seq_cst);
    const std::size_t n = std::min<std::size_t>(std::size_t(path.size()), PATH_MAX);
    std::memcpy(temporaryPath, path.constData(), n);
    temporaryPath[n] = '\0';
    std::atomic_signal_fence(std::memory_order_seq_cst);
    temporaryArmed = 1;
}

void disarm()
{
    temporaryArmed = 0;
    std::atomic_signal_fence(std::memory_order_seq_cst);
}

// Only async-signal-safe calls: unlink the path set before, then die of the same signal.
extern "C" void onTerminatingSignal(int signal)
{
    if (temporaryArmed)
        ::unlink(temporaryPath);
    struct sigaction byDefault {
    };
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    ::sigaction(signal, &byDefault, nullptr);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signal);
    ::pthread_sigmask(SIG_UNBLOCK, &unblock, nullptr);
    ::raise(signal);
    ::_exit(128 + signal); // only if the signal did not end the process
}

constexpr int TerminatingSignals[] = { SIGINT, SIGTERM, SIGHUP };

// The lock an import holds on its temporary: a write lock on byte 0, owned by the open file
// description, so it conflicts with another descriptor's even in the same process.
struct flock temporaryLock()
{
    struct flock lock {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 0;
    lock.l_len = 1;
    return lock;
}

bool sameFile(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

// ".careers.sqlite.careercompare-import-": what every temporary of `output` is named, before the six
// characters mkostemp() chooses.
QByteArray temporaryPrefix(const QFileInfo &output)
{
    return QFile::encodeName(QLatin1Char('.') + output.fileName() + QStringLiteral(".careercompare-import-"));
}

// Whether `name` is `prefix` and six ASCII letters or digits, as mkostemp() makes them.
bool isTemporaryName(const char *name, const QByteArray &prefix)
{
    if (std::strncmp(name, prefix.constData(), std::size_t(prefix.size())) != 0)
        return false;
    const char *suffix = name + prefix.size();
    if (std::strlen(suffix) != 6)
        return false;
    return std::all_of(suffix, suffix + 6,
        [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// Evidence that the open file `fd` (`st`) is an import's temporary and no user's: this user's, and
// either empty with mode 0600 as mkostemp() made it, or a database in SQLite's format.
bool madeByAnImport(int fd, const struct stat &st)
{
    if (!S_ISREG(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    if (st.st_size == 0)
        return (st.st_mode & 07777) == 0600;
    static const char header[16] = "SQLite format 3"; // and its terminating NUL: 16 bytes
    char first[sizeof header];
    return ::pread(fd, first, sizeof first, 0) == ssize_t(sizeof first)
        && std::memcmp(first, header, sizeof header) == 0;
}

} // namespace

TemporaryCatalogue::TemporaryCatalogue(const QString &outputFile, const QFileInfo &output)
{
    const QByteArray pattern
        = QFile::encodeName(output.absoluteDir().absolutePath()) + '/' + temporaryPrefix(output) + "XXXXXX";
    // A cleanup by another import may lock and remove the file between its creation and our lock
    // (it was not locked yet): then the name no longer leads to our file, and another is made.
    for (int attempt = 0; attempt < 8; ++attempt) {
        QByteArray name = pattern;
        const int fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd < 0)
            throw ImportError(outputFile, 0,
                QStringLiteral("cannot create a temporary file beside it: %1")
                    .arg(QString::fromLocal8Bit(std::strerror(errno))));
        arm(name); // from here a signal removes it
        struct flock lock = temporaryLock();
        int locked;
        do
            locked = ::fcntl(fd, F_OFD_SETLKW, &lock);
        while (locked != 0 && errno == EINTR);
        // Without such locks (an old kernel, some network file systems) no cleanup can take the lock
        // either, so none removes the file: it is kept as in use.
        struct stat opened {
        }, named {};
        if (::fstat(fd, &opened) == 0 && ::stat(name.constData(), &named) == 0 && sameFile(opened, named)) {
            m_fd = fd;
            m_path = QFile::decodeName(name);
            return;
        }
        disarm();
        ::close(fd);
    }
    throw ImportError(
        outputFile, 0, QStringLiteral("cannot create a temporary file beside it: each was removed at once"));
}

TemporaryCatalogue::~TemporaryCatalogue()
{
    if (!m_moved)
        ::unlink(QFile::encodeName(m_path).constData());
    disarm();
    ::close(m_fd);
}

bool TemporaryCatalogue::moveTo(const QString &target)
{
    if (::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(target).constData()) != 0)
        return false;
    m_moved = true;
    disarm();
    return true;
}

void removeStaleTemporaries(const QFileInfo &output)
{
    const QByteArray folder = QFile::encodeName(output.absoluteDir().absolutePath());
    const QByteArray prefix = temporaryPrefix(output);
    // Names compared byte for byte: never a wildcard pattern, which a '*' or '[' in the output's
    // name would turn into one matching other files.
    QList<QByteArray> candidates;
    if (DIR *dir = ::opendir(folder.constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            if (isTemporaryName(entry->d_name, prefix))
                candidates << folder + '/' + entry->d_name;
        }
        ::closedir(dir);
    }
    for (const QByteArray &name : std::as_const(candidates)) {
        // Opened for writing (a write lock needs it), never through a link, never blocking on a FIFO.
        const int fd = ::open(name.constData(), O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct flock lock = temporaryLock();
        struct stat opened {
        }, named {};
        // Locked: no import holds it, and none can take it while it is looked at and removed. It must
        // be an import's by its contents, and the name must still lead to it (lstat: not a link put
        // in its place).
        if (::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode) && ::fcntl(fd, F_OFD_SETLK, &lock) == 0
            && ::fstat(fd, &opened) == 0 && madeByAnImport(fd, opened)
            && ::lstat(name.constData(), &named) == 0 && sameFile(opened, named))
            ::unlink(name.constData());
        ::close(fd);
    }
}

void removeTemporaryOnSignals()
{
    struct sigaction handler {
    };
    handler.sa_handler = &onTerminatingSignal;
    sigemptyset(&handler.sa_mask);
    for (const int signal : TerminatingSignals)
        sigaddset(&handler.sa_mask, signal); // one handler at a time
    for (const int signal : TerminatingSignals) {
        struct sigaction current {
        };
        if (::sigaction(signal, nullptr, &current) == 0 && current.sa_handler == SIG_IGN)
            continue; // ignored by whoever started us (nohup, a background job): stays so
        ::sigaction(signal, &handler, nullptr);
    }
}

} // namespace cc::import
