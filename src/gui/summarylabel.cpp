// SPDX-License-Identifier: MIT
#include "summarylabel.h"

#include <QEvent>

#include <algorithm>

namespace cc
{

SummaryLabel::SummaryLabel(QWidget *parent)
    : QLabel(parent)
{
    // The room kept for a longer summary is under the text, not around it.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void SummaryLabel::checkCache() const
{
    if (m_text == text() && m_flags == textInteractionFlags() && m_margins == contentsMargins()
        && m_margin == margin() && m_indent == indent() && m_alignment == alignment())
        return;
    m_text = text();
    m_flags = textInteractionFlags();
    m_margins = contentsMargins();
    m_margin = margin();
    m_indent = indent();
    m_alignment = alignment();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
}

bool SummaryLabel::measuresItself() const
{
    return wordWrap() && textFormat() == Qt::PlainText && !text().contains(QLatin1Char('\n'));
}

int SummaryLabel::extraWidth() const
{
    const QMargins m = contentsMargins();
    return m.left() + m.right() + 2 * margin() + std::max(indent(), 0);
}

// QLabel's preferred size of wrapped text: its width at 80 average characters (at most the label's
// largest width), and the height of the text at that width.
QSize SummaryLabel::sizeHint() const
{
    checkCache();
    if (!m_sizeHint.isValid()) {
        if (measuresItself()) {
            const int width = std::min(fontMetrics().averageCharWidth() * 80, maximumWidth() - extraWidth());
            m_sizeHint = QSize(width + extraWidth(), measuredHeight(width + extraWidth()));
        } else {
            m_sizeHint = QLabel::sizeHint();
        }
    }
    return m_sizeHint;
}

// QLabel's least size of wrapped text: its widest word, one line high. QLabel finds them by laying the
// whole text out twice more (once on one line, once a word per line); measuring each word on its own
// (and keeping the widths: most words come back with the next summary) gives the same without
// shaping the text again. A word here runs between spaces, so it is never narrower than what QLabel
// would break at (it also breaks after a dash).
QSize SummaryLabel::minimumSizeHint() const
{
    checkCache();
    if (!m_minimumSizeHint.isValid()) {
        if (measuresItself()) {
            const QFontMetrics metrics = fontMetrics();
            if (m_wordWidths.size() > 4096)
                m_wordWidths.clear();
            int widest = 0;
            const QString shown = text();
            for (const QStringView word : QStringView(shown).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                auto found = m_wordWidths.constFind(word.toString());
                if (found == m_wordWidths.constEnd())
                    found = m_wordWidths.insert(word.toString(), metrics.horizontalAdvance(word.toString()));
                widest = std::max(widest, *found);
            }
            const int oneLine = metrics
                                    .boundingRect(QRect(0, 0, 2000, 2000), Qt::AlignLeft | Qt::AlignTop,
                                        QStringLiteral("Xy"))
                                    .height();
            const QMargins m = contentsMargins();
            m_minimumSizeHint = QSize(widest + extraWidth(),
                std::min(oneLine + m.top() + m.bottom() + 2 * margin(), sizeHint().height()));
        } else {
            m_minimumSizeHint = QLabel::minimumSizeHint();
        }
    }
    return m_minimumSizeHint;
}

int SummaryLabel::measuredHeight(int width) const
{
    int height = m_heights.value(width, -1);
    if (height < 0) {
        if (m_heights.size() > 64) // a window resized by dragging asks for many widths
            m_heights.clear();
        height = QLabel::heightForWidth(width);
        m_heights.insert(width, height);
    }
    return height;
}

int SummaryLabel::heightForWidth(int width) const
{
    checkCache();
    const int height = measuredHeight(width);
    if (m_tallest.size() > 64 && !m_tallest.contains(width))
        m_tallest.clear();
    int &tallest = m_tallest[width];
    tallest = std::max(tallest, height);
    return tallest;
}

void SummaryLabel::changeEvent(QEvent *event)
{
    // A new font, style or palette may change every size. The room kept for the tallest summary is
    // given up only when the text's own size may have changed (a language change changes the text).
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_tallest.clear();
        m_wordWidths.clear();
    }
    m_text.clear();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
    m_margin = -1;
    QLabel::changeEvent(event);
}

} // namespace cc
