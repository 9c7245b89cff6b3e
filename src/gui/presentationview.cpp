// SPDX-License-Identifier: MIT
#include "presentationview.h"

#include "comparisoncharts.h"

#include <QChartView>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

namespace cc
{

PresentationView::PresentationView(const Comparison &c, const ChartTheme &theme, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 vs %2 \u2014 presentation").arg(c.a.title, c.b.title));
    QPalette p = palette();
    p.setColor(QPalette::Window, theme.background);
    p.setColor(QPalette::WindowText, theme.text);
    setPalette(p);
    setAutoFillBackground(true);

    auto *title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setText(
        QStringLiteral("<span style='color:%1'>%2</span> &nbsp;vs&nbsp; <span style='color:%3'>%4</span>")
            .arg(theme.roleA.name(), c.a.title.toHtmlEscaped(), theme.roleB.name(),
                c.b.title.toHtmlEscaped()));
    title->setAlignment(Qt::AlignCenter);
    title->setFont(theme.font(22, true));
    title->setAccessibleName(tr("Compared roles"));

    auto view = [this](QChart *chart, const QString &name) {
        auto *v = new QChartView(chart, this);
        v->setRenderHint(QPainter::Antialiasing);
        v->setAccessibleName(name);
        chart->setParent(v);
        return v;
    };
    auto *grid = new QGridLayout(this);
    grid->addWidget(title, 0, 0, 1, 3);
    grid->addWidget(view(makeSalaryChart(c, theme), tr("Salary range chart")), 1, 0, 1, 3);
    const QStringList names { tr("Demand score chart"), tr("AI risk and LLM exposure chart"),
        tr("Learning time chart") };
    const QVector<ChartMetric> metrics = chartMetrics();
    for (int i = 0; i < metrics.size(); ++i)
        grid->addWidget(view(makeFiguresChart(c, metrics[i], theme, true), names[i]), 2, i);
    grid->setRowStretch(1, 5);
    grid->setRowStretch(2, 6);
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationView::closeEvent(QCloseEvent *event)
{
    emit closed();
    QWidget::closeEvent(event);
}

} // namespace cc
