// SPDX-License-Identifier: MIT
#pragma once

#include "glancerows.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

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
    // Whether a cell shows the seed page's own figure (its dagger, which the key then explains).
    bool showsPageFigure() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // After a role switch the rows are the same attributes: only the cells whose values changed are
    // said to have changed (and drawn again); a reset had the view draw every cell, role A's too.
    bool sameAttributes(const QVector<GlanceRow> &rows) const;
    void announceChangedCells(const QVector<GlanceRow> &old, bool titleAChanged, bool titleBChanged);

    QVector<GlanceRow> m_rows;
    QString m_titleA;
    QString m_titleB;
};

// The glance table's delegate: a cell's size, which the table asks for each cell to fit its rows and
// columns after every switch, is kept for the same text, font, width and layout options; the cells
// of role A, the attributes and most verdicts come back unchanged, and measuring them meant shaping
// their text again.
class GlanceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Everything the style measures a text cell by (the glance table has no icons nor check boxes).
    struct SizeKey {
        QString text;
        QFont font;
        int width = 0;
        int features = 0;
        int alignment = 0;
        int elide = 0;
        const QStyle *style = nullptr;
        bool operator==(const SizeKey &o) const
        {
            return width == o.width && features == o.features && alignment == o.alignment && elide == o.elide
                && style == o.style && text == o.text && font == o.font;
        }
    };
    friend size_t qHash(const SizeKey &key, size_t seed)
    {
        return qHashMulti(seed, key.text, key.width, key.font.bold(), key.font.italic(), key.features);
    }

private:
    mutable QHash<SizeKey, QSize> m_sizes;
};

} // namespace cc
