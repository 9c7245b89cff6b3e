// SPDX-License-Identifier: MIT
#pragma once

#include "glancerows.h"

#include <QAbstractTableModel>

namespace cc
{

// "At a glance": one row per attribute, a column per role, and which is better (ties are ties).
class GlanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AttributeColumn, RoleAColumn, RoleBColumn, VerdictColumn, ColumnCount };
    enum Roles { VerdictRole = Qt::UserRole + 1, MissingRole };

    explicit GlanceModel(QObject *parent = nullptr);

    void setComparison(const Comparison &comparison, const QHash<QString, QString> &sourceNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<GlanceRow> m_rows;
    QString m_titleA;
    QString m_titleB;
};

} // namespace cc
