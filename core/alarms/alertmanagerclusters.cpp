#include "alarms/alertmanagerclusters.h"

#include "model/json.h"

#include <QCoreApplication>
#include <QHash>

#include <numeric>

namespace opsdeck {

QStringList AlertmanagerClusters::peersOf(const QByteArray &statusBody, QString *error)
{
    Json document;
    try {
        document = Json::parse(statusBody.constData(), statusBody.constData() + statusBody.size());
    } catch (const Json::exception &) {
        *error = QCoreApplication::translate("AlarmClient", "the status answer is not JSON");
        return {};
    }
    QStringList peers;
    if (!document.is_object() || !document.contains("cluster") ||
        !document.at("cluster").is_object()) {
        return peers;
    }
    const Json &cluster = document.at("cluster");
    if (cluster.contains("peers") && cluster.at("peers").is_array()) {
        for (const Json &peer : cluster.at("peers")) {
            if (peer.is_object() && peer.contains("name") && peer.at("name").is_string()) {
                peers.append(QString::fromStdString(peer.at("name").get<std::string>()));
            }
        }
    }
    return peers;
}

QList<QList<int>> AlertmanagerClusters::group(const QList<QStringList> &peersPerTarget)
{
    // Union-find over the targets, joined by the peer names they share.
    QList<int> parent(peersPerTarget.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int index) {
        while (parent.at(index) != index) {
            index = parent[index] = parent.at(parent.at(index));
        }
        return index;
    };
    QHash<QString, int> firstWithPeer;
    for (int i = 0; i < peersPerTarget.size(); ++i) {
        for (const QString &peer : peersPerTarget.at(i)) {
            const auto seen = firstWithPeer.constFind(peer);
            if (seen == firstWithPeer.cend()) {
                firstWithPeer.insert(peer, i);
            } else {
                parent[root(i)] = root(*seen);
            }
        }
    }
    QList<QList<int>> result;
    QHash<int, qsizetype> clusterOfRoot;
    for (int i = 0; i < peersPerTarget.size(); ++i) {
        const int top = root(i);
        const auto known = clusterOfRoot.constFind(top);
        if (known == clusterOfRoot.cend()) {
            clusterOfRoot.insert(top, result.size());
            result.append(QList<int>{i});
        } else {
            result[*known].append(i);
        }
    }
    return result;
}

} // namespace opsdeck
