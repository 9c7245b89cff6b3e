// SPDX-License-Identifier: MIT
// MainWindow's commands on the user's own data: saved comparisons (the counselor workflow) and
// custom roles. The window's set-up and views are in mainwindow.cpp.
#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "comparisonsession.h"
#include "customroledialog.h"
#include "savedcomparisonsdialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

namespace cc
{

void MainWindow::saveComparisonInteractively()
{
    bool ok = false;
    const Comparison &c = m_session->comparison();
    const QString client = m_ui->clientEdit->text().trimmed();
    const QString suggested = client.isEmpty() ? tr("%1 vs %2").arg(c.a.title, c.b.title)
                                               : tr("%1: %2 vs %3").arg(client, c.a.title, c.b.title);
    const QString name
        = QInputDialog::getText(this, tr("Save comparison"), tr("Name:"), QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return;
    QString error;
    if (saveComparison(name, &error))
        statusBar()->showMessage(tr("Saved “%1”").arg(name), 6000);
    else
        QMessageBox::warning(this, tr("Save comparison"), error);
}

void MainWindow::showSavedComparisons()
{
    if (!m_roles.store())
        return;
    SavedComparisonsDialog dialog(*m_roles.store(), titlesByCode(), this);
    connect(&dialog, &SavedComparisonsDialog::openRequested, this, &MainWindow::openSaved);
    dialog.exec();
}

void MainWindow::newCustomRole()
{
    editCustomRole(true);
}

void MainWindow::editCustomRoleOnScreen()
{
    editCustomRole(false);
}

void MainWindow::importRolesInteractively()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import custom roles"), QString(), tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !importRoles(path, &error))
        QMessageBox::warning(this, tr("Import custom roles"), error);
}

void MainWindow::exportRolesInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export custom roles"), tr("custom roles.json"), tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !exportRoles(path, &error))
        QMessageBox::warning(this, tr("Export custom roles"), error);
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
    const auto id = m_roles.store()->saveComparison(saved);
    if (!id && error)
        *error = m_roles.store()->lastError();
    return id;
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
    if (!m_roles.store()->saveCustomRoles(roles)) {
        if (error)
            *error = m_roles.store()->lastError();
        return false;
    }
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
    if (!m_roles.store())
        return false;
    if (m_roles.store()->exportRolesFile(path))
        return true;
    if (error)
        *error = m_roles.store()->lastError();
    return false;
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
    const QString code = custom->code;
    const Comparison &c = m_session->comparison();
    if (!m_roles.store()->deleteCustomRole(code)) {
        QMessageBox::warning(this, tr("Delete custom role"), m_roles.store()->lastError());
        return;
    }
    rebuildSearchModel();
    // The deleted role's place goes to the seed page's first role.
    const bool wasA = c.a.code == code;
    const QString other = wasA ? c.b.code : c.a.code;
    compare(wasA ? SeedCode::MultimodalEngineer : other, wasA ? other : SeedCode::MultimodalEngineer);
}

} // namespace cc
