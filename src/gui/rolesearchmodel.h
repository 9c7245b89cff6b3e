// SPDX-License-Identifier: MIT
#pragma once

#include "cataloguedatabase.h"

#include <QAbstractListModel>

namespace cc
{

// Every title, alternate title and Spanish term of the catalogue, one row each, kept in display order:
// primary titles first, then the better attested (weight), then shorter names, then alphabetical.
// Names are folded once, up front (searchFold(): accents and case ignored), and held compactly
// (SearchNames): a row's strings are made when a view asks for them.
class RoleSearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, TitleRole, CategoryRole, PrimaryRole };

    explicit RoleSearchModel(SearchNames names, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const SearchNames &names() const { return m_names; }
    QVariant entryData(int row, int role) const;

private:
    SearchNames m_names;
};

// The names matching a query, ranked: exact, then prefix, then a word start, then anywhere; within a
// rank, in the source's order (primary titles first). An empty query lists every primary title.
// One linear pass per keystroke, and only over the previous matches when the query grows.
class RoleSearchProxy : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit RoleSearchProxy(QObject *parent = nullptr);

    void setSourceModel(RoleSearchModel *model);
    void setQuery(const QString &query);
    QString query() const { return m_query; }

    // For a query the picker lists the best MaxListed matches: more than anyone scrolls through (a
    // first letter matches up to 58,000 names), and the completer reads every listed title on each
    // keystroke (most of a first letter's time). Browsing, with no query, lists every role.
    static constexpr int MaxListed = 1000;
    int rowCount(const QModelIndex &parent = {}) const override;
    int matchCount() const { return int(m_matches.size()); } // every name that matches
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // searchRank(): -1 no match; else 0 exact, 1 prefix, 2 word start, 3 inside, 4 every word.
    static int rank(const QString &foldedName, const QString &foldedQuery);

private:
    void recompute(bool narrowing);

    RoleSearchModel *m_source = nullptr;
    QString m_query;
    QVector<int> m_matches; // source rows, in result order
    QVector<int> m_candidates; // source rows matching m_query at any rank, in source order
};

} // namespace cc
