// SPDX-License-Identifier: MIT
#include "relatedrolesmodel.h"

namespace cc
{

RelatedRolesModel::RelatedRolesModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RelatedRolesModel::setRelated(const QVector<RelatedRole> &related)
{
    beginResetModel();
    m_related = related;
    endResetModel();
}

void RelatedRolesModel::setRole(const Role &role)
{
    m_heading = tr("Related to %1 (compare with %1)").arg(role.title);
    setRelated(role.related);
}

int RelatedRolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_related.size());
}

QVariant RelatedRolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelatedRole &r = m_related.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return r.title;
    case Qt::ToolTipRole:
        return tr("%1 (%2), O*NET relatedness: %3. Double-click or press Enter to compare.")
            .arg(r.title, r.code, r.tier);
    case CodeRole:
        return r.code;
    default:
        return {};
    }
}

} // namespace cc
