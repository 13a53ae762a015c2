#include "alarms/alarmservice.h"

#include "alarms/silenceparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QUrl>

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
                [this, id](const QList<Alert> &alerts) { m_alerts.insert(id, alerts); });
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
        if (poller->definition().kind == QLatin1String("alertmanager")) {
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
                    m_published = std::move(result.snapshot);
                    Q_EMIT alertsChanged(m_published, result.diff);
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

void AlarmService::saveSilence(const Silence &silence, const QStringList &alertmanagerIds,
                               SilenceCallback done)
{
    QStringList targets = alertmanagerIds;
    if (!silence.id.isEmpty()) {
        // An edit goes to an Alertmanager that holds the silence; its cluster spreads it.
        const Silence *existing = this->silence(silence.id);
        targets = existing && !existing->sources.isEmpty() ? QStringList{existing->sources.first()}
                                                           : alertmanagerIds.mid(0, 1);
    }
    if (targets.isEmpty()) {
        done({}, tr("no Alertmanager is configured to hold the silence"));
        return;
    }
    auto remaining = std::make_shared<int>(int(targets.size()));
    auto errors = std::make_shared<QStringList>();
    auto firstId = std::make_shared<QString>();
    const QByteArray body = SilenceParser::toApiJson(silence);
    for (const QString &target : std::as_const(targets)) {
        const BackendPoller *poller = this->poller(target);
        if (!poller) {
            errors->append(tr("backend %1 is not configured").arg(target));
            if (--*remaining == 0) {
                done(*firstId, errors->join(QLatin1Char('\n')));
            }
            continue;
        }
        const QString name = poller->definition().name;
        // Its own client: the answer arrives even if the backends are reconfigured meanwhile.
        auto *client = new BackendClient(poller->definition(), m_secrets.value(target), this);
        client->send("POST", QStringLiteral("api/v2/silences"), body,
                     [this, client, target, name, remaining, errors, firstId,
                      done](const HttpAnswer &answer) {
                         client->deleteLater();
                         QString error = answer.error;
                         const QString id = answer.ok()
                                                ? SilenceParser::createdId(answer.body, &error)
                                                : QString();
                         if (!error.isEmpty()) {
                             errors->append(QStringLiteral("%1: %2").arg(name, error));
                         } else if (firstId->isEmpty()) {
                             *firstId = id;
                         }
                         poll(target);
                         if (--*remaining == 0) {
                             done(*firstId, errors->join(QLatin1Char('\n')));
                         }
                     });
    }
}

void AlarmService::expireSilence(const QString &id, DoneCallback done)
{
    const Silence *existing = silence(id);
    BackendPoller *target =
        existing && !existing->sources.isEmpty() ? poller(existing->sources.first()) : nullptr;
    if (!target) {
        done(tr("silence %1 is not held by any configured Alertmanager").arg(id));
        return;
    }
    const QStringList sources = existing->sources;
    auto *client =
        new BackendClient(target->definition(), m_secrets.value(target->definition().id), this);
    client->send(
        "DELETE",
        QStringLiteral("api/v2/silence/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
        {},
        [this, client, sources, name = target->definition().name,
         done = std::move(done)](const HttpAnswer &answer) {
            client->deleteLater();
            for (const QString &source : sources) {
                poll(source);
            }
            done(answer.ok() ? QString() : QStringLiteral("%1: %2").arg(name, answer.error));
        });
}

} // namespace opsdeck
