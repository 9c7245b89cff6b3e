// SPDX-License-Identifier: MIT
#include "skilllistmodel.h"

#include "formatting.h"
#include "onetvocabulary.h"
#include "reporthtml.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

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

void SkillListModel::setEntries(const QVector<OverlapEntry> &entries, const Role &a, const Role &b)
{
    beginResetModel();
    m_notesA = notesOf(a);
    m_notesB = notesOf(b);
    const int count = int(entries.size());
    m_heading = m_side == Both ? tr("Shared (%1)").arg(count)
                               : tr("Only %1 (%2)").arg(m_side == SideA ? a.title : b.title).arg(count);
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

void SkillListModel::setRoadmap(const Roadmap &roadmap, const Comparison &comparison)
{
    m_side = roadmap.to == &comparison.b ? SideB : SideA;
    setEntries(roadmap.steps, comparison.a, comparison.b);
    // With a role's skills unrated, the steps are the technologies (and the seed page's topics) one
    // lists and the other does not: not "skills to learn" (Dishwashers → Cardiologists: three).
    const QString heading = comparison.skills.skillsCompared()
        ? tr("<b>Roadmap: %1 \u2192 %2</b> \u2014 %3 skills to learn, most important first")
        : roadmap.hasTopics()
        ? tr("<b>Roadmap: %1 \u2192 %2</b> \u2014 %3 technologies and topics to learn (skills and knowledge "
             "are not compared: they are not rated for both roles)")
        : tr("<b>Roadmap: %1 \u2192 %2</b> \u2014 %3 technologies to learn (skills and knowledge are not "
             "compared: they are not rated for both roles)");
    m_heading = heading.arg(html::escape(roadmap.from->title), html::escape(roadmap.to->title))
                    .arg(roadmap.steps.size());
}

void SkillListModel::setNotes(const QStringList &notes)
{
    if (notes.isEmpty())
        return;
    beginInsertRows({}, 0, int(notes.size()) - 1);
    for (int i = int(notes.size()) - 1; i >= 0; --i)
        m_rows.prepend(Row { notes.at(i), {}, true });
    endInsertRows();
}

QStringList SkillListModel::notComparedNotes(const SkillOverlap &overlap, const Role &a, const Role &b)
{
    QStringList notes;
    for (const QString &why : unratedSkillsNotes(overlap, a, b))
        notes << tr("Skills and knowledge not compared: %1").arg(why);
    return notes;
}

int SkillListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

SkillListModel::SkillNotes SkillListModel::notesOf(const Role &role)
{
    SkillNotes notes;
    for (const RoleSkill &skill : role.skills) {
        // On the similarity's scale (importance / 5, within 0–1), so an unrated skill (a custom role's)
        // shows the importance the similarity assumes for it.
        const double importance
            = (skill.importance ? std::clamp(*skill.importance / 5.0, 0.0, 1.0) : entityWeight(skill)) * 5.0;
        for (const SkillEntity &entity : skill.entities) {
            SkillNote &note = notes[entity.id];
            note.importance = std::max(note.importance.value_or(0.0), importance);
            note.hot = note.hot || skill.hot;
            note.inDemand = note.inDemand || skill.inDemand;
        }
    }
    return notes;
}

QString SkillListModel::detail(const OverlapEntry &entry) const
{
    const auto a = m_notesA.constFind(entry.entity.id);
    const auto b = m_notesB.constFind(entry.entity.id);
    return detail(
        entry, a == m_notesA.constEnd() ? nullptr : &*a, b == m_notesB.constEnd() ? nullptr : &*b, m_side);
}

QString SkillListModel::detail(const OverlapEntry &e, const SkillNote *a, const SkillNote *b, Side side)
{
    auto one = [&e](const SkillNote *note) -> QString {
        if (!note)
            return QString();
        if ((e.entity.kind == SkillKind::Skill || e.entity.kind == SkillKind::Knowledge) && note->importance
            && *note->importance > 0)
            return tr("importance %1").arg(QLocale().toString(*note->importance, 'f', 1));
        if (e.entity.kind == SkillKind::Technology)
            return note->inDemand ? tr("in demand") : note->hot ? tr("hot technology") : QString();
        return QString();
    };
    if (side == SideA)
        return one(a);
    if (side == SideB)
        return one(b);
    const QString textA = one(a);
    const QString textB = one(b);
    if (textA == textB)
        return textA;
    return tr("A: %1; B: %2")
        .arg(textA.isEmpty() ? tr("listed") : textA, textB.isEmpty() ? tr("listed") : textB);
}

QVariant SkillListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.note) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return row.heading;
        case Qt::FontRole: {
            QFont f;
            f.setItalic(true);
            return f;
        }
        case NoteRole:
            return true;
        case HeadingRole:
            return false;
        default:
            return {};
        }
    }
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
        case NoteRole:
            return false;
        default:
            return {};
        }
    }
    const QString detailText = detail(row.entry);
    // O*NET's skill and knowledge names in the interface language; technology names as they are.
    const QString name = onetTerm(row.entry.entity.name);
    switch (role) {
    case Qt::DisplayRole:
        return detailText.isEmpty() ? name : QStringLiteral("%1  \u2014  %2").arg(name, detailText);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        // The name with its kind, "Active Listening (skill)", unless the overlap already named a
        // namesake so.
        const QString kind = QStringLiteral(" (%1)").arg(skillKindName(row.entry.entity.kind));
        const QString &english = row.entry.entity.name;
        const QString withKind = onetTerm(english.endsWith(kind) ? english : english + kind);
        return detailText.isEmpty() ? withKind : withKind + QStringLiteral(", ") + detailText;
    }
    case HeadingRole:
    case NoteRole:
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
