#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace opsdeck::test {

// A real Prometheus and a real Alertmanager (Debian's binaries) on free loopback ports, with
// temporary data folders and the demo rules from resources/demo. Stopped by process id when
// the fixture is destroyed, and by the kernel (parent-death signal) if the test process dies.
class MonitoringStack {
public:
    MonitoringStack();
    ~MonitoringStack();
    MonitoringStack(const MonitoringStack &) = delete;
    MonitoringStack &operator=(const MonitoringStack &) = delete;

    // Starts both servers and waits until each answers /-/ready. On failure `error` says which
    // and what it printed.
    bool start(QString *error, int readyTimeoutMs = 30000);

    bool startAlertmanager(QString *error, int readyTimeoutMs = 30000);
    void stopAlertmanager();
    void stopPrometheus();

    QUrl prometheusUrl() const;
    QUrl alertmanagerUrl() const;
    qint64 prometheusPid() const;
    qint64 alertmanagerPid() const;

    static quint16 freeLoopbackPort();

private:
    bool startPrometheus(QString *error, int readyTimeoutMs);
    bool launch(QProcess &process, const QString &program, const QStringList &arguments,
                const QUrl &readyUrl, int readyTimeoutMs, QString *error);

    QTemporaryDir m_dir;
    quint16 m_prometheusPort = 0;
    quint16 m_alertmanagerPort = 0;
    quint16 m_downPort = 0;
    std::unique_ptr<QProcess> m_prometheus;
    std::unique_ptr<QProcess> m_alertmanager;
};

} // namespace opsdeck::test
