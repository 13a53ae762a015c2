#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace opsdeck {

// Which Alertmanagers form one cluster (HA): members gossip silences to each other, so a new
// silence goes to one member of each. Read from each Alertmanager's /api/v2/status.
class AlertmanagerClusters {
public:
    // The peer names of an /api/v2/status answer (empty when clustering is off).
    static QStringList peersOf(const QByteArray &statusBody, QString *error);
    // The members of one cluster, as indexes into `peersPerTarget` (each target's peer names):
    // targets that share a peer are one cluster. Targets with no peers are clusters of their
    // own. In the targets' order.
    static QList<QList<int>> group(const QList<QStringList> &peersPerTarget);
};

} // namespace opsdeck
