#pragma once

#include "model/alert.h"
#include "model/incident.h"
#include "model/timelineevent.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace opsdeck {

class WorkspaceStore;

// Every change to an incident, for the console and the command line alike. A change and the
// timeline event that records it are one transaction: the timeline never misses a change, and
// a refused or failed change leaves both as they were. Changes read the incident afresh inside
// their transaction, so two writers (a console and a script) never undo each other.
class IncidentService {
public:
    explicit IncidentService(WorkspaceStore &store);

    // Stores `incident` (title, severity, roles ... set by the caller; id, key and declaredAt
    // are filled in), records the declaration and an alert_fired event for each firing alert,
    // and links those alerts. The alert events are the backends' (named by `backendNames`, id
    // to name), at the alerts' start.
    bool declare(Incident &incident, const QList<Alert> &alerts, const QString &author,
                 QString *error, const QHash<QString, QString> &backendNames = {});

    // The lifecycle step, stamped `at` (now when invalid: a scribe may record it afterwards);
    // refused with the reason when out of order.
    std::optional<Incident> changeStatus(const QString &incidentId, Incident::Status next,
                                         bool markFalseAlarm, const QString &author, QString *error,
                                         const QDateTime &at = {});
    // `role` is "commander" or one of Incident::roleNames().
    std::optional<Incident> assignRole(const QString &incidentId, const QString &role,
                                       const QString &person, const QString &author,
                                       QString *error);
    std::optional<TimelineEvent> addNote(const QString &incidentId, const QString &text,
                                         const QString &author, QString *error,
                                         const QDateTime &at = {});
    // Links more alerts to an incident that is not closed (one event says which); the alert
    // tracker then records their starts. Refused when all of them are linked already.
    std::optional<Incident> linkAlerts(const QString &incidentId, const QList<Alert> &alerts,
                                       const QString &author, QString *error);
    // Appends an event correcting `original`: same type, the corrected text, pointing at it.
    std::optional<TimelineEvent> correct(const TimelineEvent &original, const QString &text,
                                         const QString &author, QString *error);
    bool setPinned(const TimelineEvent &event, bool pinned, QString *error);

    // Appends prepared events (runbook steps, command runs, metric snapshots, alert changes).
    // Their alert_fired events move the incident's firstAlertAt earlier when they start earlier.
    bool record(QList<TimelineEvent> &events, QString *error);
    std::optional<TimelineEvent> record(TimelineEvent event, QString *error);

    static QStringList assignableRoles(); // commander, scribe, communications, operations

    // An alert's start, stamped when it started (now if that is unknown or ahead of this
    // clock) and attributed to `reportedBy`, the backends that report it.
    static TimelineEvent alertFired(const Alert &alert, const QString &reportedBy);
    // The names of the backends reporting `alert` ("prod-alertmanager, eu-alertmanager"), or
    // `fallback` when it names none.
    static QString reporterOf(const Alert &alert, const QHash<QString, QString> &backendNames,
                              const QString &fallback);
    static TimelineEvent alertResolved(const QString &fingerprint, const QString &alertName,
                                       const QDateTime &endedAt, const QString &author);

private:
    // Reads the incident inside the write, lets `change` modify it, stores it with `event`.
    using Change = std::function<std::optional<QString>(Incident &incident, TimelineEvent &event)>;
    std::optional<Incident> changeWithEvent(const QString &incidentId, TimelineEvent event,
                                            const Change &change, QString *error);

    WorkspaceStore &m_store;
};

} // namespace opsdeck
