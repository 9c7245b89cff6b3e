// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QLabel>

namespace cc
{

// The word-wrapped summary over the tabs. A QLabel lays its whole text out again for every size
// question (its least size three times, its height for each width asked), and the window's layouts
// ask about ten times after each role switch: a sixth of a switch. This label answers from what it
// measured for the same text, font and settings; anything else asks QLabel again.
class SummaryLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Forgets the answers when what they depend on has changed.
    void checkCache() const;

    mutable QString m_text;
    mutable Qt::TextInteractionFlags m_flags;
    mutable QMargins m_margins;
    mutable int m_margin = -1;
    mutable int m_indent = -1;
    mutable Qt::Alignment m_alignment;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QHash<int, int> m_heights;
};

} // namespace cc
