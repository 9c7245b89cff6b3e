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

QSize SummaryLabel::sizeHint() const
{
    checkCache();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize SummaryLabel::minimumSizeHint() const
{
    checkCache();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int SummaryLabel::heightForWidth(int width) const
{
    checkCache();
    int height = m_heights.value(width, -1);
    if (height < 0) {
        if (m_heights.size() > 64) // a window resized by dragging asks for many widths
            m_heights.clear();
        height = QLabel::heightForWidth(width);
        m_heights.insert(width, height);
    }
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_tallest.clear();
    m_text.clear();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
    m_margin = -1;
    QLabel::changeEvent(event);
}

} // namespace cc
