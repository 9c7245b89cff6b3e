// SPDX-License-Identifier: MIT
#include "summarylabel.h"

#include <QEvent>

namespace cc
{

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
    const auto found = m_heights.constFind(width);
    if (found != m_heights.constEnd())
        return *found;
    if (m_heights.size() > 64) // a window resized by dragging asks for many widths
        m_heights.clear();
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

void SummaryLabel::changeEvent(QEvent *event)
{
    // A new font, style or palette may change every size.
    m_text.clear();
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
    m_heights.clear();
    m_margin = -1;
    QLabel::changeEvent(event);
}

} // namespace cc
