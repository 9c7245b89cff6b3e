// SPDX-License-Identifier: MIT
#pragma once

#include "roadmap.h"
#include "skilloverlap.h"

#include <QAbstractListModel>
#include <QHash>

#include <optional>

namespace cc
{

// One of the skill lists (only A, shared, only B, or a roadmap): skills and knowledge first, then
// technologies and topics under their own heading, each with its importance.
class SkillListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Side { SideA, SideB, Both };
    enum Roles { HeadingRole = Qt::UserRole + 1, EntityIdRole, NoteRole };

    explicit SkillListModel(Side side, QObject *parent = nullptr);

    // `a` and `b` are the compared roles the entries come from: their skills say how important each
    // entry is, or whether it is a hot or in-demand technology.
    void setEntries(const QVector<OverlapEntry> &entries, const Role &a, const Role &b);
    // Rows above the entries saying what the list leaves out and why ("Skills and knowledge not
    // compared: O*NET has not rated skills for X"); call after setEntries().
    void setNotes(const QStringList &notes);
    // Why skills and knowledge of the two roles are not compared, one line per unrated role (none when
    // both are rated), in the interface language.
    static QStringList notComparedNotes(const SkillOverlap &overlap, const Role &a, const Role &b);
    // The steps of a roadmap between the compared roles, under a heading that says where it leads.
    void setRoadmap(const Roadmap &roadmap, const Comparison &comparison);
    int skillCount() const { return m_skillCount; } // entries, not headings
    // "Only <role> (12)" or "Shared (8)": the list's heading for the side it shows.
    QString heading() const { return m_heading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // What one role's skills say about an entity.
    struct SkillNote {
        std::optional<double> importance; // O*NET importance 0–5
        bool hot = false;
        bool inDemand = false;
    };
    using SkillNotes = QHash<QString, SkillNote>; // by entity id
    static SkillNotes notesOf(const Role &role);
    static QString detail(const OverlapEntry &entry, const SkillNote *a, const SkillNote *b, Side side);

private:
    QString detail(const OverlapEntry &entry) const;

    struct Row {
        QString heading; // non-empty for a heading or note row
        OverlapEntry entry;
        bool note = false;
    };
    QVector<Row> m_rows;
    Side m_side;
    int m_skillCount = 0;
    QString m_heading;
    SkillNotes m_notesA;
    SkillNotes m_notesB;
};

} // namespace cc
