// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"

#include <QAbstractListModel>

namespace cc
{

// O*NET's related occupations of a role; activating one compares it.
class RelatedRolesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1 };
    explicit RelatedRolesModel(QObject *parent = nullptr);

    void setRelated(const QVector<RelatedRole> &related);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<RelatedRole> m_related;
};

} // namespace cc
