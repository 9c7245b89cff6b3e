// SPDX-License-Identifier: MIT
#include "destinationsmodel.h"

namespace cc
{

DestinationsModel::DestinationsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DestinationsModel::setRole(const Role &role)
{
    beginResetModel();
    m_destinations = mobility::destinations(role);
    m_missing.clear();
    if (m_destinations.isEmpty())
        m_missing = role.mobility.groups.isEmpty() ? mobility::whyNoGroup(role)
                                                   : tr("the survey recorded nobody leaving it");
    const auto leaving = mobility::leavingPercent(role);
    // A role the survey counts inside a larger group, or as a mix of groups, moves as they do: said,
    // as the pair's sentences and the report's list of estimates say it.
    const QString title = mobility::titleWithSurveyGroups(role);
    m_heading = leaving && !m_destinations.isEmpty()
        ? tr("Where people who leave %1 go (%2 leave in a year; US survey)")
              .arg(title, mobility::percentText(*leaving))
        : tr("Where people who leave %1 go").arg(title);
    endResetModel();
}

int DestinationsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_destinations.isEmpty() ? 1 : int(m_destinations.size());
}

Qt::ItemFlags DestinationsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_destinations.isEmpty() || m_destinations.at(index.row()).roles.isEmpty())
        return Qt::ItemIsEnabled; // nothing to compare with
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant DestinationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (m_destinations.isEmpty()) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("Not available: %1").arg(m_missing);
        return {};
    }
    const mobility::Destination &d = m_destinations.at(index.row());
    const RelatedRole *target = d.roles.isEmpty() ? nullptr : &d.roles.first();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return target ? tr("%1 %2 \u2014 %3")
                            .arg(mobility::percentText(d.percent), target->title, payAndOutlook(*target))
                      : tr("%1 %2 (no occupation of the catalogue)")
                            .arg(mobility::percentText(d.percent), d.groupTitle);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 of the people who leave in a year go to the survey group %2 (%3).")
                          .arg(mobility::percentText(d.percent), d.groupTitle, d.groupCode);
        if (d.roles.size() > 1) {
            QStringList others;
            for (int i = 1; i < d.roles.size(); ++i)
                others << d.roles.at(i).title;
            tip += QLatin1Char(' ')
                + tr("Compared as %1; the group also counts: %2.")
                      .arg(target->title, others.join(QStringLiteral("; ")));
        }
        if (target)
            tip += QLatin1Char(' ')
                + tr("Double-click or press Enter to compare it with A in place of B; right-click for the "
                     "other way.");
        return tip + QLatin1Char(' ')
            + tr("Source: CPS ASEC flows, del Rio-Chanona et al. (2021), CC BY 4.0.");
    }
    case CodeRole:
        return target ? target->code : QString();
    case TitleRole:
        return target ? target->title : d.groupTitle;
    case PercentRole:
        return d.percent;
    default:
        return {};
    }
}

} // namespace cc
