// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "comparisoncharts.h"
#include "reportcharts.h"

#include <QWidget>

#include <optional>

namespace cc
{

// The glance tab's salary chart: the comparison's salary ranges drawn as the report draws them
// (salaryChartDrawing(), reportcharts.h), so the chart a counselor shows is the one the client takes
// home. A plain widget that lays its drawing out at its size when painted: no QChart, no
// QGraphicsScene (building and laying out a QChart was a tenth of the window's start-up).
class SalaryChartView : public QWidget
{
    Q_OBJECT

public:
    explicit SalaryChartView(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    void setTheme(const ChartTheme &theme);
    const ChartTheme &theme() const { return m_theme; }
    // What the view draws at its size now (empty before a comparison is set).
    const ChartDrawing &drawing() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void changed();

    std::optional<Comparison> m_comparison;
    ChartTheme m_theme;
    mutable std::optional<ChartDrawing> m_drawing; // at the view's size; made again when stale
};

} // namespace cc
