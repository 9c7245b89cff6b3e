// SPDX-License-Identifier: MIT
#include "reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>

#include <algorithm>

namespace cc
{

namespace
{

// Every table carries cellpadding='3' (in the document's points, which QTextDocument scales to the
// device; rich text ignores CSS padding on cells), and the bordered one a thin grey solid rule. In the
// HTML, not set on the tables afterwards: changing a table's format lays the whole document out again.
const char *Style = "<style>"
                    "body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; color: #202020; }"
                    "h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 12pt; margin: 10pt 0 4pt 0; "
                    "color: #1f3f6a; }"
                    "h3 { font-size: 10pt; margin: 6pt 0 2pt 0; }"
                    "table.glance { border-collapse: collapse; border-color: #aaaaaa; border-style: solid; } "
                    "th { background: #eef2f7; text-align: left; }"
                    ".muted { color: #555555; } .better { font-weight: bold; }"
                    "</style>";

} // namespace

std::shared_ptr<QTextDocument> layOutHtml(QPaintDevice *device, qreal width, const QString &html)
{
    auto doc = std::make_shared<QTextDocument>();
    // The device and the page's width first, so the text is laid out on them as it arrives, not
    // laid out again when the width is set.
    doc->documentLayout()->setPaintDevice(device);
    doc->setTextWidth(width);
    doc->setDefaultStyleSheet(QString());
    doc->setUndoRedoEnabled(false);
    // Inside one edit block the HTML only builds the blocks; the layout runs once, at the block's
    // end, after every block has been told to keep its shaped glyphs. (By default a block frees them
    // when laid out, and drawing the page shaped all the text a second time.)
    QTextCursor edit(doc.get());
    edit.beginEditBlock();
    doc->setHtml(QLatin1String(Style) + html);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    edit.endEditBlock();
    // A long document is laid out in steps, the rest on a timer: finished here, on this thread, so
    // that reading its size or drawing it later changes nothing in it.
    doc->size();
    return doc;
}

TwoThreadLayout::TwoThreadLayout() = default;

TwoThreadLayout::~TwoThreadLayout()
{
    if (!m_thread)
        return;
    if (!m_waited)
        m_workerDone.acquire();
    m_results.clear(); // the second thread's documents then end on that thread
    m_release.release();
    m_thread->wait();
}

void TwoThreadLayout::start(
    QPaintDevice *device, qreal width, const QStringList &htmls, bool secondThreadFirst)
{
    m_device = device;
    m_width = width;
    m_jobs = htmls;
    m_jobs.removeDuplicates();
    // Longest first, so that neither thread is left with a long section at the end.
    std::stable_sort(
        m_jobs.begin(), m_jobs.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    m_results.resize(m_jobs.size());
    m_thread.reset(QThread::create([this] { workerThread(); }));
    m_thread->start();
    if (!m_thread->isRunning()) // no thread to be had: this thread lays everything out
        m_thread.reset();
    m_secondThreadFirst = secondThreadFirst && m_thread;
}

void TwoThreadLayout::layOutJobs(std::vector<std::shared_ptr<QTextDocument>> &mine)
{
    for (int i = m_next++; i < m_jobs.size(); i = m_next++) {
        if (&mine == &m_workerDocs && mine.empty())
            m_workerStarted.release(); // the second thread has its first section
        m_results[i] = layOutHtml(m_device, m_width, m_jobs.at(i));
        mine.push_back(m_results[i]);
    }
}

void TwoThreadLayout::workerThread()
{
    layOutJobs(m_workerDocs);
    m_workerDone.release();
    m_release.acquire(); // idle until every document and the painter are gone
    m_workerDocs.clear();
}

LayoutCache TwoThreadLayout::layouts()
{
    if (m_secondThreadFirst && m_jobs.size() > 1) {
        m_workerStarted.acquire();
        m_secondThreadFirst = false;
    }
    std::vector<std::shared_ptr<QTextDocument>> mine;
    layOutJobs(mine);
    if (m_thread && !m_waited) {
        m_workerDone.acquire();
        m_waited = true;
    }
    LayoutCache cache;
    for (int i = 0; i < int(m_results.size()); ++i)
        cache.insert(m_jobs.at(i), std::move(m_results[i]));
    m_results.clear();
    return cache;
}

} // namespace cc
