#pragma once

#include "model/incident.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace opsdeck::ui {

// The workspace's incidents as rows, one per incident, updated row by row as they change.
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Key,
        Title,
        Severity,
        Status,
        Commander,
        Elapsed,
        TimeToDetect,
        TimeToAcknowledge,
        TimeToMitigate,
        TimeToResolve,
        Services,
        ColumnCount
    };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        SortRole,     // numbers for severity, status and durations
        StatusRole,   // status name
        SeverityRole, // SEV1 ...
        ServicesRole, // QStringList
        GameDayRole,  // bool
    };

    explicit IncidentTableModel(QObject *parent = nullptr);

    void setIncidents(const QList<Incident> &incidents);
    void upsert(const Incident &incident); // inserts at the top when new, else updates the row
    void remove(const QString &incidentId);
    // Moves "now" for the live elapsed times (a timer of the view calls it).
    void setNow(const QDateTime &now);

    const Incident *incidentAt(int row) const;
    int rowOf(const QString &incidentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor severityColor(Incident::Severity severity);

private:
    QVariant displayData(const Incident &incident, int column) const;
    std::optional<qint64> durationMs(const Incident &incident, int column) const;

    QList<Incident> m_incidents;
    QDateTime m_now;
};

} // namespace opsdeck::ui
