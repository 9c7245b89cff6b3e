// SPDX-License-Identifier: MIT
// MainWindow's set-up: its views, what each control is called for screen readers, the signals that
// wire the pickers, menus and status bar to the session. Construction and the views' refreshing are
// in mainwindow.cpp.
#include "mainwindow.h"

#include "catalogueschema.h"
#include "mainwindowui.h"

#include "comparisonsession.h"
#include "destinationsmodel.h"
#include "glancemodel.h"
#include "relatedrolesmodel.h"
#include "rolesearchmodel.h"
#include "skilllistmodel.h"
#include "workactivitiesview.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>

namespace cc
{

void MainWindow::setUpViews()
{
    m_ui->pickerA->setLabel(tr("Role A"));
    m_ui->pickerB->setLabel(tr("Role B"));
    m_ui->glanceView->setModel(m_glance);
    m_ui->glanceView->verticalHeader()->hide();
    // As tall as its rows (fitGlanceTable); the tab scrolls. Without a scroll bar of its own, the table
    // is as wide when it is first fitted (before it has its height) as when it is drawn.
    m_ui->glanceView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_ui->glanceView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(GlanceModel::AttributeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GlanceModel::VerdictColumn, QHeaderView::ResizeToContents);
    // The work activities tab, before Skills: built when first shown, as are the tabs after the glance
    // tab (mainwindowtabs.cpp).
    m_ui->workTab = new QWidget(m_ui->tabs);
    m_ui->workTab->setObjectName(QStringLiteral("workTab"));
    m_ui->tabs->insertTab(m_ui->tabs->indexOf(m_ui->skillsTab), m_ui->workTab, tr("Work activities"));
    m_ui->salaryChartView->setMinimumHeight(220);
    QHeaderView *glanceHeader = m_ui->glanceView->horizontalHeader();
    glanceHeader->setTextElideMode(Qt::ElideRight);
    m_chartFigures = new QStandardItemModel(this); // the charts' figures, on the Charts tab
    // The summary can be selected and copied (after a click, as a label whose text is selectable). Such a
    // QLabel lays its text out through a text document, several times per size query (a tenth of the
    // start-up's instructions): it is plain text until the first click on it (eventFilter).
    m_ui->summaryLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    m_ui->summaryLabel->installEventFilter(this);
    describeControls();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (m_builtPages & ChartsPage)) {
        for (QChartView *view :
            { m_ui->demandChartView, m_ui->automationChartView, m_ui->learningChartView }) {
            if (watched == view)
                fitChartTitle(view, static_cast<QResizeEvent *>(event)->size().width());
        }
    }
    if (watched == m_ui->summaryLabel && event->type() == QEvent::MouseButtonPress
        && m_ui->summaryLabel->textInteractionFlags() == Qt::NoTextInteraction) {
        m_ui->summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_ui->summaryLabel->setFocus(Qt::MouseFocusReason); // as the click would have given it
    }
    return QMainWindow::eventFilter(watched, event);
}

// What each control is and does, for screen readers (names are in the .ui file or set here).
void MainWindow::describeControls()
{
    const QString chartNote = tr("The same figures are in the table under the charts on the Charts tab");
    const std::initializer_list<std::tuple<QWidget *, QString, QString>> controls {
        { m_ui->swapButton, QString(), tr("Exchange roles A and B (Ctrl+Shift+S)") },
        { m_ui->tabs->tabBar(), tr("Views of the comparison"),
            tr("At a glance, charts, work activities, skills, verdict, roadmap, "
               "related careers, client and notes") },
        { m_ui->glanceView, QString(),
            tr("Each attribute for role A and role B; the better value is in bold") },
        { m_ui->salaryChartView, QString(), tr("Salary ranges of both roles. %1").arg(chartNote) },
    }; // the other tabs' controls are described as they are built (mainwindowtabs.cpp)
    const std::pair<QWidget *, QString> tabTips[] {
        { m_ui->glanceTab, tr("The figures side by side, and the salary chart") },
        { m_ui->chartsTab,
            tr("Demand, AI risk, learning time and skill charts, and their figures as a table") },
        { m_ui->workTab,
            tr("What each role's work involves: O*NET's detailed work activities side by side") },
        { m_ui->skillsTab, tr("Skills only in A, shared, only in B") },
        { m_ui->verdictTab, tr("Who each role suits, and the conclusion") },
        { m_ui->roadmapTab, tr("What to learn to move from one role to the other") },
        { m_ui->relatedTab, tr("O*NET's related careers of each role") },
        { m_ui->clientTab, tr("The client this comparison is for, and notes for the report") }
    };
    for (const auto &[tab, tip] : tabTips)
        m_ui->tabs->setTabToolTip(m_ui->tabs->indexOf(tab), tip);
    for (const auto &[widget, name, description] : controls) {
        if (!name.isEmpty())
            widget->setAccessibleName(name);
        if (widget->accessibleDescription().isEmpty())
            widget->setAccessibleDescription(description);
    }
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(m_ui->openClientButton),
             static_cast<QAbstractButton *>(m_ui->newClientButton),
             static_cast<QAbstractButton *>(m_ui->saveComparisonButton),
             static_cast<QAbstractButton *>(m_ui->saveComparisonAsButton) }) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QChar(0x2026)));
    }
}

// The pickers, swap, related careers and the roadmap drive the session; the session drives the views.
void MainWindow::connectComparison()
{
    for (RolePicker *picker : { m_ui->pickerA, m_ui->pickerB }) {
        connect(picker, &RolePicker::searchModelNeeded, this, [this](bool now) {
            if (now)
                searchModel(); // waits for the names
            else
                loadSearchNames(); // the picker gets them when they are ready
        });
    }
    // A choice the session refuses (unknown, or the user kept unsaved notes) leaves the field naming the
    // role on screen.
    connect(m_ui->pickerA, &RolePicker::roleChosen, this, [this](const QString &code) {
        if (!m_session->setRoleA(code))
            showPickedRoles();
    });
    connect(m_ui->pickerB, &RolePicker::roleChosen, this, [this](const QString &code) {
        if (!m_session->setRoleB(code))
            showPickedRoles();
    });
    m_session->setChangeGuard([this](const QString &, const QString &) { return m_loading || maybeSave(); });
    connect(m_ui->swapButton, &QToolButton::clicked, m_session, &ComparisonSession::swap);
    connect(m_ui->actionSwap, &QAction::triggered, m_session, &ComparisonSession::swap);
    connect(m_ui->actionFocusA, &QAction::triggered, this, &MainWindow::focusPickerA);
    connect(m_ui->actionFocusB, &QAction::triggered, this, &MainWindow::focusPickerB);
    // The related careers' and the roadmap's controls are connected as they are built (mainwindowtabs.cpp).
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCurrentPage);
    connect(m_session, &ComparisonSession::comparisonChanged, this, &MainWindow::refresh);
    connect(m_session, &ComparisonSession::roadmapChanged, this, &MainWindow::roadmapReversed);
    connect(m_session, &ComparisonSession::failed, this, &MainWindow::showFailure);
}

void MainWindow::connectFileMenu()
{
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::refreshRecentMenu);
    connect(m_ui->menuRecent, &QMenu::triggered, this, &MainWindow::openRecent);
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdfInteractively);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::print);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

// Counselor workflow and custom roles need the user store.
void MainWindow::connectUserData(bool available)
{
    const QList<QAction *> storeActions { m_ui->actionSaveComparison, m_ui->actionSavedComparisons,
        m_ui->actionNewCustomRole, m_ui->actionEditCustomRole, m_ui->actionDeleteCustomRole,
        m_ui->actionImportRoles, m_ui->actionExportRoles };
    for (QAction *action : storeActions) {
        action->setEnabled(available);
        if (!available)
            action->setToolTip(tr("Not available: your own data folder could not be opened"));
    }
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui->saveComparisonButton,
             m_ui->saveComparisonAsButton, m_ui->openClientButton, m_ui->newClientButton }) {
        w->setEnabled(available);
    }
    for (QAction *action : { m_ui->actionSaveComparisonAs, m_ui->actionOpenClient, m_ui->actionNewClient })
        action->setEnabled(available);
    connect(m_ui->actionSaveComparison, &QAction::triggered, this, &MainWindow::saveComparisonInteractively);
    connect(
        m_ui->saveComparisonButton, &QPushButton::clicked, this, &MainWindow::saveComparisonInteractively);
    connect(
        m_ui->actionSaveComparisonAs, &QAction::triggered, this, &MainWindow::saveComparisonAsInteractively);
    connect(m_ui->saveComparisonAsButton, &QPushButton::clicked, this,
        &MainWindow::saveComparisonAsInteractively);
    connect(m_ui->actionOpenClient, &QAction::triggered, this, &MainWindow::openClientInteractively);
    connect(m_ui->openClientButton, &QPushButton::clicked, this, &MainWindow::openClientInteractively);
    connect(m_ui->actionNewClient, &QAction::triggered, this, &MainWindow::newClientInteractively);
    connect(m_ui->newClientButton, &QPushButton::clicked, this, &MainWindow::newClientInteractively);
    connect(m_ui->actionCloseClient, &QAction::triggered, this, &MainWindow::closeClientInteractively);
    connect(m_ui->clientEdit, &QLineEdit::textChanged, this, &MainWindow::markDirty);
    connect(m_ui->clientNotesEdit, &QPlainTextEdit::textChanged, this, &MainWindow::markDirty);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &MainWindow::markDirty);
    connect(m_ui->actionSavedComparisons, &QAction::triggered, this, &MainWindow::showSavedComparisons);
    connect(m_ui->actionNewCustomRole, &QAction::triggered, this, &MainWindow::newCustomRole);
    connect(m_ui->actionEditCustomRole, &QAction::triggered, this, &MainWindow::chooseCustomRoleToEdit);
    connect(m_ui->actionDeleteCustomRole, &QAction::triggered, this, &MainWindow::deleteCustomRole);
    connect(m_ui->actionImportRoles, &QAction::triggered, this, &MainWindow::importRolesInteractively);
    connect(m_ui->actionExportRoles, &QAction::triggered, this, &MainWindow::exportRolesInteractively);
}

void MainWindow::connectViewMenu()
{
    connect(m_ui->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
    auto *themes = new QActionGroup(this);
    for (auto [action, choice] : { std::pair { m_ui->actionThemeSystem, ThemeChoice::Desktop },
             { m_ui->actionThemeLight, ThemeChoice::Light }, { m_ui->actionThemeDark, ThemeChoice::Dark } }) {
        action->setData(int(choice));
        themes->addAction(action);
    }
    connect(themes, &QActionGroup::triggered, this, &MainWindow::themeChosen);
    addLanguageMenu();
}

// View → Language: kept in the settings, used from the next start (the window, its models and the
// comparison's sentences are all built in the language installed at start-up).
void MainWindow::addLanguageMenu()
{
    QMenu *menu = m_ui->menuView->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = AppSettings().language();
    for (const auto &[code, text] : { std::pair { QString(), tr("Follow the &system") },
             std::pair { QStringLiteral("en"), QStringLiteral("&English") },
             std::pair { QStringLiteral("es"), QStringLiteral("E&spañol") } }) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (code == AppSettings().language())
            return;
        AppSettings().setLanguage(code);
        QMessageBox::information(
            this, tr("Language"), tr("Career Compare will use the new language the next time it starts."));
    });
}

void MainWindow::setUpStatusBar()
{
    const QString release = m_catalogue.releaseLine();
    auto *catalogueLabel = new QLabel(tr("Catalogue: %1").arg(release), this);
    catalogueLabel->setAccessibleName(tr("Catalogue release"));
    statusBar()->addPermanentWidget(catalogueLabel);
    m_clientStatus = new QLabel(this);
    m_clientStatus->setAccessibleName(tr("Open client"));
    statusBar()->addPermanentWidget(m_clientStatus);
    // Cut rather than widen the window on a small or highly scaled screen (QT_SCALE_FACTOR=3).
    catalogueLabel->setMinimumWidth(1);
    m_clientStatus->setMinimumWidth(1);
    updateClientStatus();
}

} // namespace cc
