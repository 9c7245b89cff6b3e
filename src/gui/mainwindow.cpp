// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "cataloguedatabase.h"
#include "comparisoncharts.h"
#include "comparisonreport.h"
#include "comparisonsession.h"
#include "formatting.h"
#include "glancemodel.h"
#include "relatedrolesmodel.h"
#include "reporthtml.h"
#include "roadmap.h"
#include "rolesearchmodel.h"
#include "skilllistmodel.h"

#include <QChart>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTimer>

namespace cc {

namespace {

void setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    delete old;
}

QString esc(const QString &s) { return html::escape(s); }

} // namespace

MainWindow::MainWindow(const CatalogueDatabase &catalogue, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_catalogue(catalogue)
{
    m_ui->setupUi(this);
    m_session = new ComparisonSession(catalogue, this);
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
    m_ui->glanceView->horizontalHeader()->setSectionResizeMode(GlanceModel::AttributeColumn, QHeaderView::ResizeToContents);
    m_ui->glanceView->horizontalHeader()->setSectionResizeMode(GlanceModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_ui->onlyAView->setModel(m_onlyA);
    m_ui->sharedView->setModel(m_shared);
    m_ui->onlyBView->setModel(m_onlyB);
    m_ui->roadmapView->setModel(m_roadmap);
    m_ui->relatedAView->setModel(m_relatedA);
    m_ui->relatedBView->setModel(m_relatedB);
    for (QChartView *view : {m_ui->salaryChartView, m_ui->demandChartView, m_ui->automationChartView, m_ui->learningChartView,
                             m_ui->skillProfileChartView})
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
    connect(m_session, &ComparisonSession::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    const QString release = catalogue.metadata(QStringLiteral("release"));
    auto *catalogueLabel = new QLabel(tr("Catalogue: %1").arg(release), this);
    catalogueLabel->setAccessibleName(tr("Catalogue release"));
    statusBar()->addPermanentWidget(catalogueLabel);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 820);
    restoreState(m_settings.windowState());
}

RoleSearchModel *MainWindow::searchModel()
{
    if (!m_search) {
        m_search = new RoleSearchModel(m_catalogue.searchNames(), this);
        m_ui->pickerA->setSearchModel(m_search);
        m_ui->pickerB->setSearchModel(m_search);
    }
    return m_search;
}

MainWindow::~MainWindow() = default;

bool MainWindow::compare(const QString &codeA, const QString &codeB) { return m_session->setRoles(codeA, codeB); }

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
                                       ? tr("Similarity %1: %2.").arg(format::percent(std::round(*c.skills.similarityPercent)),
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
    const ChartTheme theme;
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
    m_ui->roadmapTitle->setText(tr("<b>Roadmap: %1 \u2192 %2</b> \u2014 %3 skills to learn, most important first")
                                    .arg(esc(r.from->title), esc(r.to->title))
                                    .arg(r.steps.size()));
    m_ui->roadmapEstimate->setText(r.estimateNote);
    QString html;
    for (const Role *role : {r.to, r.from})
        html += html::wayIn(*role, tr("The way into %1").arg(role->title), QStringLiteral("h3"));
    m_ui->wayInBrowser->setHtml(html);
}

void MainWindow::refreshRecentMenu()
{
    m_ui->menuRecent->clear();
    QHash<QString, QString> titles;
    for (const RoleSummary &r : m_catalogue.roles())
        titles.insert(r.code, r.title);
    for (const auto &[a, b] : m_settings.recentComparisons()) {
        if (!titles.contains(a) || !titles.contains(b))
            continue; // a code from another catalogue
        const QString codeA = a;
        const QString codeB = b;
        m_ui->menuRecent->addAction(tr("%1 vs %2").arg(titles.value(a), titles.value(b)), this, [this, codeA, codeB] { compare(codeA, codeB); });
    }
}

static ReportContext reportContext(const CatalogueDatabase &catalogue)
{
    ReportContext context;
    context.credit = catalogue.metadata(QStringLiteral("onet_credit"));
    context.citations = catalogue.sourceCitations();
    context.catalogueRelease = catalogue.metadata(QStringLiteral("release"));
    return context;
}

bool MainWindow::exportPdf(const QString &path, QString *error)
{
    if (!m_session->hasComparison())
        return false;
    const ComparisonReport report(m_session->comparison(), reportContext(m_catalogue));
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
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), folder + QLatin1Char('/') + name, tr("PDF files (*.pdf)"));
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
    const ComparisonReport report(m_session->comparison(), reportContext(m_catalogue));
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
                           .arg(esc(QCoreApplication::applicationVersion()), esc(m_catalogue.metadata(QStringLiteral("release"))),
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
