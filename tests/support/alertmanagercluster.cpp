#include "alertmanagercluster.h"

#include "childprocess.h"
#include "httpfetch.h"
#include "monitoringstack.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace opsdeck::test {
namespace {

int peerCount(const QUrl &url)
{
    const HttpResult status = httpGet(url.resolved(QUrl(QStringLiteral("api/v2/status"))), 1000);
    return int(QJsonDocument::fromJson(status.body)
                   .object()
                   .value(QStringLiteral("cluster"))
                   .toObject()
                   .value(QStringLiteral("peers"))
                   .toArray()
                   .size());
}

} // namespace

AlertmanagerCluster::AlertmanagerCluster() = default;

AlertmanagerCluster::~AlertmanagerCluster()
{
    for (int member = 0; member < size(); ++member) {
        stop(member);
    }
}

QUrl AlertmanagerCluster::url(int member) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_members.at(member)->webPort));
}

void AlertmanagerCluster::stop(int member)
{
    if (m_members.at(member)->process) {
        stopByProcessId(*m_members.at(member)->process);
    }
}

bool AlertmanagerCluster::start(int members, QString *error, int readyTimeoutMs)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    for (int i = 0; i < members; ++i) {
        auto member = std::make_shared<Member>();
        member->webPort = MonitoringStack::freeLoopbackPort();
        member->clusterPort = MonitoringStack::freeLoopbackPort();
        m_members.append(member);
    }
    for (int i = 0; i < members; ++i) {
        Member &member = *m_members.at(i);
        const QString storage = m_dir.filePath(QStringLiteral("am%1").arg(i));
        QDir().mkpath(storage);
        QStringList arguments = {
            QStringLiteral("--config.file=" OPSDECK_SOURCE_DIR "/resources/demo/alertmanager.yml"),
            QStringLiteral("--storage.path=") + storage,
            QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(member.webPort),
            QStringLiteral("--cluster.listen-address=127.0.0.1:%1").arg(member.clusterPort)};
        for (int other = 0; other < members; ++other) {
            if (other != i) {
                arguments.append(QStringLiteral("--cluster.peer=127.0.0.1:%1")
                                     .arg(m_members.at(other)->clusterPort));
            }
        }
        member.process = std::make_unique<QProcess>();
        member.process->setProcessChannelMode(QProcess::MergedChannels);
        endWithParent(*member.process);
        member.process->start(QStringLiteral("prometheus-alertmanager"), arguments);
        if (!member.process->waitForStarted(10000)) {
            *error = QStringLiteral("Alertmanager %1 did not start: %2")
                         .arg(i)
                         .arg(member.process->errorString());
            return false;
        }
    }
    for (int i = 0; i < members; ++i) {
        QProcess &process = *m_members.at(i)->process;
        const QUrl base = url(i);
        bool joined = false;
        (void)QTest::qWaitFor(
            [&] {
                joined =
                    process.state() == QProcess::Running &&
                    httpGet(base.resolved(QUrl(QStringLiteral("-/ready"))), 1000).status == 200 &&
                    peerCount(base) == members;
                return joined || process.state() != QProcess::Running;
            },
            readyTimeoutMs);
        if (!joined) {
            *error = QStringLiteral("Alertmanager %1 at %2 did not join its %3 peers within %4 "
                                    "ms; it printed:\n%5")
                         .arg(i)
                         .arg(base.toString())
                         .arg(members)
                         .arg(readyTimeoutMs)
                         .arg(QString::fromUtf8(process.readAll().right(4000)));
            return false;
        }
    }
    return true;
}

} // namespace opsdeck::test
