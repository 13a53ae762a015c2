#pragma once

#include "alarms/alertsnapshot.h"
#include "alarms/backendpoller.h"
#include "backends/backendtarget.h"
#include "common/backgroundjob.h"
#include "model/silence.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace opsdeck {

// Every alert and silence of every configured backend, as one live picture.
//
// A poller per backend delivers parsed alerts; after each delivery the backends' latest lists
// are merged (HA de-duplication) and diffed against the published snapshot on a worker thread,
// then published on this thread with alertsChanged(next, diff). One merge runs at a time; a
// delivery during it asks for another one after it. Results made for an older set of backends
// are dropped (a new set starts a superseding job). A backend that fails keeps its last
// alerts, marked stale.
class AlarmService : public QObject {
    Q_OBJECT
public:
    using SilenceCallback = std::function<void(const QString &newId, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    explicit AlarmService(QObject *parent = nullptr);
    ~AlarmService() override;

    // Replaces the backends (each with its keychain secret, by backend id). Backends whose
    // definition and secret are unchanged keep their poller and data; the others' data goes
    // with them. Call start() to poll.
    void setBackends(const QList<BackendDefinition> &backends,
                     const QHash<QString, QString> &secrets = {});
    void start();
    void pollAll();
    void poll(const QString &backendId);

    const QList<BackendHealth> &health() const { return m_health; }
    QList<BackendDefinition> backends() const;
    QHash<QString, QString> backendNames() const; // id -> name
    QStringList alertmanagerIds() const;

    const AlertSnapshot &snapshot() const { return m_published; }
    const QList<Silence> &silences() const { return m_silences; }
    const Silence *silence(const QString &id) const;

    // How many alerts of the snapshot Alertmanager reports as silenced by this silence.
    int silencedAlertCount(const QString &silenceId) const
    {
        return m_silencedCounts.value(silenceId);
    }

    // True once every backend has been polled since the last setBackends(): the alerts that
    // arrive from then on are new, the ones before were there at start.
    bool isSettled() const { return m_settled; }

    // True when every backend that reported the alert is stale.
    bool isStale(const Alert &alert) const;

    // Creates a silence on the given Alertmanagers (one member of each cluster among them), or,
    // with an id, changes it on one Alertmanager holding it (AlarmClient's rules), then polls
    // them. Alertmanager gives an edited active silence a new id: `newId` is it.
    void saveSilence(const Silence &silence, const QStringList &alertmanagerIds,
                     const SilenceCallback &done);
    void expireSilence(const QString &id, DoneCallback done);

    // The size cap for every backend's answers (BackendClient::setMaxAnswerBytes), also for
    // backends set later; 0 keeps the client's default.
    void setMaxAnswerBytes(qint64 bytes);

    // How long the last merge + diff took on its worker (for the status bar and benchmarks).
    qint64 lastMergeMs() const { return m_lastMergeMs; }
    // A merge of the backends' latest alerts is under way (or queued behind one).
    bool isMerging() const { return m_merging; }

Q_SIGNALS:
    void alertsChanged(const opsdeck::AlertSnapshot &next, const opsdeck::AlertDiff &diff);
    void silencesChanged();
    void healthChanged(int index);
    void backendsChanged(); // the list of backends was replaced (rows of health() changed)

private:
    void scheduleMerge();
    QList<BackendTarget> alertmanagerTargets() const;
    void refreshSilences();
    BackendPoller *poller(const QString &backendId) const;

    QList<BackendPoller *> m_pollers;
    QList<BackendHealth> m_health;
    QHash<QString, QList<Alert>> m_alerts;         // by backend id
    QHash<QString, QList<Silence>> m_silenceLists; // by backend id
    AlertSnapshot m_published;
    QList<Silence> m_silences;
    QHash<QString, int> m_silencedCounts;
    QHash<QString, QString> m_secrets; // by backend id, for the silence requests
    bool m_settled = false;
    JobTracker m_merges; // merge and diff of every backend's alerts, on a worker
    bool m_merging = false;
    bool m_mergeStale = false; // the merge under way was made for an older set of backends
    bool m_mergeAgain = false;
    qint64 m_lastMergeMs = 0;
    qint64 m_maxAnswerBytes = 0;
};

} // namespace opsdeck
