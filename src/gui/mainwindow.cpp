// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "cataloguedatabase.h"
#include "comparisoncharts.h"
#include "comparisonreport.h"
#include "comparisonsession.h"
#include "customroledialog.h"
#include "formatting.h"
#include "glancemodel.h"
#include "presentationview.h"
#include "relatedrolesmodel.h"
#include "reporthtml.h"
#include "roadmap.h"
#include "rolesearchmodel.h"
#include "savedcomparisonsdialog.h"
#include "skilllistmodel.h"

#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
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
    , m_systemPalette(QApplication::palette())
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

    connect(m_ui->pickerA, &RolePicker::searchModelNeeded, this, &MainWindow::searchModel);
    connect(m_ui->pickerB, &RolePicker::searchModelNeeded, this, &MainWindow::searchModel);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::refreshCharts);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::refreshRecentMenu);
    m_ui->pickerA->setLabel(tr("Role A"));
    m_ui->pickerB->setLabel(tr("Role B"));

    m_ui->glanceView->setModel(m_glance);
    m_ui->glanceView->verticalHeader()->hide();
    m_ui->glanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->glanceView->horizontalHeader()->setSectionResizeMode(
        GlanceModel::AttributeColumn, QHeaderView::ResizeToContents);
    m_ui->glanceView->horizontalHeader()->setSectionResizeMode(
        GlanceModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_ui->onlyAView->setModel(m_onlyA);
    m_ui->sharedView->setModel(m_shared);
    m_ui->onlyBView->setModel(m_onlyB);
    m_ui->roadmapView->setModel(m_roadmap);
    m_ui->relatedAView->setModel(m_relatedA);
    m_ui->relatedBView->setModel(m_relatedB);
    for (QChartView *view : { m_ui->salaryChartView, m_ui->demandChartView, m_ui->automationChartView,
             m_ui->learningChartView, m_ui->skillProfileChartView })
        view->setMinimumHeight(220);

    connect(m_ui->pickerA, &RolePicker::roleChosen, m_session, &ComparisonSession::setRoleA);
    connect(m_ui->pickerB, &RolePicker::roleChosen, m_session, &ComparisonSession::setRoleB);
    connect(m_ui->swapButton, &QToolButton::clicked, m_session, &ComparisonSession::swap);
    connect(m_ui->actionSwap, &QAction::triggered, m_session, &ComparisonSession::swap);
    connect(m_ui->actionFocusA, &QAction::triggered, this, [this] {
        m_ui->pickerA->setFocus(Qt::ShortcutFocusReason);
        m_ui->pickerA->lineEdit()->selectAll();
    });
    connect(m_ui->actionFocusB, &QAction::triggered, this, [this] {
        m_ui->pickerB->setFocus(Qt::ShortcutFocusReason);
        m_ui->pickerB->lineEdit()->selectAll();
    });
    connect(m_ui->actionExportPdf, &QAction::triggered, this, &MainWindow::exportPdfInteractively);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::print);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    // Counselor workflow and custom roles need the user store.
    const QList<QAction *> storeActions { m_ui->actionSaveComparison, m_ui->actionSavedComparisons,
        m_ui->actionNewCustomRole, m_ui->actionEditCustomRole, m_ui->actionDeleteCustomRole,
        m_ui->actionImportRoles, m_ui->actionExportRoles };
    for (QAction *action : storeActions) {
        action->setEnabled(store != nullptr);
        if (!store)
            action->setToolTip(tr("Not available: your own data folder could not be opened"));
    }
    m_ui->saveComparisonButton->setEnabled(store != nullptr);
    auto saveInteractively = [this] {
        bool ok = false;
        const Comparison &c = m_session->comparison();
        const QString suggested = m_ui->clientEdit->text().trimmed().isEmpty()
            ? tr("%1 vs %2").arg(c.a.title, c.b.title)
            : tr("%1: %2 vs %3").arg(m_ui->clientEdit->text().trimmed(), c.a.title, c.b.title);
        const QString name = QInputDialog::getText(
            this, tr("Save comparison"), tr("Name:"), QLineEdit::Normal, suggested, &ok);
        if (!ok)
            return;
        QString error;
        if (saveComparison(name, &error))
            statusBar()->showMessage(tr("Saved “%1”").arg(name), 6000);
        else
            QMessageBox::warning(this, tr("Save comparison"), error);
    };
    connect(m_ui->actionSaveComparison, &QAction::triggered, this, saveInteractively);
    connect(m_ui->saveComparisonButton, &QPushButton::clicked, this, saveInteractively);
    connect(m_ui->actionSavedComparisons, &QAction::triggered, this, [this] {
        if (!m_roles.store())
            return;
        SavedComparisonsDialog dialog(*m_roles.store(), titlesByCode(), this);
        connect(&dialog, &SavedComparisonsDialog::openRequested, this, &MainWindow::openSaved);
        dialog.exec();
    });
    connect(m_ui->actionNewCustomRole, &QAction::triggered, this, [this] { editCustomRole(true); });
    connect(m_ui->actionEditCustomRole, &QAction::triggered, this, [this] { editCustomRole(false); });
    connect(m_ui->actionDeleteCustomRole, &QAction::triggered, this, &MainWindow::deleteCustomRole);
    connect(m_ui->actionImportRoles, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import custom roles"), QString(), tr("JSON files (*.json)"));
        QString error;
        if (!path.isEmpty() && !importRoles(path, &error))
            QMessageBox::warning(this, tr("Import custom roles"), error);
    });
    connect(m_ui->actionExportRoles, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export custom roles"), tr("custom roles.json"), tr("JSON files (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportRoles(path, &error))
            QMessageBox::warning(this, tr("Export custom roles"), error);
    });
    connect(m_ui->actionPresentation, &QAction::toggled, this, &MainWindow::setPresentation);
    auto *themes = new QActionGroup(this);
    for (auto [action, name] : { std::pair { m_ui->actionThemeSystem, QStringLiteral("system") },
             { m_ui->actionThemeLight, QStringLiteral("light") },
             { m_ui->actionThemeDark, QStringLiteral("dark") } }) {
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = name] { setTheme(theme); });
    }
    connect(m_ui->reverseRoadmapButton, &QPushButton::clicked, this, [this] {
        m_roadmapAToB = !m_roadmapAToB;
        refreshRoadmap();
    });
    auto compareRelated = [this](bool replaceB) {
        return [this, replaceB](const QModelIndex &index) {
            const QString code = index.data(RelatedRolesModel::CodeRole).toString();
            // A related career of A replaces B (A stays the reference), and the reverse.
            if (replaceB)
                m_session->setRoleB(code);
            else
                m_session->setRoleA(code);
        };
    };
    connect(m_ui->relatedAView, &QListView::activated, this, compareRelated(true));
    connect(m_ui->relatedBView, &QListView::activated, this, compareRelated(false));
    connect(m_session, &ComparisonSession::comparisonChanged, this, &MainWindow::refresh);
    connect(m_session, &ComparisonSession::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    const QString release = catalogue.metadata(QStringLiteral("release"));
    auto *catalogueLabel = new QLabel(tr("Catalogue: %1").arg(release), this);
    catalogueLabel->setAccessibleName(tr("Catalogue release"));
    statusBar()->addPermanentWidget(catalogueLabel);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 820);
    restoreState(m_settings.windowState());
    setTheme(m_settings.theme());
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

std::optional<qint64> MainWindow::saveComparison(const QString &name, QString *error)
{
    if (!m_roles.store() || !m_session->hasComparison())
        return std::nullopt;
    const Comparison &c = m_session->comparison();
    SavedComparison saved;
    saved.name = name;
    saved.codeA = c.a.code;
    saved.codeB = c.b.code;
    saved.client = m_ui->clientEdit->text().trimmed();
    saved.notes = m_ui->notesEdit->toPlainText();
    return m_roles.store()->saveComparison(saved, error);
}

void MainWindow::openSaved(const SavedComparison &saved)
{
    if (!compare(saved.codeA, saved.codeB)) {
        QMessageBox::warning(
            this, tr("Saved comparisons"), tr("A role of “%1” is no longer available.").arg(saved.name));
        return;
    }
    m_ui->clientEdit->setText(saved.client);
    m_ui->notesEdit->setPlainText(saved.notes);
}

bool MainWindow::addCustomRoles(QVector<RoleInput> &roles, QString *error)
{
    if (!m_roles.store()) {
        if (error)
            *error = tr("Your own data folder could not be opened, so custom roles cannot be saved.");
        return false;
    }
    if (!m_roles.store()->saveCustomRoles(roles, error))
        return false;
    customRolesSaved(roles);
    return true;
}

void MainWindow::customRolesSaved(const QVector<RoleInput> &roles)
{
    rebuildSearchModel();
    for (const RoleInput &r : roles)
        m_session->reload(r.role.code);
    statusBar()->showMessage(tr("Saved %n custom role(s)", nullptr, int(roles.size())), 6000);
}

const Role *MainWindow::customRoleOnScreen() const
{
    if (!m_session->hasComparison())
        return nullptr;
    const Comparison &c = m_session->comparison();
    for (const Role *r : { &c.a, &c.b }) {
        if (r->origin == RoleOrigin::Custom)
            return r;
    }
    return nullptr;
}

bool MainWindow::importRoles(const QString &path, QString *error)
{
    if (!m_roles.store()) {
        QVector<RoleInput> none;
        return addCustomRoles(none, error); // says why there is no store
    }
    const UserStore::RolesImport imported = m_roles.store()->importRolesFile(path);
    if (!imported.ok()) {
        if (error)
            *error = imported.error;
        return false;
    }
    customRolesSaved(imported.roles);
    return true;
}

bool MainWindow::exportRoles(const QString &path, QString *error)
{
    return m_roles.store() && m_roles.store()->exportRolesFile(path, error);
}

void MainWindow::editCustomRole(bool startNew)
{
    if (!m_roles.store() || !m_session->hasComparison())
        return;
    const Comparison &c = m_session->comparison();
    CustomRoleDialog dialog(this);
    if (startNew) {
        // Start from role A's values, a standard occupation or a custom role.
        QStringList skills;
        for (const RoleSkill &s : c.a.skills)
            skills << s.label;
        dialog.setRole(c.a, skills.mid(0, 40), false);
    } else {
        const Role *custom = customRoleOnScreen();
        if (!custom) {
            QMessageBox::information(
                this, tr("Edit custom role"), tr("Neither role on screen is a custom role. Pick one first."));
            return;
        }
        const auto input = m_roles.store()->customRole(custom->code);
        dialog.setRole(*custom, input ? input->skillNames : QStringList(), true);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVector<RoleInput> roles = dialog.role().roles;
    QString error;
    if (!addCustomRoles(roles, &error)) {
        QMessageBox::warning(this, tr("Custom role"), error);
        return;
    }
    if (startNew)
        m_session->setRoleB(roles.first().role.code);
}

void MainWindow::deleteCustomRole()
{
    if (!m_roles.store() || !m_session->hasComparison())
        return;
    const Role *custom = customRoleOnScreen();
    if (!custom) {
        QMessageBox::information(
            this, tr("Delete custom role"), tr("Neither role on screen is a custom role."));
        return;
    }
    if (QMessageBox::question(
            this, tr("Delete custom role"), tr("Delete the custom role “%1”?").arg(custom->title))
        != QMessageBox::Yes)
        return;
    QString error;
    const QString code = custom->code;
    const Comparison &c = m_session->comparison();
    if (!m_roles.store()->deleteCustomRole(code, &error)) {
        QMessageBox::warning(this, tr("Delete custom role"), error);
        return;
    }
    rebuildSearchModel();
    // The deleted role's place goes to the seed page's first role.
    const bool wasA = c.a.code == code;
    const QString other = wasA ? c.b.code : c.a.code;
    compare(wasA ? SeedCode::MultimodalEngineer : other, wasA ? other : SeedCode::MultimodalEngineer);
}

bool MainWindow::darkCharts() const
{
    return ChartTheme::forPalette(QApplication::palette()).background.lightness() < 128;
}

void MainWindow::setTheme(const QString &theme)
{
    m_settings.setTheme(theme);
    m_ui->actionThemeSystem->setChecked(theme == QLatin1String("system"));
    m_ui->actionThemeLight->setChecked(theme == QLatin1String("light"));
    m_ui->actionThemeDark->setChecked(theme == QLatin1String("dark"));
    QPalette palette = m_systemPalette;
    if (theme == QLatin1String("dark")) {
        palette = QPalette(QColor(0x2b, 0x2b, 0x2b), QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
        palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
        palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    } else if (theme == QLatin1String("light")) {
        palette = QPalette(QColor(0xef, 0xef, 0xef), QColor(0xf7, 0xf7, 0xf7));
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Text, Qt::black);
        palette.setColor(QPalette::WindowText, Qt::black);
    }
    QApplication::setPalette(palette);
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
    m_presentation = new PresentationView(m_session->comparison(), darkCharts());
    connect(m_presentation, &PresentationView::closed, this, [this] {
        m_presentation = nullptr;
        const QSignalBlocker block(m_ui->actionPresentation);
        m_ui->actionPresentation->setChecked(false);
    });
    m_presentation->showFullScreen();
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
    m_ui->glanceView->resizeRowsToContents();
    // As tall as its rows, so the salary chart gets the rest of the tab.
    const QHeaderView *header = m_ui->glanceView->horizontalHeader();
    int height = header->height() + 2 * m_ui->glanceView->frameWidth();
    for (int row = 0; row < m_glance->rowCount(); ++row)
        height += m_ui->glanceView->rowHeight(row);
    m_ui->glanceView->setFixedHeight(height);

    m_chartsStale = true;
    refreshCharts();

    m_onlyA->setEntries(c.skills.onlyA);
    m_shared->setEntries(c.skills.shared);
    m_onlyB->setEntries(c.skills.onlyB);
    m_ui->onlyAHeading->setText(tr("Only %1 (%2)").arg(c.a.title).arg(c.skills.onlyA.size()));
    m_ui->sharedHeading->setText(tr("Shared (%1)").arg(c.skills.shared.size()));
    m_ui->onlyBHeading->setText(tr("Only %1 (%2)").arg(c.b.title).arg(c.skills.onlyB.size()));
    m_ui->similarityLabel->setText(c.skills.similarityPercent
            ? tr("Similarity %1: %2.")
                  .arg(format::percent(std::round(*c.skills.similarityPercent)),
                      transitionWording(int(c.skills.shared.size()), c.skills.similarityPercent))
            : tr("Similarity not available: %1.").arg(transitionWording(0, std::nullopt)));

    m_ui->verdictBrowser->setHtml(html::chooseAndConclusion(c, QStringLiteral("h3")));
    m_relatedA->setRelated(c.a.related);
    m_relatedB->setRelated(c.b.related);
    m_ui->relatedAHeading->setText(tr("Related to %1 (compare with %1)").arg(c.a.title));
    m_ui->relatedBHeading->setText(tr("Related to %1 (compare with %1)").arg(c.b.title));
    refreshRoadmap();

    m_settings.setLastComparison(c.a.code, c.b.code);
    m_settings.addRecentComparison(c.a.code, c.b.code);
}

void MainWindow::refreshCharts()
{
    if (!m_session->hasComparison())
        return;
    const Comparison &c = m_session->comparison();
    const ChartTheme theme = ChartTheme::forPalette(QApplication::palette());
    QWidget *tab = m_ui->tabs->currentWidget();
    // The salary chart shares the first tab with the table; the other four have a tab of their own.
    if (tab == m_ui->glanceTab) {
        setChart(m_ui->salaryChartView, makeSalaryChart(c, theme));
    } else if (tab == m_ui->chartsTab && m_chartsStale) {
        setChart(m_ui->demandChartView, makeFiguresChart(c, QStringLiteral("demand"), theme));
        setChart(m_ui->automationChartView, makeFiguresChart(c, QStringLiteral("automation"), theme));
        setChart(m_ui->learningChartView, makeFiguresChart(c, QStringLiteral("learning"), theme));
        setChart(m_ui->skillProfileChartView, makeSkillProfileChart(c, theme));
        m_chartsStale = false;
    }
}

void MainWindow::refreshRoadmap()
{
    if (!m_session->hasComparison())
        return;
    const Comparison &c = m_session->comparison();
    const Roadmap r = roadmap(c, m_roadmapAToB);
    m_roadmap->setSide(m_roadmapAToB ? SkillListModel::SideB : SkillListModel::SideA);
    m_roadmap->setEntries(r.steps);
    m_ui->roadmapTitle->setText(
        tr("<b>Roadmap: %1 \u2192 %2</b> \u2014 %3 skills to learn, most important first")
            .arg(esc(r.from->title), esc(r.to->title))
            .arg(r.steps.size()));
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
        const QString codeA = a;
        const QString codeB = b;
        m_ui->menuRecent->addAction(tr("%1 vs %2").arg(titles.value(a), titles.value(b)), this,
            [this, codeA, codeB] { compare(codeA, codeB); });
    }
}

ReportContext MainWindow::reportContext() const
{
    ReportContext context;
    context.credit = m_catalogue.metadata(QStringLiteral("onet_credit"));
    context.citations = m_roles.sourceCitations();
    context.catalogueRelease = m_catalogue.metadata(QStringLiteral("release"));
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
                esc(m_catalogue.metadata(QStringLiteral("release"))),
                esc(m_catalogue.metadata(QStringLiteral("onet_credit"))),
                html::list(m_catalogue.metadata(QStringLiteral("attribution")).split(QLatin1Char('\n')))));
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
