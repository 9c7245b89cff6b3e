// SPDX-License-Identifier: MIT
#include "reportlayout.h"

#include "comparisoncharts.h"
#include "reportfont.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QMutexLocker>
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
// device; rich text ignores CSS padding on cells); the glance table 3.5, the half point its border
// took inside each cell before. The glance table's thin grey rules are not Qt's borders: its border
// is 0, and its solid border style and colour ask ReportPages to draw rules of that colour between
// its cells (tableRules()). With collapsed borders Qt weighs every cell's edges against its
// neighbours' each time it lays out or draws the table, a tenth of a PDF's instructions. In the HTML,
// not set on the tables afterwards: changing a table's format lays the whole document out again.
const char *Style = "<style>"
                    "body { font-size: 9pt; color: #202020; }"
                    "h1 { font-size: 16pt; margin: 0 0 4pt 0; } h2 { font-size: 12pt; margin: 10pt 0 4pt 0; "
                    "color: #1f3f6a; }"
                    "h3 { font-size: 10pt; margin: 6pt 0 2pt 0; }"
                    "table.glance { border-color: #aaaaaa; border-style: solid; } "
                    "th { background: #eef2f7; text-align: left; }"
                    ".muted { color: #555555; } .better { font-weight: bold; }"
                    "</style>";

} // namespace

std::shared_ptr<QTextDocument> layOutHtml(QPaintDevice *device, qreal width, const QString &html)
{
    auto doc = std::make_shared<QTextDocument>();
    // The report's family as the document's font: a 'font-family' on the style sheet's body is not
    // applied by Qt's rich text (the text was set in the application's font, whatever that was). Set
    // before the layout exists: creating it, giving it the device and the width each lay the empty
    // document out, and in the application's font that loaded two more fonts on every thread.
    //
    // Creating the layout lays the empty document out on the screen's resolution, before the device
    // can be given: in the font at its size on the device (pixels), so that the one font engine it
    // loads (a fontconfig match, about a quarter of a millisecond on each thread) is the one the text
    // needs anyway, not the report's font at the screen's 12 pixels, which nothing draws with.
    const QFont font = reportfont::font(9);
    QFont onDevice = font;
    onDevice.setPixelSize(qRound(font.pointSizeF() * device->logicalDpiY() / 72.0));
    doc->setDefaultFont(onDevice);
    // The device and the page's width before the text, so the text is laid out on them as it
    // arrives, not laid out again when the width is set.
    doc->documentLayout()->setPaintDevice(device);
    doc->setDefaultFont(font);
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

LayoutSource::LayoutSource(QPaintDevice *device, qreal width)
    : m_device(device)
    , m_width(width)
{
}

LayoutSource::~LayoutSource()
{
    releaseSecondThread();
    if (m_thread)
        m_thread->wait();
}

void LayoutSource::releaseSecondThread()
{
    if (!m_thread || m_released)
        return;
    m_released = true;
    {
        // The second thread's documents end on that thread, after it has finished the one it is on.
        QMutexLocker lock(&m_mutex);
        for (Job &state : m_state) {
            if (state == Job::Free)
                state = Job::Done; // never to be taken
        }
        while (std::find(m_state.begin(), m_state.end(), Job::There) != m_state.end())
            m_finished.wait(&m_mutex);
        m_done.clear();
    }
    m_release.release();
}

void LayoutSource::startSecondThread(const QStringList &htmls, bool secondThreadFirst)
{
    m_jobs = htmls;
    m_jobs.removeDuplicates();
    for (int i = 0; i < m_jobs.size(); ++i)
        m_jobIndex.insert(m_jobs.at(i), i);
    m_state.assign(m_jobs.size(), Job::Free);
    m_done.resize(m_jobs.size());
    m_thread.reset(QThread::create([this] { secondThread(); }));
    m_thread->start();
    if (!m_thread->isRunning()) { // no thread to be had: this thread lays everything out
        m_thread.reset();
        m_jobs.clear();
        m_jobIndex.clear();
    }
    m_secondThreadFirst = secondThreadFirst && m_thread && !m_jobs.isEmpty();
}

void LayoutSource::secondThread()
{
    for (;;) {
        int job = -1;
        {
            QMutexLocker lock(&m_mutex);
            for (int i = int(m_state.size()) - 1; i >= 0 && job < 0; --i) {
                if (m_state[i] == Job::Free)
                    job = i;
            }
            if (job < 0)
                break;
            m_state[job] = Job::There;
        }
        if (m_thereDocs.empty())
            m_started.release(); // it has its first section
        auto doc = layOutHtml(m_device, m_width, m_jobs.at(job));
        m_thereDocs.push_back(doc);
        QMutexLocker lock(&m_mutex);
        m_done[job] = std::move(doc);
        m_state[job] = Job::Done;
        m_finished.wakeAll();
    }
    if (m_thereDocs.empty())
        m_started.release();
    m_release.acquire(); // idle until every document and the painter are gone
    m_thereDocs.clear();
}

std::shared_ptr<QTextDocument> LayoutSource::document(const QString &html)
{
    if (const auto known = m_here.value(html))
        return known;
    const auto job = m_jobIndex.constFind(html);
    if (job == m_jobIndex.constEnd()) {
        auto doc = layOutHtml(m_device, m_width, html);
        m_here.insert(html, doc);
        return doc;
    }
    if (m_secondThreadFirst) {
        m_started.acquire();
        m_secondThreadFirst = false;
    }
    const int i = *job;
    QMutexLocker lock(&m_mutex);
    if (m_state[i] == Job::Free)
        return layOutHere(i, lock);
    // The second thread is on it: rather than wait idle, lay out the next section it has not taken
    // (needed soon: the pages are counted over all of them).
    while (m_state[i] != Job::Done) {
        const auto next = std::find(m_state.begin(), m_state.end(), Job::Free);
        if (next != m_state.end())
            layOutHere(int(next - m_state.begin()), lock);
        else
            m_finished.wait(&m_mutex);
    }
    return m_done[i] ? m_done[i] : m_here.value(html);
}

std::shared_ptr<QTextDocument> LayoutSource::layOutHere(int job, QMutexLocker<QMutex> &lock)
{
    m_state[job] = Job::Here;
    lock.unlock();
    auto doc = layOutHtml(m_device, m_width, m_jobs.at(job));
    m_here.insert(m_jobs.at(job), doc);
    lock.relock();
    m_state[job] = Job::Done;
    return doc;
}

} // namespace cc
