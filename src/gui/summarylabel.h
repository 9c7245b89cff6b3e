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
//
// Its height does not shrink when the text changes: at each width it keeps the height of the tallest
// summary it has shown there (the text at the top, whole). A role switch whose summary takes fewer
// lines then leaves the tabs where they were, so that only what changed is drawn again: a summary one
// line shorter or longer moved every widget under it, and the whole window was laid out and drawn
// again (with the salary chart laid out anew at its new height), the slowest switches.
class SummaryLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SummaryLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // Forgets the answers when what they depend on has changed.
    void checkCache() const;
    // Plain wrapped text on lines of its own: the sizes are measured here (else QLabel's).
    bool measuresItself() const;
    int extraWidth() const;
    int measuredHeight(int width) const;

    mutable QString m_text;
    mutable Qt::TextInteractionFlags m_flags;
    mutable QMargins m_margins;
    mutable int m_margin = -1;
    mutable int m_indent = -1;
    mutable Qt::Alignment m_alignment;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QHash<int, int> m_heights;
    // Width -> the tallest height asked at that width since the font or style changed.
    mutable QHash<int, int> m_tallest;
    // Each word's width in the label's font, for the least size.
    mutable QHash<QString, int> m_wordWidths;
};

} // namespace cc
