// SPDX-License-Identifier: MIT
// MainWindow's tabs. After the comparison changes only the tab on screen is filled; every other tab is
// marked stale and filled when it is shown (or when a test asks for its models). Start-up then lays
// out and draws one tab, and a role switch refreshes one tab.
#include "mainwindow.h"

#include "mainwindowui.h"

#include "comparisonsession.h"
#include "destinationsmodel.h"
#include "glancemodel.h"
#include "qtcharts.h"
#include "relatedrolesmodel.h"
#include "reporthtml.h"
#include "skilllistmodel.h"
#include "workactivitiesview.h"

#include <QChart>
#include <QStandardItemModel>

namespace cc
{

namespace
{

void setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    delete old;
}

} // namespace

MainWindow::Page MainWindow::pageOf(const QWidget *tab) const
{
    const std::pair<const QWidget *, Page> pages[] { { m_ui->glanceTab, GlancePage },
        { m_ui->chartsTab, ChartsPage }, { m_ui->workTab, WorkPage }, { m_ui->skillsTab, SkillsPage },
        { m_ui->verdictTab, VerdictPage }, { m_ui->roadmapTab, RoadmapPage },
        { m_ui->relatedTab, RelatedPage } };
    for (const auto &[widget, page] : pages) {
        if (widget == tab)
            return page;
    }
    return NoPage; // the client tab: nothing of the comparison
}

void MainWindow::refreshCurrentPage()
{
    fillPage(pageOf(m_ui->tabs->currentWidget()));
}

void MainWindow::fillAllPages()
{
    for (Page page : { GlancePage, ChartsPage, WorkPage, SkillsPage, VerdictPage, RoadmapPage, RelatedPage })
        fillPage(page);
}

void MainWindow::fillPage(Page page)
{
    buildPage(page); // once, when first shown (mainwindowtabs.cpp)
    if (page == NoPage || !(m_stalePages & page) || !m_session->hasComparison())
        return;
    m_stalePages &= ~unsigned(page);
    const Comparison &c = m_session->comparison();
    switch (page) {
    case GlancePage:
        refreshGlance(c);
        break;
    case ChartsPage:
        refreshChartsPage(c);
        break;
    case WorkPage:
        m_work->setComparison(c);
        break;
    case SkillsPage:
        refreshSkillLists(c);
        break;
    case VerdictPage:
        m_ui->verdictBrowser->setHtml(html::chooseAndConclusion(c, QStringLiteral("h3")));
        break;
    case RoadmapPage:
        refreshRoadmap();
        break;
    case RelatedPage:
        refreshRelated(c);
        break;
    case NoPage:
    case AllPages:
        break;
    }
}

void MainWindow::roadmapReversed()
{
    m_stalePages |= RoadmapPage;
    refreshCurrentPage();
}

void MainWindow::refreshGlance(const Comparison &c)
{
    if (!qobject_cast<GlanceDelegate *>(m_ui->glanceView->itemDelegate()))
        m_ui->glanceView->setItemDelegate(new GlanceDelegate(m_ui->glanceView)); // sizes kept (glancemodel.h)
    m_glance->setComparison(c, m_session->sourceNames());
    // The key says what the dagger means whenever the table shows one (a seed-page figure).
    m_ui->glanceNote->setText(m_glance->showsPageFigure()
            ? tr("Bold: the better value. * an estimate. \u2020 the seed web page's own figure, on a scale "
                 "the page does not explain: never ranked against official statistics. Hover over a value "
                 "for its source and how it was estimated.")
            : tr("Bold: the better value. * an estimate. Hover over a value for its source and how it was "
                 "estimated."));
    if (isVisible())
        fitGlanceTable(); // else when shown (resizeEvent), at the table's real width
    // Room for each bar's whole title (wrapped); the tab scrolls when the window is short.
    m_ui->salaryChartView->setMinimumHeight(std::max(230, 110 + 34 * salaryLabelLines(c)));
    m_ui->salaryChartView->setComparison(c); // laid out at its size when painted
}

void MainWindow::refreshChartsPage(const Comparison &c)
{
    const ChartTheme theme = m_theme.charts();
    setChart(m_ui->demandChartView, makeFiguresChart(c, ChartMetric::Demand, theme));
    setChart(m_ui->automationChartView, makeFiguresChart(c, ChartMetric::Automation, theme));
    setChart(m_ui->learningChartView, makeFiguresChart(c, ChartMetric::Learning, theme));
    setChart(m_ui->skillProfileChartView, makeSkillProfileChart(c, theme));
    for (QChartView *view : { m_ui->demandChartView, m_ui->automationChartView, m_ui->learningChartView })
        fitChartTitle(view, view->width());
    refreshChartFigures(c);
}

// The figure charts' titles fit their chart: over two lines in a narrow window (in Spanish at 800
// pixels Qt cut "Índice de demanda (0–10)" short), on one where there is room.
void MainWindow::fitChartTitle(QChartView *view, int width)
{
    QChart *chart = view->chart();
    if (!chart)
        return;
    QString title = chart->property("ccTitle").toString();
    if (title.isEmpty()) {
        title = chart->title();
        chart->setProperty("ccTitle", title);
    }
    // The chart's margins (6 each side) and the title's own inset in the chart's layout.
    const QString fitted = fittedChartTitle(title, chart->titleFont(), width - 2 * 6 - 24);
    if (fitted != chart->title())
        chart->setTitle(fitted);
}

void MainWindow::refreshChartFigures(const Comparison &c)
{
    m_chartFigures->clear();
    m_chartFigures->setHorizontalHeaderLabels({ tr("Chart"), tr("Figure"), c.a.title, c.b.title });
    for (const ChartFigure &f : chartFigures(c)) {
        QList<QStandardItem *> row;
        for (const QString &text : { f.chart, f.figure, f.a, f.b }) {
            auto *item = new QStandardItem(text);
            item->setToolTip(text);
            row << item;
        }
        m_chartFigures->appendRow(row);
    }
}

void MainWindow::refreshSkillLists(const Comparison &c)
{
    m_onlyA->setEntries(c.skills.onlyA, c.a, c.b);
    m_shared->setEntries(c.skills.shared, c.a, c.b);
    m_onlyB->setEntries(c.skills.onlyB, c.a, c.b);
    // One role unrated: the other's skills and knowledge are not "only in" it; the lists say why.
    const QStringList notCompared = SkillListModel::notComparedNotes(c.skills, c.a, c.b);
    m_onlyA->setNotes(notCompared);
    m_onlyB->setNotes(notCompared);
    m_ui->onlyAHeading->setText(m_onlyA->heading());
    m_ui->sharedHeading->setText(m_shared->heading());
    m_ui->onlyBHeading->setText(m_onlyB->heading());
    m_ui->similarityLabel->setText(notCompared.isEmpty()
            ? m_session->similaritySentence()
            : QStringLiteral("%1 %2.").arg(
                m_session->similaritySentence(), notCompared.join(QStringLiteral(". "))));
}

void MainWindow::refreshRoadmap()
{
    const Roadmap r = m_session->roadmap();
    m_roadmap->setRoadmap(r, m_session->comparison());
    m_ui->roadmapTitle->setText(m_roadmap->heading());
    m_ui->roadmapEstimate->setText(r.estimateNote + QLatin1Char(' ') + r.carriesOver
        + (r.moreTechnologies > 0 ? tr(
               " The list shows the first technologies; %n more are not listed.", nullptr, r.moreTechnologies)
                                  : QString()));
    QString html;
    for (const Role *role : { r.to, r.from })
        html += html::wayIn(*role, role == r.to ? r.from : r.to, tr("The way into %1").arg(role->title),
            QStringLiteral("h3"));
    m_ui->wayInBrowser->setHtml(html);
}

void MainWindow::refreshRelated(const Comparison &c)
{
    m_relatedA->setRole(c.a);
    m_relatedB->setRole(c.b);
    m_ui->relatedAHeading->setText(m_relatedA->heading());
    m_ui->relatedBHeading->setText(m_relatedB->heading());
    m_destinationsA->setRole(c.a);
    m_destinationsB->setRole(c.b);
    m_ui->mobilityAHeading->setText(m_destinationsA->heading());
    m_ui->mobilityBHeading->setText(m_destinationsB->heading());
}

} // namespace cc
