#include "alarms/backendpoller.h"

#include "alarms/alertparser.h"
#include "alarms/silenceparser.h"
#include "logging/logging.h"

#include <QRandomGenerator>
#include <QTimer>

#include <spdlog/logger.h>

namespace opsdeck {
namespace {

constexpr int kMaxBackoffMs = 5 * 60 * 1000;

} // namespace

BackendPoller::BackendPoller(const BackendDefinition &definition, const QString &secret,
                             QObject *parent)
    : QObject(parent)
    , m_client(new BackendClient(definition, secret, this))
    , m_timer(new QTimer(this))
    , m_probeTimer(new QTimer(this))
    , m_parsing(this)
{
    qRegisterMetaType<QList<Alert>>();
    qRegisterMetaType<QList<Silence>>();
    m_health.backendId = definition.id;
    m_health.endpoint = m_client->endpoint();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BackendPoller::pollNow);
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &BackendPoller::probe);
}

int BackendPoller::delayMs(int intervalMs, int failures, double jitter)
{
    // Backing off never polls more often than the backend's own interval.
    const qint64 cap = std::max<qint64>(kMaxBackoffMs, intervalMs);
    qint64 delay = intervalMs;
    for (int i = 0; i < failures && delay < cap; ++i) {
        delay *= 2;
    }
    delay = std::min(delay, cap);
    return int(double(delay) * std::clamp(jitter, 0.8, 1.2));
}

void BackendPoller::start()
{
    pollNow();
}

void BackendPoller::pollNow()
{
    if (m_pending > 0) {
        // Asked during a poll (a silence was just saved): its answer may predate the change,
        // so one more poll follows right after.
        m_pollAgain = true;
        return;
    }
    m_pollAgain = false;
    m_timer->stop();
    m_probeTimer->stop();
    const bool alertmanager = m_health.endpoint.kind == BackendEndpoint::Kind::Alertmanager;
    m_pending = alertmanager ? 2 : 1;
    m_failed = false;
    m_answered = false;
    m_problems.clear();
    m_latencyMs = 0;
    const QString id = definition().id;
    const QString base = m_health.endpoint.url.toDisplayString();

    if (m_health.version.isEmpty() || m_health.state != BackendHealth::State::Ok) {
        m_client->fetchVersion([this](const HttpAnswer &, const QString &version) {
            if (!version.isEmpty() && version != m_health.version) {
                m_health.version = version;
                Q_EMIT healthChanged();
            }
        });
    }

    const QString where =
        base + (alertmanager ? QStringLiteral("api/v2/alerts") : QStringLiteral("api/v1/alerts"));
    const auto received = [this, where](const ParsedAlerts &parsed, qint64 latency) {
        if (!parsed.ok()) {
            m_failed = true;
            finishPart(QStringLiteral("%1: %2").arg(where, parsed.error), {}, latency);
            return;
        }
        m_answered = true;
        m_health.alertCount = int(parsed.alerts.size());
        Q_EMIT alertsReceived(parsed.alerts);
        QStringList warnings;
        for (const QString &warning : parsed.warnings) {
            warnings.append(QStringLiteral("%1: %2").arg(where, warning));
        }
        finishPart({}, warnings, latency);
    };
    const auto failed = [this, where](const HttpAnswer &answer) {
        m_failed = true;
        finishPart(QStringLiteral("%1: %2").arg(where, answer.error), {}, answer.latencyMs);
    };
    if (alertmanager) {
        // One poll at a time per backend: the cache is never used by two readers at once, and
        // no answer of an older poll can arrive.
        m_alertPipe = std::make_unique<AlertAnswerPipe>(this, id, m_parseCache);
        m_client->getStreamed(
            QStringLiteral("api/v2/alerts"),
            [pipe = m_alertPipe.get()](const QByteArray &piece) { pipe->add(piece); },
            [this, received, failed](const HttpAnswer &answer) {
                if (!answer.ok()) {
                    m_alertPipe->abandon();
                    failed(answer);
                    return;
                }
                m_alertPipe->finish([received, latency = answer.latencyMs](
                                        const ParsedAlerts &parsed) { received(parsed, latency); });
            });
    } else {
        m_client->get(QStringLiteral("api/v1/alerts"),
                      [this, id, received, failed](const HttpAnswer &answer) {
                          if (!answer.ok()) {
                              failed(answer);
                              return;
                          }
                          m_parsing.startAlongside(
                              [body = answer.body, id](const CancelToken &) {
                                  return AlertParser::parsePrometheus(body, id);
                              },
                              [received, latency = answer.latencyMs](const ParsedAlerts &parsed) {
                                  received(parsed, latency);
                              });
                      });
    }
    if (!alertmanager) {
        return;
    }
    const QString silencesPath = QStringLiteral("api/v2/silences");
    m_client->get(silencesPath, [this, id, where = base + silencesPath](const HttpAnswer &answer) {
        if (!answer.ok()) {
            finishPart(QStringLiteral("%1: %2").arg(where, answer.error), {}, answer.latencyMs);
            return;
        }
        m_parsing.startAlongside(
            [body = answer.body, id](const CancelToken &) {
                return SilenceParser::parse(body, id);
            },
            [this, where, latency = answer.latencyMs](const ParsedSilences &parsed) {
                if (!parsed.ok()) {
                    finishPart(QStringLiteral("%1: %2").arg(where, parsed.error), {}, latency);
                    return;
                }
                Q_EMIT silencesReceived(parsed.silences);
                QStringList warnings;
                for (const QString &warning : parsed.warnings) {
                    warnings.append(QStringLiteral("%1: %2").arg(where, warning));
                }
                finishPart({}, warnings, latency);
            });
    });
}

void BackendPoller::finishPart(const QString &error, const QStringList &warnings, qint64 latencyMs)
{
    if (!error.isEmpty()) {
        m_problems.append(error);
    }
    m_problems.append(warnings);
    m_latencyMs = std::max(m_latencyMs, latencyMs);
    if (--m_pending > 0) {
        return;
    }
    const BackendHealth::State previous = m_health.state;
    const QString previousError = m_health.error;
    m_health.lastPoll = QDateTime::currentDateTimeUtc();
    m_health.latencyMs = m_latencyMs;
    m_health.error = m_problems.join(QLatin1Char('\n'));
    if (m_failed || !m_answered) {
        m_health.state = BackendHealth::State::Down;
        ++m_health.failures;
    } else {
        m_health.state =
            m_problems.isEmpty() ? BackendHealth::State::Ok : BackendHealth::State::Degraded;
        m_health.lastSuccess = m_health.lastPoll;
        m_health.failures = 0;
    }
    if (m_health.state != previous || m_health.error != previousError) {
        const auto log = logging::component("backend:" + definition().name.toStdString());
        if (m_health.state == BackendHealth::State::Ok) {
            log->info("{} answers: {} alerts in {} ms",
                      m_health.endpoint.url.toDisplayString().toStdString(), m_health.alertCount,
                      m_health.latencyMs);
        } else {
            log->warn("{}", m_health.error.toStdString());
        }
    }
    Q_EMIT healthChanged();
    schedule();
}

void BackendPoller::schedule()
{
    if (m_pollAgain) {
        QTimer::singleShot(0, this, &BackendPoller::pollNow);
        return;
    }
    const int interval = intervalMs();
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_timer->start(m_health.failures == 0 ? interval
                                          : delayMs(interval, m_health.failures, jitter));
    if (m_health.failures > 0 && m_timer->remainingTime() > interval) {
        m_probeTimer->start(interval);
    }
}

int BackendPoller::intervalMs() const
{
    return std::max(1, definition().intervalSeconds) * 1000;
}

void BackendPoller::probe()
{
    // While backing off, a small request at the usual interval asks whether the server is
    // back: the full poll that follows at once brings the backend back within an interval of
    // the fault's end, without sending a struggling server whole polls meanwhile.
    if (isPolling() || m_health.failures == 0) {
        return;
    }
    m_client->fetchVersion([this](const HttpAnswer &answer, const QString &) {
        if (isPolling() || m_health.failures == 0) {
            return;
        }
        if (answer.ok()) {
            pollNow();
        } else if (m_timer->remainingTime() > intervalMs()) {
            m_probeTimer->start(intervalMs());
        }
    });
}

} // namespace opsdeck
