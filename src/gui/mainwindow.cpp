// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "catalogueschema.h"
#include "ui_mainwindow.h"

#include "cataloguedatabase.h"
#include "comparisoncharts.h"
#include "comparisonreport.h"
#include "comparisonsession.h"
#include "glancemodel.h"
#include "presentationview.h"
#include "relatedrolesmodel.h"
#include "reporthtml.h"
#include "rolesearchmodel.h"
#include "skilllistmodel.h"

#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QStandardPaths>
#include <QTimer>

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

QString esc(const QString &s)
{
    return html::escape(s);
}

} // namespace

MainWindow::MainWindow(const CatalogueDatabase &catalogue, UserStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalogue(catalogue)
    , m_roles(catalogue, store)
    , m_theme(QApplication::palette())
{
    m_ui->setupUi(this);
    m_session = new ComparisonSession(m_roles, this);
    m_glance = new GlanceModel(this);
    m_onlyA = new SkillListModel(SkillListModel::SideA, this);
    m_shared = new SkillListModel(SkillListModel::Both, this);
    m_onlyB = new SkillListModel(SkillListModel::SideB, this);
    m_roadmap = new SkillListModel(SkillListModel::SideB, this);
    m_relatedA = new RelatedRolesModel(this);
    m_relatedB = new RelatedRolesModel(this);

    setUpViews();
    connectComparison();
    connectFileMenu();
    connectUserData(store != nullptr);
    connectViewMenu();
    setUpStatusBar();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 820);
    restoreState(m_settings.windowState());
    setTheme(m_settings.theme());
}

void MainWindow::setUpViews()
{
    m_ui->pickerA->setLabel(tr("Role A"));
    m_ui->pickerB->setLabel(tr("Role B"));
    m_ui->glanceView->setModel(m_glance);
    m_ui->glanceView->verticalHeader()->hide();
    QHeaderView *header = m_ui->glanceView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(GlanceModel::AttributeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GlanceModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_ui->onlyAView->setModel(m_onlyA);
    m_ui->sharedView->setModel(m_shared);
    m_ui->onlyBView->setModel(m_onlyB);
    m_ui->roadmapView->setModel(m_roadmap);
    m_ui->relatedAView->setModel(m_relatedA);
    m_ui->relatedBView->setModel(m_relatedB);
    for (QChartView *view : { m_ui->salaryChartView, m_ui->demandChartView, m_ui->automationChartView,
             m_ui->learningChartView, m_ui->skillProfileChartView })
        view->setMinimumHeight(220);
}

// The pickers, swap, related careers and the roadmap drive the session; the session drives the views.
void MainWindow::connectComparison()
{
    connect(m_ui->pickerA, &RolePicker::searchModelNeeded, this, &MainWindow::searchModel);
    connect(m_ui->pickerB, &RolePicker::searchModelNeeded, this, &MainWindow::searchModel);
    connect(m_ui->pickerA, &RolePicker::roleChosen, m_session, &ComparisonSession::setRoleA);
    connect(m_ui->pickerB, &RolePicker::roleChosen, m_session, &ComparisonSession::setRoleB);
    connect(m_ui->swapButton, &QToolButton::clicked, m_session, &ComparisonSession::swap);
    connect(m_ui->actionSwap, &QAction::triggered, m_session, &ComparisonSession::swap);
    connect(m_ui->actionFocusA, &QAction::triggered, this, &MainWindow::focusPickerA);
    connect(m_ui->actionFocusB, &QAction::triggered, this, &MainWindow::focusPickerB);
    connect(m_ui->relatedAView, &QListView::activated, this, &MainWindow::compareRelatedOfA);
    connect(m_ui->relatedBView, &QListView::activated, this, &MainWindow::compareRelatedOfB);
    connect(m_ui->reverseRoadmapButton, &QPushButton::clicked, m_session, &ComparisonSession::reverseRoadmap);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCharts);
    connect(m_session, &ComparisonSession::comparisonChanged, this, &MainWindow::refresh);
    connect(m_session, &ComparisonSession::roadmapChanged, this, &MainWindow::refreshRoadmap);
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
    m_ui->saveComparisonButton->setEnabled(available);
    connect(m_ui->actionSaveComparison, &QAction::triggered, this, &MainWindow::saveComparisonInteractively);
    connect(
        m_ui->saveComparisonButton, &QPushButton::clicked, this, &MainWindow::saveComparisonInteractively);
    connect(m_ui->actionSavedComparisons, &QAction::triggered, this, &MainWindow::showSavedComparisons);
    connect(m_ui->actionNewCustomRole, &QAction::triggered, this, &MainWindow::newCustomRole);
    connect(m_ui->actionEditCustomRole, &QAction::triggered, this, &MainWindow::editCustomRoleOnScreen);
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
}

void MainWindow::setUpStatusBar()
{
    const QString release = m_catalogue.metadata(schema::MetadataKey::Release);
    auto *catalogueLabel = new QLabel(tr("Catalogue: %1").arg(release), this);
    catalogueLabel->setAccessibleName(tr("Catalogue release"));
    statusBar()->addPermanentWidget(catalogueLabel);
}

void MainWindow::focusPickerA()
{
    m_ui->pickerA->setFocus(Qt::ShortcutFocusReason);
    m_ui->pickerA->lineEdit()->selectAll();
}

void MainWindow::focusPickerB()
{
    m_ui->pickerB->setFocus(Qt::ShortcutFocusReason);
    m_ui->pickerB->lineEdit()->selectAll();
}

// A related career of A replaces B (A stays the reference), and the reverse.
void MainWindow::compareRelatedOfA(const QModelIndex &index)
{
    m_session->setRoleB(index.data(RelatedRolesModel::CodeRole).toString());
}

void MainWindow::compareRelatedOfB(const QModelIndex &index)
{
    m_session->setRoleA(index.data(RelatedRolesModel::CodeRole).toString());
}

void MainWindow::showFailure(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::themeChosen(QAction *action)
{
    setTheme(ThemeChoice(action->data().toInt()));
}

QHash<QString, QString> MainWindow::titlesByCode() const
{
    QHash<QString, QString> titles;
    for (const RoleSummary &r : m_catalogue.roles())
        titles.insert(r.code, r.title);
    if (m_roles.store()) {
        for (const RoleInput &r : m_roles.store()->customRoles())
            titles.insert(r.role.code, r.role.title);
    }
    return titles;
}

void MainWindow::rebuildSearchModel()
{
    if (!m_search)
        return;
    RoleSearchModel *old = m_search;
    m_search = new RoleSearchModel(m_roles.searchNames(), this);
    m_ui->pickerA->setSearchModel(m_search);
    m_ui->pickerB->setSearchModel(m_search);
    old->deleteLater();
}

void MainWindow::setTheme(ThemeChoice theme)
{
    m_settings.setTheme(theme);
    m_theme.setChoice(theme);
    m_ui->actionThemeSystem->setChecked(theme == ThemeChoice::Desktop);
    m_ui->actionThemeLight->setChecked(theme == ThemeChoice::Light);
    m_ui->actionThemeDark->setChecked(theme == ThemeChoice::Dark);
    QApplication::setPalette(m_theme.palette());
    m_chartsStale = true;
    refreshCharts();
}

void MainWindow::setPresentation(bool on)
{
    if (!on) {
        if (m_presentation)
            m_presentation->close();
        return;
    }
    if (m_presentation || !m_session->hasComparison())
        return;
    m_presentation = new PresentationView(m_session->comparison(), m_theme.presentationCharts());
    connect(m_presentation, &PresentationView::closed, this, &MainWindow::presentationClosed);
    m_presentation->showFullScreen();
}

void MainWindow::presentationClosed()
{
    m_presentation = nullptr;
    const QSignalBlocker block(m_ui->actionPresentation);
    m_ui->actionPresentation->setChecked(false);
}

RoleSearchModel *MainWindow::searchModel()
{
    if (!m_search) {
        m_search = new RoleSearchModel(m_roles.searchNames(), this);
        m_ui->pickerA->setSearchModel(m_search);
        m_ui->pickerB->setSearchModel(m_search);
    }
    return m_search;
}

MainWindow::~MainWindow() = default;

bool MainWindow::compare(const QString &codeA, const QString &codeB)
{
    return m_session->setRoles(codeA, codeB);
}

void MainWindow::refresh()
{
    const Comparison &c = m_session->comparison();
    setWindowTitle(tr("%1 vs %2 \u2014 Career Compare").arg(c.a.title, c.b.title));
    m_ui->pickerA->showRole(c.a.code, c.a.title);
    m_ui->pickerB->showRole(c.b.code, c.b.title);
    m_ui->summaryLabel->setText(c.summary);
    m_glance->setComparison(c, m_session->sourceNames());
    fitGlanceTable();

    m_chartsStale = true;
    refreshCharts();
    refreshSkillLists(c);
    m_ui->verdictBrowser->setHtml(html::chooseAndConclusion(c, QStringLiteral("h3")));
    m_relatedA->setRole(c.a);
    m_relatedB->setRole(c.b);
    m_ui->relatedAHeading->setText(m_relatedA->heading());
    m_ui->relatedBHeading->setText(m_relatedB->heading());
    refreshRoadmap();

    m_settings.setLastComparison(c.a.code, c.b.code);
    m_settings.addRecentComparison(c.a.code, c.b.code);
}

// As tall as its rows, so the salary chart gets the rest of the tab.
void MainWindow::fitGlanceTable()
{
    m_ui->glanceView->resizeRowsToContents();
    const QHeaderView *header = m_ui->glanceView->horizontalHeader();
    int height = header->height() + 2 * m_ui->glanceView->frameWidth();
    for (int row = 0; row < m_glance->rowCount(); ++row)
        height += m_ui->glanceView->rowHeight(row);
    m_ui->glanceView->setFixedHeight(height);
}

void MainWindow::refreshSkillLists(const Comparison &c)
{
    m_onlyA->setEntries(c.skills.onlyA, c.a, c.b);
    m_shared->setEntries(c.skills.shared, c.a, c.b);
    m_onlyB->setEntries(c.skills.onlyB, c.a, c.b);
    m_ui->onlyAHeading->setText(m_onlyA->heading());
    m_ui->sharedHeading->setText(m_shared->heading());
    m_ui->onlyBHeading->setText(m_onlyB->heading());
    m_ui->similarityLabel->setText(m_session->similaritySentence());
}

void MainWindow::refreshCharts()
{
    if (!m_session->hasComparison())
        return;
    const Comparison &c = m_session->comparison();
    const ChartTheme theme = m_theme.charts();
    QWidget *tab = m_ui->tabs->currentWidget();
    // The salary chart shares the first tab with the table; the other four have a tab of their own.
    if (tab == m_ui->glanceTab) {
        setChart(m_ui->salaryChartView, makeSalaryChart(c, theme));
    } else if (tab == m_ui->chartsTab && m_chartsStale) {
        setChart(m_ui->demandChartView, makeFiguresChart(c, ChartMetric::Demand, theme));
        setChart(m_ui->automationChartView, makeFiguresChart(c, ChartMetric::Automation, theme));
        setChart(m_ui->learningChartView, makeFiguresChart(c, ChartMetric::Learning, theme));
        setChart(m_ui->skillProfileChartView, makeSkillProfileChart(c, theme));
        m_chartsStale = false;
    }
}

void MainWindow::refreshRoadmap()
{
    if (!m_session->hasComparison())
        return;
    const Roadmap r = m_session->roadmap();
    m_roadmap->setRoadmap(r, m_session->comparison());
    m_ui->roadmapTitle->setText(m_roadmap->heading());
    m_ui->roadmapEstimate->setText(r.estimateNote);
    QString html;
    for (const Role *role : { r.to, r.from })
        html += html::wayIn(*role, tr("The way into %1").arg(role->title), QStringLiteral("h3"));
    m_ui->wayInBrowser->setHtml(html);
}

void MainWindow::refreshRecentMenu()
{
    m_ui->menuRecent->clear();
    const QHash<QString, QString> titles = titlesByCode();
    for (const auto &[a, b] : m_settings.recentComparisons()) {
        if (!titles.contains(a) || !titles.contains(b))
            continue; // a code from another catalogue
        QAction *action = m_ui->menuRecent->addAction(tr("%1 vs %2").arg(titles.value(a), titles.value(b)));
        action->setData(QStringList { a, b });
    }
}

void MainWindow::openRecent(QAction *action)
{
    const QStringList codes = action->data().toStringList();
    if (codes.size() == 2)
        compare(codes[0], codes[1]);
}

ReportContext MainWindow::reportContext() const
{
    ReportContext context;
    context.credit = m_catalogue.metadata(schema::MetadataKey::OnetCredit);
    context.citations = m_roles.sourceCitations();
    context.catalogueRelease = m_catalogue.metadata(schema::MetadataKey::Release);
    context.client = m_ui->clientEdit->text();
    context.notes = m_ui->notesEdit->toPlainText();
    return context;
}

bool MainWindow::exportPdf(const QString &path, QString *error)
{
    if (!m_session->hasComparison())
        return false;
    const ComparisonReport report(m_session->comparison(), reportContext());
    QString message;
    if (!report.writePdf(path, &message)) {
        if (error)
            *error = message;
        return false;
    }
    return true;
}

void MainWindow::exportPdfInteractively()
{
    if (!m_session->hasComparison())
        return;
    const Comparison &c = m_session->comparison();
    QString name = QStringLiteral("%1 vs %2.pdf").arg(c.a.title, c.b.title);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), folder + QLatin1Char('/') + name, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportPdf(path, &error))
        statusBar()->showMessage(tr("Saved %1").arg(path), 6000);
    else
        QMessageBox::warning(this, tr("Export PDF"), error);
}

void MainWindow::print()
{
    if (!m_session->hasComparison())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(ComparisonReport::defaultPageSize());
    QPrintPreviewDialog preview(&printer, this);
    const ComparisonReport report(m_session->comparison(), reportContext());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter *p) {
        QPainter painter(p);
        report.paint(p, &painter);
    });
    preview.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Career Compare"),
        tr("<h3>Career Compare %1</h3><p>Two careers side by side, offline.</p><p>Catalogue: %2</p>"
           "<p>%3</p><p>Sources:</p>%4")
            .arg(esc(QCoreApplication::applicationVersion()),
                esc(m_catalogue.metadata(schema::MetadataKey::Release)),
                esc(m_catalogue.metadata(schema::MetadataKey::OnetCredit)),
                html::list(m_catalogue.metadata(schema::MetadataKey::Attribution).split(QLatin1Char('\n')))));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Load the search names once the window is up, before anyone types.
    QTimer::singleShot(0, this, &MainWindow::searchModel);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace cc
