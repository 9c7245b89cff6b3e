// SPDX-License-Identifier: MIT
#include "glancemodel.h"

#include "comparisoncharts.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QWidget>

#include <algorithm>

namespace cc
{

GlanceModel::GlanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void GlanceModel::setComparison(const Comparison &comparison, const QHash<QString, QString> &sourceNames)
{
    QVector<GlanceRow> rows = glanceRows(comparison, sourceNames);
    if (!sameAttributes(rows)) {
        beginResetModel();
        m_rows = std::move(rows);
        m_titleA = comparison.a.title;
        m_titleB = comparison.b.title;
        endResetModel();
        emit headerDataChanged(Qt::Horizontal, RoleAColumn, RoleBColumn);
        return;
    }
    const bool titleAChanged = m_titleA != comparison.a.title;
    const bool titleBChanged = m_titleB != comparison.b.title;
    std::swap(m_rows, rows);
    m_titleA = comparison.a.title;
    m_titleB = comparison.b.title;
    announceChangedCells(rows, titleAChanged, titleBChanged);
    if (titleAChanged || titleBChanged)
        emit headerDataChanged(Qt::Horizontal, RoleAColumn, RoleBColumn);
}

bool GlanceModel::sameAttributes(const QVector<GlanceRow> &rows) const
{
    if (rows.size() != m_rows.size() || m_rows.isEmpty())
        return false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].key != m_rows[i].key || rows[i].attribute != m_rows[i].attribute)
            return false;
    }
    return true;
}

namespace
{
bool sameValue(const GlanceValue &l, const GlanceValue &r)
{
    return l.text == r.text && l.missing == r.missing && l.estimate == r.estimate
        && l.pageFigure == r.pageFigure && l.source == r.source && l.note == r.note;
}
} // namespace

// Everything data() gives for a cell comes from its row's value, the row's verdict (bold, the
// verdict's tooltip) and the column's title (the accessible text): a cell is announced when one of
// them changed.
void GlanceModel::announceChangedCells(const QVector<GlanceRow> &old, bool titleAChanged, bool titleBChanged)
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const GlanceRow &now = m_rows[row];
        const GlanceRow &was = old[row];
        const bool verdict = now.verdict != was.verdict || now.judged != was.judged;
        const bool changed[ColumnCount] = { false, verdict || titleAChanged || !sameValue(now.a, was.a),
            verdict || titleBChanged || !sameValue(now.b, was.b),
            verdict || now.verdictText != was.verdictText };
        for (int column = 0; column < ColumnCount; ++column) {
            if (changed[column])
                emit dataChanged(index(row, column), index(row, column));
        }
    }
}

bool GlanceModel::showsPageFigure() const
{
    return std::any_of(
        m_rows.begin(), m_rows.end(), [](const GlanceRow &r) { return r.a.pageFigure || r.b.pageFigure; });
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
        if (index.column() == VerdictColumn && !row.verdictNote.isEmpty())
            return row.verdictNote;
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

QSize GlanceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!opt.icon.isNull()
        || (opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration)))
        return QStyledItemDelegate::sizeHint(option, index);
    const SizeKey key { opt.text, opt.font, opt.rect.width(), int(opt.features), int(opt.displayAlignment),
        int(opt.textElideMode), opt.widget ? opt.widget->style() : nullptr };
    const auto found = m_sizes.constFind(key);
    if (found != m_sizes.constEnd())
        return *found;
    if (m_sizes.size() > 4096)
        m_sizes.clear();
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(key, size);
    return size;
}

} // namespace cc
