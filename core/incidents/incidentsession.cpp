#include "incidents/incidentsession.h"

#include "store/changefeed.h"
#include "store/incidentrepository.h"
#include "store/scopedconnection.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck {

IncidentSession::IncidentSession(WorkspaceStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_loader(this)
{
    if (store.feed() != nullptr) {
        connect(store.feed(), &ChangeFeed::changed, this, &IncidentSession::onChange);
    }
}

IncidentSession::~IncidentSession()
{
    m_loader.waitForDone();
}

const TimelineEvent *IncidentSession::event(const QString &eventId) const
{
    const auto found = m_indexById.constFind(eventId);
    return found == m_indexById.cend() ? nullptr : &m_events.at(*found);
}

void IncidentSession::open(const QString &incidentId)
{
    m_incidentId = incidentId;
    m_loading = true;
    m_pendingWhileLoading.clear();
    const QString path = m_store.path();
    m_loader.start(
        [path, incidentId](const CancelToken &) {
            Loaded loaded;
            ScopedConnection connection(path, true);
            if (!connection.isOpen()) {
                loaded.error = connection.error();
                return loaded;
            }
            loaded.incident = IncidentRepository::read(connection.db(), incidentId, &loaded.error);
            if (!loaded.incident) {
                if (loaded.error.isEmpty()) {
                    loaded.error =
                        QCoreApplication::translate("IncidentSession", "no incident with id %1")
                            .arg(incidentId);
                }
                return loaded;
            }
            loaded.events =
                TimelineRepository::read(connection.db(), incidentId, {}, &loaded.error);
            return loaded;
        },
        [this](Loaded loaded) { onLoaded(std::move(loaded)); });
}

QList<TimelineEvent> IncidentSession::readEvents(const QString &workspacePath,
                                                 const QString &incidentId, QString *error)
{
    ScopedConnection connection(workspacePath, true);
    if (!connection.isOpen()) {
        *error = connection.error();
        return {};
    }
    return TimelineRepository::read(connection.db(), incidentId, {}, error);
}

void IncidentSession::close()
{
    m_loader.cancel(); // an open() under way is for an incident no longer wanted
    m_loading = false;
    m_incidentId.clear();
    m_incident.reset();
    m_events.clear();
    m_indexById.clear();
    Q_EMIT closed();
}

void IncidentSession::onLoaded(Loaded loaded)
{
    m_loading = false;
    if (!loaded.incident || !loaded.error.isEmpty()) {
        const QString error = loaded.error;
        close();
        Q_EMIT failed(error);
        return;
    }
    m_incident = std::move(loaded.incident);
    m_events = std::move(loaded.events);
    m_indexById.clear();
    m_indexById.reserve(m_events.size());
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        m_indexById.insert(m_events.at(i).id, i);
    }
    Q_EMIT opened();
    // What was written while the worker read, and is not in what it read.
    const QList<StoreChange> pending = std::exchange(m_pendingWhileLoading, {});
    for (const StoreChange &change : pending) {
        onChange(change);
    }
}

void IncidentSession::onChange(const StoreChange &change)
{
    if (m_incidentId.isEmpty()) {
        return;
    }
    const bool concernsIncident =
        (change.aggregate == Aggregate::Incident && change.ids.contains(m_incidentId)) ||
        (change.aggregate == Aggregate::Timeline && change.parentId == m_incidentId);
    if (!concernsIncident) {
        return;
    }
    if (m_loading) {
        m_pendingWhileLoading.append(change);
        return;
    }
    if (change.aggregate == Aggregate::Incident) {
        if (change.kind == ChangeKind::Deleted) {
            close();
            return;
        }
        reloadIncident();
        return;
    }
    applyTimelineChange(change);
}

void IncidentSession::reloadIncident()
{
    QString error;
    std::optional<Incident> fresh = IncidentRepository(m_store).get(m_incidentId, &error);
    if (!fresh) {
        Q_EMIT failed(error);
        return;
    }
    m_incident = std::move(fresh);
    Q_EMIT incidentChanged();
}

void IncidentSession::applyTimelineChange(const StoreChange &change)
{
    QStringList wanted;
    for (const QString &id : change.ids) {
        if (change.kind == ChangeKind::Updated || !m_indexById.contains(id)) {
            wanted.append(id);
        }
    }
    if (wanted.isEmpty()) {
        return;
    }
    QString error;
    const QList<TimelineEvent> read =
        TimelineRepository(m_store).eventsByIds(m_incidentId, wanted, &error);
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    if (change.kind == ChangeKind::Updated) {
        for (const TimelineEvent &event : read) {
            const auto found = m_indexById.constFind(event.id);
            if (found != m_indexById.cend()) {
                m_events[*found] = event;
                Q_EMIT eventUpdated(event);
            }
        }
        return;
    }
    QList<TimelineEvent> added;
    for (const TimelineEvent &event : read) {
        if (!m_indexById.contains(event.id)) {
            added.append(event);
        }
    }
    if (added.isEmpty()) {
        return;
    }
    // Events usually arrive after every one already shown; rebuild the index only when not.
    const bool appends = m_events.isEmpty() || added.constFirst().time >= m_events.constLast().time;
    m_events.append(added);
    if (appends) {
        for (qsizetype i = m_events.size() - added.size(); i < m_events.size(); ++i) {
            m_indexById.insert(m_events.at(i).id, i);
        }
    } else {
        std::stable_sort(
            m_events.begin(), m_events.end(),
            [](const TimelineEvent &a, const TimelineEvent &b) { return a.time < b.time; });
        m_indexById.clear();
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            m_indexById.insert(m_events.at(i).id, i);
        }
    }
    Q_EMIT eventsAdded(added);
}

} // namespace opsdeck
