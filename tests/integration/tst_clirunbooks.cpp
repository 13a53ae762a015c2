#include "commandrun.h"
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built `opsdeck runbooks` as a user would, with a temporary HOME.
class CliRunbooksTest : public QObject {
    Q_OBJECT

private:
    using Run = opsdeck::test::CommandRun;

    QTemporaryDir m_home;
    const QString m_demoFolder = QStringLiteral(OPSDECK_SOURCE_DIR "/resources/demo/runbooks");

    Run opsdeck(const QStringList &arguments, const QString &workingDirectory = {}) const
    {
        return opsdeck::test::runCommand(QStringLiteral(OPSDECK_BINARY), arguments,
                                         {m_home.path(), {}, {}, workingDirectory});
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private Q_SLOTS:
    void listsTheDemoRunbooksAsJson()
    {
        const Run run =
            opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"), QStringLiteral("--folder"),
                     m_demoFolder, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8(), &error).array();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        QCOMPARE(list.size(), 4);
        QStringList titles;
        QStringList keys;
        for (const QJsonValue &value : list) {
            const QJsonObject runbook = value.toObject();
            titles.append(runbook.value(QStringLiteral("title")).toString());
            keys.append(runbook.value(QStringLiteral("key")).toString());
            QVERIFY(runbook.value(QStringLiteral("steps")).toInt() > 0);
            QVERIFY(runbook.value(QStringLiteral("file")).toString().endsWith(keys.last()));
            QVERIFY(runbook.value(QStringLiteral("stale")).isBool());
            // Only the SSM Automation document is read-only.
            QCOMPARE(runbook.value(QStringLiteral("read_only")).toBool(),
                     keys.last().endsWith(QStringLiteral(".yaml")));
        }
        QVERIFY2(titles.contains(QStringLiteral("Checkout error rate high")),
                 qPrintable(titles.join(QLatin1Char(','))));
        QVERIFY2(titles.contains(QStringLiteral("Restart the web service")),
                 qPrintable(titles.join(QLatin1Char(','))));
        QCOMPARE(keys, (QStringList{QStringLiteral("checkout-error-rate.md"),
                                    QStringLiteral("restart-web-service.yaml"),
                                    QStringLiteral("storage/disk-will-fill.md"),
                                    QStringLiteral("target-down.md")}));
        QCOMPARE(run.err, QString());
    }

    void listsAsATable()
    {
        const Run run =
            opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"), QStringLiteral("--folder"),
                     m_demoFolder, QStringLiteral("--format=table")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("TITLE")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("platform-oncall")));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 5);
        QVERIFY(run.out.contains(QStringLiteral("restart-web-service.yaml")));
    }

    void aRelativeFolderWorks()
    {
        const Run run =
            opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"), QStringLiteral("--folder"),
                     QStringLiteral("resources/demo/runbooks")},
                    QStringLiteral(OPSDECK_SOURCE_DIR));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY2(run.out.contains(QStringLiteral("resources/demo/runbooks/target-down.md")),
                 qPrintable(run.out));
    }

    void checkPassesOnTheDemoFolder()
    {
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check"),
                                 QStringLiteral("--folder"), m_demoFolder});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("4 runbooks, all readable\n"));
    }

    void checkNamesBrokenFilesAndFails()
    {
        QTemporaryDir folder;
        QVERIFY(writeFile(folder.filePath(QStringLiteral("good.md")),
                          "---\ntitle: Good\n---\n- [ ] Step\n"));
        const QString broken = folder.filePath(QStringLiteral("sub/broken.md"));
        QVERIFY(writeFile(broken, "---\ntitle: Broken\nlast_reviewed: soon\n---\n"));
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check"),
                                 QStringLiteral("--folder"), folder.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(broken + QStringLiteral(":3: ")), qPrintable(run.out));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 1);

        // list still shows the good one and points at check.
        const Run list = opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"),
                                  QStringLiteral("--folder"), folder.path()});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("Good")));
        QVERIFY2(list.err.contains(QStringLiteral("runbooks check")), qPrintable(list.err));
    }

    void checkNamesBrokenSsmDocuments()
    {
        QTemporaryDir folder;
        QVERIFY(writeFile(folder.filePath(QStringLiteral("good.md")),
                          "---\ntitle: Good\n---\n- [ ] Step\n"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("aws/restart.yaml")),
                          "schemaVersion: '0.3'\ndescription: Restart it\nmainSteps:\n"
                          "  - name: restart\n    action: aws:runCommand\n    inputs:\n"
                          "      Parameters:\n        commands: [systemctl restart web]\n"));
        const QString brokenJson = folder.filePath(QStringLiteral("aws/rotate.json"));
        QVERIFY(writeFile(brokenJson, "{\n  \"schemaVersion\": \"0.3\",\n  \"mainSteps\": [\n"
                                      "    {\"name\": \"rotate\"}\n  ]\n}\n"));
        const QString brokenYaml = folder.filePath(QStringLiteral("old.yml"));
        QVERIFY(writeFile(brokenYaml, "description: x\nschemaVersion: '2.2'\nmainSteps: []\n"));

        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check"),
                                 QStringLiteral("--folder"), folder.path()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out,
                 brokenJson + QStringLiteral(":4: mainSteps[0].action is missing\n") + brokenYaml +
                     QStringLiteral(":2: schemaVersion: expected '0.3' (an Automation document), "
                                    "got '2.2'\n"));

        const Run list =
            opsdeck({QStringLiteral("runbooks"), QStringLiteral("list"), QStringLiteral("--folder"),
                     folder.path(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray runbooks = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(runbooks.size(), 2);
        const QJsonObject ssm = runbooks.at(0).toObject();
        QCOMPARE(ssm.value(QStringLiteral("title")).toString(), QStringLiteral("Restart it"));
        QCOMPARE(ssm.value(QStringLiteral("key")).toString(), QStringLiteral("aws/restart.yaml"));
        QCOMPARE(ssm.value(QStringLiteral("read_only")).toBool(), true);
        QCOMPARE(ssm.value(QStringLiteral("steps")).toInt(), 1);
        QCOMPARE(ssm.value(QStringLiteral("stale")).toBool(), false);
        QVERIFY2(list.err.contains(QStringLiteral("2 runbook files could not be read")),
                 qPrintable(list.err));
    }

    void withoutAFolderItIsAUsageError()
    {
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--folder")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void theFolderSettingIsTheDefault()
    {
        QVERIFY(writeFile(m_home.filePath(QStringLiteral(".config/opsdeck/opsdeck.conf")),
                          "[runbooks]\nfolder=" + m_demoFolder.toUtf8() + "\n"));
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check")});
        QFile::remove(m_home.filePath(QStringLiteral(".config/opsdeck/opsdeck.conf")));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("4 runbooks, all readable\n"));
    }

    void aMissingFolderFails()
    {
        const Run run = opsdeck({QStringLiteral("runbooks"), QStringLiteral("check"),
                                 QStringLiteral("--folder"), QStringLiteral("/nonexistent/rb")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("/nonexistent/rb")), qPrintable(run.err));
    }
};

OPSDECK_TEST_GUILESS_MAIN(CliRunbooksTest)
#include "tst_clirunbooks.moc"
