// SPDX-License-Identifier: MIT
#include "reportpages.h"

#include "comparisoncharts.h"
#include "reportfont.h"
#include "reportlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

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
    m_painter->setFont(reportfont::font(8));
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
    if (m_recordPieces)
        m_pieces.append({ m_pageNumber, QRectF(0, 0, m_page.width(), height), m_y });
    if (m_painter) {
        m_painter->save();
        m_painter->translate(0, m_y);
        doc.drawContents(m_painter, QRectF(0, 0, m_page.width(), height));
        drawTableRules(doc);
        m_painter->restore();
    }
    m_y += height;
}

void ReportPages::drawHtml(const QString &html)
{
    const std::shared_ptr<QTextDocument> doc = layOut(html);
    const qreal height = doc->size().height();
    // A section that fits on a page starts on a new one rather than break, unless that would leave
    // more than a third of this page empty; a ruled table (the glance table) is never broken.
    const bool fitsHere = m_y == 0 || m_y + height <= m_page.height();
    const bool leavesLittle = m_page.height() - m_y < m_page.height() / 3;
    if (height <= m_page.height() && (fitsHere || leavesLittle || hasRuledTable(*doc))) {
        newPageIfNeeded(height);
        drawDoc(*doc, height);
        return;
    }
    drawSlices(*doc, height);
}

qreal ReportPages::sliceEnd(const QTextDocument &doc, qreal from, qreal to,
    const std::function<bool(const QTextBlock &)> &only, bool keepWithNext)
{
    const qreal end = lineBoundary(doc, from, to, only);
    if (!keepWithNext)
        return end;
    // Moved up to a line of one block, the end is checked again against every other block's lines.
    return lineBoundary(
        doc, from, keptWithNext(doc, from, withoutLoneLines(doc, from, end, only), only), only);
}

qreal ReportPages::lineBoundary(
    const QTextDocument &doc, qreal from, qreal to, const std::function<bool(const QTextBlock &)> &only)
{
    // Every line's top and bottom on the document, blocks in table cells included: the layout's
    // block rectangle is in document coordinates (frames' and cells' offsets added).
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    qreal end = to;
    bool moved = true;
    while (moved && end > from) {
        moved = false;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() == 0 || (only && !only(block)))
                continue;
            const qreal blockTop = layout->blockBoundingRect(block).top();
            if (blockTop >= end)
                continue; // blocks of other columns may still lie above: keep looking
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                const qreal top = blockTop + line.y();
                if (top >= end)
                    break;
                if (top + line.height() <= end)
                    continue;
                end = std::max(from, top);
                moved = true;
                break;
            }
        }
    }
    return end;
}

// A paragraph broken by the page keeps two lines on either side: never its first line alone at the
// foot of a page, nor its last alone at the top of the next.
qreal ReportPages::withoutLoneLines(
    const QTextDocument &doc, qreal from, qreal end, const std::function<bool(const QTextBlock &)> &only)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() < 2 || (only && !only(block)))
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        const int count = lines->lineCount();
        if (top + lines->lineAt(0).y() >= end || top + lines->lineAt(count - 1).y() < end)
            continue; // not broken at `end`
        int below = 0; // the first line at or below the break
        while (below < count && top + lines->lineAt(below).y() < end)
            ++below;
        qreal moved = end;
        if (below == 1)
            moved = top + lines->lineAt(0).y();
        else if (count - below == 1)
            moved = top + lines->lineAt(below - 1).y();
        return moved > from ? moved : end;
    }
    return end;
}

// A heading, or a short line that leads into what follows ("Skills to learn first, coming from X:"),
// does not end a page: the break moves above it, so it starts the next page with what it introduces.
qreal ReportPages::keptWithNext(
    const QTextDocument &doc, qreal from, qreal end, const std::function<bool(const QTextBlock &)> &only)
{
    if (end <= from || end >= doc.size().height())
        return end;
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (int moves = 0; moves < 4; ++moves) {
        // The block of the last line above the break (the break may fall inside it: a heading over
        // two lines moves whole).
        QTextBlock last;
        qreal lastBottom = from;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *lines = block.layout();
            if (!lines || lines->lineCount() == 0 || (only && !only(block)))
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            if (top + lines->lineAt(0).y() < from)
                continue;
            for (int i = 0; i < lines->lineCount(); ++i) {
                const qreal bottom = top + lines->lineAt(i).y() + lines->lineAt(i).height();
                if (bottom > end + 0.5)
                    break;
                if (bottom > lastBottom) {
                    last = block;
                    lastBottom = bottom;
                }
            }
        }
        if (!last.isValid())
            return end;
        // Any heading, however many lines its titles take; a line ending in ':' when it is short (a
        // lead-in, not a paragraph that happens to end so).
        const bool leads = last.blockFormat().headingLevel() > 0
            || (last.layout()->lineCount() <= 3 && last.text().trimmed().endsWith(QLatin1Char(':')));
        if (!leads)
            return end;
        end = layout->blockBoundingRect(last).top() + last.layout()->lineAt(0).y();
        if (end <= from)
            return from;
    }
    return end;
}

bool ReportPages::isRuledByUs(const QTextTable &table)
{
    // Qt gives every table of HTML a border colour and, unless told, the outset style: a solid
    // style on a table without a border is the report's way of asking for these rules.
    const QTextTableFormat format = table.format();
    return format.border() == 0 && format.borderStyle() == QTextFrameFormat::BorderStyle_Solid
        && format.borderBrush().style() != Qt::NoBrush;
}

bool ReportPages::hasRuledTable(const QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    return std::any_of(frames.begin(), frames.end(), [](QTextFrame *frame) {
        const auto *table = qobject_cast<QTextTable *>(frame);
        return table && (table->format().border() > 0 || isRuledByUs(*table));
    });
}

QVector<QLineF> ReportPages::tableRules(const QTextDocument &doc, const QTextTable &table)
{
    const int rows = table.rows();
    const int columns = table.columns();
    if (rows < 1 || columns < 1)
        return {};
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    constexpr qreal none = std::numeric_limits<qreal>::max();
    // Each row's text from its highest top to its lowest bottom; each column's left and right.
    QVector<qreal> tops(rows, none), bottoms(rows, -none), lefts(columns, none), rights(columns, -none);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table.cellAt(r, c);
            if (!cell.isValid() || cell.row() != r || cell.column() != c)
                continue; // spanned over
            const QRectF first = layout->blockBoundingRect(cell.firstCursorPosition().block());
            const QRectF last = layout->blockBoundingRect(cell.lastCursorPosition().block());
            tops[r] = std::min(tops[r], first.top());
            bottoms[r + cell.rowSpan() - 1] = std::max(bottoms[r + cell.rowSpan() - 1], last.bottom());
            lefts[c] = std::min(lefts[c], first.left());
            rights[c + cell.columnSpan() - 1] = std::max(rights[c + cell.columnSpan() - 1], first.right());
        }
    }
    for (const auto *edges : { &tops, &bottoms, &lefts, &rights }) {
        if (std::any_of(edges->begin(), edges->end(), [](qreal v) { return std::abs(v) == none; }))
            return {}; // a row or column without a cell of its own
    }
    // The padding: half the space between two rows' (or columns') text, or a tenth of a row alone.
    const qreal padY = rows > 1 ? (tops[1] - bottoms[0]) / 2 : (bottoms[0] - tops[0]) / 10;
    const qreal padX = columns > 1 ? (lefts[1] - rights[0]) / 2 : (rights[0] - lefts[0]) / 10;
    QVector<qreal> ys { tops[0] - padY };
    for (int r = 0; r + 1 < rows; ++r)
        ys << (bottoms[r] + tops[r + 1]) / 2;
    ys << bottoms[rows - 1] + padY;
    QVector<qreal> xs { lefts[0] - padX };
    for (int c = 0; c + 1 < columns; ++c)
        xs << (rights[c] + lefts[c + 1]) / 2;
    xs << rights[columns - 1] + padX;
    QVector<QLineF> rules;
    for (const qreal y : std::as_const(ys))
        rules << QLineF(xs.first(), y, xs.last(), y);
    for (const qreal x : std::as_const(xs))
        rules << QLineF(x, ys.first(), x, ys.last());
    return rules;
}

void ReportPages::drawTableRules(const QTextDocument &doc)
{
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        const auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !isRuledByUs(*table))
            continue;
        m_painter->save();
        // As thin as Qt's one-point border was (0.25 mm), drawn as lines so that a viewer shows
        // each at least a pixel wide at any zoom.
        m_painter->setPen(QPen(table->format().borderBrush(), 0.25 * m_mm, Qt::SolidLine, Qt::SquareCap));
        m_painter->drawLines(tableRules(doc, *table));
        m_painter->restore();
    }
}

ReportPages::Columns ReportPages::columnsAcross(const QTextDocument &doc, qreal from, qreal y)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const QList<QTextFrame *> frames = doc.rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() != 1 || table->columns() < 2)
            continue;
        const QRectF box = layout->frameBoundingRect(table);
        if (box.top() < from || box.top() >= y || box.bottom() <= y)
            continue;
        Columns columns { table, box.top(), box.bottom(), {} };
        // Each column's right edge is its cells' text's (a block is as wide as its cell): the
        // next column, bullets and all, starts just after it.
        qreal left = 0;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextTableCell cell = table->cellAt(0, c);
            qreal right = left;
            for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it)
                if (it.currentBlock().isValid())
                    right = std::max(right, layout->blockBoundingRect(it.currentBlock()).right());
            if (c == table->columns() - 1)
                right = std::numeric_limits<qreal>::max();
            columns.edges.append({ left, right });
            left = right;
        }
        return columns;
    }
    return {};
}

void ReportPages::drawPiece(QTextDocument &doc, qreal from, qreal to, qreal left, qreal right,
    const std::function<bool(const QTextBlock &)> &only)
{
    const QRectF piece(left, from, std::min(right, m_page.width()) - left, to - from);
    if (m_recordPieces)
        m_pieces.append({ m_pageNumber, piece, m_y });
    if (!m_painter || to <= from)
        return;
    m_painter->save();
    m_painter->translate(0, m_y - from);
    m_painter->setClipRect(piece);
    // The layout draws every line that touches the rectangle it is given, one that only starts where
    // the piece ends included, and the block of a paragraph that runs into the piece from above from
    // one line early (QTextLayout::draw); it culls blocks by height only, so other columns' blocks
    // show too. All invisible under the clip, but text in the PDF twice. So the layout draws only the
    // blocks that start in the piece (the others are hidden meanwhile; their layout stays as it is),
    // up to a rectangle a quarter of a pixel short of the piece's end (more than its rounding to
    // 64ths, less than any line), and the lines of a paragraph running in from above are drawn here.
    const qreal edge = 0.25;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    std::vector<QTextBlock> hidden;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        const bool ours = !only || only(block);
        const QRectF box = layout->blockBoundingRect(block);
        if (ours && box.top() >= from - edge)
            continue;
        block.setVisible(false);
        hidden.push_back(block);
        const QTextLayout *lines = block.layout();
        if (!ours || !lines || box.bottom() <= from || box.right() <= piece.left()
            || box.left() >= piece.right())
            continue;
        for (int i = 0; i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            const qreal y = box.top() + line.y();
            if (y >= from - edge && y < to - edge)
                line.draw(m_painter, box.topLeft());
        }
    }
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(piece.left(), from, piece.width(), to - edge - from);
    layout->draw(m_painter, context);
    for (QTextBlock &block : hidden)
        block.setVisible(true);
    drawTableRules(doc); // under the piece's clip
    m_painter->restore();
}

// Taller than a page: continue it over as many pages as it needs, breaking between lines.
void ReportPages::drawSlices(QTextDocument &doc, qreal height)
{
    qreal drawn = 0;
    while (drawn < height) {
        const qreal to = std::min(height, drawn + m_page.height() - m_y);
        // Side-by-side columns whose lines need not line up: each column breaks on its own.
        if (to < height) {
            if (const Columns columns = columnsAcross(doc, drawn, to); columns.table) {
                // Every column starts on this page (its heading and a line of what follows), or the
                // table starts on the next, with the heading that introduces it.
                if (m_y > 0) {
                    bool startsHere = true;
                    for (int c = 0; c < columns.edges.size() && startsHere; ++c)
                        startsHere = sliceEnd(doc, columns.top, to, inColumn(columns, c)) > columns.top;
                    if (!startsHere) {
                        const qreal end = sliceEnd(doc, drawn, columns.top);
                        if (end > drawn) {
                            drawPiece(doc, drawn, end, 0, m_page.width());
                            m_y += end - drawn;
                            drawn = end;
                        }
                        nextPage();
                        continue;
                    }
                }
                drawPiece(doc, drawn, columns.top, 0, m_page.width());
                m_y += columns.top - drawn;
                drawColumns(doc, columns);
                drawn = columns.bottom;
                continue;
            }
        }
        // Do not cut a line of text in half: end the slice above the first line it would cut.
        qreal end = sliceEnd(doc, drawn, to);
        if (end <= drawn && m_y > 0) { // not even one line fits under what is on this page
            nextPage();
            continue;
        }
        if (end <= drawn) // a page of headings alone: break after them after all
            end = sliceEnd(doc, drawn, to, {}, false);
        if (end <= drawn) // a line taller than a whole page
            end = to;
        drawPiece(doc, drawn, end, 0, m_page.width());
        m_y += end - drawn;
        drawn = end;
        if (drawn < height)
            nextPage();
    }
}

std::function<bool(const QTextBlock &)> ReportPages::inColumn(const Columns &columns, int column)
{
    return [table = columns.table, column](const QTextBlock &block) {
        const QTextTableCell cell = table->cellAt(block.position());
        return cell.isValid() && cell.column() == column;
    };
}

void ReportPages::drawColumns(QTextDocument &doc, const Columns &columns)
{
    std::vector<qreal> drawn(columns.edges.size(), columns.top);
    for (bool first = true;; first = false) {
        // On the pages it continues on, a column that still has text says whose it is.
        const bool fresh = !first || m_y == 0;
        if (!first)
            drawContinuedCaptions(doc, columns, drawn);
        const qreal room = m_page.height() - m_y;
        qreal used = 0;
        bool done = true;
        for (int c = 0; c < columns.edges.size(); ++c) {
            qreal end = std::min(columns.bottom, drawn[c] + room);
            if (end < columns.bottom) {
                done = false;
                const qreal most = end;
                end = sliceEnd(doc, drawn[c], most, inColumn(columns, c));
                if (end <= drawn[c] && fresh) // headings alone on a page: break after them after all
                    end = sliceEnd(doc, drawn[c], most, inColumn(columns, c), false);
                if (end <= drawn[c] && fresh) // a line taller than a whole page
                    end = most;
            }
            drawPiece(
                doc, drawn[c], end, columns.edges[c].first, columns.edges[c].second, inColumn(columns, c));
            used = std::max(used, end - drawn[c]);
            drawn[c] = end;
        }
        if (done) {
            m_y += used;
            return;
        }
        nextPage();
    }
}

// "Tree Trimmers and Pruners (continued)" over each column that goes on at the top of a page, from
// the heading its cell starts with. Measured alike whether or not the pages are painted.
void ReportPages::drawContinuedCaptions(
    const QTextDocument &doc, const Columns &columns, const std::vector<qreal> &drawn)
{
    QFont font = reportfont::font(8);
    font.setItalic(true);
    const QFontMetricsF metrics(font, m_device);
    // Each caption whole, over as many lines as its column's width asks (never cut short).
    QVector<std::pair<QRectF, QString>> captions;
    qreal height = 0;
    for (int c = 0; c < columns.edges.size(); ++c) {
        const QTextBlock heading = columns.table->cellAt(0, c).firstCursorPosition().block();
        if (heading.blockFormat().headingLevel() == 0 || !hasLinesBelow(doc, drawn[c], inColumn(columns, c)))
            continue;
        const qreal left = columns.edges[c].first + 3 * m_mm / 2;
        const qreal width = std::min(columns.edges[c].second, m_page.width()) - left;
        const QString text = QCoreApplication::translate("Report", "%1 (continued)").arg(heading.text());
        const QRectF box = metrics.boundingRect(QRectF(left, m_y, width, 1e6), Qt::TextWordWrap, text);
        captions.append({ QRectF(left, m_y, width, box.height()), text });
        height = std::max(height, box.height());
    }
    if (captions.isEmpty())
        return;
    if (m_painter) {
        m_painter->save();
        m_painter->setFont(font);
        m_painter->setPen(QColor(0x55, 0x55, 0x55));
        for (const auto &[box, text] : std::as_const(captions))
            m_painter->drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        m_painter->restore();
    }
    m_y += height + metrics.height() * 0.3;
}

bool ReportPages::hasLinesBelow(
    const QTextDocument &doc, qreal y, const std::function<bool(const QTextBlock &)> &only)
{
    const QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!block.layout() || block.layout()->lineCount() == 0 || (only && !only(block)))
            continue;
        const QTextLayout *lines = block.layout();
        const QTextLine last = lines->lineAt(lines->lineCount() - 1);
        if (layout->blockBoundingRect(block).top() + last.y() >= y)
            return true;
    }
    return false;
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
