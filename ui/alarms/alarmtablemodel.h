#pragma once

#include "alarms/alertsnapshot.h"

#include <QAbstractTableModel>

namespace opsdeck::ui {

// Every alert of the latest snapshot, one row each, in the snapshot's order. A new snapshot
// arrives with its diff (made on a worker thread) and is applied as row removals, insertions
// and dataChanged for the rows that changed: a poll that changes 3 alerts of 10,000 touches
// 3 rows, so selection and scroll position stay where they were.
class AlarmTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Name, State, Summary, Labels, Age, Source, ColumnCount };
    enum Role { FingerprintRole = Qt::UserRole + 1, SeverityRankRole };

    explicit AlarmTableModel(QObject *parent = nullptr);

    // `diff` must be AlertDiff::between(current snapshot, next).
    void apply(const AlertSnapshot &next, const AlertDiff &diff);
    const AlertSnapshot &snapshot() const { return m_snapshot; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1h 07m": the one duration format of the product.
    static QString formatDuration(qint64 seconds);

private:
    AlertSnapshot m_snapshot;
};

} // namespace opsdeck::ui
