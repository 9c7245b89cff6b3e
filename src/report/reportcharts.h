// SPDX-License-Identifier: MIT
#pragma once

#include "comparisoncharts.h"

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QRectF>
#include <QString>
#include <QVector>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace cc
{

// The report's charts, laid out straight onto the page: the same figures, axes, colours and labels
// as the window's Qt Charts (comparisoncharts.h builds both from the same data), drawn as vectors
// without a QGraphicsScene per chart. Building and laying out five QCharts was a fifth of a PDF's
// cost (docs/PERFORMANCE.md).
//
// A drawing is a list of shapes in the device's coordinates, so that tests can check where every
// bar ends and what every label says without reading pixels.
struct ChartDrawing {
    struct Box {
        QRectF rect;
        QColor color;
        int role = -1; // 0 for A, 1 for B; -1 for a legend swatch
    };
    struct Line {
        QLineF line;
        QColor color;
        qreal width;
        int role = -1; // a median marker's role; -1 for grid lines and axes
    };
    struct Label {
        QRectF rect;
        QString text;
        int flags; // Qt::Alignment | Qt::TextFlag
        QFont font;
        QColor color;
        QColor background = QColor(); // filled behind the text when valid (a value over a grid line)
    };
    QRectF plot; // the area the value axis spans
    QVector<Line> grid; // drawn first, behind the bars
    QVector<Box> boxes;
    QVector<Line> lines; // axes, median markers and legend marks, over the bars
    QVector<Label> labels;

    void paint(QPainter &painter) const;
};

// `device` gives the type's metrics and resolution; `rect` is where the chart goes, in its coordinates.
ChartDrawing salaryChartDrawing(
    const Comparison &comparison, const ChartTheme &theme, QPaintDevice *device, const QRectF &rect);
// Compact, as in a row of three: no legend (the report prints one above the row).
ChartDrawing figuresChartDrawing(const Comparison &comparison, ChartMetric metric, const ChartTheme &theme,
    QPaintDevice *device, const QRectF &rect);
// Without a legend (the report prints one above it).
ChartDrawing skillProfileDrawing(
    const Comparison &comparison, const ChartTheme &theme, QPaintDevice *device, const QRectF &rect);

} // namespace cc
