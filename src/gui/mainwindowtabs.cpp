// SPDX-License-Identifier: MIT
// The tabs after the glance tab, built when first shown (or when a test asks for their widgets). A window
// opens on one tab: building the other tabs' widgets, polishing them and asking each for its size (a
// QTabWidget asks every page, shown or not) delayed its first paint. Each tab is built as
// mainwindow.ui described it, its texts in the .ui's translation context ("MainWindow"), so the Spanish
// of the .ui still applies.
#include "mainwindow.h"

#include "mainwindowui.h"

#include "comparisonsession.h"
#include "destinationsmodel.h"
#include "relatedrolesmodel.h"
#include "skilllistmodel.h"
#include "workactivitiesview.h"

#include <QChartView>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc
{

namespace
{

template <typename T> T *named(QWidget *parent, const char *name)
{
    auto *widget = new T(parent);
    widget->setObjectName(QLatin1String(name));
    return widget;
}

QLabel *wrappedLabel(QWidget *parent, const char *name)
{
    auto *label = named<QLabel>(parent, name);
    label->setWordWrap(true);
    return label;
}

// A heading over its list (the heading's buddy), one column of a tab.
QVBoxLayout *headedList(QLabel *heading, QListView *list)
{
    heading->setBuddy(list);
    auto *column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(list);
    return column;
}

QListView *wrappedList(QWidget *parent, const char *name)
{
    auto *list = named<QListView>(parent, name);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

} // namespace

void MainWindow::buildPage(Page page)
{
    if (page == NoPage || (m_builtPages & page))
        return;
    m_builtPages |= page;
    switch (page) {
    case ChartsPage:
        buildChartsTab();
        break;
    case WorkPage: {
        m_work = new WorkActivitiesView(m_ui->workTab);
        m_work->setObjectName(QStringLiteral("workActivities"));
        auto *layout = new QVBoxLayout(m_ui->workTab);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_work);
        break;
    }
    case SkillsPage:
        buildSkillsTab();
        break;
    case VerdictPage: {
        auto *layout = new QVBoxLayout(m_ui->verdictTab);
        layout->setObjectName(QStringLiteral("verdictLayout"));
        m_ui->verdictBrowser = named<QTextBrowser>(m_ui->verdictTab, "verdictBrowser");
        m_ui->verdictBrowser->setAccessibleName(QCoreApplication::translate("MainWindow", "Verdict"));
        m_ui->verdictBrowser->setAccessibleDescription(tr("Who each role suits, and the conclusion"));
        layout->addWidget(m_ui->verdictBrowser);
        break;
    }
    case RoadmapPage:
        buildRoadmapTab();
        break;
    case RelatedPage:
        buildRelatedTab();
        break;
    case GlancePage: // in mainwindow.ui
    case NoPage:
    case AllPages:
        return;
    }
    // Built as its tab comes on screen: shown now (a child added to a visible widget's layout would be
    // shown only at the next turn of the event loop, after a paint of the empty page).
    QWidget *tab = tabOf(page);
    if (tab->isVisible()) {
        for (QWidget *child : tab->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            child->show();
        tab->layout()->activate();
    }
}

QWidget *MainWindow::tabOf(Page page) const
{
    switch (page) {
    case ChartsPage:
        return m_ui->chartsTab;
    case WorkPage:
        return m_ui->workTab;
    case SkillsPage:
        return m_ui->skillsTab;
    case VerdictPage:
        return m_ui->verdictTab;
    case RoadmapPage:
        return m_ui->roadmapTab;
    case RelatedPage:
        return m_ui->relatedTab;
    case GlancePage:
    case NoPage:
    case AllPages:
        break;
    }
    return m_ui->glanceTab;
}

void MainWindow::buildChartsTab()
{
    MainWindowUi &ui = *m_ui;
    auto *tabLayout = new QVBoxLayout(ui.chartsTab);
    tabLayout->setContentsMargins(0, 0, 0, 0);
    ui.chartsScroll = named<QScrollArea>(ui.chartsTab, "chartsScroll");
    ui.chartsScroll->setFrameShape(QFrame::NoFrame);
    ui.chartsScroll->setWidgetResizable(true);
    ui.chartsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    ui.chartsContent = named<QWidget>(nullptr, "chartsContent");
    ui.chartsLayout = new QGridLayout(ui.chartsContent);
    ui.chartsLayout->setObjectName(QStringLiteral("chartsLayout"));
    const QString chartNote = tr("The same figures are in the table under the charts on the Charts tab");
    const std::tuple<QChartView **, const char *, QString, QString> charts[] {
        { &ui.demandChartView, "demandChartView",
            QCoreApplication::translate("MainWindow", "Demand score chart"),
            tr("Demand scores of both roles. %1").arg(chartNote) },
        { &ui.automationChartView, "automationChartView",
            QCoreApplication::translate("MainWindow", "AI risk and LLM exposure chart"),
            tr("AI replacement risk and LLM exposure. %1").arg(chartNote) },
        { &ui.learningChartView, "learningChartView",
            QCoreApplication::translate("MainWindow", "Learning time chart"),
            tr("Months to become qualified. %1").arg(chartNote) },
        { &ui.skillProfileChartView, "skillProfileChartView",
            QCoreApplication::translate("MainWindow", "Skill profile chart"),
            tr("Importance of the main skills. %1").arg(chartNote) },
    };
    int column = 0;
    for (const auto &[view, name, accessibleName, description] : charts) {
        *view = named<QChartView>(ui.chartsContent, name);
        (*view)->setAccessibleName(accessibleName);
        (*view)->setAccessibleDescription(description);
        (*view)->setMinimumHeight(220);
        if (column < 3) {
            ui.chartsLayout->addWidget(*view, 0, column++);
            (*view)->installEventFilter(this); // each title fits its chart's width (fitChartTitle)
        } else {
            ui.chartsLayout->addWidget(*view, 1, 0, 1, 3);
        }
    }
    ui.skillProfileChartView->setMinimumHeight(320); // ten skills, each label readable
    addChartFigures();
    ui.chartsScroll->setWidget(ui.chartsContent);
    tabLayout->addWidget(ui.chartsScroll);
}

// Every chart's numbers as a table, reachable with Tab from the charts.
void MainWindow::addChartFigures()
{
    MainWindowUi &ui = *m_ui;
    auto *figuresLabel = new QLabel(tr("The charts' &figures as a table:"), ui.chartsContent);
    auto *figuresView = named<QTableView>(ui.chartsContent, "chartFiguresView");
    ui.chartFiguresView = figuresView;
    figuresLabel->setBuddy(figuresView);
    figuresView->setModel(m_chartFigures);
    figuresView->verticalHeader()->hide();
    figuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    figuresView->setSelectionBehavior(QAbstractItemView::SelectRows);
    figuresView->setWordWrap(true);
    figuresView->setMinimumHeight(200);
    figuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    figuresView->setAccessibleName(tr("Chart figures"));
    figuresView->setAccessibleDescription(
        tr("Every number the salary, demand, AI risk, learning time and skill "
           "charts show, for role A and role B"));
    ui.chartsLayout->addWidget(figuresLabel, 2, 0, 1, 3);
    ui.chartsLayout->addWidget(figuresView, 3, 0, 1, 3);
}

void MainWindow::buildSkillsTab()
{
    MainWindowUi &ui = *m_ui;
    QWidget *tab = ui.skillsTab;
    auto *layout = new QVBoxLayout(tab);
    layout->setObjectName(QStringLiteral("skillsLayout"));
    ui.similarityLabel = wrappedLabel(tab, "similarityLabel");
    layout->addWidget(ui.similarityLabel);
    auto *lists = new QHBoxLayout;
    lists->setObjectName(QStringLiteral("skillListsLayout"));
    layout->addLayout(lists);
    const std::tuple<QLabel **, const char *, QListView **, const char *, SkillListModel *, QString, QString>
        columns[] {
            { &ui.onlyAHeading, "onlyAHeading", &ui.onlyAView, "onlyAView", m_onlyA,
                QCoreApplication::translate("MainWindow", "Skills only in A"),
                tr("Skills role A needs and role B does not") },
            { &ui.sharedHeading, "sharedHeading", &ui.sharedView, "sharedView", m_shared,
                QCoreApplication::translate("MainWindow", "Shared skills"), tr("Skills both roles need") },
            { &ui.onlyBHeading, "onlyBHeading", &ui.onlyBView, "onlyBView", m_onlyB,
                QCoreApplication::translate("MainWindow", "Skills only in B"),
                tr("Skills role B needs and role A does not") },
        };
    for (const auto &[heading, headingName, view, viewName, model, name, description] : columns) {
        *heading = wrappedLabel(tab, headingName);
        *view = named<QListView>(tab, viewName);
        (*view)->setAccessibleName(name);
        (*view)->setAccessibleDescription(description);
        (*view)->setModel(model);
        lists->addLayout(headedList(*heading, *view));
    }
}

void MainWindow::buildRoadmapTab()
{
    MainWindowUi &ui = *m_ui;
    QWidget *tab = ui.roadmapTab;
    auto *layout = new QVBoxLayout(tab);
    layout->setObjectName(QStringLiteral("roadmapLayout"));
    auto *header = new QHBoxLayout;
    ui.roadmapTitle = wrappedLabel(tab, "roadmapTitle");
    header->addWidget(ui.roadmapTitle);
    ui.reverseRoadmapButton = named<QPushButton>(tab, "reverseRoadmapButton");
    ui.reverseRoadmapButton->setText(QCoreApplication::translate("MainWindow", "&Reverse direction"));
    ui.reverseRoadmapButton->setAccessibleName(tr("Reverse the roadmap"));
    ui.reverseRoadmapButton->setAccessibleDescription(tr("Show the way from B to A instead of A to B"));
    connect(ui.reverseRoadmapButton, &QPushButton::clicked, m_session, &ComparisonSession::reverseRoadmap);
    header->addWidget(ui.reverseRoadmapButton);
    layout->addLayout(header);
    ui.roadmapEstimate = wrappedLabel(tab, "roadmapEstimate");
    layout->addWidget(ui.roadmapEstimate);
    auto *body = new QHBoxLayout;
    ui.roadmapView = named<QListView>(tab, "roadmapView");
    ui.roadmapView->setAccessibleName(QCoreApplication::translate("MainWindow", "Skills to learn"));
    ui.roadmapView->setAccessibleDescription(tr("Skills to learn for the move, most important first"));
    ui.roadmapView->setModel(m_roadmap);
    body->addWidget(ui.roadmapView);
    ui.wayInBrowser = named<QTextBrowser>(tab, "wayInBrowser");
    ui.wayInBrowser->setAccessibleName(QCoreApplication::translate("MainWindow", "The way in"));
    ui.wayInBrowser->setAccessibleDescription(tr("Education, experience and training each role asks for"));
    body->addWidget(ui.wayInBrowser);
    layout->addLayout(body);
}

void MainWindow::buildRelatedTab()
{
    MainWindowUi &ui = *m_ui;
    QWidget *tab = ui.relatedTab;
    auto *layout = new QHBoxLayout(tab);
    layout->setObjectName(QStringLiteral("relatedLayout"));
    const struct {
        QLabel **relatedHeading;
        const char *relatedHeadingName;
        QListView **related;
        const char *relatedName;
        QAbstractItemModel *relatedModel;
        QString relatedAccessibleName;
        QString relatedDescription;
        QLabel **mobilityHeading;
        const char *mobilityHeadingName;
        QListView **mobility;
        const char *mobilityName;
        QAbstractItemModel *mobilityModel;
        QString mobilityAccessibleName;
        QString mobilityDescription;
    } columns[] {
        { &ui.relatedAHeading, "relatedAHeading", &ui.relatedAView, "relatedAView", m_relatedA,
            QCoreApplication::translate("MainWindow", "Careers related to A"),
            tr("O*NET's related careers of role A; Enter compares one"), &ui.mobilityAHeading,
            "mobilityAHeading", &ui.mobilityAView, "mobilityAView", m_destinationsA,
            QCoreApplication::translate("MainWindow", "Where people who leave A go"),
            QCoreApplication::translate("MainWindow",
                "Share of the people who leave A in a year who go to each occupation, from the US Current "
                "Population Survey. Enter compares the occupation with A in place of B.") },
        { &ui.relatedBHeading, "relatedBHeading", &ui.relatedBView, "relatedBView", m_relatedB,
            QCoreApplication::translate("MainWindow", "Careers related to B"),
            tr("O*NET's related careers of role B; Enter compares one"), &ui.mobilityBHeading,
            "mobilityBHeading", &ui.mobilityBView, "mobilityBView", m_destinationsB,
            QCoreApplication::translate("MainWindow", "Where people who leave B go"),
            QCoreApplication::translate("MainWindow",
                "Share of the people who leave B in a year who go to each occupation, from the US Current "
                "Population Survey. Enter compares the occupation with A in place of B.") },
    };
    for (const auto &c : columns) {
        auto *column = new QVBoxLayout;
        *c.relatedHeading = wrappedLabel(tab, c.relatedHeadingName);
        *c.related = wrappedList(tab, c.relatedName);
        (*c.related)->setAccessibleName(c.relatedAccessibleName);
        (*c.related)->setAccessibleDescription(c.relatedDescription);
        (*c.related)->setModel(c.relatedModel);
        *c.mobilityHeading = wrappedLabel(tab, c.mobilityHeadingName);
        *c.mobility = wrappedList(tab, c.mobilityName);
        (*c.mobility)->setAccessibleName(c.mobilityAccessibleName);
        (*c.mobility)->setAccessibleDescription(c.mobilityDescription);
        (*c.mobility)->setModel(c.mobilityModel);
        for (auto [heading, list] :
            { std::pair { *c.relatedHeading, *c.related }, std::pair { *c.mobilityHeading, *c.mobility } }) {
            heading->setBuddy(list);
            column->addWidget(heading);
            column->addWidget(list);
        }
        layout->addLayout(column);
        // Related careers and where people go: activating one puts it in place of B and keeps A (the
        // user's own role); the context menu offers the other way.
        for (QListView *view : { *c.related, *c.mobility }) {
            connect(view, &QListView::activated, this, &MainWindow::compareInPlaceOfB);
            view->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showCareerMenu);
        }
    }
}

} // namespace cc
