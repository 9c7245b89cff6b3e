// SPDX-License-Identifier: MIT
#pragma once

#include <QStandardItemModel>
#include <QWidget>

class QLabel;
class QTreeView;

namespace cc
{

struct Comparison;
struct Role;

// One role's detailed work activities (O*NET DWA titles reached through its tasks), grouped under their
// intermediate work activity (IWA): a heading row per IWA, its DWAs as children, in the role's stored
// order (IWAs with core-task work first; in each, DWAs linked to a core task first).
class WorkActivitiesModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Roles { DwaIdRole = Qt::UserRole + 1, CoreRole, SharedRole };

    explicit WorkActivitiesModel(QObject *parent = nullptr);
    // `other`: the role it is compared with; the DWAs both roles have are marked.
    void setRole(const Role &role, const Role &other);
    int activityCount() const { return m_activities; } // DWAs, not IWA headings
    int sharedCount() const { return m_shared; }
    QString heading() const { return m_heading; }

private:
    int m_activities = 0;
    int m_shared = 0;
    QString m_heading;
};

// The "Work activities" tab: both roles' detailed work activities side by side.
class WorkActivitiesView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkActivitiesView(QWidget *parent = nullptr);
    void setComparison(const Comparison &comparison);
    WorkActivitiesModel *modelA() const { return m_modelA; }
    WorkActivitiesModel *modelB() const { return m_modelB; }
    QTreeView *viewA() const { return m_viewA; }
    QTreeView *viewB() const { return m_viewB; }

private:
    QTreeView *makeView(WorkActivitiesModel *model, QLabel *heading, const QString &name);

    WorkActivitiesModel *m_modelA;
    WorkActivitiesModel *m_modelB;
    QLabel *m_headingA;
    QLabel *m_headingB;
    QTreeView *m_viewA;
    QTreeView *m_viewB;
};

} // namespace cc
