#pragma once

#include "common/backgroundjob.h"
#include "model/incident.h"
#include "model/timelineevent.h"
#include "store/storechange.h"

#include <QObject>

#include <optional>

namespace opsdeck {

class WorkspaceStore;

// The incident a console has open, with its whole timeline, kept current. Opening reads the
// incident and its events on a worker thread with its own connection (an incident may have
// tens of thousands of events); afterwards the store's change feed brings what anyone writes
// (this console, a script, another console) as small reads of just the new events.
class IncidentSession : public QObject {
    Q_OBJECT
public:
    explicit IncidentSession(WorkspaceStore &store, QObject *parent = nullptr);
    ~IncidentSession() override;

    void open(const QString &incidentId);
    void close();

    QString incidentId() const { return m_incidentId; }
    bool isLoading() const { return m_loading; }
    const std::optional<Incident> &incident() const { return m_incident; }
    const QList<TimelineEvent> &events() const { return m_events; } // time order
    const TimelineEvent *event(const QString &eventId) const;

    // Every event of an incident in time order, read with a connection of the calling thread
    // (for a worker: the timeline of an incident that is not the open one).
    static QList<TimelineEvent> readEvents(const QString &workspacePath, const QString &incidentId,
                                           QString *error);

Q_SIGNALS:
    void opened(); // a new incident with all its events (or none open: closed())
    void closed();
    void incidentChanged(); // its fields: status, roles, alerts ...
    void eventsAdded(const QList<opsdeck::TimelineEvent> &events);
    void eventUpdated(const opsdeck::TimelineEvent &event); // pinned changed
    void failed(const QString &error);

private:
    struct Loaded {
        std::optional<Incident> incident;
        QList<TimelineEvent> events;
        QString error;
    };
    void onChange(const StoreChange &change);
    void onLoaded(Loaded loaded);
    void applyTimelineChange(const StoreChange &change);
    void reloadIncident();

    WorkspaceStore &m_store;
    JobTracker m_loader; // reads the incident and its events; a newer open() supersedes
    QString m_incidentId;
    std::optional<Incident> m_incident;
    QList<TimelineEvent> m_events;
    QHash<QString, qsizetype> m_indexById;
    bool m_loading = false;
    QList<StoreChange> m_pendingWhileLoading;
};

} // namespace opsdeck
