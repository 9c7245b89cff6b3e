// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "catalogueschema.h"
#include "mainwindowui.h"

#include "cataloguedatabase.h"
#include "comparisoncharts.h"
#include "comparisonreport.h"
#include "comparisonsession.h"
#include "destinationsmodel.h"
#include "glancemodel.h"
#include "presentationview.h"
#include "relatedrolesmodel.h"
#include "reporthtml.h"
#include "rolesearchmodel.h"
#include "searchnamesloader.h"
#include "skilllistmodel.h"
#include "workactivitiesview.h"

#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QScreen>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <utility>

namespace cc
{

namespace
{

QString esc(const QString &s)
{
    return html::escape(s);
}

} // namespace

MainWindow::MainWindow(const CatalogueDatabase &catalogue, UserStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<MainWindowUi>())
    , m_catalogue(catalogue)
    , m_roles(catalogue, store)
    , m_theme(QApplication::palette())
{
    // Text without OpenType shaping where its script needs none (comparisoncharts.h), in every
    // widget, menu and dialog: on the application's font, and on this window before its children
    // are made (Qt tells existing widgets of a new application font later). On the window's own
    // font instead, each child resolved it anew: 8 M more instructions to start.
    if (!(QApplication::font().styleStrategy() & QFont::PreferNoShaping)) {
        QApplication::setFont(withoutShaping(QApplication::font()));
        QEvent changed(QEvent::ApplicationFontChange);
        QCoreApplication::sendEvent(this, &changed);
    }
    m_ui->setupUi(this);
    m_session = new ComparisonSession(m_roles, this);
    m_glance = new GlanceModel(this);
    m_onlyA = new SkillListModel(SkillListModel::SideA, this);
    m_shared = new SkillListModel(SkillListModel::Both, this);
    m_onlyB = new SkillListModel(SkillListModel::SideB, this);
    m_roadmap = new SkillListModel(SkillListModel::SideB, this);
    m_relatedA = new RelatedRolesModel(this);
    m_relatedB = new RelatedRolesModel(this);
    m_destinationsA = new DestinationsModel(this);
    m_destinationsB = new DestinationsModel(this);

    setUpViews();
    connectComparison();
    connectFileMenu();
    connectUserData(store != nullptr);
    connectViewMenu();
    setUpStatusBar();

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 820);
    restoreState(m_settings.windowState());
    fitToScreen(false); // and when shown (setVisible), where its least size is known
    setTheme(m_settings.theme());
}

// Never larger than the screen it is on (a size saved at another scale or on a larger screen included),
// and on it.
void MainWindow::fitToScreen(bool scrollWhenTooSmall)
{
    const QScreen *onScreen = screen() ? screen() : QGuiApplication::primaryScreen();
    if (!onScreen)
        return;
    const QRect available = onScreen->availableGeometry();
    // The frame the platform puts around the window (known once its native window exists).
    const QMargins margins = windowHandle() ? windowHandle()->frameMargins() : QMargins();
    const QSize frame(margins.left() + margins.right(), margins.top() + margins.bottom());
    const QSize room = available.size() - frame;
    if (isMaximized() || isFullScreen())
        return;
    if (scrollWhenTooSmall)
        scrollWhenLargerThan(room);
    const QSize fitted = size().boundedTo(room);
    if (fitted != size())
        resize(fitted);
    QPoint topLeft = pos();
    topLeft.setX(std::clamp(topLeft.x(), available.left(),
        std::max(available.left(), available.right() - width() - frame.width())));
    topLeft.setY(std::clamp(topLeft.y(), available.top(),
        std::max(available.top(), available.bottom() - height() - frame.height())));
    if (topLeft != pos())
        move(topLeft);
}

// On a screen smaller than the window's least size (a large scale factor: QT_SCALE_FACTOR=3 leaves
// 267 device-independent pixels on an 800-pixel screen) the content scrolls inside the window, so the
// window itself still fits. Done once; on an ordinary screen nothing changes.
void MainWindow::scrollWhenLargerThan(const QSize &room)
{
    const QSize least = minimumSizeHint();
    if (qobject_cast<QScrollArea *>(centralWidget())
        || (least.width() <= room.width() && least.height() <= room.height()))
        return;
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("contentScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(takeCentralWidget());
    setCentralWidget(scroll);
    // The window's least size follows once the layout has run: fit again then.
    QTimer::singleShot(0, this, [this] { fitToScreen(); });
}

void MainWindow::showPickedRoles()
{
    if (!m_session->hasComparison())
        return;
    const Comparison &c = m_session->comparison();
    m_ui->pickerA->showRole(c.a.code, c.a.title);
    m_ui->pickerB->showRole(c.b.code, c.b.title);
    // O*NET titles stay English; in Spanish the closest ESCO label is shown under them.
    const bool spanish = QLocale().language() == QLocale::Spanish;
    auto subtitle = [spanish](const Role &r) {
        return spanish && !r.escoLabel.isEmpty() ? tr("ESCO: %1").arg(r.escoLabel) : QString();
    };
    m_ui->pickerA->setSubtitle(subtitle(c.a));
    m_ui->pickerB->setSubtitle(subtitle(c.b));
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

// A related career or a destination replaces B: A is the user's own role and stays.
void MainWindow::compareInPlaceOfB(const QModelIndex &index)
{
    const QString code = index.data(RelatedRolesModel::CodeRole).toString();
    if (!code.isEmpty())
        m_session->setRoleB(code);
}

QMenu *MainWindow::careerMenu(const QModelIndex &index)
{
    const QString code = index.data(RelatedRolesModel::CodeRole).toString();
    if (code.isEmpty())
        return nullptr; // a survey group with no occupation of the catalogue, or a "not available" row
    const QString title = index.data(RelatedRolesModel::TitleRole).toString();
    const Comparison &c = m_session->comparison();
    auto *menu = new QMenu(this);
    QAction *inPlaceOfB
        = menu->addAction(tr("Compare %1 with %2 (in place of %3)").arg(title, c.a.title, c.b.title));
    menu->setDefaultAction(inPlaceOfB);
    connect(inPlaceOfB, &QAction::triggered, m_session, [this, code] { m_session->setRoleB(code); });
    QAction *inPlaceOfA
        = menu->addAction(tr("Compare %1 with %2 instead (in place of %3)").arg(title, c.b.title, c.a.title));
    connect(inPlaceOfA, &QAction::triggered, m_session, [this, code] { m_session->setRoleA(code); });
    return menu;
}

void MainWindow::showCareerMenu(const QPoint &position)
{
    auto *view = qobject_cast<QListView *>(sender());
    if (!view)
        return;
    QMenu *menu = careerMenu(view->indexAt(position));
    if (!menu)
        return;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(view->viewport()->mapToGlobal(position));
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

// After a custom role is saved or deleted. While the first reading is in progress it starts again
// with the custom roles as they are now; once the names are there they are read again here, so
// that the role saved is found at once (the user's own action, and rare).
void MainWindow::rebuildSearchModel()
{
    if (m_searchLoader) {
        delete m_searchLoader; // stops the thread
        m_searchLoader = nullptr;
        startSearchLoader();
    } else if (m_search) {
        useSearchModel(new RoleSearchModel(m_roles.searchNames(), this));
    }
}

void MainWindow::loadSearchNames()
{
    if (!m_searchLoader && !m_search)
        startSearchLoader();
}

void MainWindow::startSearchLoader()
{
    m_searchLoader = new SearchNamesLoader(m_catalogue.path(), m_roles.customSearchNames(), this);
    connect(m_searchLoader, &SearchNamesLoader::finished, this, &MainWindow::useSearchNames);
    m_searchLoader->start();
}

void MainWindow::useSearchNames()
{
    if (!m_searchLoader)
        return;
    SearchNamesLoader *loader = std::exchange(m_searchLoader, nullptr);
    SearchNames names = loader->take();
    // Its own connection could not read the catalogue (it changed on disk since it was opened?):
    // this window's connection reads it here instead.
    const bool failed = !loader->error().isEmpty();
    loader->deleteLater(); // this may run inside its finished()
    if (failed)
        names = m_roles.searchNames();
    useSearchModel(new RoleSearchModel(std::move(names), this));
}

void MainWindow::useSearchModel(RoleSearchModel *model)
{
    RoleSearchModel *old = std::exchange(m_search, model);
    m_ui->pickerA->setSearchModel(m_search);
    m_ui->pickerB->setSearchModel(m_search);
    if (old)
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
    m_stalePages |= GlancePage | ChartsPage; // the charts in the theme's colours
    m_ui->salaryChartView->setTheme(m_theme.charts());
    refreshCurrentPage();
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
    if (!m_search)
        loadSearchNames();
    useSearchNames(); // waits for a reading in progress (the first, or one after a custom role changed)
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
    showPickedRoles();
    followPair();
    m_ui->summaryLabel->setText(c.summary);
    // Only the tab on screen is filled now; each other tab when it is shown.
    m_stalePages = AllPages;
    refreshCurrentPage();

    m_settings.setLastComparison(c.a.code, c.b.code);
    m_settings.addRecentComparison(c.a.code, c.b.code);
}

// As tall as its rows, so the salary chart gets the rest of the tab.
void MainWindow::fitGlanceTable()
{
    // The verdict column is as wide as its widest verdict so far (Qt's "resize to contents" fitted it
    // to each pair's verdicts, and a column that changed width moved the two role columns: the whole
    // table was drawn again on most switches, where only role B's values and verdicts change).
    QHeaderView *header = m_ui->glanceView->horizontalHeader();
    const int verdict = GlanceModel::VerdictColumn;
    header->setSectionResizeMode(verdict, QHeaderView::Fixed);
    const int widest = std::max({ header->property("ccWidestVerdict").toInt(),
        static_cast<const QAbstractItemView *>(m_ui->glanceView)->sizeHintForColumn(verdict),
        header->sectionSizeHint(verdict) });
    header->setProperty("ccWidestVerdict", widest);
    if (header->sectionSize(verdict) != widest)
        header->resizeSection(verdict, widest);
    m_ui->glanceView->resizeRowsToContents();
    // The header's height as the table will give it (its height() follows only once the table has
    // laid it out). It keeps the height of the most lines a title has taken in it (a title over two or
    // three lines): a switch between a long and a short title then leaves the table's height, and the
    // salary chart under it, as they were, instead of laying the chart out and drawing it anew.
    if (!header->isHidden())
        header->setMinimumHeight(std::max(header->minimumHeight(), header->sizeHint().height()));
    int height = (header->isHidden() ? 0 : std::max(header->minimumHeight(), header->sizeHint().height()))
        + 2 * m_ui->glanceView->frameWidth();
    for (int row = 0; row < m_glance->rowCount(); ++row)
        height += m_ui->glanceView->rowHeight(row);
    m_ui->glanceView->setFixedHeight(height);
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
    context.catalogueRelease = m_catalogue.releaseLine();
    context.client = m_ui->clientEdit->text();
    context.notes = m_ui->notesEdit->toPlainText();
    return context;
}

bool MainWindow::exportPdf(const QString &path, QString *error, const QPageSize &pageSize)
{
    if (!m_session->hasComparison())
        return false;
    const ComparisonReport report(m_session->comparison(), reportContext());
    QString message;
    if (!report.writePdf(path, &message, pageSize)) {
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool MainWindow::exportPdf(const QString &path, QString *error)
{
    return exportPdf(path, error, ComparisonReport::defaultPageSize());
}

void MainWindow::exportPdfInteractively()
{
    if (!m_session->hasComparison())
        return;
    const Comparison &c = m_session->comparison();
    QString name = QStringLiteral("%1 vs %2.pdf").arg(c.a.title, c.b.title);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The paper is chosen with the file type: the locale's paper first and selected.
    const QString letter = tr("PDF on US Letter paper (*.pdf)");
    const QString a4 = tr("PDF on A4 paper (*.pdf)");
    const bool usLetter = ComparisonReport::defaultPageSize().id() == QPageSize::Letter;
    QString chosenFilter = usLetter ? letter : a4;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"),
        folder + QLatin1Char('/') + name,
        usLetter ? letter + QStringLiteral(";;") + a4 : a4 + QStringLiteral(";;") + letter, &chosenFilter);
    if (path.isEmpty())
        return;
    const QPageSize paper(chosenFilter == letter ? QPageSize::Letter : QPageSize::A4);
    QString error;
    if (exportPdf(path, &error, paper))
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
            .arg(esc(QCoreApplication::applicationVersion()), esc(m_catalogue.releaseLine()),
                esc(m_catalogue.metadata(schema::MetadataKey::OnetCredit)),
                html::list(m_catalogue.metadata(schema::MetadataKey::Attribution).split(QLatin1Char('\n')))));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Wrapped rows change height with the width. The resize the window gets as it is shown comes before
    // its children have theirs, at their real size: the table is fitted when shown (showEvent).
    if (isVisible())
        fitGlanceTable();
}

// Fitted to the screen before the first layout: fitted only once shown (showEvent), a window larger than
// the screen was laid out at its own size first, then again at the screen's, before its first paint.
void MainWindow::setVisible(bool visible)
{
    if (visible && isWindow() && !isVisible()) {
        create(); // as show() does first: the frame's size is known from here
        ensurePolished(); // as show() does next: the least size asked below is the one the layout keeps
        fitToScreen();
    }
    QMainWindow::setVisible(visible);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitGlanceTable();
    fitToScreen();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // Read the search names once the window is on screen (the first paint done), before anyone
    // types; on a thread of their own, so that the window goes on answering meanwhile.
    if (!m_searchQueued) {
        m_searchQueued = true;
        QTimer::singleShot(0, this, &MainWindow::loadSearchNames);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_settings.setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace cc
