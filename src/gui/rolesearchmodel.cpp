// SPDX-License-Identifier: MIT
#include "rolesearchmodel.h"

#include <tuple>

namespace cc {

RoleSearchModel::RoleSearchModel(QVector<CatalogueDatabase::SearchName> names, QObject *parent)
    : QAbstractListModel(parent), m_names(std::move(names))
{
    m_folded.reserve(m_names.size());
    for (const auto &n : m_names)
        m_folded.append(n.name.toCaseFolded());
}

int RoleSearchModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_names.size()); }

QVariant RoleSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &n = m_names.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return n.primary ? n.name : QStringLiteral("%1 \u2192 %2").arg(n.name, n.title);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 (%2), %3").arg(n.title, n.code, n.category);
    case Qt::AccessibleTextRole:
        return n.primary ? n.name : tr("%1, also called %2").arg(n.title, n.name);
    case CodeRole:
        return n.code;
    case TitleRole:
        return n.title;
    case CategoryRole:
        return n.category;
    case PrimaryRole:
        return n.primary;
    case FoldedNameRole:
        return m_folded.at(index.row());
    default:
        return {};
    }
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

RoleSearchProxy::RoleSearchProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
}

const RoleSearchModel *RoleSearchProxy::searchModel() const { return static_cast<const RoleSearchModel *>(sourceModel()); }

void RoleSearchProxy::setQuery(const QString &query)
{
    const QString folded = query.simplified().toCaseFolded().left(200);
    if (folded == m_query && sourceModel())
        return;
    m_query = folded;
    invalidateFilter();
    sort(0);
}

int RoleSearchProxy::rank(const QString &name, const QString &query)
{
    if (query.isEmpty())
        return 0;
    if (name == query)
        return 0;
    if (name.startsWith(query))
        return 1;
    const int at = int(name.indexOf(query));
    if (at < 0)
        return -1;
    // A later match at the start of a word ranks above one inside a word.
    for (int i = at; i >= 0; i = int(name.indexOf(query, i + 1))) {
        if (i == 0 || !name.at(i - 1).isLetterOrNumber())
            return 2;
        if (i + 1 >= name.size())
            break;
    }
    return 3;
}

bool RoleSearchProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const RoleSearchModel *model = searchModel();
    if (m_query.isEmpty())
        return model->entry(sourceRow).primary;
    return rank(model->folded(sourceRow), m_query) >= 0;
}

bool RoleSearchProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const RoleSearchModel *model = searchModel();
    const int l = left.row();
    const int r = right.row();
    const auto &le = model->entry(l);
    const auto &re = model->entry(r);
    const int lr = rank(model->folded(l), m_query);
    const int rr = rank(model->folded(r), m_query);
    return std::make_tuple(lr, !le.primary, le.name.size(), model->folded(l), l)
        < std::make_tuple(rr, !re.primary, re.name.size(), model->folded(r), r);
}

} // namespace cc
