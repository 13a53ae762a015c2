#pragma once

#include "model/alert.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <utility>

namespace opsdeck::ui {

// How one alert reads in each column of the Alarms table: its text, tooltip, sort key and
// severity rank. It knows what the rows do not: the user's severity mapping, the backends'
// names and the incidents the alerts belong to. AlarmTableModel decides which rows exist.
class AlarmCells {
    Q_DECLARE_TR_FUNCTIONS(AlarmCells)
public:
    enum Column { Severity, Name, State, Summary, Labels, Age, Source, Incident, ColumnCount };

    // Maps non-standard severity values onto critical/error/warning/info ("P1" -> "critical");
    // pairs naming no standard severity are left out.
    void setSeverityMapping(const QHash<QString, QString> &mapping);
    // The standard severity a value stands for, or an empty string if it is unknown.
    QString standardSeverity(const QString &value) const;
    int severityRank(const Alert &alert) const; // 0 critical … 4 none

    void setBackendNames(const QHash<QString, QString> &names) { m_backendNames = names; }
    // The Incident column's text for an alert ("INC-2026-0001 · Resolved"), asked when a cell
    // is shown.
    void setIncidentText(std::function<QString(const QString &fingerprint)> text)
    {
        m_incidentText = std::move(text);
    }

    QString text(const Alert &alert, Column column) const;
    QVariant sortKey(const Alert &alert, Column column) const;
    // The whole text where the cell may elide it; the description for the summary.
    QString toolTip(const Alert &alert, Column column) const;
    static QString header(Column column);
    // The cell's other Qt roles: its text and tooltip, the severity dot, bold while `isNew`,
    // greyed while suppressed or `isStale` (every backend that reported it failing).
    QVariant look(const Alert &alert, Column column, int role, bool isNew, bool isStale) const;
    // The same for the row of a group of alerts (their label `groupLabel` has the value `key`):
    // its name and count, the dot of its worst severity, in bold.
    static QVariant groupLook(const QString &key, const QString &groupLabel, qsizetype alerts,
                              int worstRank, Column column, int role);

    // The columns that read differently after an alert changed, as the narrowest (first,
    // last) range; nullopt when no cell changed (only the detail pane shows it). A sorted view
    // re-sorts a changed row only when its sort column is in the range, so a new annotation
    // on 1 % of 100,000 alerts repaints their summaries without moving any row.
    static std::optional<std::pair<Column, Column>> changedColumns(const Alert &before,
                                                                   const Alert &after);

private:
    QHash<QString, QString> m_severityMapping;
    QHash<QString, QString> m_backendNames;
    std::function<QString(const QString &)> m_incidentText;
};

} // namespace opsdeck::ui
