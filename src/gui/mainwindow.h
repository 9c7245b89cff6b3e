// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "roledirectory.h"

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
class RoleSearchModel;
class SkillListModel;

// Wires the pickers, models, charts and report to the comparison session. It computes nothing.
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
    void setTheme(const QString &theme); // "system", "light", "dark"
    bool darkCharts() const;
    PresentationView *presentation() const { return m_presentation; }
    void setPresentation(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshCharts();
    void refreshRoadmap();
    void refreshRecentMenu();
    void exportPdfInteractively();
    void print();
    void showAbout();
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
    QPalette m_systemPalette;
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
    bool m_roadmapAToB = true;
    bool m_chartsStale = true; // charts off screen are rebuilt when their tab is shown
    AppSettings m_settings;
};

} // namespace cc
