// SPDX-License-Identifier: MIT
#pragma once

#include "ui_mainwindow.h"

// Complete types of the widgets named below, as ui_mainwindow.h gives for its own.
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTextBrowser>

namespace cc
{

class WorkActivitiesView;

// The window's widgets. Those of mainwindow.ui: the menus, the pickers, the summary and the tabs, with
// the glance and client tabs filled and every other tab an empty page. Those of the other tabs are made
// when their tab is first shown (mainwindowtabs.cpp, MainWindow::buildPage) and are null until then: a
// window opens on one tab, and building, polishing and measuring the others delayed its first paint.
// Their names are those the .ui file gave them (findChild finds them by name once built).
struct MainWindowUi : Ui::MainWindow {
    QWidget *workTab = nullptr; // the page; its WorkActivitiesView is MainWindow::m_work

    // Charts
    QScrollArea *chartsScroll = nullptr;
    QWidget *chartsContent = nullptr;
    QGridLayout *chartsLayout = nullptr;
    QChartView *demandChartView = nullptr;
    QChartView *automationChartView = nullptr;
    QChartView *learningChartView = nullptr;
    QChartView *skillProfileChartView = nullptr;
    QTableView *chartFiguresView = nullptr;

    // Skills
    QLabel *similarityLabel = nullptr;
    QLabel *onlyAHeading = nullptr;
    QListView *onlyAView = nullptr;
    QLabel *sharedHeading = nullptr;
    QListView *sharedView = nullptr;
    QLabel *onlyBHeading = nullptr;
    QListView *onlyBView = nullptr;

    // Verdict
    QTextBrowser *verdictBrowser = nullptr;

    // Roadmap
    QLabel *roadmapTitle = nullptr;
    QPushButton *reverseRoadmapButton = nullptr;
    QLabel *roadmapEstimate = nullptr;
    QListView *roadmapView = nullptr;
    QTextBrowser *wayInBrowser = nullptr;

    // Related careers & moves
    QLabel *relatedAHeading = nullptr;
    QListView *relatedAView = nullptr;
    QLabel *mobilityAHeading = nullptr;
    QListView *mobilityAView = nullptr;
    QLabel *relatedBHeading = nullptr;
    QListView *relatedBView = nullptr;
    QLabel *mobilityBHeading = nullptr;
    QListView *mobilityBView = nullptr;
};

} // namespace cc
