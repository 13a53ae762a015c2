#include "alarms/alarmservice.h"

#include "alarms/silenceparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace opsdeck {
namespace {

struct MergeResult {
    AlertSnapshot snapshot;
    AlertDiff diff;
    qint64 elapsedMs = 0;
};

} // namespace

AlarmService::AlarmService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AlertSnapshot>();
}

AlarmService::~AlarmService() = default;

void AlarmService::setBackends(const QList<BackendDefinition> &backends,
                               const QHash<QString, QString> &secrets)
{
    ++m_generation;
    qDeleteAll(m_pollers);
    m_pollers.clear();
    m_health.clear();
    m_alerts.clear();
    m_silenceLists.clear();
    for (const BackendDefinition &definition : backends) {
        auto *poller = new BackendPoller(definition, secrets.value(definition.id), this);
        if (m_maxAnswerBytes > 0) {
            poller->client()->setMaxAnswerBytes(m_maxAnswerBytes);
        }
        const QString id = definition.id;
        const int index = int(m_pollers.size());
        m_pollers.append(poller);
        m_health.append(poller->health());
        connect(poller, &BackendPoller::healthChanged, this, [this, poller, index] {
            m_health[index] = poller->health();
            Q_EMIT healthChanged(index);
            // A backend going down or coming back changes how its alerts show (stale).
            scheduleMerge();
        });
        connect(poller, &BackendPoller::alertsReceived, this,
                [this, id](const QList<Alert> &alerts) { m_alerts.insert(id, alerts); });
        connect(poller, &BackendPoller::silencesReceived, this,
                [this, id](const QList<Silence> &silences) {
                    m_silenceLists.insert(id, silences);
                    QList<QList<Silence>> lists;
                    for (const BackendPoller *each : std::as_const(m_pollers)) {
                        lists.append(m_silenceLists.value(each->definition().id));
                    }
                    QList<Silence> merged = SilenceParser::merge(lists);
                    // Silence lists are small (hundreds); comparing saves every view a refresh.
                    if (merged.size() != m_silences.size() ||
                        !std::equal(merged.cbegin(), merged.cend(), m_silences.cbegin(),
                                    [](const Silence &a, const Silence &b) {
                                        return a.id == b.id && a.state == b.state &&
                                               a.updatedAt == b.updatedAt && a.sources == b.sources;
                                    })) {
                        m_silences = std::move(merged);
                        Q_EMIT silencesChanged();
                    }
                });
    }
    Q_EMIT backendsChanged();
    const AlertDiff diff = AlertDiff::between(m_published, {});
    m_published = {};
    if (!m_silences.isEmpty()) {
        m_silences.clear();
        Q_EMIT silencesChanged();
    }
    Q_EMIT alertsChanged(m_published, diff);
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
    QList<QList<Alert>> inputs;
    for (const BackendPoller *poller : std::as_const(m_pollers)) {
        inputs.append(m_alerts.value(poller->definition().id));
    }
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<MergeResult>(this);
    connect(watcher, &QFutureWatcher<MergeResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_merging = false;
        if (generation == m_generation) {
            MergeResult result = watcher->result();
            m_lastMergeMs = result.elapsedMs;
            if (!result.diff.isEmpty()) {
                m_published = std::move(result.snapshot);
                Q_EMIT alertsChanged(m_published, result.diff);
            }
        }
        if (m_mergeAgain || generation != m_generation) {
            scheduleMerge();
        }
    });
    watcher->setFuture(QtConcurrent::run([inputs = std::move(inputs), before = m_published] {
        QElapsedTimer clock;
        clock.start();
        MergeResult result;
        result.snapshot = AlertSnapshot::merge(inputs);
        result.diff = AlertDiff::between(before, result.snapshot);
        result.elapsedMs = clock.elapsed();
        return result;
    }));
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
        BackendPoller *poller = this->poller(target);
        if (!poller) {
            errors->append(tr("backend %1 is not configured").arg(target));
            if (--*remaining == 0) {
                done(*firstId, errors->join(QLatin1Char('\n')));
            }
            continue;
        }
        const QString name = poller->definition().name;
        poller->client()->send(
            "POST", QStringLiteral("api/v2/silences"), body,
            [this, target, name, remaining, errors, firstId, done](const HttpAnswer &answer) {
                QString error = answer.error;
                const QString id =
                    answer.ok() ? SilenceParser::createdId(answer.body, &error) : QString();
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
    target->client()->send("DELETE", QStringLiteral("api/v2/silence/%1").arg(id), {},
                           [this, sources, name = target->definition().name,
                            done = std::move(done)](const HttpAnswer &answer) {
                               for (const QString &source : sources) {
                                   poll(source);
                               }
                               done(answer.ok() ? QString()
                                                : QStringLiteral("%1: %2").arg(name, answer.error));
                           });
}

} // namespace opsdeck
