#pragma once

#include "common/catalogtablemodel.h"
#include "incidents/incidentcatalog.h"
#include "model/incident.h"

#include <QDateTime>

namespace opsdeck::ui {

// The workspace's incidents as rows, one per incident, kept current from the catalogue row by
// row (a new one is inserted at the top).
class IncidentTableModel : public CatalogTableModel<Incident> {
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
        EndedAtRole,  // QDateTime (UTC) it was resolved or closed; invalid while open
    };

    explicit IncidentTableModel(IncidentCatalog &catalog, QObject *parent = nullptr);

    // Moves "now" for the live elapsed times (a timer of the view calls it).
    void setNow(const QDateTime &now);

    // The severity's dot beside the key, for a narrow list without the Severity column.
    void setSeverityBesideKey(bool beside);

    const Incident *incidentAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor severityColor(Incident::Severity severity);

private:
    QVariant displayData(const Incident &incident, int column) const;
    std::optional<qint64> durationMs(const Incident &incident, int column) const;

    QDateTime m_now;
    bool m_severityBesideKey = false;
};

} // namespace opsdeck::ui
