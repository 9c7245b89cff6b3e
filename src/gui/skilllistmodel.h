// SPDX-License-Identifier: MIT
#pragma once

#include "skilloverlap.h"

#include <QAbstractListModel>

namespace cc
{

// One of the skill lists (only A, shared, only B, or a roadmap): skills and knowledge first, then
// technologies and topics under their own heading, each with its importance.
class SkillListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Side { SideA, SideB, Both };
    enum Roles { HeadingRole = Qt::UserRole + 1, EntityIdRole };

    explicit SkillListModel(Side side, QObject *parent = nullptr);

    void setEntries(const QVector<OverlapEntry> &entries);
    void setSide(Side side) { m_side = side; }
    int skillCount() const { return m_skillCount; } // entries, not headings

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString detail(const OverlapEntry &entry, Side side);

private:
    struct Row {
        QString heading; // non-empty for a heading row
        OverlapEntry entry;
    };
    QVector<Row> m_rows;
    Side m_side;
    int m_skillCount = 0;
};

} // namespace cc
