#include "alarms/alarmservice.h"

#include "alarms/alarmclient.h"
#include "alarms/silenceparser.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <spdlog/logger.h>

namespace opsdeck {
namespace {

struct MergeResult {
    AlertSnapshot snapshot;
    AlertDiff diff;
    QHash<QString, int> silencedCounts; // silence id -> alerts it silences
    qint64 elapsedMs = 0;
};

} // namespace

AlarmService::AlarmService(QObject *parent)
    : QObject(parent)
    , m_merges(this)
{
    qRegisterMetaType<AlertSnapshot>();
}

AlarmService::~AlarmService() = default;

void AlarmService::setBackends(const QList<BackendDefinition> &backends,
                               const QHash<QString, QString> &secrets)
{
    m_mergeStale = m_merging; // a merge under way was made for the old set
    m_settled = false;
    // A backend whose definition and secret are unchanged keeps its poller, its alerts and its
    // health: saving one backend in the settings does not make every alert vanish and return.
    QList<BackendPoller *> next;
    for (const BackendDefinition &definition : backends) {
        BackendPoller *poller = nullptr;
        for (BackendPoller *existing : std::as_const(m_pollers)) {
            if (!next.contains(existing) &&
                existing->definition().toJson() == definition.toJson() &&
                m_secrets.value(definition.id) == secrets.value(definition.id)) {
                poller = existing;
                break;
            }
        }
        if (poller == nullptr) {
            poller = new BackendPoller(definition, secrets.value(definition.id), this);
            if (m_maxAnswerBytes > 0) {
                poller->client()->setMaxAnswerBytes(m_maxAnswerBytes);
            }
        }
        next.append(poller);
    }
    for (BackendPoller *old : std::as_const(m_pollers)) {
        if (!next.contains(old)) {
            m_alerts.remove(old->definition().id);
            m_silenceLists.remove(old->definition().id);
            delete old;
        }
    }
    m_pollers = next;
    m_secrets = secrets;
    m_health.clear();
    for (BackendPoller *poller : std::as_const(m_pollers)) {
        disconnect(poller, nullptr, this, nullptr);
        const QString id = poller->definition().id;
        const int index = int(m_health.size());
        m_health.append(poller->health());
        connect(poller, &BackendPoller::healthChanged, this, [this, poller, index] {
            m_health[index] = poller->health();
            Q_EMIT healthChanged(index);
            // A poll is over: merge what every backend said last (a backend going down or
            // coming back also changes how its alerts show).
            scheduleMerge();
        });
        connect(poller, &BackendPoller::alertsReceived, this,
                [this, id](const QList<Alert> &alerts) {
                    releaseInBackground(m_alerts.take(id));
                    m_alerts.insert(id, alerts);
                });
        connect(poller, &BackendPoller::silencesReceived, this,
                [this, id](const QList<Silence> &silences) {
                    m_silenceLists.insert(id, silences);
                    refreshSilences();
                });
    }
    Q_EMIT backendsChanged();
    refreshSilences();
    scheduleMerge(); // drops the alerts of backends that are gone
}

void AlarmService::refreshSilences()
{
    QList<QList<Silence>> lists;
    for (const BackendPoller *poller : std::as_const(m_pollers)) {
        lists.append(m_silenceLists.value(poller->definition().id));
    }
    QList<Silence> merged = SilenceParser::merge(lists);
    // Silence lists are small (hundreds); comparing saves every view a refresh.
    if (merged.size() != m_silences.size() ||
        !std::equal(merged.cbegin(), merged.cend(), m_silences.cbegin(),
                    [](const Silence &a, const Silence &b) {
                        return a.id == b.id && a.state == b.state && a.updatedAt == b.updatedAt &&
                               a.sources == b.sources;
                    })) {
        m_silences = std::move(merged);
        Q_EMIT silencesChanged();
    }
}

void AlarmService::setMaxAnswerBytes(qint64 bytes)
{
    m_maxAnswerBytes = bytes;
    for (BackendPoller *poller : std::as_const(m_pollers)) {
        if (bytes > 0) {
            poller->client()->setMaxAnswerBytes(bytes);
        }
    }
}

void AlarmService::start()
{
    pollAll();
}

void AlarmService::pollAll()
{
    for (BackendPoller *poller : std::as_const(m_pollers)) {
        poller->pollNow();
    }
}

void AlarmService::poll(const QString &backendId)
{
    if (BackendPoller *found = poller(backendId)) {
        found->pollNow();
    }
}

BackendPoller *AlarmService::poller(const QString &backendId) const
{
    for (BackendPoller *poller : m_pollers) {
        if (poller->definition().id == backendId) {
            return poller;
        }
    }
    return nullptr;
}

QList<BackendDefinition> AlarmService::backends() const
{
    QList<BackendDefinition> result;
    for (const BackendPoller *poller : m_pollers) {
        result.append(poller->definition());
    }
    return result;
}

QHash<QString, QString> AlarmService::backendNames() const
{
    QHash<QString, QString> names;
    for (const BackendPoller *poller : m_pollers) {
        names.insert(poller->definition().id, poller->definition().name);
    }
    return names;
}

QStringList AlarmService::alertmanagerIds() const
{
    QStringList ids;
    for (const BackendPoller *poller : m_pollers) {
        if (poller->definition().kind == BackendKind::Alertmanager) {
            ids.append(poller->definition().id);
        }
    }
    return ids;
}

const Silence *AlarmService::silence(const QString &id) const
{
    for (const Silence &silence : m_silences) {
        if (silence.id == id) {
            return &silence;
        }
    }
    return nullptr;
}

bool AlarmService::isStale(const Alert &alert) const
{
    for (const QString &source : alert.sources) {
        for (const BackendHealth &health : m_health) {
            if (health.backendId == source && !health.isStale()) {
                return false;
            }
        }
    }
    return !alert.sources.isEmpty();
}

void AlarmService::scheduleMerge()
{
    if (m_merging) {
        m_mergeAgain = true;
        return;
    }
    m_merging = true;
    m_mergeAgain = false;
    m_mergeStale = false;
    QList<QList<Alert>> inputs;
    for (const BackendPoller *poller : std::as_const(m_pollers)) {
        inputs.append(m_alerts.value(poller->definition().id));
    }
    // Every merge delivers (one at a time); one made for an older set of backends is not
    // published, and another follows.
    m_merges.startAlongside(
        [inputs = std::move(inputs), before = m_published](const CancelToken &) {
            QElapsedTimer clock;
            clock.start();
            MergeResult result;
            result.snapshot = AlertSnapshot::merge(inputs);
            result.diff = AlertDiff::between(before, result.snapshot);
            for (const Alert &alert : std::as_const(result.snapshot.alerts)) {
                for (const QString &silence : alert.silencedBy) {
                    ++result.silencedCounts[silence];
                }
            }
            result.elapsedMs = clock.elapsed();
            return result;
        },
        [this](MergeResult result) {
            m_merging = false;
            const bool stale = std::exchange(m_mergeStale, false);
            if (!stale) {
                m_lastMergeMs = result.elapsedMs;
                m_silencedCounts = std::move(result.silencedCounts);
                if (!result.diff.isEmpty()) {
                    AlertSnapshot previous = std::exchange(m_published, std::move(result.snapshot));
                    Q_EMIT alertsChanged(m_published, result.diff);
                    // After the views have applied the change: letting go of the old snapshot
                    // on the pool would otherwise take a core from them meanwhile.
                    releaseInBackground(std::move(previous));
                }
                // Once every backend has answered (or failed) once, what follows is news.
                m_settled = m_settled ||
                            std::all_of(m_health.cbegin(), m_health.cend(),
                                        [](const BackendHealth &health) {
                                            return health.state != BackendHealth::State::Unknown;
                                        });
            }
            if (m_mergeAgain || stale) {
                scheduleMerge();
            }
        });
}

QList<BackendTarget> AlarmService::alertmanagerTargets() const
{
    QList<BackendTarget> targets;
    for (const BackendPoller *poller : m_pollers) {
        const BackendDefinition &definition = poller->definition();
        if (definition.kind == BackendKind::Alertmanager) {
            targets.append({definition, m_secrets.value(definition.id), definition.id});
        }
    }
    return targets;
}

void AlarmService::saveSilence(const Silence &silence, const QStringList &alertmanagerIds,
                               const SilenceCallback &done)
{
    // The HA rules (one member of each cluster gets a new silence, one holder an edit) are
    // AlarmClient's, shared with the command line. Its own client per change: the answer
    // arrives even if the backends are reconfigured meanwhile.
    QList<BackendTarget> targets = alertmanagerTargets();
    if (silence.id.isEmpty()) {
        targets.removeIf([&alertmanagerIds](const BackendTarget &target) {
            return !alertmanagerIds.contains(target.source);
        });
    }
    auto *client = new AlarmClient(targets, this);
    const auto finished = [this, client, done](const SilenceChange &change) {
        client->deleteLater();
        for (const QString &warning : change.unreachable) {
            logging::component("alarms")->warn("silence: {}", warning.toStdString());
        }
        for (const BackendTarget &target : client->targets()) {
            poll(target.source);
        }
        done(change.ids.value(0), change.errors.join(QLatin1Char('\n')));
    };
    if (silence.id.isEmpty()) {
        client->createSilence(silence, finished);
        return;
    }
    const Silence *existing = this->silence(silence.id);
    client->editSilence(silence, existing ? existing->sources : alertmanagerIds, finished);
}

void AlarmService::expireSilence(const QString &id, DoneCallback done)
{
    const Silence *existing = silence(id);
    if (!existing || existing->sources.isEmpty()) {
        done(tr("silence %1 is not held by any configured Alertmanager").arg(id));
        return;
    }
    auto *client = new AlarmClient(alertmanagerTargets(), this);
    client->expireSilence(id, existing->sources,
                          [this, client, sources = existing->sources,
                           done = std::move(done)](const SilenceChange &change) {
                              client->deleteLater();
                              for (const QString &source : sources) {
                                  poll(source);
                              }
                              done(change.errors.join(QLatin1Char('\n')));
                          });
}

} // namespace opsdeck
