#include "incidents/incidentservice.h"

#include "store/incidentrepository.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>

namespace opsdeck {

namespace {

bool isFiring(const Alert &alert)
{
    return alert.state == Alert::State::Active || alert.state == Alert::State::Firing ||
           alert.state == Alert::State::Suppressed;
}

QList<PendingChange> changesFor(const QString &incidentId, const QList<TimelineEvent> &events,
                                ChangeKind incidentChange)
{
    QList<PendingChange> changes{{Aggregate::Incident, incidentId, incidentChange}};
    for (const TimelineEvent &event : events) {
        changes.append({Aggregate::Timeline, event.id, ChangeKind::Created, incidentId});
    }
    return changes;
}

// Stamps events for `incident` and moves its firstAlertAt to the earliest alert start among them.
void prepareEvents(Incident &incident, QList<TimelineEvent> &events)
{
    for (TimelineEvent &event : events) {
        if (event.id.isEmpty()) {
            event.id = newId();
        }
        event.incidentId = incident.id;
        if (!event.time.isValid()) {
            event.time = QDateTime::currentDateTimeUtc();
        }
        if (event.type != TimelineEvent::Type::AlertFired) {
            continue;
        }
        const auto startsAt =
            fromIsoUtc(QString::fromStdString(event.payload.value("startsAt", std::string())));
        if (startsAt && (!incident.firstAlertAt.isValid() || *startsAt < incident.firstAlertAt)) {
            incident.firstAlertAt = *startsAt;
        }
    }
}

QString noIncident(const QString &id)
{
    return QCoreApplication::translate("IncidentService", "no incident with id %1").arg(id);
}

} // namespace

IncidentService::IncidentService(WorkspaceStore &store)
    : m_store(store)
{}

QStringList IncidentService::assignableRoles()
{
    return QStringList{QStringLiteral("commander")} + Incident::roleNames();
}

TimelineEvent IncidentService::alertFired(const Alert &alert, const QString &reportedBy)
{
    TimelineEvent event;
    event.type = TimelineEvent::Type::AlertFired;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    event.time = alert.startsAt.isValid() && alert.startsAt <= now ? alert.startsAt.toUTC() : now;
    event.author = reportedBy;
    const QString summary = alert.annotations.value(QStringLiteral("summary"));
    event.text =
        summary.isEmpty() ? alert.name() : QStringLiteral("%1: %2").arg(alert.name(), summary);
    event.payload = {{"fingerprint", alert.fingerprint},
                     {"alertname", alert.name()},
                     {"severity", alert.labels.value(QStringLiteral("severity"))},
                     {"labels", alert.labels},
                     {"startsAt", alert.startsAt.isValid() ? toIsoUtc(alert.startsAt) : QString()}};
    return event;
}

QString IncidentService::reporterOf(const Alert &alert, const QHash<QString, QString> &backendNames,
                                    const QString &fallback)
{
    QStringList names;
    for (const QString &source : alert.sources) {
        names.append(backendNames.value(source, source));
    }
    return names.isEmpty() ? fallback : names.join(QStringLiteral(", "));
}

TimelineEvent IncidentService::alertResolved(const QString &fingerprint, const QString &alertName,
                                             const QDateTime &endedAt, const QString &author)
{
    TimelineEvent event;
    event.type = TimelineEvent::Type::AlertResolved;
    event.time = QDateTime::currentDateTimeUtc();
    event.author = author;
    event.text = QCoreApplication::translate("IncidentService", "%1 resolved").arg(alertName);
    event.payload = {{"fingerprint", fingerprint},
                     {"alertname", alertName},
                     {"endsAt", toIsoUtc(endedAt.isValid() ? endedAt : event.time)}};
    return event;
}

bool IncidentService::declare(Incident &incident, const QList<Alert> &alerts, const QString &author,
                              QString *error, const QHash<QString, QString> &backendNames)
{
    if (incident.id.isEmpty()) {
        incident.id = newId();
    }
    if (!incident.declaredAt.isValid()) {
        incident.declaredAt = QDateTime::currentDateTimeUtc();
    }
    QList<TimelineEvent> events;
    for (const Alert &alert : alerts) {
        if (!incident.alertFingerprints.contains(alert.fingerprint)) {
            incident.alertFingerprints.append(alert.fingerprint);
        }
        if (isFiring(alert)) {
            events.append(alertFired(alert, reporterOf(alert, backendNames, author)));
        }
    }
    TimelineEvent declared;
    declared.type = TimelineEvent::Type::StatusChanged;
    declared.time = incident.declaredAt;
    declared.author = author;
    declared.payload = {{"declared", true},
                        {"to", Incident::statusName(incident.status)},
                        {"severity", Incident::severityName(incident.severity)}};
    // The roles given at the declaration are on the timeline like later assignments.
    QList<TimelineEvent> roles;
    const auto roleEvent = [&](const QString &role, const QString &person) {
        TimelineEvent assigned;
        assigned.type = TimelineEvent::Type::RoleAssigned;
        assigned.time = incident.declaredAt;
        assigned.author = author;
        assigned.text =
            QCoreApplication::translate("IncidentService", "%1 is %2").arg(person, role);
        assigned.payload = {{"role", role}, {"person", person}, {"previous", QString()}};
        roles.append(assigned);
    };
    if (!incident.commander.isEmpty()) {
        roleEvent(QStringLiteral("commander"), incident.commander);
    }
    for (auto it = incident.roles.cbegin(); it != incident.roles.cend(); ++it) {
        roleEvent(it.key(), it.value());
    }
    events = QList<TimelineEvent>{declared} + roles + events;
    prepareEvents(incident, events);
    const bool ok = m_store.write(
        [&incident, &events](QSqlDatabase &db, QString *failure) {
            if (!IncidentRepository::insertNew(db, incident, failure)) {
                return false;
            }
            // The key is known only now, inside the write lock.
            events.first().text =
                QCoreApplication::translate("IncidentService", "Declared %1 %2: %3")
                    .arg(Incident::severityName(incident.severity), incident.key, incident.title);
            return TimelineRepository::insert(db, events, failure);
        },
        changesFor(incident.id, events, ChangeKind::Created), error);
    return ok;
}

std::optional<Incident> IncidentService::changeWithEvent(const QString &incidentId,
                                                         TimelineEvent event, const Change &change,
                                                         QString *error)
{
    event.id = newId();
    event.incidentId = incidentId;
    if (!event.time.isValid()) {
        event.time = QDateTime::currentDateTimeUtc();
    }
    std::optional<Incident> changed;
    const bool ok = m_store.write(
        [&](QSqlDatabase &db, QString *failure) {
            QString readError;
            changed = IncidentRepository::read(db, incidentId, &readError);
            if (!changed) {
                *failure = readError.isEmpty() ? noIncident(incidentId) : readError;
                return false;
            }
            if (const std::optional<QString> refusal = change(*changed, event)) {
                *failure = *refusal;
                return false;
            }
            return IncidentRepository::upsert(db, *changed, failure) &&
                   TimelineRepository::insert(db, {event}, failure);
        },
        changesFor(incidentId, {event}, ChangeKind::Updated), error);
    return ok ? changed : std::nullopt;
}

std::optional<Incident> IncidentService::changeStatus(const QString &incidentId,
                                                      Incident::Status next, bool markFalseAlarm,
                                                      const QString &author, QString *error,
                                                      const QDateTime &at)
{
    TimelineEvent event;
    event.type = TimelineEvent::Type::StatusChanged;
    event.author = author;
    event.time = at.toUTC();
    return changeWithEvent(
        incidentId, event,
        [next, markFalseAlarm](Incident &incident, TimelineEvent &changed) {
            const QString before = Incident::statusName(incident.status);
            if (auto refusal = incident.transitionTo(next, changed.time, markFalseAlarm)) {
                return refusal;
            }
            changed.text =
                QCoreApplication::translate("IncidentService", "Status changed from %1 to %2")
                    .arg(before, Incident::statusName(next));
            changed.payload = {{"from", before},
                               {"to", Incident::statusName(next)},
                               {"falseAlarm", incident.falseAlarm}};
            return std::optional<QString>();
        },
        error);
}

std::optional<Incident> IncidentService::assignRole(const QString &incidentId, const QString &role,
                                                    const QString &person, const QString &author,
                                                    QString *error)
{
    const QString name = person.trimmed();
    if (!assignableRoles().contains(role)) {
        *error = QCoreApplication::translate("IncidentService", "unknown role '%1' (expected %2)")
                     .arg(role, assignableRoles().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (name.isEmpty()) {
        *error = QCoreApplication::translate("IncidentService", "the person's name is empty");
        return std::nullopt;
    }
    TimelineEvent event;
    event.type = TimelineEvent::Type::RoleAssigned;
    event.author = author;
    event.text = QCoreApplication::translate("IncidentService", "%1 is %2").arg(name, role);
    return changeWithEvent(
        incidentId, event,
        [&role, &name](Incident &incident, TimelineEvent &assigned) {
            const bool isCommander = role == QLatin1String("commander");
            const QString previous = isCommander ? incident.commander : incident.roles.value(role);
            if (isCommander) {
                incident.commander = name;
            } else {
                incident.roles.insert(role, name);
            }
            assigned.payload = {{"role", role}, {"person", name}, {"previous", previous}};
            return std::optional<QString>();
        },
        error);
}

std::optional<Incident> IncidentService::linkAlerts(const QString &incidentId,
                                                    const QList<Alert> &alerts,
                                                    const QString &author, QString *error)
{
    TimelineEvent event;
    event.type = TimelineEvent::Type::Custom;
    event.author = author;
    return changeWithEvent(
        incidentId, event,
        [&alerts](Incident &incident, TimelineEvent &linked) -> std::optional<QString> {
            if (incident.status == Incident::Status::Closed) {
                return QCoreApplication::translate("IncidentService",
                                                   "%1 is closed: it takes no more alerts")
                    .arg(incident.key);
            }
            QStringList names;
            Json fingerprints = Json::array();
            for (const Alert &alert : alerts) {
                if (!incident.alertFingerprints.contains(alert.fingerprint)) {
                    incident.alertFingerprints.append(alert.fingerprint);
                    names.append(alert.name());
                    fingerprints.push_back(alert.fingerprint);
                }
            }
            if (names.isEmpty()) {
                return QCoreApplication::translate("IncidentService",
                                                   "the alerts are linked to %1 already")
                    .arg(incident.key);
            }
            linked.text = QCoreApplication::translate("IncidentService", "Linked alerts: %1")
                              .arg(names.join(QStringLiteral(", ")));
            linked.payload = {{"kind", "alerts_linked"}, {"fingerprints", fingerprints}};
            return std::nullopt;
        },
        error);
}

std::optional<TimelineEvent> IncidentService::addNote(const QString &incidentId,
                                                      const QString &text, const QString &author,
                                                      QString *error, const QDateTime &at)
{
    if (text.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("IncidentService", "the note is empty");
        return std::nullopt;
    }
    TimelineEvent note;
    note.incidentId = incidentId;
    note.type = TimelineEvent::Type::Note;
    note.time = at.toUTC();
    note.author = author;
    note.text = text.trimmed();
    return record(note, error);
}

std::optional<TimelineEvent> IncidentService::correct(const TimelineEvent &original,
                                                      const QString &text, const QString &author,
                                                      QString *error)
{
    if (text.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("IncidentService", "the correction is empty");
        return std::nullopt;
    }
    TimelineEvent correction;
    correction.incidentId = original.incidentId;
    correction.type = original.type;
    correction.author = author;
    correction.text = text.trimmed();
    correction.payload = original.payload;
    correction.correctsId = original.id;
    return record(correction, error);
}

bool IncidentService::setPinned(const TimelineEvent &event, bool pinned, QString *error)
{
    return TimelineRepository(m_store).setPinned(event, pinned, error);
}

std::optional<TimelineEvent> IncidentService::record(TimelineEvent event, QString *error)
{
    QList<TimelineEvent> events{std::move(event)};
    if (!record(events, error)) {
        return std::nullopt;
    }
    return events.constFirst();
}

bool IncidentService::record(QList<TimelineEvent> &events, QString *error)
{
    if (events.isEmpty()) {
        return true;
    }
    const QString incidentId = events.constFirst().incidentId;
    const bool movesFirstAlert =
        std::any_of(events.cbegin(), events.cend(), [](const TimelineEvent &event) {
            return event.type == TimelineEvent::Type::AlertFired;
        });
    for (TimelineEvent &event : events) {
        if (event.id.isEmpty()) {
            event.id = newId();
        }
    }
    QList<PendingChange> changes = changesFor(incidentId, events, ChangeKind::Updated);
    if (!movesFirstAlert) {
        changes.removeFirst();
    }
    return m_store.write(
        [&](QSqlDatabase &db, QString *failure) {
            if (!movesFirstAlert) {
                Incident stamp;
                stamp.id = incidentId;
                prepareEvents(stamp, events);
                return TimelineRepository::insert(db, events, failure);
            }
            QString readError;
            std::optional<Incident> incident = IncidentRepository::read(db, incidentId, &readError);
            if (!incident) {
                *failure = readError.isEmpty() ? noIncident(incidentId) : readError;
                return false;
            }
            const QDateTime before = incident->firstAlertAt;
            prepareEvents(*incident, events);
            return (incident->firstAlertAt == before ||
                    IncidentRepository::upsert(db, *incident, failure)) &&
                   TimelineRepository::insert(db, events, failure);
        },
        changes, error);
}

} // namespace opsdeck
