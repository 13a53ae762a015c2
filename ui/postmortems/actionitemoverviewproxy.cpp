#include "postmortems/actionitemoverviewproxy.h"

#include "model/postmortem.h"
#include "postmortems/actionitemoverviewmodel.h"

#include <QDate>

#include <tuple>

namespace opsdeck::ui {
namespace {

// Overdue first, then the due date (none: last), then priority (P1 first), then description.
auto orderKey(const QModelIndex &index)
{
    const QModelIndex row = index.siblingAtColumn(0);
    const QDate due = row.data(ActionItemOverviewModel::DueRole).toDate();
    const int priority = row.data(ActionItemOverviewModel::PriorityRole).toInt();
    return std::make_tuple(
        !row.data(ActionItemOverviewModel::OverdueRole).toBool(), !due.isValid(),
        due.isValid() ? due.toJulianDay() : 0, priority,
        row.siblingAtColumn(ActionItemOverviewModel::Description).data().toString());
}

} // namespace

ActionItemOverviewProxy::ActionItemOverviewProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void ActionItemOverviewProxy::setShowDone(bool show)
{
    if (show == m_showDone) {
        return;
    }
    m_showDone = show;
    invalidateRowsFilter();
}

bool ActionItemOverviewProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_showDone || !sourceModel()
                              ->index(sourceRow, 0, sourceParent)
                              .data(ActionItemOverviewModel::DoneRole)
                              .toBool();
}

bool ActionItemOverviewProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return orderKey(left) < orderKey(right);
}

} // namespace opsdeck::ui
