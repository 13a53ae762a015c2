#pragma once

#include "common/backgroundjob.h"
#include "model/incident.h"
#include "model/timelineevent.h"
#include "store/storechange.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace opsdeck {

class AlarmService;
class IncidentService;
class WorkspaceStore;

// Fills the timelines of open incidents by themselves while the console runs: when a linked
// alert fires or resolves, or a silence covering one is created or expires, the incident gets
// an event. What each incident last recorded is read from its timeline (on a worker at start,
// then from the change feed), so a restart, or a second console, does not record twice what
// is already there. Resolutions are recorded only while every backend answers: an alert that
// vanished because its backend is down has not resolved.
class IncidentAlertTracker : public QObject {
    Q_OBJECT
public:
    IncidentAlertTracker(WorkspaceStore &store, IncidentService &service, AlarmService &alarms,
                         QString author, QObject *parent = nullptr);
    ~IncidentAlertTracker() override;

    void start();
    int trackedCount() const { return int(m_tracked.size()); }

Q_SIGNALS:
    void recorded(const QString &incidentId, int events);
    void failed(const QString &error);

private:
    struct Tracked {
        QStringList fingerprints;
        QHash<QString, bool> firing;        // by fingerprint, as the timeline last said
        QHash<QString, QString> alertName;  // by fingerprint
        QHash<QString, QString> reportedBy; // by fingerprint: who recorded its start
        QSet<QString> activeSilences;       // ids the timeline saw created and not expired
    };
    using TrackedById = QHash<QString, Tracked>;
    struct Loaded {
        TrackedById tracked;
        QString error;
    };

    static void follow(Tracked &tracked, const TimelineEvent &event);
    static TrackedById readAll(const QString &path, QString *error);
    void onLoaded(Loaded loaded);
    void onChange(const StoreChange &change);
    void evaluate();
    QList<TimelineEvent> changesFor(const QString &incidentId, Tracked &tracked,
                                    bool backendsAnswer) const;

    WorkspaceStore &m_store;
    IncidentService &m_service;
    AlarmService &m_alarms;
    QString m_author;
    TrackedById m_tracked;
    bool m_loaded = false;
    bool m_evaluating = false;
    QList<StoreChange> m_pendingWhileLoading;
    JobTracker m_loader; // reads what every open incident's timeline says, once
};

} // namespace opsdeck
