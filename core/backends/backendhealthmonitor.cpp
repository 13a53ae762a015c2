#include "backends/backendhealthmonitor.h"

#include "logging/logging.h"

#include <QTimer>

#include <spdlog/logger.h>

namespace opsdeck {

BackendHealthMonitor::BackendHealthMonitor(QList<BackendEndpoint> endpoints, QObject *parent)
    : QObject(parent)
    , m_probe(new BackendProbe(this))
    , m_timer(new QTimer(this))
{
    for (BackendEndpoint &endpoint : endpoints) {
        m_health.append({std::move(endpoint), BackendHealth::State::Unknown, {}, {}});
    }
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &BackendHealthMonitor::probeAll);
}

void BackendHealthMonitor::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void BackendHealthMonitor::setTimeout(int milliseconds)
{
    m_probe->setTimeout(milliseconds);
}

void BackendHealthMonitor::start()
{
    probeAll();
    m_timer->start();
}

void BackendHealthMonitor::probeAll()
{
    for (int index = 0; index < m_health.size(); ++index) {
        // One probe per backend at a time, so an old answer never overwrites a newer one.
        if (m_inFlight.contains(index)) {
            continue;
        }
        m_inFlight.insert(index);
        m_probe->probe(m_health.at(index).endpoint, [this, index](const ProbeResult &result) {
            m_inFlight.remove(index);
            BackendHealth &health = m_health[index];
            const BackendHealth::State previous = health.state;
            health.lastProbe = result;
            if (result.ok) {
                health.state = BackendHealth::State::Ok;
                health.lastSuccess = result.finishedAt;
            } else {
                health.state =
                    result.answered ? BackendHealth::State::Degraded : BackendHealth::State::Down;
            }
            if (health.state != previous) {
                const auto log =
                    logging::component("backend:" + health.endpoint.name.toStdString());
                if (result.ok) {
                    log->info("{} {} answers at {}",
                              BackendEndpoint::kindName(health.endpoint.kind).toStdString(),
                              result.version.toStdString(),
                              health.endpoint.url.toDisplayString().toStdString());
                } else {
                    log->warn("{}: {}", health.endpoint.url.toDisplayString().toStdString(),
                              result.error.toStdString());
                }
            }
            Q_EMIT healthChanged(index);
        });
    }
}

} // namespace opsdeck
