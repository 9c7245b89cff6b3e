// SPDX-License-Identifier: MIT
// The parts every chart of qtcharts.h is made of (internal to cc_qtcharts).
#pragma once

#include "qtcharts.h"

#include <Qt>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarSet;
class QChart;
QT_END_NAMESPACE

namespace cc::chartparts
{

QChart *newChart(const QString &title, const ChartTheme &theme);
void styleAxis(QAbstractAxis *axis, const ChartTheme &theme);
QBarSet *barSet(const QString &label, const QColor &color);
void addCategoryAxis(QChart *chart, QAbstractSeries *series, const QStringList &categories,
    Qt::Alignment alignment, const ChartTheme &theme);

} // namespace cc::chartparts
