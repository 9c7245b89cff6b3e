// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
class QPagedPaintDevice;
class QPainter;
class QString;
class QTextDocument;
QT_END_NAMESPACE

namespace cc
{

// The pages as they fill: where the next thing goes (y) on which page, and how to put text and
// charts there, breaking onto new pages (each with its footer) when they do not fit.
class ReportPages
{
public:
    ReportPages(QPagedPaintDevice *device, QPainter *painter, int pageTotal);

    qreal mm() const { return m_mm; }
    int pageNumber() const { return m_pageNumber; }
    void skip(qreal height) { m_y += height; }

    void drawFooter();
    void drawHtml(const QString &html);
    // A legend (HTML, full titles) and its charts always share a page.
    void drawCharts(
        const QVector<QChart *> &charts, qreal heightMm, qreal zoomOut, const QString &legendHtml);

private:
    void nextPage();
    void newPageIfNeeded(qreal height);
    qreal layOut(QTextDocument &doc, const QString &html) const;
    void drawDoc(QTextDocument &doc, qreal height);
    void drawSlices(QTextDocument &doc, qreal height);
    void drawChart(QChart *chart, const QRectF &target, qreal toScreen);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    int m_pageTotal;
    qreal m_mm;
    qreal m_footer;
    QRectF m_sheet;
    QRectF m_page;
    qreal m_y = 0;
    int m_pageNumber = 1;
};

} // namespace cc
