// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "comparisoncharts.h"

#include <QWidget>

namespace cc
{

// Full screen for a projector or shared screen: the two roles and the charts only, in large type
// and strong colours (`theme`, ChartTheme::presentation()). Esc or F11 closes it.
class PresentationView : public QWidget
{
    Q_OBJECT
public:
    PresentationView(const Comparison &comparison, const ChartTheme &theme, QWidget *parent = nullptr);

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
};

} // namespace cc
