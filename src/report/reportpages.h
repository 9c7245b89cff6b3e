// SPDX-License-Identifier: MIT
#pragma once

#include "reportlayout.h"

#include <QHash>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
class QTextDocument;
QT_END_NAMESPACE

namespace cc
{

// The pages as they fill: where the next thing goes (y) on which page, and how to put text and
// charts there, breaking onto new pages (each with its footer) when they do not fit.
//
// Without a painter nothing is drawn and no page is started on the device: the pages are only
// measured (laid out on the device's metrics) so that pageNumber() ends as the page count.
class ReportPages
{
public:
    // `pageTotal` is asked once, when the first footer is drawn (not at all without a painter).
    ReportPages(
        QPagedPaintDevice *device, QPainter *painter, std::function<int()> pageTotal, LayoutSource *layouts);

    qreal mm() const { return m_mm; }
    int pageNumber() const { return m_pageNumber; }
    void skip(qreal height) { m_y += height; }

    void drawFooter();
    void drawHtml(const QString &html);
    // A legend (HTML, full titles) and its row of charts always share a page. `paintRow` draws the
    // row into the rectangle it is given, only when painting: measuring needs only its height.
    using ChartRow = std::function<void(QPainter &painter, const QRectF &row)>;
    void drawCharts(const ChartRow &paintRow, qreal heightMm, const QString &legendHtml);

private:
    void nextPage();
    void newPageIfNeeded(qreal height);
    // The document for `html` at the page's width.
    std::shared_ptr<QTextDocument> layOut(const QString &html) const { return m_layouts->document(html); }
    void drawDoc(QTextDocument &doc, qreal height);
    void drawSlices(QTextDocument &doc, qreal height);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    std::function<int()> m_pageTotal;
    int m_total = 0;
    LayoutSource *m_layouts;
    qreal m_mm;
    qreal m_footer;
    QRectF m_sheet;
    QRectF m_page;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

} // namespace cc
