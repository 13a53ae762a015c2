#pragma once

#include <QAbstractTableModel>

namespace opsdeck {
class AlarmService;
}

namespace opsdeck::ui {

// One row per backend of the AlarmService; a poll changes only its row.
class BackendHealthModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The URL is the Name column's tooltip (the name is host:port already).
    enum Column { State, Kind, Name, Version, Alerts, Latency, LastSuccess, Error, ColumnCount };

    explicit BackendHealthModel(const AlarmService *alarms, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const AlarmService *m_monitor;
};

} // namespace opsdeck::ui
