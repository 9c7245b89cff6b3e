// SPDX-License-Identifier: MIT
#include "rolesearchmodel.h"

#include "namematcher.h"
#include "onetvocabulary.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <tuple>

namespace cc
{

RoleSearchModel::RoleSearchModel(QVector<CatalogueDatabase::SearchName> names, QObject *parent)
    : QAbstractListModel(parent)
{
    QVector<QString> folded;
    folded.reserve(names.size());
    for (const auto &n : names)
        folded.append(n.folded.isEmpty() ? searchFold(n.name) : n.folded);
    QVector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    // Primary titles first, then the better attested names (Spanish terms carry their weight,
    // titles 1), then the shorter.
    std::sort(order.begin(), order.end(), [&](int l, int r) {
        return std::make_tuple(
                   !names[l].primary, -names[l].weight, names[l].name.size(), folded[l], names[l].code)
            < std::make_tuple(
                !names[r].primary, -names[r].weight, names[r].name.size(), folded[r], names[r].code);
    });
    m_names.reserve(names.size());
    m_folded.reserve(names.size());
    for (int i : order) {
        m_names.append(names[i]);
        m_folded.append(folded[i]);
    }
}

int RoleSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

QVariant RoleSearchModel::entryData(int row, int role) const
{
    const auto &n = m_names.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (n.custom)
            return tr("%1 (custom)").arg(n.name);
        return n.primary ? n.name : QStringLiteral("%1 \u2192 %2").arg(n.name, n.title);
    case Qt::ToolTipRole:
        if (n.isSpanishTerm())
            return tr("%1 (%2), %3; Spanish term: %4")
                .arg(n.title, n.code, onetTerm(n.category),
                    n.origin == QLatin1String("team") ? tr("common US and Latin American usage")
                                                      : tr("ESCO classification"));
        return QStringLiteral("%1 (%2), %3").arg(n.title, n.code, onetTerm(n.category));
    case Qt::AccessibleTextRole:
        if (n.isSpanishTerm())
            return tr("%1, in Spanish %2").arg(n.title, n.name);
        return n.primary ? n.name : tr("%1, also called %2").arg(n.title, n.name);
    case CodeRole:
        return n.code;
    case TitleRole:
        return n.title;
    case CategoryRole:
        return n.category;
    case PrimaryRole:
        return n.primary;
    default:
        return {};
    }
}

QVariant RoleSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return entryData(index.row(), role);
}

QHash<int, QByteArray> RoleSearchModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(TitleRole, "title");
    names.insert(CategoryRole, "category");
    names.insert(PrimaryRole, "primary");
    return names;
}

RoleSearchProxy::RoleSearchProxy(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RoleSearchProxy::setSourceModel(RoleSearchModel *model)
{
    m_source = model;
    m_query.clear();
    recompute(false);
}

int RoleSearchProxy::rank(const QString &name, const QString &query)
{
    return searchRank(name, query);
}

void RoleSearchProxy::setQuery(const QString &query)
{
    const QString folded = searchFold(query.left(400)).left(200); // bound the work for pasted text
    if (folded == m_query && !m_matches.isEmpty())
        return;
    const bool narrowing = !m_query.isEmpty() && folded.startsWith(m_query);
    m_query = folded;
    recompute(narrowing);
}

void RoleSearchProxy::recompute(bool narrowing)
{
    beginResetModel();
    m_matches.clear();
    if (!m_source) {
        m_candidates.clear();
        endResetModel();
        return;
    }
    const int n = m_source->rowCount();
    if (m_query.isEmpty()) {
        m_candidates.clear();
        for (int row = 0; row < n && m_source->entry(row).primary; ++row)
            m_matches.append(row);
        endResetModel();
        return;
    }
    std::array<QVector<int>, 5> byRank;
    QVector<int> candidates;
    auto consider = [&](int row) {
        const int r = rank(m_source->folded(row), m_query);
        if (r < 0)
            return;
        candidates.append(row);
        byRank[std::size_t(r)].append(row);
    };
    if (narrowing) {
        for (int row : std::as_const(m_candidates))
            consider(row);
    } else {
        for (int row = 0; row < n; ++row)
            consider(row);
    }
    m_candidates = std::move(candidates);
    for (const auto &bucket : byRank)
        m_matches += bucket;
    endResetModel();
}

int RoleSearchProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant RoleSearchProxy::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_source)
        return {};
    return m_source->entryData(m_matches.at(index.row()), role);
}

QHash<int, QByteArray> RoleSearchProxy::roleNames() const
{
    return m_source ? m_source->roleNames() : QAbstractListModel::roleNames();
}

} // namespace cc
