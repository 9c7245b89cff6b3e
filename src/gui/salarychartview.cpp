// SPDX-License-Identifier: MIT
#include "salarychartview.h"

#include <QPainter>

namespace cc
{

SalaryChartView::SalaryChartView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent); // paintEvent fills every pixel
    // The room under the glance table, as the chart view before it took.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void SalaryChartView::setComparison(const Comparison &comparison)
{
    m_comparison = comparison;
    changed();
}

void SalaryChartView::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    changed();
}

void SalaryChartView::changed()
{
    m_drawing.reset();
    update();
}

const ChartDrawing &SalaryChartView::drawing() const
{
    if (!m_drawing) {
        m_drawing = m_comparison
            ? salaryChartDrawing(*m_comparison, m_theme, const_cast<SalaryChartView *>(this), QRectF(rect()))
            : ChartDrawing();
    }
    return *m_drawing;
}

void SalaryChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_drawing.reset(); // laid out again at the new size when next painted
}

void SalaryChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.background);
    painter.setRenderHint(QPainter::Antialiasing);
    drawing().paint(painter);
}

} // namespace cc
