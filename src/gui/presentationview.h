// SPDX-License-Identifier: MIT
#pragma once

#include "comparison.h"
#include "comparisoncharts.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace cc
{

// Full screen for a projector or shared screen, in large type and strong colours (`theme`,
// ChartTheme::presentation()): the two roles (their titles wrapped, never cut) over three pages — the
// charts, the skills, the verdict — turned with PgDn / PgUp (or Space / Backspace). Esc or F11 closes it.
class PresentationView : public QWidget
{
    Q_OBJECT
public:
    PresentationView(const Comparison &comparison, const ChartTheme &theme, QWidget *parent = nullptr);

    int page() const;
    int pageCount() const;
    void setPage(int page);

signals:
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *chartsPage(const Comparison &c, const ChartTheme &theme);
    QWidget *skillsPage(const Comparison &c, const ChartTheme &theme);
    QWidget *verdictPage(const Comparison &c, const ChartTheme &theme);

    QStackedWidget *m_pages = nullptr;
    QLabel *m_footer = nullptr;
    QStringList m_pageNames;
};

} // namespace cc
