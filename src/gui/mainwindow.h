// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "roledirectory.h"
#include "theme.h"

#include <QMainWindow>
#include <QPageSize>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QStandardItemModel;
QT_END_NAMESPACE

namespace cc
{

class ComparisonSession;
class CustomRoleDialog;
class PresentationView;
struct ReportContext;
class GlanceModel;
class RelatedRolesModel;
class DestinationsModel;
class RoleSearchModel;
class SearchNamesLoader;
class SkillListModel;
class WorkActivitiesView;
struct MainWindowUi;

// Wires the pickers, models, charts and report to the comparison session, and lays them out. What it
// shows is computed by core, the session and the models; the palettes are the Theme's.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `store` may be null: then custom roles and saved comparisons are unavailable (and say so).
    explicit MainWindow(
        const CatalogueDatabase &catalogue, UserStore *store = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a comparison (codes as in the catalogue); false, with a message, when a code is unknown.
    bool compare(const QString &codeA, const QString &codeB);

    ComparisonSession *session() const { return m_session; }
    // The tabs' widgets and models, for inspection (tests). A tab off screen is built and filled only
    // when it is shown; these build and fill every tab first, so what they hold is always the comparison
    // on screen (mainwindowui.h has the widgets).
    MainWindowUi *ui() { return upToDate(m_ui.get()); }
    GlanceModel *glanceModel() { return upToDate(m_glance); }
    SkillListModel *onlyAModel() { return upToDate(m_onlyA); }
    SkillListModel *sharedModel() { return upToDate(m_shared); }
    SkillListModel *onlyBModel() { return upToDate(m_onlyB); }
    SkillListModel *roadmapModel() { return upToDate(m_roadmap); }
    RelatedRolesModel *relatedAModel() { return upToDate(m_relatedA); }
    RelatedRolesModel *relatedBModel() { return upToDate(m_relatedB); }
    DestinationsModel *destinationsAModel() { return upToDate(m_destinationsA); }
    DestinationsModel *destinationsBModel() { return upToDate(m_destinationsB); }
    WorkActivitiesView *workActivitiesView()
    {
        fillAllPages(); // builds it
        return m_work;
    }
    // Fills every tab that shows an older comparison (each is otherwise filled when it is shown).
    void fillAllPages();
    // The context menu of a related career or a "where people go" entry: put it in place of B
    // (keeping A, the default) or in place of A. The caller owns the menu.
    QMenu *careerMenu(const QModelIndex &index);
    // Every name a role can be found by. Read on a thread of its own once the window is first
    // painted (loadSearchNames()), so that neither start-up nor the user waits for 63,000 names;
    // this waits for that thread when it has not finished (it starts it when it has not started).
    RoleSearchModel *searchModel();
    // Starts reading the search names on their own thread, unless they are read or being read; the
    // pickers get them when they are ready.
    void loadSearchNames();
    bool searchNamesLoaded() const { return m_search != nullptr; }

    // Writes the PDF; false with a message box (or `error`) when the path cannot be written.
    bool exportPdf(const QString &path, QString *error = nullptr);
    bool exportPdf(const QString &path, QString *error, const QPageSize &pageSize);

    // Counselor workflow, callable without dialogs (tests, command line). The window holds one open
    // comparison: its client (a record of the user store, or none), its notes, and the saved comparison
    // it came from (or none). Changing the pair keeps the client and starts a new comparison for them.
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedChoice()>;
    // Replaces the Save / Discard / Cancel message box (tests).
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_askUnsaved = std::move(prompt); }
    bool hasUnsavedChanges() const { return m_dirty; }
    qint64 openClientId() const { return m_clientId; }
    qint64 openComparisonId() const { return m_comparisonId; }
    // Save As: a new saved comparison named `name`, filed under the client.
    std::optional<qint64> saveComparison(const QString &name, QString *error = nullptr);
    // Save: updates the open saved comparison, or saves a new one with a name of its own.
    std::optional<qint64> save(QString *error = nullptr);
    // Opens a saved comparison (asking about unsaved changes first); false when cancelled or gone.
    bool openSaved(const cc::SavedComparison &saved);
    // Opens a client with their latest saved comparison (or the pair on screen as a new one for them).
    bool openClient(qint64 id);
    std::optional<qint64> newClient(const QString &name, QString *error = nullptr);
    // Compares without a client.
    bool closeClient();
    // Save / Discard / Cancel when there are unsaved changes; true when the caller may go on.
    bool maybeSave();
    // Saves the roles; new ones get their codes written back into `roles`.
    bool addCustomRoles(QVector<RoleInput> &roles, QString *error = nullptr);
    // Imports custom roles from a JSON file, all or nothing. A code of a catalogue role or twice in the
    // file is refused (named in `error`); codes of the user's own roles are named and replaced only
    // after the user picks Replace (false with `error` empty after Cancel).
    bool importRoles(const QString &path, QString *error = nullptr);
    bool exportRoles(const QString &path, QString *error = nullptr);
    void setTheme(ThemeChoice theme);
    bool darkCharts() const { return m_theme.isDark(); }
    PresentationView *presentation() const { return m_presentation; }
    void setPresentation(bool on);
    void setVisible(bool visible) override;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private slots:
    void refresh();
    void refreshCurrentPage();
    void roadmapReversed();
    void refreshRecentMenu();
    void openRecent(QAction *action);
    void exportPdfInteractively();
    void print();
    void showAbout();
    void focusPickerA();
    void focusPickerB();
    void saveComparisonInteractively();
    void saveComparisonAsInteractively();
    void openClientInteractively();
    void newClientInteractively();
    void closeClientInteractively();
    void markDirty();
    void showSavedComparisons();
    void newCustomRole();
    void chooseCustomRoleToEdit();
    void importRolesInteractively();
    void exportRolesInteractively();
    void themeChosen(QAction *action);
    void compareInPlaceOfB(const QModelIndex &index);
    void showCareerMenu(const QPoint &position);
    void showFailure(const QString &message);
    void presentationClosed();

private:
    // Replace / Cancel for codes of the user's own roles in a file being imported; true for Replace.
    bool askToReplaceRoles(const QStringList &codes);
    void setUpViews();
    // Never larger than the screen, and on it; `scrollWhenTooSmall`: the content scrolls when the screen
    // is smaller than the window's least size (asking for that size lays out every shown widget).
    void fitToScreen(bool scrollWhenTooSmall = true);
    void scrollWhenLargerThan(const QSize &room);
    void describeControls();
    // The tabs, each filled when shown (mainwindowpages.cpp).
    enum Page : unsigned {
        NoPage = 0,
        GlancePage = 1,
        ChartsPage = 2,
        WorkPage = 4,
        SkillsPage = 8,
        VerdictPage = 16,
        RoadmapPage = 32,
        RelatedPage = 64,
        AllPages = 127
    };
    Page pageOf(const QWidget *tab) const;
    QWidget *tabOf(Page page) const;
    void fillPage(Page page);
    // Makes the widgets of a tab after the glance tab, once (mainwindowtabs.cpp).
    void buildPage(Page page);
    void buildChartsTab();
    void addChartFigures();
    void buildSkillsTab();
    void buildRoadmapTab();
    void buildRelatedTab();
    template <typename T> T *upToDate(T *widgetOrModel)
    {
        fillAllPages();
        return widgetOrModel;
    }
    void refreshGlance(const Comparison &c);
    void refreshChartsPage(const Comparison &c);
    void refreshChartFigures(const Comparison &c);
    void fitChartTitle(QChartView *view, int width);
    void refreshRoadmap();
    void refreshRelated(const Comparison &c);
    void showPickedRoles();
    void connectComparison();
    void connectFileMenu();
    void connectUserData(bool available);
    void connectViewMenu();
    void addLanguageMenu();
    void setUpStatusBar();
    void fitGlanceTable();
    void refreshSkillLists(const Comparison &c);
    ReportContext reportContext() const;
    void rebuildSearchModel();
    void startSearchLoader();
    void useSearchNames(); // takes the loader's names into a new model for the pickers
    void useSearchModel(RoleSearchModel *model);
    QHash<QString, QString> titlesByCode() const;
    // Runs the dialog and saves what it gives; `isNew`: the saved role becomes B.
    void runCustomRoleDialog(CustomRoleDialog &dialog, bool isNew);
    void deleteCustomRole();
    void customRolesSaved(const QVector<RoleInput> &roles);
    const Role *customRoleOnScreen() const;
    void showDocument(qint64 clientId, qint64 comparisonId, const QString &name, const QString &notes);
    void followPair();
    void updateClientStatus();

    std::unique_ptr<MainWindowUi> m_ui;
    const CatalogueDatabase &m_catalogue;
    RoleDirectory m_roles;
    Theme m_theme;
    PresentationView *m_presentation = nullptr;
    ComparisonSession *m_session = nullptr;
    RoleSearchModel *m_search = nullptr;
    SearchNamesLoader *m_searchLoader = nullptr; // while the search names are read
    bool m_searchQueued = false; // the search names load after the first paint
    GlanceModel *m_glance = nullptr;
    SkillListModel *m_onlyA = nullptr;
    SkillListModel *m_shared = nullptr;
    SkillListModel *m_onlyB = nullptr;
    SkillListModel *m_roadmap = nullptr;
    RelatedRolesModel *m_relatedA = nullptr;
    RelatedRolesModel *m_relatedB = nullptr;
    DestinationsModel *m_destinationsA = nullptr;
    DestinationsModel *m_destinationsB = nullptr;
    WorkActivitiesView *m_work = nullptr; // on its own tab (m_ui->workTab), before Skills; built when shown
    unsigned m_stalePages = AllPages; // the Page of each tab that shows an older comparison (or none)
    unsigned m_builtPages = GlancePage; // the Page of each tab whose widgets exist
    AppSettings m_settings;

    // The open comparison (see saveComparison()).
    qint64 m_clientId = 0;
    qint64 m_comparisonId = 0;
    QString m_comparisonName;
    QPair<QString, QString> m_documentPair;
    bool m_dirty = false;
    bool m_loading = false; // filling the fields: not an edit
    bool m_saveInPlace = false; // save() rather than Save As
    UnsavedPrompt m_askUnsaved;
    QLabel *m_clientStatus = nullptr;
    QStandardItemModel *m_chartFigures = nullptr;
};

} // namespace cc
