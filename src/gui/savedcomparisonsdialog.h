// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
QT_END_NAMESPACE

namespace cc
{

class UserStore;
struct SavedComparison;

// Lists saved comparisons — client, pair, name and date modified — to search, sort, reopen, rename
// or delete.
class SavedComparisonsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { ClientColumn, PairColumn, NameColumn, ModifiedColumn };

    SavedComparisonsDialog(
        UserStore &store, const QHash<QString, QString> &titles, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    bool renameCurrent(const QString &name);
    bool deleteCurrent();

signals:
    void openRequested(const cc::SavedComparison &comparison);

private slots:
    void openCurrent();
    void askToRenameCurrent();
    void askToDeleteCurrent();
    void updateButtons();

private:
    void reload();
    qint64 currentId() const;
    QString currentName() const;

    UserStore &m_store;
    QHash<QString, QString> m_titles;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace cc
