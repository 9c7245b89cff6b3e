// SPDX-License-Identifier: MIT
#pragma once

#include "cataloguedatabase.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace cc {

// Every title and alternate title of the catalogue, one row each.
class RoleSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, TitleRole, CategoryRole, PrimaryRole, FoldedNameRole };

    explicit RoleSearchModel(QVector<CatalogueDatabase::SearchName> names, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const CatalogueDatabase::SearchName &entry(int row) const { return m_names.at(row); }
    const QString &folded(int row) const { return m_folded.at(row); }

private:
    QVector<CatalogueDatabase::SearchName> m_names;
    QVector<QString> m_folded;
};

// Filters and ranks RoleSearchModel for a query: exact, then prefix, then word start, then contains;
// primary titles before alternate titles of the same rank. An empty query shows primary titles.
class RoleSearchProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RoleSearchProxy(QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }

    // -1 when `name` does not match `query` (both case-folded).
    static int rank(const QString &foldedName, const QString &foldedQuery);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const RoleSearchModel *searchModel() const;
    QString m_query;
};

} // namespace cc
