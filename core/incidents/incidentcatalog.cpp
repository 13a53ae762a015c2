#include "incidents/incidentcatalog.h"

#include "store/changefeed.h"
#include "store/incidentrepository.h"
#include "store/scopedconnection.h"
#include "store/workspacestore.h"

#include <algorithm>

namespace opsdeck {

IncidentCatalog::IncidentCatalog(WorkspaceStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_jobs(this)
{
    if (store.feed() != nullptr) {
        connect(store.feed(), &ChangeFeed::changed, this, &IncidentCatalog::onChange);
    }
}

IncidentCatalog::~IncidentCatalog()
{
    m_jobs.waitForDone();
}

void IncidentCatalog::load()
{
    const QString path = m_store.path();
    m_jobs.start(
        [path](const CancelToken &) {
            Result result;
            ScopedConnection connection(path, true);
            if (!connection.isOpen()) {
                result.error = connection.error();
                return result;
            }
            result.incidents = IncidentRepository::readAll(connection.db(), &result.error);
            return result;
        },
        [this](Result result) { onLoaded(std::move(result)); });
}

void IncidentCatalog::onLoaded(Result result)
{
    m_incidents = std::move(result.incidents);
    m_loaded = true;
    Q_EMIT loaded();
    if (!result.error.isEmpty()) {
        Q_EMIT failed(result.error);
    }
    const QList<StoreChange> pending = std::exchange(m_pending, {});
    for (const StoreChange &change : pending) {
        onChange(change);
    }
}

const Incident *IncidentCatalog::find(const QString &id) const
{
    const auto found = std::find_if(m_incidents.cbegin(), m_incidents.cend(),
                                    [&id](const Incident &incident) { return incident.id == id; });
    return found == m_incidents.cend() ? nullptr : &*found;
}

void IncidentCatalog::onChange(const StoreChange &change)
{
    if (change.aggregate != Aggregate::Incident) {
        return;
    }
    if (!m_loaded) {
        m_pending.append(change);
        return;
    }
    for (const QString &id : change.ids) {
        const auto found =
            std::find_if(m_incidents.begin(), m_incidents.end(),
                         [&id](const Incident &incident) { return incident.id == id; });
        QString error;
        std::optional<Incident> incident = change.kind == ChangeKind::Deleted
                                               ? std::nullopt
                                               : IncidentRepository(m_store).get(id, &error);
        if (!incident) {
            if (found != m_incidents.end()) {
                m_incidents.erase(found);
                Q_EMIT incidentRemoved(id);
            }
            if (!error.isEmpty()) {
                Q_EMIT failed(error);
            }
            continue;
        }
        if (found != m_incidents.end()) {
            *found = *incident;
        } else {
            m_incidents.prepend(*incident);
        }
        Q_EMIT incidentChanged(*incident);
    }
}

} // namespace opsdeck
