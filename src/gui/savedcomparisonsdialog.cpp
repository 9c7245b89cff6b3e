// SPDX-License-Identifier: MIT
#include "savedcomparisonsdialog.h"

#include "userstore.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc
{

SavedComparisonsDialog::SavedComparisonsDialog(
    UserStore &store, const QHash<QString, QString> &titles, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_titles(titles)
{
    setWindowTitle(tr("Saved comparisons"));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Saved comparisons"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_rename = buttons->addButton(tr("&Rename…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &SavedComparisonsDialog::openCurrent);
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, &SavedComparisonsDialog::askToRenameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SavedComparisonsDialog::askToDeleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedComparisonsDialog::updateButtons);
    reload();
}

void SavedComparisonsDialog::openCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    for (const SavedComparison &c : m_store.savedComparisons()) {
        if (c.id == item->data(Qt::UserRole).toLongLong()) {
            emit openRequested(c);
            accept();
            return;
        }
    }
}

void SavedComparisonsDialog::askToRenameCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename"), tr("Name:"), QLineEdit::Normal, item->data(Qt::UserRole + 1).toString(), &ok);
    if (ok)
        renameCurrent(name);
}

void SavedComparisonsDialog::askToDeleteCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (item
        && QMessageBox::question(
               this, tr("Delete"), tr("Delete \u201c%1\u201d?").arg(item->data(Qt::UserRole + 1).toString()))
            == QMessageBox::Yes)
        deleteCurrent();
}

void SavedComparisonsDialog::reload()
{
    m_list->clear();
    for (const SavedComparison &c : m_store.savedComparisons()) {
        const QString pair
            = tr("%1 vs %2").arg(m_titles.value(c.codeA, c.codeA), m_titles.value(c.codeB, c.codeB));
        QString text = QStringLiteral("%1 \u2014 %2").arg(c.name, pair);
        if (!c.client.isEmpty())
            text += tr(" (client: %1)").arg(c.client);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.name);
        item->setToolTip(
            tr("Saved %1").arg(QLocale().toString(c.savedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void SavedComparisonsDialog::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_open->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

bool SavedComparisonsDialog::renameCurrent(const QString &name)
{
    QListWidgetItem *item = m_list->currentItem();
    QString error;
    if (!item || !m_store.renameComparison(item->data(Qt::UserRole).toLongLong(), name)) {
        if (item)
            QMessageBox::warning(this, tr("Rename"), m_store.lastError());
        return false;
    }
    const int row = m_list->currentRow();
    reload();
    m_list->setCurrentRow(row);
    return true;
}

bool SavedComparisonsDialog::deleteCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    QString error;
    if (!item || !m_store.deleteComparison(item->data(Qt::UserRole).toLongLong())) {
        if (item)
            QMessageBox::warning(this, tr("Delete"), m_store.lastError());
        return false;
    }
    reload();
    return true;
}

} // namespace cc
