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
    // The related roles of `role`, with the heading that names it.
    void setRole(const Role &role);
    QString heading() const { return m_heading; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<RelatedRole> m_related;
    QString m_heading;
};

} // namespace cc
