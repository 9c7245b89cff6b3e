// SPDX-License-Identifier: MIT
#pragma once

#include "mobility.h"
#include "relatedrolesmodel.h"

#include <QAbstractListModel>

namespace cc
{

// Where the people who leave a role go (CPS flows, src/core/mobility.h): the ten commonest moves
// with their share of the role's leavers, each shown as the catalogue role to compare with, with
// its pay and outlook. A survey group the catalogue has no occupation for is listed but cannot be
// compared; a role the survey lacks gets one row saying why.
class DestinationsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        CodeRole = RelatedRolesModel::CodeRole,
        TitleRole = RelatedRolesModel::TitleRole,
        PercentRole
    };
    explicit DestinationsModel(QObject *parent = nullptr);

    void setRole(const Role &role);
    QString heading() const { return m_heading; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVector<mobility::Destination> m_destinations;
    QString m_missing; // why there is no list
    QString m_heading;
};

} // namespace cc
