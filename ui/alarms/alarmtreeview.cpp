#include "alarms/alarmtreeview.h"

namespace opsdeck::ui {

void AlarmTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles)
{
    if (isVisible()) {
        QTreeView::dataChanged(topLeft, bottomRight, roles);
    }
}

} // namespace opsdeck::ui
