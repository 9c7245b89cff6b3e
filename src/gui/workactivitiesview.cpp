// SPDX-License-Identifier: MIT
#include "workactivitiesview.h"

#include "comparison.h"

#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc
{

WorkActivitiesModel::WorkActivitiesModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

void WorkActivitiesModel::setRole(const Role &role, const Role &other)
{
    clear();
    QSet<QString> othersDwas;
    for (const WorkActivity &w : other.workActivities)
        othersDwas.insert(w.dwaId);
    m_activities = int(role.workActivities.size());
    m_shared = 0;
    QFont bold;
    bold.setBold(true);
    QStandardItem *group = nullptr;
    QString groupId;
    for (const WorkActivity &w : role.workActivities) {
        if (!group || w.iwaId != groupId) {
            group = new QStandardItem(w.iwaTitle);
            group->setFlags(Qt::ItemIsEnabled);
            group->setToolTip(tr("A group of O*NET's work activities (intermediate work activity)"));
            appendRow(group);
            groupId = w.iwaId;
        }
        const bool shared = othersDwas.contains(w.dwaId);
        m_shared += shared ? 1 : 0;
        auto *item = new QStandardItem(w.dwaTitle);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
        item->setData(w.dwaId, DwaIdRole);
        item->setData(w.core, CoreRole);
        item->setData(shared, SharedRole);
        if (shared)
            item->setFont(bold);
        QStringList about { w.core ? tr("linked to a core task of %1").arg(role.title)
                                   : tr("linked to supplemental tasks of %1 only").arg(role.title) };
        if (shared)
            about << tr("also a work activity of %1").arg(other.title);
        const QString said = about.join(QStringLiteral("; "));
        item->setToolTip(QStringLiteral("%1 (%2)").arg(w.dwaTitle, said));
        item->setData(QStringLiteral("%1, %2").arg(w.dwaTitle, said), Qt::AccessibleTextRole);
        group->appendRow(item);
    }
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem *g = item(row);
        g->setText(tr("%1 (%2)").arg(g->text()).arg(g->rowCount()));
        g->setData(g->text(), Qt::AccessibleTextRole);
    }
    m_heading = role.workActivities.isEmpty()
        ? tr("%1: O*NET lists no work activities").arg(role.title)
        : tr("%1: %n work activities, %2 shared", nullptr, m_activities).arg(role.title).arg(m_shared);
}

WorkActivitiesView::WorkActivitiesView(QWidget *parent)
    : QWidget(parent)
    , m_modelA(new WorkActivitiesModel(this))
    , m_modelB(new WorkActivitiesModel(this))
    , m_headingA(new QLabel(this))
    , m_headingB(new QLabel(this))
{
    m_viewA = makeView(m_modelA, m_headingA, tr("Work activities of A"));
    m_viewB = makeView(m_modelB, m_headingB, tr("Work activities of B"));
    auto *lists = new QHBoxLayout;
    for (auto [heading, view] : { std::pair { m_headingA, m_viewA }, std::pair { m_headingB, m_viewB } }) {
        auto *column = new QVBoxLayout;
        column->addWidget(heading);
        column->addWidget(view, 1);
        lists->addLayout(column, 1);
    }
    auto *note
        = new QLabel(tr("O*NET's detailed work activities linked to each occupation's tasks, grouped "
                        "under their intermediate work activity; those linked to its core tasks first. "
                        "Bold: the other role does it too."),
            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addWidget(note);
}

QTreeView *WorkActivitiesView::makeView(WorkActivitiesModel *model, QLabel *heading, const QString &name)
{
    auto *view = new QTreeView(this);
    view->setModel(model);
    view->setHeaderHidden(true);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->header()->setStretchLastSection(true);
    view->setAccessibleName(name);
    view->setAccessibleDescription(tr("O*NET's detailed work activities of the role, grouped under their "
                                      "intermediate work activity, core-task work first"));
    heading->setWordWrap(true);
    heading->setBuddy(view);
    return view;
}

void WorkActivitiesView::setComparison(const Comparison &c)
{
    m_modelA->setRole(c.a, c.b);
    m_modelB->setRole(c.b, c.a);
    m_headingA->setText(m_modelA->heading());
    m_headingB->setText(m_modelB->heading());
    m_viewA->expandAll();
    m_viewB->expandAll();
}

} // namespace cc
