// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cc
{

// The one place that decides whether a path the user named may be written or read (issue #13).
//
// An output may only replace a regular file the user meant: the path must be absent or a regular
// file (symbolic links followed), never a FIFO, device, socket or folder, never a dangling link or
// a link loop, never read-only (its mode is kept: a read-only file is refused, not made writable),
// and never one of the program's own files or inputs (`protectedPaths`: the catalogue in use, the
// user store, the files the same command reads), compared by device and inode.
//
// An input must be a regular file no larger than a cap. It is opened without blocking (a FIFO with
// no writer never hangs) and checked after opening, so a symbolic link to /dev/zero is refused
// before a byte is read.
namespace safefile
{

// Why `path` must not be written; empty when it may. The sentence names the path and the reason.
QString outputProblem(const QString &path, const QStringList &protectedPaths = {});
// The reason alone ("it is a device, not a regular file"), for messages that name the file already.
QString outputReason(const QString &path, const QStringList &protectedPaths = {});

// Why `path` cannot be read as a regular file ("it is a FIFO (named pipe), not a regular file", "it is
// a loop of symbolic links"), or empty when it can; `*absent` when nothing at all is there.
QString inputReason(const QString &path, bool *absent = nullptr);

// Why `path` cannot be read as a folder ("it is a file, not a folder", "it is a FIFO (named pipe), not a
// folder", "it is a loop of symbolic links", "no folder was given"), or empty when it can; `*absent`
// when nothing at all is there (a dangling link is something: it says so).
QString folderReason(const QString &path, bool *absent = nullptr);

// Whether two paths name the same existing file (same device and inode); false when either is absent.
bool sameFile(const QString &a, const QString &b);
// Whether two paths name one file: the same file when both exist, else the same name in the same
// real folder (links, "." and ".." resolved), so that a file not yet made is known by any spelling.
bool sameName(const QString &path, const QString &other);

struct ReadResult {
    QByteArray bytes;
    QString error; // a sentence for the user naming the file; empty on success
    QString why; // the reason alone ("it is a FIFO (named pipe), not a regular file")
    bool tooLarge = false;
    bool ok() const { return error.isEmpty(); }
};

// Reads the whole of a regular file of at most `maxBytes` bytes.
ReadResult readRegularFile(const QString &path, qint64 maxBytes);

// "1 MiB", "16 MiB", "512 KiB" for a limit in a message.
QString sizeText(qint64 bytes);

// `text` with control characters (terminal escape sequences, bidi overrides, NUL, …) replaced by
// U+FFFD, so that text from a file can be printed to a terminal without acting on it. Tabs are kept
// only when `keepTabs`; line breaks are never kept.
QString printable(const QString &text, bool keepTabs = false);

} // namespace safefile
} // namespace cc
