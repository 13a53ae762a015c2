#include "alarms/alertmanagerclusters.h"
#include "testhome.h"

#include <QTest>

using opsdeck::AlertmanagerClusters;

// The HA rules that need no server: which Alertmanagers are one cluster, read from
// their /api/v2/status answers. The exchanges themselves are tested against a real HA pair
// (tst_alertmanagerha).
class AlarmClientTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clusterPeersAreReadFromTheStatus()
    {
        QString error;
        const QByteArray clustered = R"({"cluster":{"name":"A","status":"ready",
            "peers":[{"address":"127.0.0.1:9094","name":"A"},{"address":"127.0.0.1:9095","name":"B"}]},
            "versionInfo":{"version":"0.25.0"}})";
        QCOMPARE(AlertmanagerClusters::peersOf(clustered, &error),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(error.isEmpty());

        // Clustering off: no peers, a cluster of its own.
        QVERIFY(AlertmanagerClusters::peersOf(R"({"cluster":{"status":"disabled"}})", &error)
                    .isEmpty());
        QVERIFY(error.isEmpty());
        // Odd shapes are no peers, not a crash.
        QVERIFY(
            AlertmanagerClusters::peersOf(R"({"cluster":{"peers":[1,{"name":7},null]}})", &error)
                .isEmpty());
        QVERIFY(AlertmanagerClusters::peersOf(R"([1,2])", &error).isEmpty());
        QVERIFY(error.isEmpty());

        QVERIFY(AlertmanagerClusters::peersOf("<html>proxy error</html>", &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("not JSON")));
    }

    void targetsSharingAPeerAreOneCluster()
    {
        const QString a = QStringLiteral("A");
        const QString b = QStringLiteral("B");
        const QString c = QStringLiteral("C");
        const QString d = QStringLiteral("D");
        // 0 and 2 are a pair, 1 is alone (clustering off), 3 and 4 are a pair that 4 sees
        // only partly (it has not met 3's other peer yet), 5 is the same instance as 0 under
        // another URL.
        const QList<QList<int>> clusters =
            AlertmanagerClusters::group({{a, b}, {}, {b, a}, {c, d}, {d}, {a, b}});
        QCOMPARE(clusters, (QList<QList<int>>{{0, 2, 5}, {1}, {3, 4}}));

        QVERIFY(AlertmanagerClusters::group({}).isEmpty());
        QCOMPARE(AlertmanagerClusters::group({{}, {}}), (QList<QList<int>>{{0}, {1}}));
        // A chain: 0 meets 1 through B, 1 meets 2 through C.
        QCOMPARE(AlertmanagerClusters::group({{a, b}, {b, c}, {c, d}}),
                 (QList<QList<int>>{{0, 1, 2}}));
    }
};

OPSDECK_TEST_GUILESS_MAIN(AlarmClientTest)
#include "tst_alarmclient.moc"
