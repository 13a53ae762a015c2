#pragma once

#include "common/backgroundjob.h"
#include "model/incident.h"
#include "store/storechange.h"

#include <QObject>

namespace opsdeck {

class WorkspaceStore;

// Every incident of the workspace, for lists: read once on a worker, then kept current from
// the change feed one incident at a time, whoever wrote it.
class IncidentCatalog : public QObject {
    Q_OBJECT
public:
    explicit IncidentCatalog(WorkspaceStore &store, QObject *parent = nullptr);
    ~IncidentCatalog() override;

    void load();
    bool isLoaded() const { return m_loaded; }
    const QList<Incident> &incidents() const { return m_incidents; } // newest declaration first
    const Incident *find(const QString &id) const;

Q_SIGNALS:
    void loaded();
    void incidentChanged(const opsdeck::Incident &incident); // created or updated
    void incidentRemoved(const QString &id);
    void failed(const QString &error);

private:
    struct Result {
        QList<Incident> incidents;
        QString error;
    };
    void onLoaded(Result result);
    void onChange(const StoreChange &change);

    WorkspaceStore &m_store;
    JobTracker m_jobs; // the first load
    QList<Incident> m_incidents;
    bool m_loaded = false;
    QList<StoreChange> m_pending;
};

} // namespace opsdeck
