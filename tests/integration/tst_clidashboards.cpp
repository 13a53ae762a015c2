#include "commandrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `opsdeck dashboards` as a user would, with a temporary HOME and workspace.
class CliDashboardsTest : public QObject {
    Q_OBJECT

private:
    using Run = opsdeck::test::CommandRun;

    QTemporaryDir m_home;

    Run opsdeck(QStringList arguments) const
    {
        arguments.prepend(m_home.filePath(QStringLiteral("team.opsdeck")));
        arguments.prepend(QStringLiteral("--workspace"));
        return opsdeck::test::runCommand(QStringLiteral(OPSDECK_BINARY), arguments,
                                         {m_home.path(), {}, {}, {}});
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/data/grafana/") + QLatin1String(name);
    }

    static QJsonDocument json(const Run &run)
    {
        QJsonParseError error{};
        QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("not JSON: %s", qPrintable(run.out));
        }
        return document;
    }

    QJsonArray list() const
    {
        const Run run = opsdeck({QStringLiteral("dashboards"), QStringLiteral("list"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        return run.exitCode == 0 ? json(run).array() : QJsonArray();
    }

private Q_SLOTS:
    void aGrafanaDashboardImportsListsAndExports()
    {
        const Run imported = opsdeck({QStringLiteral("dashboards"), QStringLiteral("import"),
                                      fixture("service-overview.json"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QJsonObject answer = json(imported).object();
        const QString id = answer.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        bool heatmapDropped = false;
        for (const auto &entry : answer.value(QStringLiteral("report")).toArray()) {
            heatmapDropped =
                heatmapDropped ||
                (entry[QStringLiteral("where")] == QStringLiteral("panel \"Latency\"") &&
                 entry[QStringLiteral("outcome")] == QStringLiteral("dropped"));
        }
        QVERIFY(heatmapDropped);

        const QJsonArray dashboards = list();
        QCOMPARE(dashboards.size(), 1);
        QCOMPARE(dashboards.at(0)[QStringLiteral("id")].toString(), id);
        QCOMPARE(dashboards.at(0)[QStringLiteral("panels")].toInt(), 7);

        const Run table = opsdeck({QStringLiteral("dashboards"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.startsWith(QStringLiteral("ID")), qPrintable(table.out));
        QVERIFY(table.out.contains(QStringLiteral("Checkout service")));

        // By its exact title, as Opsdeck JSON that imports again as a second dashboard.
        const Run exported = opsdeck({QStringLiteral("dashboards"), QStringLiteral("export"),
                                      QStringLiteral("Checkout service"),
                                      QStringLiteral("--format"), QStringLiteral("opsdeck")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QJsonObject document = json(exported).object();
        QCOMPARE(document[QStringLiteral("id")].toString(), id);
        QCOMPARE(document[QStringLiteral("rows")].toArray().size(), 2);
        const QString copy = m_home.filePath(QStringLiteral("copy.json"));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported.out.toUtf8());
        file.close();
        const Run again = opsdeck({QStringLiteral("dashboards"), QStringLiteral("import"), copy});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(list().size(), 2);

        // As Grafana JSON, by id, which imports again.
        const Run grafana = opsdeck({QStringLiteral("dashboards"), QStringLiteral("export"), id,
                                     QStringLiteral("--format"), QStringLiteral("grafana")});
        QVERIFY2(grafana.exitCode == 0, qPrintable(grafana.err));
        QCOMPARE(json(grafana).object()[QStringLiteral("schemaVersion")].toInt(), 39);
        QCOMPARE(json(grafana).object()[QStringLiteral("title")].toString(),
                 QStringLiteral("Checkout service"));

        // Two now have that title: the id is needed.
        const Run ambiguous = opsdeck({QStringLiteral("dashboards"), QStringLiteral("export"),
                                       QStringLiteral("Checkout service")});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY2(ambiguous.err.contains(QStringLiteral("2 dashboards are titled")),
                 qPrintable(ambiguous.err));
    }

    void theDatasourceNamesAPrometheusBackend()
    {
        const Run added =
            opsdeck({QStringLiteral("backends"), QStringLiteral("add"), QStringLiteral("prom-eu"),
                     QStringLiteral("--kind"), QStringLiteral("prometheus"),
                     QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9/")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const qsizetype before = list().size();
        const Run wrong = opsdeck({QStringLiteral("dashboards"), QStringLiteral("import"),
                                   fixture("old-rows.json"), QStringLiteral("--datasource"),
                                   QStringLiteral("prom-us")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("\"prom-us\"")) &&
                     wrong.err.contains(QStringLiteral("prom-eu")),
                 qPrintable(wrong.err));
        QCOMPARE(list().size(), before);

        const Run imported = opsdeck({QStringLiteral("dashboards"), QStringLiteral("import"),
                                      fixture("old-rows.json"), QStringLiteral("--datasource"),
                                      QStringLiteral("prom-eu"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString id = json(imported).object()[QStringLiteral("id")].toString();
        const Run exported = opsdeck({QStringLiteral("dashboards"), QStringLiteral("export"), id,
                                      QStringLiteral("--format"), QStringLiteral("opsdeck")});
        QCOMPARE(exported.exitCode, 0);
        const Run backends = opsdeck({QStringLiteral("backends"), QStringLiteral("list"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QString backendId;
        for (const auto &backend : json(backends).array()) {
            if (backend[QStringLiteral("name")] == QStringLiteral("prom-eu")) {
                backendId = backend[QStringLiteral("id")].toString();
            }
        }
        QVERIFY(!backendId.isEmpty());
        QCOMPARE(json(exported).object()[QStringLiteral("backendId")].toString(), backendId);
    }

    void aBrokenFileIsRefusedAndNothingIsStored()
    {
        const qsizetype before = list().size();
        const QString path = m_home.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"title\": \"x\",\n \"panels\": [{\"type\": \"stat\", \"title\": 5}]}");
        file.close();
        const Run run = opsdeck({QStringLiteral("dashboards"), QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path + QStringLiteral(": panels[0].title: expected a string")),
                 qPrintable(run.err));
        QCOMPARE(list().size(), before);
    }

    void wrongArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("action") << QStringList{QStringLiteral("frobnicate")}
                                << QStringLiteral("unknown action 'frobnicate'");
        QTest::newRow("no file") << QStringList{QStringLiteral("import")}
                                 << QStringLiteral("needs one FILE");
        QTest::newRow("format") << QStringList{QStringLiteral("export"), QStringLiteral("x"),
                                               QStringLiteral("--format"), QStringLiteral("svg")}
                                << QStringLiteral("unknown format 'svg'");
        QTest::newRow("list as opsdeck")
            << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                           QStringLiteral("opsdeck")}
            << QStringLiteral("--format opsdeck is for 'dashboards export'");
    }

    void wrongArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        arguments.prepend(QStringLiteral("dashboards"));
        const Run run = opsdeck(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(CliDashboardsTest)
#include "tst_clidashboards.moc"
