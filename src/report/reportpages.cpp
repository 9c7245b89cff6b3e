// SPDX-License-Identifier: MIT
#include "reportpages.h"

#include "reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <vector>

namespace cc
{

ReportPages::ReportPages(
    QPagedPaintDevice *device, QPainter *painter, std::function<int()> pageTotal, LayoutSource *layouts)
    : m_device(device)
    , m_painter(painter)
    , m_pageTotal(std::move(pageTotal))
    , m_layouts(layouts)
    , m_mm(device->logicalDpiX() / 25.4)
    , m_footer(8 * m_mm) // "Page k of n" under the text on every page
    , m_sheet(QRectF(0, 0, device->width(), device->height()))
    , m_page(QRectF(0, 0, m_sheet.width(), m_sheet.height() - m_footer))
{
}

void ReportPages::drawFooter()
{
    if (!m_pageTotal || !m_painter)
        return;
    if (m_total == 0)
        m_total = m_pageTotal();
    m_painter->save();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(8);
    m_painter->setFont(font);
    m_painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF box(0, m_sheet.height() - m_footer * 0.6, m_sheet.width(), m_footer * 0.6);
    m_painter->drawText(box, Qt::AlignRight | Qt::AlignBottom,
        QCoreApplication::translate("Report", "Page %1 of %2").arg(m_pageNumber).arg(m_total));
    m_painter->drawText(box, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Career Compare"));
    m_painter->restore();
}

void ReportPages::nextPage()
{
    drawFooter();
    if (m_painter)
        m_device->newPage();
    ++m_pageNumber;
    m_y = 0;
}

void ReportPages::newPageIfNeeded(qreal height)
{
    if (m_y > 0 && m_y + height > m_page.height())
        nextPage();
}

void ReportPages::drawDoc(QTextDocument &doc, qreal height)
{
    if (!m_painter) {
        m_y += height;
        return;
    }
    m_painter->save();
    m_painter->translate(0, m_y);
    doc.drawContents(m_painter, QRectF(0, 0, m_page.width(), height));
    m_painter->restore();
    m_y += height;
}

void ReportPages::drawHtml(const QString &html)
{
    const std::shared_ptr<QTextDocument> doc = layOut(html);
    const qreal height = doc->size().height();
    if (height <= m_page.height()) {
        newPageIfNeeded(height);
        drawDoc(*doc, height);
        return;
    }
    drawSlices(*doc, height);
}

// Taller than a page: continue it over as many pages as it needs, breaking between lines.
void ReportPages::drawSlices(QTextDocument &doc, qreal height)
{
    qreal drawn = 0;
    while (drawn < height) {
        qreal room = m_page.height() - m_y;
        // Do not cut a line of text in half: end the slice above the first line it would cut.
        const int hit = doc.documentLayout()->hitTest(QPointF(1, drawn + room), Qt::FuzzyHit);
        const QTextBlock block = hit >= 0 ? doc.findBlock(hit) : QTextBlock();
        if (block.isValid() && block.layout()) {
            const QTextLine line = block.layout()->lineForTextPosition(hit - block.position());
            const qreal top = doc.documentLayout()->blockBoundingRect(block).top()
                - block.layout()->boundingRect().top() + (line.isValid() ? line.y() : 0);
            if (top > drawn && top < drawn + room)
                room = top - drawn;
        }
        if (m_painter) {
            m_painter->save();
            m_painter->translate(0, m_y - drawn);
            m_painter->setClipRect(QRectF(0, drawn, m_page.width(), room));
            doc.drawContents(m_painter, QRectF(0, drawn, m_page.width(), room));
            m_painter->restore();
        }
        drawn += room;
        m_y += room;
        if (drawn < height)
            nextPage();
    }
}

void ReportPages::drawCharts(const ChartRow &paintRow, qreal heightMm, const QString &legendHtml)
{
    const qreal height = heightMm * m_mm;
    const std::shared_ptr<QTextDocument> legend = legendHtml.isEmpty() ? nullptr : layOut(legendHtml);
    const qreal legendHeight = legend ? legend->size().height() : 0;
    newPageIfNeeded(legendHeight + height);
    if (legend)
        drawDoc(*legend, legendHeight);
    if (m_painter)
        paintRow(*m_painter, QRectF(0, m_y, m_page.width(), height));
    m_y += height + 4 * m_mm;
}

} // namespace cc
