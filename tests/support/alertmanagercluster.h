#pragma once

#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace opsdeck::test {

// Real Alertmanagers (Debian's binary) gossiping as one HA cluster on loopback, each with its
// own data folder. Stopped by process id when destroyed, and by the kernel if the test dies.
class AlertmanagerCluster {
public:
    AlertmanagerCluster();
    ~AlertmanagerCluster();
    AlertmanagerCluster(const AlertmanagerCluster &) = delete;
    AlertmanagerCluster &operator=(const AlertmanagerCluster &) = delete;

    // Starts `members` Alertmanagers and waits until each answers /-/ready and lists every
    // member as its peer. On failure `error` says which and what it printed.
    bool start(int members, QString *error, int readyTimeoutMs = 60000);
    void stop(int member);

    int size() const { return int(m_members.size()); }
    QUrl url(int member) const;

private:
    struct Member {
        quint16 webPort = 0;
        quint16 clusterPort = 0;
        std::unique_ptr<QProcess> process;
    };

    QTemporaryDir m_dir;
    QList<std::shared_ptr<Member>> m_members;
};

} // namespace opsdeck::test
