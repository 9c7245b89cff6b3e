// SPDX-License-Identifier: MIT
#include "skilllistmodel.h"

#include "formatting.h"

#include <QFont>

namespace cc
{

namespace
{
bool isTool(const OverlapEntry &e)
{
    return isTechnologyLike(e.entity.kind);
}
} // namespace

SkillListModel::SkillListModel(Side side, QObject *parent)
    : QAbstractListModel(parent)
    , m_side(side)
{
}

void SkillListModel::setEntries(const QVector<OverlapEntry> &entries)
{
    beginResetModel();
    m_rows.clear();
    int abilities = 0;
    int tools = 0;
    for (const OverlapEntry &e : entries)
        (isTool(e) ? tools : abilities)++;
    bool abilitiesHeading = false;
    bool toolsHeading = false;
    for (const OverlapEntry &e : entries) {
        if (!isTool(e) && !abilitiesHeading) {
            m_rows.append(Row { tr("Skills and knowledge (%1)").arg(abilities), {} });
            abilitiesHeading = true;
        }
        if (isTool(e) && !toolsHeading) {
            m_rows.append(Row { tr("Technologies and topics (%1)").arg(tools), {} });
            toolsHeading = true;
        }
        m_rows.append(Row { QString(), e });
    }
    m_skillCount = int(entries.size());
    endResetModel();
}

int SkillListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SkillListModel::detail(const OverlapEntry &e, Side side)
{
    auto one = [&e](double weight) -> QString {
        if (weight <= 0)
            return QString();
        if (e.entity.kind == SkillKind::Skill || e.entity.kind == SkillKind::Knowledge)
            return QStringLiteral("importance %1").arg(QString::number(weight * 5.0, 'f', 1));
        if (e.entity.kind == SkillKind::Technology)
            return weight >= 1.0 ? QStringLiteral("in demand")
                : weight >= 0.8  ? QStringLiteral("hot technology")
                                 : QString();
        return QString();
    };
    if (side == SideA)
        return one(e.weightA);
    if (side == SideB)
        return one(e.weightB);
    const QString a = one(e.weightA);
    const QString b = one(e.weightB);
    if (a == b)
        return a;
    return QStringLiteral("A: %1; B: %2")
        .arg(a.isEmpty() ? QStringLiteral("listed") : a, b.isEmpty() ? QStringLiteral("listed") : b);
}

QVariant SkillListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (!row.heading.isEmpty()) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return row.heading;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case HeadingRole:
            return true;
        default:
            return {};
        }
    }
    const QString detailText = detail(row.entry, m_side);
    switch (role) {
    case Qt::DisplayRole:
        return detailText.isEmpty() ? row.entry.entity.name
                                    : QStringLiteral("%1  \u2014  %2").arg(row.entry.entity.name, detailText);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1 (%2)%3")
            .arg(row.entry.entity.name, skillKindName(row.entry.entity.kind),
                detailText.isEmpty() ? QString() : QStringLiteral(", ") + detailText);
    case HeadingRole:
        return false;
    case EntityIdRole:
        return row.entry.entity.id;
    default:
        return {};
    }
}

Qt::ItemFlags SkillListModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (!m_rows.at(index.row()).heading.isEmpty())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace cc
