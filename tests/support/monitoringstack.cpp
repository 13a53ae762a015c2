#include "monitoringstack.h"

#include "childprocess.h"
#include "httpfetch.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTest>

namespace opsdeck::test {
namespace {

QString demoFile(const QString &name)
{
    return QStringLiteral(OPSDECK_SOURCE_DIR "/resources/demo/") + name;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

} // namespace

MonitoringStack::MonitoringStack() = default;

MonitoringStack::~MonitoringStack()
{
    stopPrometheus();
    stopAlertmanager();
}

quint16 MonitoringStack::freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

bool MonitoringStack::start(QString *error, int readyTimeoutMs)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    // A port found free can be taken before the server binds it (another test's stack, an
    // outgoing connection): try again with new ports.
    for (int attempt = 1; attempt <= 3; ++attempt) {
        m_prometheusPort = freeLoopbackPort();
        m_alertmanagerPort = freeLoopbackPort();
        m_downPort = freeLoopbackPort();
        if (startAlertmanager(error, readyTimeoutMs) && startPrometheus(error, readyTimeoutMs)) {
            return true;
        }
        stopPrometheus();
        stopAlertmanager();
    }
    return false;
}

bool MonitoringStack::startAlertmanager(QString *error, int readyTimeoutMs)
{
    const QString storage = m_dir.filePath(QStringLiteral("alertmanager"));
    QDir().mkpath(storage);
    m_alertmanager = std::make_unique<QProcess>();
    return launch(*m_alertmanager, QStringLiteral("prometheus-alertmanager"),
                  {QStringLiteral("--config.file=") + demoFile(QStringLiteral("alertmanager.yml")),
                   QStringLiteral("--storage.path=") + storage,
                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_alertmanagerPort),
                   QStringLiteral("--cluster.listen-address=")},
                  alertmanagerUrl().resolved(QUrl(QStringLiteral("-/ready"))), readyTimeoutMs,
                  error);
}

bool MonitoringStack::startPrometheus(QString *error, int readyTimeoutMs)
{
    QFile templateFile(demoFile(QStringLiteral("prometheus.yml.in")));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(templateFile.fileName());
        return false;
    }
    QByteArray config = templateFile.readAll();
    config.replace("@PROMETHEUS_PORT@", QByteArray::number(m_prometheusPort));
    config.replace("@ALERTMANAGER_PORT@", QByteArray::number(m_alertmanagerPort));
    config.replace("@DOWN_PORT@", QByteArray::number(m_downPort));
    config.replace("@RULES_FILE@", demoFile(QStringLiteral("alerts.rules.yml")).toUtf8());
    const QString configPath = m_dir.filePath(QStringLiteral("prometheus.yml"));
    if (!writeFile(configPath, config)) {
        *error = QStringLiteral("cannot write %1").arg(configPath);
        return false;
    }
    m_prometheus = std::make_unique<QProcess>();
    return launch(*m_prometheus, QStringLiteral("prometheus"),
                  {QStringLiteral("--config.file=") + configPath,
                   QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort),
                   // The default resend delay holds alerts back for a minute.
                   QStringLiteral("--rules.alert.resend-delay=1s")},
                  prometheusUrl().resolved(QUrl(QStringLiteral("-/ready"))), readyTimeoutMs, error);
}

bool MonitoringStack::launch(QProcess &process, const QString &program,
                             const QStringList &arguments, const QUrl &readyUrl, int readyTimeoutMs,
                             QString *error)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    endWithParent(process);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return false;
    }
    bool ready = false;
    // Stops waiting as soon as the server has exited (e.g. its port was taken).
    const bool settled = QTest::qWaitFor(
        [&process, &readyUrl, &ready] {
            ready = process.state() == QProcess::Running && httpGet(readyUrl, 1000).status == 200;
            return ready || process.state() != QProcess::Running;
        },
        readyTimeoutMs);
    if (!settled || !ready) {
        *error = QStringLiteral("%1 was not ready at %2 within %3 ms; it printed:\n%4")
                     .arg(program, readyUrl.toString())
                     .arg(readyTimeoutMs)
                     .arg(QString::fromUtf8(process.readAll().right(4000)));
        stopByProcessId(process);
        return false;
    }
    return true;
}

void MonitoringStack::stopAlertmanager()
{
    if (m_alertmanager) {
        stopByProcessId(*m_alertmanager);
    }
}

void MonitoringStack::stopPrometheus()
{
    if (m_prometheus) {
        stopByProcessId(*m_prometheus);
    }
}

QUrl MonitoringStack::prometheusUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_prometheusPort));
}

QUrl MonitoringStack::alertmanagerUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_alertmanagerPort));
}

qint64 MonitoringStack::prometheusPid() const
{
    return m_prometheus ? m_prometheus->processId() : 0;
}

qint64 MonitoringStack::alertmanagerPid() const
{
    return m_alertmanager ? m_alertmanager->processId() : 0;
}

} // namespace opsdeck::test
