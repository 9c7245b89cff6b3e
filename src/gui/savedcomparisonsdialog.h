// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace cc
{

class UserStore;
struct SavedComparison;

// Lists saved comparisons to reopen, rename or delete.
class SavedComparisonsDialog : public QDialog
{
    Q_OBJECT
public:
    SavedComparisonsDialog(
        UserStore &store, const QHash<QString, QString> &titles, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    bool renameCurrent(const QString &name);
    bool deleteCurrent();

signals:
    void openRequested(const cc::SavedComparison &comparison);

private slots:
    void openCurrent();
    void askToRenameCurrent();
    void askToDeleteCurrent();

private:
    void reload();
    void updateButtons();

    UserStore &m_store;
    QHash<QString, QString> m_titles;
    QListWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace cc
