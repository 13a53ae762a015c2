#include "alarms/alarmtreeview.h"

#include "alarms/alarmcells.h"
#include "common/statustexts.h"
#include "common/tablecolumns.h"
#include "model/alert.h"

#include <QHeaderView>

#include <algorithm>
#include <limits>

namespace opsdeck::ui {

void AlarmTreeView::setUpColumns()
{
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(AlarmCells::Summary, QHeaderView::Stretch);
    fitSeverityColumn();
    header()->resizeSection(AlarmCells::Name, 190);
    // Every state whole in the current language ("unterdrückt"), in bold as a new alert's.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics stateMetrics(bold);
    int stateWidth = 75;
    for (const Alert::State state :
         {Alert::State::Active, Alert::State::Suppressed, Alert::State::Unprocessed,
          Alert::State::Pending, Alert::State::Firing}) {
        stateWidth = std::max(stateWidth,
                              stateMetrics.horizontalAdvance(StatusTexts::alertState(state)) + 16);
    }
    header()->resizeSection(AlarmCells::State, stateWidth);
    header()->resizeSection(AlarmCells::Labels, 170);
    header()->resizeSection(AlarmCells::Age, 50);
    header()->resizeSection(AlarmCells::Source, 150);
    header()->resizeSection(AlarmCells::Incident, 150);
    followNarrow(this, 1000, [this](bool narrow) {
        m_narrow = narrow;
        placeSecondaryColumns();
    });
}

void AlarmTreeView::fitSeverityColumn()
{
    // The header whole ("Schweregrad") with its sort arrow; in a grouped tree the indentation
    // comes out of the first column too.
    const QString title =
        model()->headerData(AlarmCells::Severity, Qt::Horizontal, Qt::DisplayRole).toString();
    const int headerWidth = header()->fontMetrics().horizontalAdvance(title) + 28;
    const int indentation = rootIsDecorated() ? 30 : 0;
    header()->resizeSection(AlarmCells::Severity, std::max(85, headerWidth) + indentation);
}

void AlarmTreeView::showIncidentColumn(bool shown)
{
    m_incidentShown = shown;
    placeSecondaryColumns();
}

void AlarmTreeView::placeSecondaryColumns()
{
    setColumnHidden(AlarmCells::Source, m_narrow);
    setColumnHidden(AlarmCells::Incident, !m_incidentShown);
    setColumnHidden(AlarmCells::Labels, m_incidentShown && m_narrow);
}

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
