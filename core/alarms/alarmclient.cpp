#include "alarms/alarmclient.h"

#include "alarms/alertanswerpipe.h"
#include "alarms/alertmanagerclusters.h"
#include "alarms/alertparser.h"
#include "alarms/silenceparser.h"
#include "backends/backendclient.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <spdlog/logger.h>

namespace opsdeck {
namespace {

bool isAlertmanager(const BackendTarget &target)
{
    return target.definition.kind == BackendKind::Alertmanager;
}

// No connection, a timeout or a server error: another member may do better. A refusal (4xx)
// would be refused by every member alike.
bool didNotAnswer(const HttpAnswer &answer)
{
    return !answer.ok() && (answer.status == 0 || answer.status >= 500);
}

QString silencePath(const QString &id)
{
    return QStringLiteral("api/v2/silence/%1")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

// Counts down the answers of a fan-out and runs `done` after the last one.
class Countdown {
public:
    Countdown(qsizetype count, std::function<void()> done)
        : m_remaining(count)
        , m_done(std::move(done))
    {}
    void tick()
    {
        if (--m_remaining == 0) {
            m_done();
        }
    }

private:
    qsizetype m_remaining;
    std::function<void()> m_done;
};

} // namespace

AlarmClient::AlarmClient(QList<BackendTarget> targets, QObject *parent)
    : QObject(parent)
    , m_targets(std::move(targets))
{}

AlarmClient::~AlarmClient() = default;

QString AlarmClient::describe(const BackendDefinition &definition)
{
    return QStringLiteral("%1 (%2)").arg(definition.name, definition.url);
}

BackendClient *AlarmClient::clientFor(const BackendTarget &target)
{
    // One client per request: its callbacks end with it, and requests do not queue behind
    // each other.
    return new BackendClient(target.definition, target.secret, this);
}

void AlarmClient::fetchAlerts(const Done<FetchedAlerts> &done)
{
    auto result = std::make_shared<FetchedAlerts>();
    auto countdown =
        std::make_shared<Countdown>(m_targets.size(), [result, done] { done(*result); });
    if (m_targets.isEmpty()) {
        done(*result);
        return;
    }
    for (const BackendTarget &target : std::as_const(m_targets)) {
        BackendClient *client = clientFor(target);
        const auto finished = [client, target, result, countdown](
                                  const HttpAnswer &answer, ParsedAlerts parsed, qint64 parseMs) {
            client->deleteLater();
            const QString name = describe(target.definition);
            if (!answer.ok()) {
                result->errors.append(QStringLiteral("%1: %2").arg(name, answer.error));
                countdown->tick();
                return;
            }
            logging::component("alarms")->debug(
                "{}: answer complete after {} ms, {} alerts, {} ms parsing after the last byte",
                target.definition.name.toStdString(), answer.latencyMs, parsed.alerts.size(),
                parseMs);
            if (!parsed.ok()) {
                result->errors.append(QStringLiteral("%1: %2").arg(name, parsed.error));
            }
            for (const QString &warning : std::as_const(parsed.warnings)) {
                result->warnings.append(QStringLiteral("%1: %2").arg(name, warning));
            }
            result->perBackend.append(std::move(parsed.alerts));
            countdown->tick();
        };
        if (!isAlertmanager(target)) {
            client->get(QStringLiteral("api/v1/alerts"), [target,
                                                          finished](const HttpAnswer &answer) {
                QElapsedTimer clock;
                clock.start();
                ParsedAlerts parsed = answer.ok()
                                          ? AlertParser::parsePrometheus(answer.body, target.source)
                                          : ParsedAlerts{};
                finished(answer, std::move(parsed), clock.elapsed());
            });
            continue;
        }
        // Alertmanager's answer is read while it arrives, on workers, several batches of
        // alerts at once: with 100,000 alerts the parse overlaps the transfer and uses every
        // core, and the answer is never held whole.
        AlertAnswerPipe *pipe =
            m_alertPipes.emplace_back(std::make_unique<AlertAnswerPipe>(this, target.source)).get();
        // Let go of once its answer is delivered; not within its own callback.
        const auto release = [this, pipe] {
            QTimer::singleShot(0, this, [this, pipe] {
                std::erase_if(m_alertPipes,
                              [pipe](const auto &held) { return held.get() == pipe; });
            });
        };
        client->getStreamed(
            QStringLiteral("api/v2/alerts"), [pipe](const QByteArray &piece) { pipe->add(piece); },
            [pipe, finished, release](const HttpAnswer &answer) {
                if (!answer.ok()) {
                    pipe->abandon();
                    finished(answer, {}, 0);
                    release();
                    return;
                }
                auto clock = std::make_shared<QElapsedTimer>();
                clock->start();
                pipe->finish([answer, finished, release, clock](ParsedAlerts parsed) {
                    finished(answer, std::move(parsed), clock->elapsed());
                    release();
                });
            });
    }
}

void AlarmClient::fetchSilences(const Done<FetchedSilences> &done)
{
    QList<BackendTarget> alertmanagers = m_targets;
    alertmanagers.removeIf([](const BackendTarget &target) { return !isAlertmanager(target); });
    auto perBackend = std::make_shared<QList<QList<Silence>>>();
    auto errors = std::make_shared<QStringList>();
    if (alertmanagers.isEmpty()) {
        done({});
        return;
    }
    auto countdown = std::make_shared<Countdown>(alertmanagers.size(), [perBackend, errors, done] {
        done({SilenceParser::merge(*perBackend), *errors});
    });
    for (const BackendTarget &target : std::as_const(alertmanagers)) {
        BackendClient *client = clientFor(target);
        client->get(QStringLiteral("api/v2/silences"), [client, target, perBackend, errors,
                                                        countdown](const HttpAnswer &answer) {
            client->deleteLater();
            ParsedSilences parsed;
            if (answer.ok()) {
                parsed = SilenceParser::parse(answer.body, target.source);
            }
            const QString error = answer.ok() ? parsed.error : answer.error;
            if (error.isEmpty()) {
                perBackend->append(parsed.silences);
            } else {
                errors->append(QStringLiteral("%1: %2").arg(describe(target.definition), error));
            }
            countdown->tick();
        });
    }
}

void AlarmClient::firstThatAnswers(
    const QList<int> &members, const Attempt &attempt,
    const std::function<void(int member, const QList<HttpAnswer> &)> &done)
{
    auto answers = std::make_shared<QList<HttpAnswer>>();
    auto tryNext = std::make_shared<std::function<void(qsizetype)>>();
    // The function refers to itself weakly: the shared state ends with the last callback.
    std::weak_ptr<std::function<void(qsizetype)>> weakNext = tryNext;
    *tryNext = [this, members, attempt, done, answers, weakNext](qsizetype position) {
        if (position == members.size()) {
            done(-1, *answers);
            return;
        }
        const int member = members.at(position);
        auto next = weakNext.lock();
        attempt(m_targets.at(member),
                [done, answers, member, position, next](const HttpAnswer &answer) {
                    answers->append(answer);
                    if (didNotAnswer(answer)) {
                        (*next)(position + 1);
                    } else {
                        done(member, *answers);
                    }
                });
    };
    (*tryNext)(0);
}

QList<int> AlarmClient::indexesOf(const QStringList &sources) const
{
    QList<int> indexes;
    for (const QString &source : sources) {
        for (int i = 0; i < m_targets.size(); ++i) {
            if (m_targets.at(i).source == source && isAlertmanager(m_targets.at(i)) &&
                !indexes.contains(i)) {
                indexes.append(i);
            }
        }
    }
    return indexes;
}

void AlarmClient::createSilence(const Silence &silence, const Done<SilenceChange> &done)
{
    QList<int> alertmanagers;
    for (int i = 0; i < m_targets.size(); ++i) {
        if (isAlertmanager(m_targets.at(i))) {
            alertmanagers.append(i);
        }
    }
    if (alertmanagers.size() <= 1) {
        sendToClusters(alertmanagers.isEmpty() ? QList<QList<int>>{}
                                               : QList<QList<int>>{alertmanagers},
                       {}, silence, done);
        return;
    }
    // Which of them are one cluster: each one's peers.
    auto peers = std::make_shared<QList<QStringList>>(alertmanagers.size());
    auto unreachable = std::make_shared<QStringList>();
    auto reachable = std::make_shared<QList<bool>>(alertmanagers.size(), false);
    QPointer<AlarmClient> self(this);
    auto countdown = std::make_shared<Countdown>(
        alertmanagers.size(), [self, alertmanagers, peers, reachable, unreachable, silence, done] {
            if (!self) {
                return;
            }
            QList<QStringList> known;
            QList<int> indexes;
            for (qsizetype i = 0; i < alertmanagers.size(); ++i) {
                if (reachable->at(i)) {
                    known.append(peers->at(i));
                    indexes.append(alertmanagers.at(i));
                }
            }
            QList<QList<int>> groups = AlertmanagerClusters::group(known);
            for (QList<int> &group : groups) {
                for (int &member : group) {
                    member = indexes.at(member);
                }
            }
            self->sendToClusters(groups, *unreachable, silence, done);
        });
    for (qsizetype i = 0; i < alertmanagers.size(); ++i) {
        const BackendTarget &target = m_targets.at(alertmanagers.at(i));
        BackendClient *client = clientFor(target);
        client->get(QStringLiteral("api/v2/status"),
                    [client, i, target, peers, reachable, unreachable,
                     countdown](const HttpAnswer &answer) {
                        client->deleteLater();
                        QString error = answer.error;
                        if (answer.ok()) {
                            (*peers)[i] = AlertmanagerClusters::peersOf(answer.body, &error);
                        }
                        if (error.isEmpty()) {
                            (*reachable)[i] = true;
                        } else {
                            unreachable->append(
                                QStringLiteral("%1: %2").arg(describe(target.definition), error));
                        }
                        countdown->tick();
                    });
    }
}

void AlarmClient::sendToClusters(const QList<QList<int>> &clusters, const QStringList &unreachable,
                                 const Silence &silence, const Done<SilenceChange> &done)
{
    auto change = std::make_shared<SilenceChange>();
    change->unreachable = unreachable;
    if (clusters.isEmpty()) {
        if (unreachable.isEmpty()) {
            change->errors.append(QCoreApplication::translate(
                "AlarmClient", "no Alertmanager is configured to hold the silence"));
        } else {
            change->errors = unreachable;
            change->unreachable.clear();
        }
        done(*change);
        return;
    }
    auto countdown = std::make_shared<Countdown>(clusters.size(), [change, done] {
        // Left out while another member took it: worth a warning, not a failure. When no
        // cluster took it at all, they are why.
        if (change->changedOn.isEmpty() && change->errors.isEmpty()) {
            change->errors = change->unreachable;
            change->unreachable.clear();
        }
        done(*change);
    });
    const QByteArray body = SilenceParser::toApiJson(silence);
    for (const QList<int> &cluster : clusters) {
        firstThatAnswers(
            cluster,
            [this, body](const BackendTarget &target, const Done<HttpAnswer> &answered) {
                BackendClient *client = clientFor(target);
                client->send("POST", QStringLiteral("api/v2/silences"), body,
                             [client, answered](const HttpAnswer &answer) {
                                 client->deleteLater();
                                 answered(answer);
                             });
            },
            [this, cluster, change, countdown](int member, const QList<HttpAnswer> &answers) {
                // Members tried before the one that answered did not answer.
                for (qsizetype i = 0; i < answers.size(); ++i) {
                    const BackendTarget &target = m_targets.at(cluster.at(i));
                    const HttpAnswer &answer = answers.at(i);
                    QString error = answer.error;
                    const QString id =
                        answer.ok() ? SilenceParser::createdId(answer.body, &error) : QString();
                    const QString name = describe(target.definition);
                    if (error.isEmpty()) {
                        change->changedOn.append(target.source);
                        if (!change->ids.contains(id)) {
                            change->ids.append(id);
                        }
                    } else if (member < 0 || didNotAnswer(answer)) {
                        (member < 0 ? change->errors : change->unreachable)
                            .append(QStringLiteral("%1: %2").arg(name, error));
                    } else {
                        change->errors.append(QStringLiteral("%1: %2").arg(name, error));
                    }
                }
                countdown->tick();
            });
    }
}

void AlarmClient::editSilence(const Silence &silence, const QStringList &holders,
                              const Done<SilenceChange> &done)
{
    QList<int> members = indexesOf(holders);
    if (members.isEmpty()) {
        for (int i = 0; i < m_targets.size(); ++i) {
            if (isAlertmanager(m_targets.at(i))) {
                members.append(i);
            }
        }
    }
    sendToClusters(members.isEmpty() ? QList<QList<int>>{} : QList<QList<int>>{members}, {},
                   silence, done);
}

void AlarmClient::expireSilence(const QString &id, const QStringList &holders,
                                const Done<SilenceChange> &done)
{
    if (holders.isEmpty()) {
        QPointer<AlarmClient> self(this);
        fetchSilences([self, id, done](const FetchedSilences &fetched) {
            if (!self) {
                return;
            }
            for (const Silence &silence : fetched.silences) {
                if (silence.id == id) {
                    self->expireSilence(id, silence.sources, done);
                    return;
                }
            }
            SilenceChange change;
            change.errors = fetched.errors;
            change.errors.prepend(
                QCoreApplication::translate("AlarmClient",
                                            "silence %1 is not held by any of the Alertmanagers")
                    .arg(id));
            done(change);
        });
        return;
    }
    const QList<int> members = indexesOf(holders);
    if (members.isEmpty()) {
        done({{},
              {},
              {},
              {QCoreApplication::translate("AlarmClient",
                                           "silence %1 is not held by any configured Alertmanager")
                   .arg(id)}});
        return;
    }
    firstThatAnswers(
        members,
        [this, id](const BackendTarget &target, const Done<HttpAnswer> &answered) {
            BackendClient *client = clientFor(target);
            client->send("DELETE", silencePath(id), {},
                         [client, answered](const HttpAnswer &answer) {
                             client->deleteLater();
                             answered(answer);
                         });
        },
        [this, id, members, done](int member, const QList<HttpAnswer> &answers) {
            SilenceChange change;
            for (qsizetype i = 0; i < answers.size(); ++i) {
                const BackendTarget &target = m_targets.at(members.at(i));
                const HttpAnswer &answer = answers.at(i);
                const QString failure =
                    QStringLiteral("%1: %2").arg(describe(target.definition), answer.error);
                if (answer.ok()) {
                    change.ids.append(id);
                    change.changedOn.append(target.source);
                } else if (member >= 0 && didNotAnswer(answer)) {
                    change.unreachable.append(failure);
                } else {
                    change.errors.append(failure);
                }
            }
            done(change);
        });
}

} // namespace opsdeck
