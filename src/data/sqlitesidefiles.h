// SPDX-License-Identifier: MIT
#pragma once

// What lies beside an SQLite file that SQLite itself would act on (the unix VFS): a rollback journal
// that still holds a change to undo, a write-ahead log with changes not yet in the file, and the
// lock bytes another program holds. Looked at without taking a lock or creating a file. Both the
// catalogue's reader (catalogueopen.cpp) and the importer, before it replaces a catalogue, ask.

#include <QString>

#include <sys/types.h>

namespace cc::sqlitefiles
{

// `database`'s rollback journal ("…-journal") when it holds a change to undo: it starts with
// SQLite's journal header. SQLite replays such a journal into whatever file has the database's
// name the next time one is opened; an empty or zeroed journal is never replayed.
bool isHotJournal(const QString &journal);

// `database`'s write-ahead log ("…-wal") when it has any content: SQLite would read its changes as
// part of whatever file has the database's name.
bool hasWalContent(const QString &wal);

enum class Lock {
    Writer, // RESERVED: a writer between its first change and its commit
    Any, // any of SQLite's lock bytes: also a reader in a transaction, or any connection in WAL mode
};
// The process holding such a lock on `database`, or 0 when none does (or it cannot be opened).
pid_t processHoldingLock(const QString &database, Lock lock);

} // namespace cc::sqlitefiles
