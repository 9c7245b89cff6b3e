// SPDX-License-Identifier: MIT
#pragma once

// The file an import writes its catalogue into before renaming it over the output
// (".careers.sqlite.careercompare-import-AbC123", hidden, beside it), and what happens to it when an
// import is stopped.
//
// The name is one no user would choose: a dot, the output's name, ".careercompare-import-" and the six
// letters or digits of mkostemp(). Even so a file of that name is removed only with evidence that an
// import made it: a regular file of this user, not a link, that is empty with mode 0600 (as mkostemp
// makes it, before SQLite writes) or starts with SQLite's header, and that no running import holds.
// Anything else of that name is left as it is. (Earlier builds named it "<output>.tmp-AbC123";
// such files are never removed now: a user's file may have that name.)
//
// While an import writes, it holds a lock on its temporary file (an open file description lock,
// F_OFD_SETLKW, on its first byte; SQLite's own locks are at 1 GiB and never meet it, and closing
// SQLite's descriptors does not release it). A killed import's lock goes with its process, so
// the next import into the same folder removes every temporary it can lock, whatever its age, and
// never one that a running import holds. The program's handlers for SIGINT, SIGTERM and SIGHUP
// remove the temporary being written, then end the process as the signal would have.

#include <QFileInfo>
#include <QString>

namespace cc::import
{

class TemporaryCatalogue
{
public:
    // Creates ".<output>.careercompare-import-XXXXXX" (mode 0600) beside `output` and locks it; throws
    // ImportError naming `outputFile` when it cannot.
    TemporaryCatalogue(const QString &outputFile, const QFileInfo &output);
    // Removes the file unless it was renamed into place.
    ~TemporaryCatalogue();
    TemporaryCatalogue(const TemporaryCatalogue &) = delete;
    TemporaryCatalogue &operator=(const TemporaryCatalogue &) = delete;

    QString path() const { return m_path; }
    // Renames the file to `target` (the lock ends with it); false when the rename fails.
    bool moveTo(const QString &target);

private:
    QString m_path;
    int m_fd = -1;
    bool m_moved = false;
};

// Removes the temporaries of `output` (".<name>.careercompare-import-" and six letters or digits) that
// are an import's, as said above, and that no running import holds: each is locked first, and one
// already locked is left.
void removeStaleTemporaries(const QFileInfo &output);

// Installs the handlers of SIGINT, SIGTERM and SIGHUP that remove the temporary being written and
// then end the process by the same signal (its conventional status: 128 + the signal to a shell).
// A signal ignored when the program started stays ignored. For careercompare-import's main() only.
void removeTemporaryOnSignals();

} // namespace cc::import
