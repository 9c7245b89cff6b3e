// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QSemaphore>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QTextDocument;
class QThread;
QT_END_NAMESPACE

namespace cc
{

// Text laid out for one device, by its HTML: the pass that counts the pages lays each section out
// once, and the pass that paints reuses it (layout and shaping are most of a report's cost).
using LayoutCache = QHash<QString, std::shared_ptr<QTextDocument>>;

// `html` (with the report's style sheet) as a document laid out on `device`'s metrics at `width`,
// completely: its layout starts no timer afterwards, and its blocks keep their shaped glyphs for
// drawing.
std::shared_ptr<QTextDocument> layOutHtml(QPaintDevice *device, qreal width, const QString &html);

// Lays out a report's sections on two threads: a second thread takes sections from the same list as
// the calling thread, longest first, so that the two cores share the layout.
//
// Why it is safe (Qt's text classes are reentrant, not thread-safe): each document is made, laid
// out and later destroyed by one thread, and in between only read by the caller after the second
// thread has finished laying out (layouts() waits for it). A document keeps the font engines it was
// laid out with, and Qt keeps font engines (and their FreeType faces) per thread, freeing them when
// the thread ends; a PDF engine keeps the engines it drew with until it is destroyed. So the second
// thread stays alive, idle, until this object is destroyed, and then destroys its documents itself
// before it ends: destroy it only after the painter, the device and every copy of the documents
// handed out are gone. The device is only read (its metrics) by both threads.
class TwoThreadLayout
{
public:
    TwoThreadLayout();
    TwoThreadLayout(const TwoThreadLayout &) = delete;
    TwoThreadLayout &operator=(const TwoThreadLayout &) = delete;
    ~TwoThreadLayout();

    // Starts the second thread on `htmls` (duplicates are laid out once). Call once. With
    // `secondThreadFirst` (for tests) this thread takes no section before the second thread has
    // taken its first, so that both threads lay out some.
    void start(QPaintDevice *device, qreal width, const QStringList &htmls, bool secondThreadFirst = false);
    // Lays out on this thread what the second one has not taken, waits for it, and returns every
    // document by its HTML.
    LayoutCache layouts();

private:
    void layOutJobs(std::vector<std::shared_ptr<QTextDocument>> &mine);
    void workerThread();

    QPaintDevice *m_device = nullptr;
    qreal m_width = 0;
    QStringList m_jobs;
    std::vector<std::shared_ptr<QTextDocument>> m_results;
    std::vector<std::shared_ptr<QTextDocument>> m_workerDocs;
    std::atomic<int> m_next { 0 };
    QSemaphore m_workerStarted;
    QSemaphore m_workerDone;
    QSemaphore m_release;
    std::unique_ptr<QThread> m_thread;
    bool m_waited = false;
    bool m_secondThreadFirst = false;
};

} // namespace cc
