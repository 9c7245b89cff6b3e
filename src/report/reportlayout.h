// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QTextDocument;
class QThread;
QT_END_NAMESPACE

namespace cc
{

// `html` (with the report's style sheet) as a document laid out on `device`'s metrics at `width`,
// completely: its layout starts no timer afterwards, and its blocks keep their shaped glyphs for
// drawing.
std::shared_ptr<QTextDocument> layOutHtml(QPaintDevice *device, qreal width, const QString &html);

// The report's laid-out text, by HTML, for one device and width: each section is laid out once, on
// first use by the pass that counts the pages or the one that paints them.
//
// With startSecondThread(), a second thread lays the given sections out ahead, from the last one
// backwards, while this thread takes them from the front as it needs them: one not taken yet is
// laid out here; while the second thread finishes one this thread needs, this thread lays out the
// next untaken one. The two cores share the layout, and the first page is painted while the last
// ones are laid out.
//
// Why it is safe (Qt's text classes are reentrant, not thread-safe): each document is made, laid
// out and later destroyed by one thread; this thread reads a second-thread document only after the
// second thread has finished it (under the mutex). A document keeps the font engines it was laid
// out with, and Qt keeps font engines (and their FreeType faces) per thread, freeing them when the
// thread ends; a PDF engine keeps the engines it drew with until it is destroyed. So the second
// thread stays alive, idle, until this object is destroyed, and then destroys its documents itself
// before it ends: destroy this object only after the painter, the device and every document handed
// out are gone. The device is only read (its metrics) by both threads.
class LayoutSource
{
public:
    LayoutSource(QPaintDevice *device, qreal width);
    LayoutSource(const LayoutSource &) = delete;
    LayoutSource &operator=(const LayoutSource &) = delete;
    ~LayoutSource();

    // Starts laying `htmls` out on a second thread, the last first (duplicates once). Call once,
    // before document(). With `secondThreadFirst` (for tests) document() takes nothing before the
    // second thread has taken its first section.
    void startSecondThread(const QStringList &htmls, bool secondThreadFirst = false);
    // `html` laid out: done before, laid out now on this thread, or waited for.
    std::shared_ptr<QTextDocument> document(const QString &html);
    // Lets the second thread destroy its documents and end without waiting for it (the destructor
    // waits), once the painter, the device and every document it laid out are gone: it then ends
    // while this thread goes on. document() must not be called after.
    void releaseSecondThread();

private:
    enum class Job { Free, Here, There, Done };
    void secondThread();
    // Lays section `job` out on this thread; `lock` holds m_mutex, released meanwhile.
    std::shared_ptr<QTextDocument> layOutHere(int job, QMutexLocker<QMutex> &lock);

    QPaintDevice *m_device;
    qreal m_width;
    QHash<QString, std::shared_ptr<QTextDocument>> m_here; // laid out on this thread
    QStringList m_jobs; // the second thread's list, in page order
    QHash<QString, int> m_jobIndex;
    std::vector<Job> m_state; // under m_mutex
    std::vector<std::shared_ptr<QTextDocument>> m_done; // under m_mutex
    std::vector<std::shared_ptr<QTextDocument>> m_thereDocs; // the second thread's own references
    QMutex m_mutex;
    QWaitCondition m_finished;
    QSemaphore m_started;
    QSemaphore m_release;
    std::unique_ptr<QThread> m_thread;
    bool m_secondThreadFirst = false;
    bool m_released = false;
};

} // namespace cc
