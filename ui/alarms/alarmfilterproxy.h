#pragma once

#include "alarms/alertfilter.h"

#include <QSortFilterProxyModel>

namespace opsdeck::ui {

class AlarmTableModel;

// Sorting and the filter bar's expression over the AlarmTableModel. Group rows stay while any
// of their alerts passes and show how many do.
class AlarmFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AlarmFilterProxy(AlarmTableModel *source, QObject *parent = nullptr);

    void setFilter(const AlertFilter &filter, const QHash<QString, QString> &backendNames);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    AlarmTableModel *m_source;
    AlertFilter m_filter;
    QHash<QString, QString> m_backendNames;
};

} // namespace opsdeck::ui
