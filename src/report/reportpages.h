// SPDX-License-Identifier: MIT
#pragma once

#include "reportlayout.h"

#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;
class QTextTable;
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
    // Where to end a slice of `doc` that starts at `from` and may run to `to` (document
    // coordinates): `to`, moved up to the top of any line of text it would cut, in any column of any
    // table, until no line is cut. Returns `from` when the slice's first line does not fit. (A line
    // that starts where a slice ends is not drawn with it, so no text is on two pages.)
    // With `only`, only the lines of the blocks it accepts count (one column of a table).
    // With `keepWithNext`, a heading (or a short line ending in a colon) just above the end moves to
    // the next slice with what it introduces.
    static qreal sliceEnd(const QTextDocument &doc, qreal from, qreal to,
        const std::function<bool(const QTextBlock &)> &only = {}, bool keepWithNext = true);

    // The rules of a ruled table (hasRuledTable()), in document coordinates: a line above and under
    // every row and beside every column, midway between the cells' text (each cell's padding on
    // both sides of it). Qt draws no border for such a table; its border colour is the rules'. The
    // cells are top-aligned; a cell spanning rows or columns gets no gap in the rules (the glance
    // table has none); a table of one row or column takes a tenth of it as its padding.
    static QVector<QLineF> tableRules(const QTextDocument &doc, const QTextTable &table);
    // Whether `table` asks for those rules: no border, a solid border style and a colour.
    static bool isRuledByUs(const QTextTable &table);

    // What was drawn where, when recorded (for tests): `area` of the document (in its coordinates),
    // put on page `page` at height `y`.
    struct Piece {
        int page;
        QRectF area;
        qreal y;
    };
    void recordPieces() { m_recordPieces = true; }
    const QVector<Piece> &pieces() const { return m_pieces; }

    // `pageTotal` is asked once, when the first footer is drawn (not at all without a painter).
    ReportPages(
        QPagedPaintDevice *device, QPainter *painter, std::function<int()> pageTotal, LayoutSource *layouts);

    qreal mm() const { return m_mm; }
    int pageNumber() const { return m_pageNumber; }
    qreal pageHeight() const { return m_page.height(); } // above the footer
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
    // A one-row table of two or more columns, side by side, from `top` to `bottom`: each column is
    // continued over the pages on its own, so that none has to break where another's lines do.
    struct Columns {
        QTextTable *table = nullptr;
        qreal top = 0;
        qreal bottom = 0;
        QVector<QPair<qreal, qreal>> edges; // each column's left and right
    };
    // Such a table that starts at or below `from` and above `y`, and runs on below `y`.
    static Columns columnsAcross(const QTextDocument &doc, qreal from, qreal y);
    static std::function<bool(const QTextBlock &)> inColumn(const Columns &columns, int column);
    // A table with rules (its own borders, or a solid border style without a border: the rules drawn
    // here): kept whole.
    static bool hasRuledTable(const QTextDocument &doc);
    // Draws the rules of the document's ruled tables (tableRules()), in the painter's coordinates.
    void drawTableRules(const QTextDocument &doc);
    static qreal lineBoundary(
        const QTextDocument &doc, qreal from, qreal to, const std::function<bool(const QTextBlock &)> &only);
    static qreal withoutLoneLines(
        const QTextDocument &doc, qreal from, qreal end, const std::function<bool(const QTextBlock &)> &only);
    static qreal keptWithNext(
        const QTextDocument &doc, qreal from, qreal end, const std::function<bool(const QTextBlock &)> &only);
    void drawColumns(QTextDocument &doc, const Columns &columns);
    void drawContinuedCaptions(
        const QTextDocument &doc, const Columns &columns, const std::vector<qreal> &drawn);
    static bool hasLinesBelow(
        const QTextDocument &doc, qreal y, const std::function<bool(const QTextBlock &)> &only);
    // The document's `from`..`to` between `left` and `right`, at the page's y.
    // With `only`, only the blocks it accepts (one column's).
    void drawPiece(QTextDocument &doc, qreal from, qreal to, qreal left, qreal right,
        const std::function<bool(const QTextBlock &)> &only = {});

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
    bool m_recordPieces = false;
    QVector<Piece> m_pieces;
};

} // namespace cc
