// SPDX-License-Identifier: MIT
#include "relatedrolesmodel.h"

#include "formatting.h"

#include <QCoreApplication>

namespace cc
{

QString payAndOutlook(const RelatedRole &r)
{
    const QString pay = r.medianSalary.isKnown()
        ? QCoreApplication::translate("RelatedRolesModel", "median %1").arg(format::wage(r.medianSalary))
        : QCoreApplication::translate("RelatedRolesModel", "pay not published");
    QString outlook = QCoreApplication::translate("RelatedRolesModel", "outlook not published");
    if (r.demandScore) {
        outlook = QCoreApplication::translate("RelatedRolesModel", "demand %1")
                      .arg(format::score(*r.demandScore));
        if (r.growthPercent)
            outlook += QStringLiteral(" (%1%2)").arg(
                *r.growthPercent > 0 ? QStringLiteral("+") : QString(), format::percent(*r.growthPercent));
    }
    return pay + QStringLiteral(" \u00b7 ") + outlook;
}

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
    // An empty list says why, rather than look unfinished (a seed or custom role has no O*NET list).
    if (!role.related.isEmpty())
        m_heading = tr("Related to %1 (O*NET)").arg(role.title);
    else if (role.origin == RoleOrigin::Onet)
        m_heading = tr("Related to %1 (O*NET): O*NET lists none").arg(role.title);
    else
        m_heading = tr("Related to %1: none listed, as it is not an O*NET occupation").arg(role.title);
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
        return QStringLiteral("%1 \u2014 %2").arg(r.title, payAndOutlook(r));
    case Qt::ToolTipRole:
        return tr("%1 (%2), O*NET relatedness: %3; %4. Pay: BLS OEWS median; outlook: demand score from BLS "
                  "projections 2024–34. Double-click or press Enter to compare it with A in place of B; "
                  "right-click for the other way.")
            .arg(r.title, r.code, r.tier, payAndOutlook(r));
    case CodeRole:
        return r.code;
    case TitleRole:
        return r.title;
    default:
        return {};
    }
}

} // namespace cc
