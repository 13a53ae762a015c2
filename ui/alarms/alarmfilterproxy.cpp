#include "alarms/alarmfilterproxy.h"

#include "alarms/alarmtablemodel.h"

namespace opsdeck::ui {

AlarmFilterProxy::AlarmFilterProxy(AlarmTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(AlarmTableModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AlarmFilterProxy::setFilter(const AlertFilter &filter,
                                 const QHash<QString, QString> &backendNames)
{
    m_filter = filter;
    m_backendNames = backendNames;
    invalidateFilter();
}

bool AlarmFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const Alert *alert = m_source->alertAt(m_source->index(sourceRow, 0, sourceParent));
    if (alert == nullptr) {
        // A group row: shown when no filter is set; otherwise, recursive filtering shows it
        // while one of its alerts passes.
        return m_filter.isEmpty();
    }
    return m_filter.matches(*alert, m_backendNames);
}

QVariant AlarmFilterProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == AlarmCells::Name &&
        !index.parent().isValid() && !m_filter.isEmpty() &&
        mapToSource(index).data(AlarmTableModel::IsGroupRole).toBool()) {
        const int shown = rowCount(index.siblingAtColumn(0));
        const int all = m_source->rowCount(mapToSource(index.siblingAtColumn(0)));
        if (shown != all) {
            return tr("%1 — %2 of %3 shown")
                .arg(QSortFilterProxyModel::data(index, role).toString())
                .arg(shown)
                .arg(all);
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace opsdeck::ui
