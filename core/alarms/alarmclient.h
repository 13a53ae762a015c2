#pragma once

#include "backends/backendtarget.h"
#include "model/alert.h"
#include "model/silence.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace opsdeck {

class AlertAnswerPipe;
class BackendClient;
struct HttpAnswer;

// The alerts of a set of backends, fetched once.
struct FetchedAlerts {
    QList<QList<Alert>> perBackend; // one list per backend that answered
    QStringList errors;             // "name (URL): reason", one per backend that failed
    QStringList warnings;           // alerts skipped as unreadable, "name: where: reason"
};

// The silences of a set of Alertmanagers: one per id however many members of a cluster hold
// it, `sources` listing them (see SilenceParser::merge).
struct FetchedSilences {
    QList<Silence> silences;
    QStringList errors;
};

// What a silence change did.
struct SilenceChange {
    QStringList ids;         // the silences the change made (one per cluster that took it)
    QStringList changedOn;   // sources of the Alertmanagers that took it
    QStringList unreachable; // "name (URL): reason" for Alertmanagers left out: no answer
    QStringList errors;      // "name (URL): reason" for refusals and clusters nobody took it on
    bool ok() const { return errors.isEmpty() && !changedOn.isEmpty(); }
};

// One client for the alarm work on a set of backends, shared by the console and the command
// line so both follow the same rules with Alertmanager clusters (HA):
//
// - A new silence goes to one Alertmanager of each cluster among the targets; the cluster
//   gossips it to its other members. Clusters are read from each Alertmanager's
//   /api/v2/status (members share peers, see AlertmanagerClusters); one that does not say is a
//   cluster of its own. If the
//   chosen member does not answer (no connection, 5xx), the next member of the cluster takes it.
// - An edit or an expiry goes to one Alertmanager holding the silence (its cluster spreads
//   it), the next holder if that one does not answer. It counts once one holder accepted it.
// - Silences are one per id however many members report them.
//
// Each call answers once through its callback, on this object's thread, never after the
// client is destroyed. Alertmanager's alerts are parsed on workers while they arrive; the
// other (small) answers on the calling thread. The console polls alerts through
// BackendPoller, which parses on workers too.
class AlarmClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Done = std::function<void(const T &)>;

    explicit AlarmClient(QList<BackendTarget> targets, QObject *parent = nullptr);
    ~AlarmClient() override;

    const QList<BackendTarget> &targets() const { return m_targets; }

    void fetchAlerts(const Done<FetchedAlerts> &done);
    void fetchSilences(const Done<FetchedSilences> &done);

    // A new silence (`silence.id` empty) on every cluster among the targets.
    void createSilence(const Silence &silence, const Done<SilenceChange> &done);
    // A changed silence, sent to the first of `holders` (sources, in order of preference) that
    // answers; without holders, to the first target that answers.
    void editSilence(const Silence &silence, const QStringList &holders,
                     const Done<SilenceChange> &done);
    // Expires the silence on the first of `holders` that answers; without holders, the
    // Alertmanagers' silences are read first to find them.
    void expireSilence(const QString &id, const QStringList &holders,
                       const Done<SilenceChange> &done);

    // "name (URL)", how messages name a backend.
    static QString describe(const BackendDefinition &definition);

private:
    using Attempt = std::function<void(const BackendTarget &, const Done<HttpAnswer> &)>;

    BackendClient *clientFor(const BackendTarget &target);
    // Tries `attempt` on `members` in order until one answers (an answer other than no
    // connection or 5xx); `done` gets the member that answered (or -1) and every answer.
    void firstThatAnswers(const QList<int> &members, const Attempt &attempt,
                          const std::function<void(int member, const QList<HttpAnswer> &)> &done);
    QList<int> indexesOf(const QStringList &sources) const;
    void sendToClusters(const QList<QList<int>> &clusters, const QStringList &unreachable,
                        const Silence &silence, const Done<SilenceChange> &done);

    QList<BackendTarget> m_targets;
    std::vector<std::unique_ptr<AlertAnswerPipe>> m_alertPipes; // of the answers on their way
};

} // namespace opsdeck
