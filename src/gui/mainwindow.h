// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "roledirectory.h"
#include "theme.h"

#include <QMainWindow>

#include <memory>

namespace Ui
{
class MainWindow;
}

namespace cc
{

class ComparisonSession;
class PresentationView;
struct ReportContext;
class GlanceModel;
class RelatedRolesModel;
class DestinationsModel;
class RoleSearchModel;
class SkillListModel;

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
    Ui::MainWindow *ui() const { return m_ui.get(); }
    GlanceModel *glanceModel() const { return m_glance; }
    SkillListModel *onlyAModel() const { return m_onlyA; }
    SkillListModel *sharedModel() const { return m_shared; }
    SkillListModel *onlyBModel() const { return m_onlyB; }
    SkillListModel *roadmapModel() const { return m_roadmap; }
    RelatedRolesModel *relatedAModel() const { return m_relatedA; }
    RelatedRolesModel *relatedBModel() const { return m_relatedB; }
    DestinationsModel *destinationsAModel() const { return m_destinationsA; }
    DestinationsModel *destinationsBModel() const { return m_destinationsB; }
    // The context menu of a related career or a "where people go" entry: put it in place of B
    // (keeping A, the default) or in place of A. The caller owns the menu.
    QMenu *careerMenu(const QModelIndex &index);
    // Loaded the first time a picker needs it, so that start-up does not wait for 49,000 names.
    RoleSearchModel *searchModel();

    // Writes the PDF; false with a message box (or `error`) when the path cannot be written.
    bool exportPdf(const QString &path, QString *error = nullptr);

    // Counselor workflow, callable without dialogs (tests, command line).
    std::optional<qint64> saveComparison(const QString &name, QString *error = nullptr);
    void openSaved(const SavedComparison &saved);
    // Saves the roles; new ones get their codes written back into `roles`.
    bool addCustomRoles(QVector<RoleInput> &roles, QString *error = nullptr);
    bool importRoles(const QString &path, QString *error = nullptr);
    bool exportRoles(const QString &path, QString *error = nullptr);
    void setTheme(ThemeChoice theme);
    bool darkCharts() const { return m_theme.isDark(); }
    PresentationView *presentation() const { return m_presentation; }
    void setPresentation(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private slots:
    void refresh();
    void refreshCharts();
    void refreshRoadmap();
    void refreshRecentMenu();
    void openRecent(QAction *action);
    void exportPdfInteractively();
    void print();
    void showAbout();
    void focusPickerA();
    void focusPickerB();
    void saveComparisonInteractively();
    void showSavedComparisons();
    void newCustomRole();
    void editCustomRoleOnScreen();
    void importRolesInteractively();
    void exportRolesInteractively();
    void themeChosen(QAction *action);
    void compareInPlaceOfB(const QModelIndex &index);
    void showCareerMenu(const QPoint &position);
    void showFailure(const QString &message);
    void presentationClosed();

private:
    void setUpViews();
    void connectComparison();
    void connectFileMenu();
    void connectUserData(bool available);
    void connectViewMenu();
    void setUpStatusBar();
    void fitGlanceTable();
    void refreshSkillLists(const Comparison &c);
    ReportContext reportContext() const;
    void rebuildSearchModel();
    QHash<QString, QString> titlesByCode() const;
    void editCustomRole(bool startNew);
    void deleteCustomRole();
    void customRolesSaved(const QVector<RoleInput> &roles);
    const Role *customRoleOnScreen() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    const CatalogueDatabase &m_catalogue;
    RoleDirectory m_roles;
    Theme m_theme;
    PresentationView *m_presentation = nullptr;
    ComparisonSession *m_session = nullptr;
    RoleSearchModel *m_search = nullptr;
    GlanceModel *m_glance = nullptr;
    SkillListModel *m_onlyA = nullptr;
    SkillListModel *m_shared = nullptr;
    SkillListModel *m_onlyB = nullptr;
    SkillListModel *m_roadmap = nullptr;
    RelatedRolesModel *m_relatedA = nullptr;
    RelatedRolesModel *m_relatedB = nullptr;
    DestinationsModel *m_destinationsA = nullptr;
    DestinationsModel *m_destinationsB = nullptr;
    bool m_chartsStale = true; // charts off screen are rebuilt when their tab is shown
    AppSettings m_settings;
};

} // namespace cc
