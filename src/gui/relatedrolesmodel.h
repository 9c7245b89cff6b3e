// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"

#include <QAbstractListModel>

namespace cc
{

// "median $62,340 · demand 5.2/10 (+3.3%)": the pay and outlook shown beside a related career,
// "not published" for what BLS does not give.
QString payAndOutlook(const RelatedRole &role);

// O*NET's related occupations of a role, each with its pay and outlook; activating one compares it
// (MainWindow puts it in place of B and keeps A).
class RelatedRolesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, TitleRole };
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
