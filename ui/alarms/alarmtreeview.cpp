#include "alarms/alarmtreeview.h"

#include <limits>

namespace opsdeck::ui {

void AlarmTreeView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                const QList<int> &roles)
{
    // In the flat list a row's place on screen follows from its number (rows are one height):
    // what is shown runs from the row at the top of the viewport to the row at its bottom.
    if (!rootIsDecorated() && !topLeft.parent().isValid()) {
        const QModelIndex top = indexAt(QPoint(0, 0));
        const QModelIndex bottom = indexAt(QPoint(0, viewport()->height() - 1));
        const int first = top.isValid() ? top.row() : 0;
        const int last = bottom.isValid() ? bottom.row() : std::numeric_limits<int>::max();
        if (bottomRight.row() < first || topLeft.row() > last) {
            return;
        }
    }
    QTreeView::dataChanged(topLeft, bottomRight, roles);
}

} // namespace opsdeck::ui
