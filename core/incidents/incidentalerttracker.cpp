#include "incidents/incidentalerttracker.h"

#include "alarms/alarmservice.h"
#include "alarms/alertfilter.h"
#include "incidents/incidentservice.h"
#include "store/changefeed.h"
#include "store/incidentrepository.h"
#include "store/scopedconnection.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <algorithm>

namespace opsdeck {

namespace {

bool isTracked(const Incident &incident)
{
    return incident.status != Incident::Status::Closed && !incident.alertFingerprints.isEmpty();
}

bool isFiring(const Alert &alert)
{
    return alert.state == Alert::State::Active || alert.state == Alert::State::Firing ||
           alert.state == Alert::State::Suppressed;
}

const Alert *findAlert(const AlertSnapshot &snapshot, const QString &fingerprint)
{
    const auto found = std::lower_bound(
        snapshot.alerts.cbegin(), snapshot.alerts.cend(), fingerprint,
        [](const Alert &alert, const QString &wanted) { return alert.fingerprint < wanted; });
    return found != snapshot.alerts.cend() && found->fingerprint == fingerprint ? &*found : nullptr;
}

QString payloadText(const TimelineEvent &event, const char *key)
{
    return QString::fromStdString(event.payload.value(key, std::string()));
}

TimelineEvent silenceEvent(TimelineEvent::Type type, const Silence &silence, const QString &text,
                           const QString &author)
{
    TimelineEvent event;
    event.type = type;
    event.time = QDateTime::currentDateTimeUtc();
    event.author = author;
    event.text = text;
    event.payload = {{"silenceId", silence.id},
                     {"matchers", silenceMatchersText(silence)},
                     {"createdBy", silence.createdBy},
                     {"endsAt", toIsoUtc(silence.endsAt)}};
    return event;
}

} // namespace

IncidentAlertTracker::IncidentAlertTracker(WorkspaceStore &store, IncidentService &service,
                                           AlarmService &alarms, QString author, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
    , m_alarms(alarms)
    , m_author(std::move(author))
    , m_loader(this)
{}

IncidentAlertTracker::~IncidentAlertTracker()
{
    m_loader.waitForDone();
}

void IncidentAlertTracker::start()
{
    if (m_store.feed() != nullptr) {
        connect(m_store.feed(), &ChangeFeed::changed, this, &IncidentAlertTracker::onChange);
    }
    connect(&m_alarms, &AlarmService::alertsChanged, this, &IncidentAlertTracker::evaluate);
    connect(&m_alarms, &AlarmService::silencesChanged, this, &IncidentAlertTracker::evaluate);
    const QString path = m_store.path();
    m_loader.start(
        [path](const CancelToken &) {
            Loaded loaded;
            loaded.tracked = readAll(path, &loaded.error);
            return loaded;
        },
        [this](Loaded loaded) { onLoaded(std::move(loaded)); });
}

void IncidentAlertTracker::follow(Tracked &tracked, const TimelineEvent &event)
{
    if (!event.correctsId.isEmpty()) {
        return; // a correction restates an event; it is not a new alert change
    }
    switch (event.type) {
    case TimelineEvent::Type::AlertFired:
    case TimelineEvent::Type::AlertResolved: {
        const QString fingerprint = payloadText(event, "fingerprint");
        tracked.firing.insert(fingerprint, event.type == TimelineEvent::Type::AlertFired);
        tracked.alertName.insert(fingerprint, payloadText(event, "alertname"));
        if (event.type == TimelineEvent::Type::AlertFired) {
            tracked.reportedBy.insert(fingerprint, event.author);
        }
        break;
    }
    case TimelineEvent::Type::SilenceCreated:
        tracked.activeSilences.insert(payloadText(event, "silenceId"));
        break;
    case TimelineEvent::Type::SilenceExpired:
        tracked.activeSilences.remove(payloadText(event, "silenceId"));
        break;
    default:
        break;
    }
}

IncidentAlertTracker::TrackedById IncidentAlertTracker::readAll(const QString &path, QString *error)
{
    TrackedById tracked;
    ScopedConnection connection(path, true);
    if (!connection.isOpen()) {
        *error = connection.error();
        return tracked;
    }
    for (const Incident &incident : IncidentRepository::readAll(connection.db(), error)) {
        if (!isTracked(incident)) {
            continue;
        }
        const QString &id = incident.id;
        Tracked &entry = tracked[id];
        entry.fingerprints = incident.alertFingerprints;
        for (const TimelineEvent &event :
             TimelineRepository::read(connection.db(), id, {}, error)) {
            follow(entry, event);
        }
    }
    return tracked;
}

void IncidentAlertTracker::onLoaded(Loaded loaded)
{
    m_tracked = std::move(loaded.tracked);
    m_loaded = true;
    for (const StoreChange &change : std::exchange(m_pendingWhileLoading, {})) {
        onChange(change);
    }
    if (!loaded.error.isEmpty()) {
        Q_EMIT failed(loaded.error);
    }
    evaluate();
}

void IncidentAlertTracker::onChange(const StoreChange &change)
{
    if (!m_loaded) {
        // The loader may have read the store before this change: replay it once loaded.
        m_pendingWhileLoading.append(change);
        return;
    }
    if (change.aggregate == Aggregate::Incident) {
        for (const QString &id : change.ids) {
            const std::optional<Incident> incident = IncidentRepository(m_store).get(id);
            if (!incident || !isTracked(*incident)) {
                m_tracked.remove(id);
                continue;
            }
            const bool isNew = !m_tracked.contains(id);
            Tracked &entry = m_tracked[id];
            entry.fingerprints = incident->alertFingerprints;
            if (isNew) {
                for (const TimelineEvent &event : TimelineRepository(m_store).eventsOf(id)) {
                    follow(entry, event);
                }
            }
        }
        // Our own recording changes incidents too (their first alert's time): evaluate again
        // only after the recording that announced it has finished.
        if (!m_evaluating) {
            evaluate();
        }
        return;
    }
    if (change.aggregate != Aggregate::Timeline || change.kind != ChangeKind::Created ||
        !m_tracked.contains(change.parentId)) {
        return;
    }
    Tracked &entry = m_tracked[change.parentId];
    for (const TimelineEvent &event :
         TimelineRepository(m_store).eventsByIds(change.parentId, change.ids)) {
        follow(entry, event);
    }
}

QList<TimelineEvent> IncidentAlertTracker::changesFor(const QString &incidentId, Tracked &tracked,
                                                      bool backendsAnswer) const
{
    QList<TimelineEvent> events;
    const AlertSnapshot &snapshot = m_alarms.snapshot();
    QList<const Alert *> present;
    for (const QString &fingerprint : std::as_const(tracked.fingerprints)) {
        const Alert *alert = findAlert(snapshot, fingerprint);
        if (alert != nullptr) {
            present.append(alert);
        }
        const bool firingNow = alert != nullptr && isFiring(*alert);
        const bool recorded = tracked.firing.value(fingerprint, false);
        if (firingNow && !recorded) {
            events.append(IncidentService::alertFired(
                *alert, IncidentService::reporterOf(*alert, m_alarms.backendNames(), m_author)));
        } else if (!firingNow && recorded && backendsAnswer) {
            // Attributed like its start: to the backends that report it (or reported it).
            events.append(IncidentService::alertResolved(
                fingerprint, tracked.alertName.value(fingerprint),
                alert != nullptr ? alert->endsAt : QDateTime(),
                alert != nullptr
                    ? IncidentService::reporterOf(*alert, m_alarms.backendNames(), m_author)
                    : tracked.reportedBy.value(fingerprint, m_author)));
        }
    }
    for (const Silence &silence : m_alarms.silences()) {
        if (silence.state != Silence::State::Active ||
            tracked.activeSilences.contains(silence.id)) {
            continue;
        }
        if (std::any_of(present.cbegin(), present.cend(), [&silence](const Alert *alert) {
                return silenceCovers(silence, *alert);
            })) {
            events.append(silenceEvent(
                TimelineEvent::Type::SilenceCreated, silence,
                QCoreApplication::translate("IncidentAlertTracker", "Silenced by %1: %2")
                    .arg(silence.createdBy, silence.comment),
                m_author));
        }
    }
    if (backendsAnswer) {
        for (const QString &id : std::as_const(tracked.activeSilences)) {
            const Silence *silence = m_alarms.silence(id);
            if (silence == nullptr || silence->state == Silence::State::Expired) {
                Silence gone;
                gone.id = id;
                if (silence != nullptr) {
                    gone = *silence;
                }
                events.append(silenceEvent(
                    TimelineEvent::Type::SilenceExpired, gone,
                    QCoreApplication::translate("IncidentAlertTracker", "Silence %1 ended")
                        .arg(id.left(8)),
                    m_author));
            }
        }
    }
    for (TimelineEvent &event : events) {
        event.incidentId = incidentId;
    }
    return events;
}

void IncidentAlertTracker::evaluate()
{
    // Before every backend has answered once, an absent alert may merely not be polled yet.
    if (!m_loaded || !m_alarms.isSettled() || m_evaluating) {
        return;
    }
    m_evaluating = true;
    const auto done = qScopeGuard([this]() { m_evaluating = false; });
    const QList<BackendHealth> &health = m_alarms.health();
    const bool backendsAnswer =
        std::all_of(health.cbegin(), health.cend(), [](const BackendHealth &backend) {
            return backend.state == BackendHealth::State::Ok ||
                   backend.state == BackendHealth::State::Degraded;
        });
    // Recording announces the new events, which come back through onChange(): walk a copy.
    const QStringList ids = m_tracked.keys();
    for (const QString &id : ids) {
        if (!m_tracked.contains(id)) {
            continue;
        }
        QList<TimelineEvent> events = changesFor(id, m_tracked[id], backendsAnswer);
        if (events.isEmpty()) {
            continue;
        }
        QString error;
        if (!m_service.record(events, &error)) {
            Q_EMIT failed(error);
            continue;
        }
        if (m_tracked.contains(id)) {
            for (const TimelineEvent &event : std::as_const(events)) {
                follow(m_tracked[id], event);
            }
        }
        Q_EMIT recorded(id, int(events.size()));
    }
}

} // namespace opsdeck
