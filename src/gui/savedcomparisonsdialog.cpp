// SPDX-License-Identifier: MIT
#include "savedcomparisonsdialog.h"

#include "userstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc
{

namespace
{
constexpr int IdRole = Qt::UserRole;
constexpr int SortRole = Qt::UserRole + 1;
} // namespace

SavedComparisonsDialog::SavedComparisonsDialog(
    UserStore &store, const QHash<QString, QString> &titles, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_titles(titles)
{
    setWindowTitle(tr("Saved comparisons"));
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search by client, role or name"));
    m_search->setAccessibleName(tr("Search saved comparisons"));
    m_search->setAccessibleDescription(tr("Shows only the saved comparisons whose client, roles or name "
                                          "contain this text"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({ tr("Client"), tr("Comparison"), tr("Name"), tr("Modified") });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(PairColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Saved comparisons"));
    m_table->setAccessibleDescription(
        tr("Client, the two roles, name and date modified of each saved comparison; Enter opens one"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_rename = buttons->addButton(tr("&Rename…"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &SavedComparisonsDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &SavedComparisonsDialog::openCurrent);
    connect(m_table, &QTableView::activated, m_open, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, &SavedComparisonsDialog::askToRenameCurrent);
    connect(m_delete, &QPushButton::clicked, this, &SavedComparisonsDialog::askToDeleteCurrent);
    reload();
    m_table->sortByColumn(ModifiedColumn, Qt::DescendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SavedComparisonsDialog::updateButtons);
    updateButtons();
}

qint64 SavedComparisonsDialog::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.siblingAtColumn(ClientColumn).data(IdRole).toLongLong() : 0;
}

QString SavedComparisonsDialog::currentName() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.siblingAtColumn(NameColumn).data().toString() : QString();
}

void SavedComparisonsDialog::openCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    if (const auto saved = m_store.savedComparison(id)) {
        accept();
        emit openRequested(*saved);
    }
}

void SavedComparisonsDialog::askToRenameCurrent()
{
    if (currentId() == 0)
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename"), tr("Name:"), QLineEdit::Normal, currentName(), &ok);
    if (ok)
        renameCurrent(name);
}

void SavedComparisonsDialog::askToDeleteCurrent()
{
    if (currentId() != 0
        && QMessageBox::question(this, tr("Delete"), tr("Delete \u201c%1\u201d?").arg(currentName()))
            == QMessageBox::Yes)
        deleteCurrent();
}

void SavedComparisonsDialog::reload()
{
    const qint64 keep = currentId();
    m_model->removeRows(0, m_model->rowCount());
    for (const SavedComparison &c : m_store.savedComparisons()) {
        const QString pair
            = tr("%1 vs %2").arg(m_titles.value(c.codeA, c.codeA), m_titles.value(c.codeB, c.codeB));
        auto item = [](const QString &text, const QVariant &sortKey) {
            auto *i = new QStandardItem(text);
            i->setData(sortKey, SortRole);
            i->setToolTip(text);
            return i;
        };
        const QDateTime modified = c.modifiedAt.isValid() ? c.modifiedAt : c.savedAt;
        QList<QStandardItem *> row {
            item(c.client.isEmpty() ? tr("(no client)") : c.client, c.client),
            item(pair, pair),
            item(c.name, c.name),
            // Sorted by the time, and among comparisons saved within the same second by the later save.
            item(QLocale().toString(modified.toLocalTime(), QLocale::ShortFormat),
                modified.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                    + QStringLiteral("-%1").arg(c.id, 20, 10, QLatin1Char('0'))),
        };
        row.first()->setData(c.id, IdRole);
        m_model->appendRow(row);
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, ClientColumn).data(IdRole).toLongLong() == keep || keep == 0) {
            m_table->setCurrentIndex(m_proxy->index(row, ClientColumn));
            break;
        }
    }
    m_table->resizeColumnToContents(ClientColumn);
    m_table->resizeColumnToContents(ModifiedColumn);
    updateButtons();
}

void SavedComparisonsDialog::updateButtons()
{
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ClientColumn));
    const bool any = currentId() != 0;
    m_open->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

bool SavedComparisonsDialog::renameCurrent(const QString &name)
{
    const qint64 id = currentId();
    if (id == 0 || !m_store.renameComparison(id, name)) {
        if (id != 0)
            QMessageBox::warning(this, tr("Rename"), m_store.lastError());
        return false;
    }
    reload();
    return true;
}

bool SavedComparisonsDialog::deleteCurrent()
{
    const qint64 id = currentId();
    if (id == 0 || !m_store.deleteComparison(id)) {
        if (id != 0)
            QMessageBox::warning(this, tr("Delete"), m_store.lastError());
        return false;
    }
    m_table->setCurrentIndex(QModelIndex());
    reload();
    return true;
}

} // namespace cc
