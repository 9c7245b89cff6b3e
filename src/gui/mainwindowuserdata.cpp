// SPDX-License-Identifier: MIT
// MainWindow's commands on the user's own data: saved comparisons (the counselor workflow) and
// custom roles. The window's set-up and views are in mainwindow.cpp.
#include "mainwindow.h"

#include "mainwindowui.h"
#include "onetvocabulary.h"

#include "comparisonsession.h"
#include "customroledialog.h"
#include "safefile.h"
#include "savedcomparisonsdialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace cc
{

void MainWindow::saveComparisonInteractively()
{
    if (m_comparisonId == 0) {
        saveComparisonAsInteractively();
        return;
    }
    QString error;
    if (save(&error))
        statusBar()->showMessage(tr("Saved “%1”").arg(m_comparisonName), 6000);
    else
        QMessageBox::warning(this, tr("Save comparison"), error);
}

void MainWindow::saveComparisonAsInteractively()
{
    if (!m_session->hasComparison())
        return;
    bool ok = false;
    const Comparison &c = m_session->comparison();
    const QString client = m_ui->clientEdit->text().trimmed();
    const QString suggested = client.isEmpty() ? tr("%1 vs %2").arg(c.a.title, c.b.title)
                                               : tr("%1: %2 vs %3").arg(client, c.a.title, c.b.title);
    const QString name = QInputDialog::getText(
        this, tr("Save comparison as"), tr("Name:"), QLineEdit::Normal, suggested, &ok);
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

void MainWindow::openClientInteractively()
{
    if (!m_roles.store())
        return;
    const QVector<Client> clients = m_roles.store()->clients();
    if (clients.isEmpty()) {
        QMessageBox::information(this, tr("Open client"),
            tr("There are no clients yet. Make one with File → New client, or type a name on the Client "
               "&& notes tab and save."));
        return;
    }
    QStringList names;
    for (const Client &c : clients)
        names << c.name;
    bool ok = false;
    const QString chosen
        = QInputDialog::getItem(this, tr("Open client"), tr("Client:"), names, 0, false, &ok);
    if (!ok)
        return;
    openClient(clients.at(names.indexOf(chosen)).id);
}

void MainWindow::newClientInteractively()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New client"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!newClient(name, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("New client"), error);
}

void MainWindow::closeClientInteractively()
{
    closeClient();
}

void MainWindow::markDirty()
{
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    updateClientStatus();
}

void MainWindow::updateClientStatus()
{
    if (!m_clientStatus)
        return;
    const QString client = m_ui->clientEdit->text().trimmed();
    QString text = client.isEmpty() ? tr("No client") : tr("Client: %1").arg(client);
    if (m_dirty)
        text += tr(" (unsaved changes)");
    m_clientStatus->setText(text);
    m_clientStatus->setToolTip(m_comparisonId ? tr("Saved comparison “%1”").arg(m_comparisonName)
                                              : tr("This comparison is not saved"));
    m_ui->actionCloseClient->setEnabled(m_clientId != 0 || !client.isEmpty());
}

// Fills the client tab with a client (0: none) and a comparison's notes; not an edit.
void MainWindow::showDocument(qint64 clientId, qint64 comparisonId, const QString &name, const QString &notes)
{
    m_loading = true;
    std::optional<Client> client;
    if (clientId != 0 && m_roles.store())
        client = m_roles.store()->client(clientId);
    m_clientId = client ? client->id : 0;
    m_ui->clientEdit->setText(client ? client->name : QString());
    m_ui->clientNotesEdit->setPlainText(client ? client->notes : QString());
    m_comparisonId = comparisonId;
    m_comparisonName = name;
    m_ui->notesEdit->setPlainText(notes);
    if (m_session->hasComparison())
        m_documentPair = { m_session->comparison().a.code, m_session->comparison().b.code };
    m_dirty = false;
    m_loading = false;
    updateClientStatus();
}

// After the pair changed: the client stays, the comparison is a new one for them with notes of its own.
void MainWindow::followPair()
{
    if (!m_session->hasComparison())
        return;
    const QString a = m_session->comparison().a.code;
    const QString b = m_session->comparison().b.code;
    const bool samePair = (m_documentPair.first == a && m_documentPair.second == b)
        || (m_documentPair.first == b && m_documentPair.second == a);
    if (m_loading || samePair) {
        if (samePair && m_documentPair != qMakePair(a, b) && m_comparisonId != 0) {
            m_documentPair = { a, b }; // swapped: the same comparison, changed
            markDirty();
        }
        return;
    }
    // Unsaved edits were saved or discarded by the guard before the change.
    showDocument(m_clientId, 0, QString(), QString());
}

bool MainWindow::maybeSave()
{
    if (!m_dirty)
        return true;
    UnsavedChoice choice = UnsavedChoice::Cancel;
    if (m_askUnsaved) {
        choice = m_askUnsaved();
    } else {
        const auto button = QMessageBox::question(this, tr("Unsaved changes"),
            tr("The client and notes of this comparison have unsaved changes. Save them?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        choice = button == QMessageBox::Save ? UnsavedChoice::Save
            : button == QMessageBox::Discard ? UnsavedChoice::Discard
                                             : UnsavedChoice::Cancel;
    }
    switch (choice) {
    case UnsavedChoice::Save: {
        QString error;
        if (save(&error))
            return true;
        QMessageBox::warning(this, tr("Save comparison"), error);
        return false;
    }
    case UnsavedChoice::Discard:
        m_dirty = false;
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

std::optional<qint64> MainWindow::saveComparison(const QString &name, QString *error)
{
    if (!m_roles.store() || !m_session->hasComparison()) {
        if (error)
            *error = tr("Your own data folder could not be opened, so comparisons cannot be saved.");
        return std::nullopt;
    }
    UserStore &store = *m_roles.store();
    const Comparison &c = m_session->comparison();
    // The client first: the one open (renamed, when its name was edited), or a new one by that name.
    const QString clientName = m_ui->clientEdit->text().trimmed();
    qint64 clientId = 0;
    if (!clientName.isEmpty()) {
        Client client;
        if (m_clientId != 0) {
            client.id = m_clientId;
        } else {
            for (const Client &existing : store.clients()) {
                if (existing.name == clientName) {
                    client.id = existing.id;
                    break;
                }
            }
        }
        client.name = clientName;
        client.notes = m_ui->clientNotesEdit->toPlainText();
        const auto id = store.saveClient(client);
        if (!id) {
            if (error)
                *error = store.lastError();
            return std::nullopt;
        }
        clientId = *id;
    }
    SavedComparison saved;
    saved.id = m_saveInPlace ? m_comparisonId : 0;
    saved.name = name;
    saved.codeA = c.a.code;
    saved.codeB = c.b.code;
    saved.clientId = clientId;
    saved.notes = m_ui->notesEdit->toPlainText();
    if (saved.name.trimmed().isEmpty())
        saved.name = clientName.isEmpty() ? tr("%1 vs %2").arg(c.a.title, c.b.title)
                                          : tr("%1: %2 vs %3").arg(clientName, c.a.title, c.b.title);
    const auto id = store.saveComparison(saved);
    if (!id && error)
        *error = store.lastError();
    if (id)
        showDocument(clientId, *id, saved.name.trimmed(), saved.notes);
    return id;
}

std::optional<qint64> MainWindow::save(QString *error)
{
    m_saveInPlace = true; // the open saved comparison, when there is one
    const auto id = saveComparison(m_comparisonName, error);
    m_saveInPlace = false;
    return id;
}

void MainWindow::newCustomRole()
{
    if (!m_roles.store() || !m_session->hasComparison())
        return;
    // Blank or from role A: the user's choice, never a default.
    const Role &a = m_session->comparison().a;
    const auto question = customRoleStartQuestion(this, a.title);
    question->exec();
    const CustomRoleStart start = customRoleStartChosen(*question);
    if (start == CustomRoleStart::Cancel)
        return;
    CustomRoleDialog dialog(this);
    dialog.setCatalogue(&m_roles.catalogue());
    startCustomRole(dialog, start, a);
    runCustomRoleDialog(dialog, true);
}

// Any custom role, not only one on screen: the one on screen is offered first.
void MainWindow::chooseCustomRoleToEdit()
{
    if (!m_roles.store())
        return;
    const QVector<RoleInput> customs = m_roles.store()->customRoles();
    if (customs.isEmpty()) {
        QMessageBox::information(this, tr("Edit custom role"),
            tr("You have no custom roles yet. Make one with Roles ▸ New custom role."));
        return;
    }
    const Role *onScreen = customRoleOnScreen();
    QStringList titles;
    int current = 0;
    for (const RoleInput &r : customs) {
        if (onScreen && r.role.code == onScreen->code)
            current = int(titles.size());
        titles << tr("%1 (%2)").arg(r.role.title, onetTerm(r.role.category));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Edit custom role"), tr("Custom role to edit:"), titles, current, false, &ok);
    const int index = int(titles.indexOf(chosen));
    if (!ok || index < 0)
        return;
    const RoleInput &input = customs.at(index);
    CustomRoleDialog dialog(this);
    dialog.setCatalogue(&m_roles.catalogue());
    dialog.setRole(m_roles.role(input.role.code).value_or(input.role), input.skillNames, true);
    runCustomRoleDialog(dialog, false);
}

void MainWindow::importRolesInteractively()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import custom roles"), QString(), tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !importRoles(path, &error) && !error.isEmpty())
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

bool MainWindow::openSaved(const SavedComparison &saved)
{
    if (!maybeSave())
        return false;
    m_loading = true;
    const bool shown = compare(saved.codeA, saved.codeB);
    m_loading = false;
    if (!shown) {
        QMessageBox::warning(
            this, tr("Saved comparisons"), tr("A role of “%1” is no longer available.").arg(saved.name));
        return false;
    }
    showDocument(saved.clientId, saved.id, saved.name, saved.notes);
    if (saved.clientId == 0 && !saved.client.isEmpty()) {
        m_loading = true;
        m_ui->clientEdit->setText(saved.client); // a comparison saved before clients were records
        m_loading = false;
        updateClientStatus();
    }
    return true;
}

bool MainWindow::openClient(qint64 id)
{
    if (!m_roles.store() || !m_roles.store()->client(id) || !maybeSave())
        return false;
    for (const SavedComparison &saved : m_roles.store()->savedComparisons()) {
        if (saved.clientId == id) // the latest one: the list is newest first
            return openSaved(saved);
    }
    showDocument(id, 0, QString(), QString());
    return true;
}

std::optional<qint64> MainWindow::newClient(const QString &name, QString *error)
{
    if (!m_roles.store() || !maybeSave())
        return std::nullopt;
    Client client;
    client.name = name;
    const auto id = m_roles.store()->saveClient(client);
    if (!id) {
        if (error)
            *error = m_roles.store()->lastError();
        return std::nullopt;
    }
    showDocument(*id, 0, QString(), QString());
    return id;
}

bool MainWindow::closeClient()
{
    if (!maybeSave())
        return false;
    showDocument(0, 0, QString(), QString());
    return true;
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
    // The command line's rules: catalogue codes and codes twice in the file are refused; the user's
    // own roles are replaced only when the user says so (the window's --replace).
    UserStore::RolesImportOptions options;
    options.catalogueHas = UserStore::catalogueCodes(m_catalogue);
    UserStore::RolesImport imported = m_roles.store()->importRolesFile(path, options);
    if (!imported.ok() && imported.replaceWouldHelp) {
        if (!askToReplaceRoles(imported.conflicts)) {
            if (error)
                error->clear(); // the user's choice: nothing to warn about
            return false;
        }
        options.replace = true;
        imported = m_roles.store()->importRolesFile(path, options);
    }
    if (!imported.ok()) {
        if (error)
            *error = imported.error;
        return false;
    }
    customRolesSaved(imported.roles);
    return true;
}

bool MainWindow::askToReplaceRoles(const QStringList &codes)
{
    QStringList named;
    for (const QString &code : codes)
        named << QStringLiteral("\u201c%1\u201d").arg(safefile::printable(code.left(100)));
    QMessageBox box(QMessageBox::Question, tr("Import custom roles"),
        tr("The file has %n role(s) with the same code as one of your own roles: %1. Replace your roles "
           "with the ones in the file?",
            nullptr, int(codes.size()))
            .arg(named.join(QStringLiteral(", "))),
        QMessageBox::Cancel, this);
    QPushButton *replace = box.addButton(tr("Replace"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
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

void MainWindow::runCustomRoleDialog(CustomRoleDialog &dialog, bool isNew)
{
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVector<RoleInput> roles = dialog.role().roles;
    QString error;
    if (!addCustomRoles(roles, &error)) {
        QMessageBox::warning(this, tr("Custom role"), error);
        return;
    }
    if (isNew && m_session->hasComparison())
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
