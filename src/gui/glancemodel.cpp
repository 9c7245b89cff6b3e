// SPDX-License-Identifier: MIT
#include "glancemodel.h"

#include "comparisoncharts.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace cc
{

GlanceModel::GlanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GlanceModel::setComparison(const Comparison &comparison, const QHash<QString, QString> &sourceNames)
{
    beginResetModel();
    m_rows = glanceRows(comparison, sourceNames);
    m_titleA = comparison.a.title;
    m_titleB = comparison.b.title;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, RoleAColumn, RoleBColumn);
}

int GlanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int GlanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GlanceRow &row = m_rows.at(index.row());
    const GlanceValue *value = index.column() == RoleAColumn ? &row.a
        : index.column() == RoleBColumn                      ? &row.b
                                                             : nullptr;
    const bool better = row.judged
        && ((index.column() == RoleAColumn && row.verdict == Verdict::ABetter)
            || (index.column() == RoleBColumn && row.verdict == Verdict::BBetter));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AttributeColumn)
            return row.attribute;
        if (index.column() == VerdictColumn)
            return row.verdictText;
        return value->marked();
    case Qt::ToolTipRole:
        if (value)
            return value->toolTip();
        if (index.column() == VerdictColumn && !row.judged)
            return tr("Neither value is better in itself");
        return {};
    case Qt::AccessibleTextRole:
        if (value)
            return QStringLiteral("%1, %2: %3%4")
                .arg(row.attribute, index.column() == RoleAColumn ? m_titleA : m_titleB, value->text,
                    better ? tr(", better") : QString());
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (better) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (value && value->missing) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (value && value->missing)
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == AttributeColumn ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                                 : QVariant(int(Qt::AlignCenter));
    case VerdictRole:
        return int(row.verdict);
    case MissingRole:
        return value ? value->missing : false;
    default:
        return {};
    }
}

QVariant GlanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AttributeColumn:
        return tr("Attribute");
    case RoleAColumn:
    case RoleBColumn: {
        // A long title over two or three lines in the header; whole in the tooltip.
        const QString &title = section == RoleAColumn ? m_titleA : m_titleB;
        if (title.isEmpty())
            return section == RoleAColumn ? tr("Role A") : tr("Role B");
        return role == Qt::DisplayRole ? wrapTitle(title, 48) : title;
    }
    case VerdictColumn:
        return tr("Comparison");
    default:
        return {};
    }
}

} // namespace cc
