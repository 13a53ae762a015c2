#include "commandrun.h"
#include "model/incident.h"
#include "model/timelineevent.h"
#include "store/incidentrepository.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the built opsdeck executable as a user would.
class CliTest : public QObject {
    Q_OBJECT

private:
    using Run = opsdeck::test::CommandRun;

    QTemporaryDir m_home;

    // A clean environment: no display at all unless asked for, a temporary HOME.
    Run opsdeck(const QStringList &arguments, const QMap<QString, QString> &extra = {}) const
    {
        return opsdeck::test::runCommand(QStringLiteral(OPSDECK_BINARY), arguments,
                                         {m_home.path(), extra, {}, {}});
    }

private Q_SLOTS:
    void versionNeedsNoDisplay()
    {
        const Run run = opsdeck({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("opsdeck 0.")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Qt 6.")));
    }

    void helpListsOptionsAndCommands()
    {
        const Run run = opsdeck({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--workspace")));
        QVERIFY(run.out.contains(QStringLiteral("--self-test")));
        QVERIFY(run.out.contains(QStringLiteral("info")));
    }

    void badArgumentsPrintOneLineAndExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("option") << QStringList{QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("level") << QStringList{QStringLiteral("--log-level=loud")} << "loud";
        QTest::newRow("language") << QStringList{QStringLiteral("--lang=xx")} << "xx";
        QTest::newRow("command") << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
        QTest::newRow("command option")
            << QStringList{QStringLiteral("info"), QStringLiteral("--format=xml")} << "xml";
    }

    void badArgumentsPrintOneLineAndExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = opsdeck(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.startsWith(QStringLiteral("opsdeck: ")) && run.err.contains(mentions),
                 qPrintable(run.err));
    }

    void errorsFollowTheLocaleAndLang()
    {
        const Run byLocale = opsdeck({QStringLiteral("--bogus")},
                                     {{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")},
                                      {QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
        QCOMPARE(byLocale.exitCode, 2);
        QVERIFY2(byLocale.err.contains(QStringLiteral("siehe")), qPrintable(byLocale.err));
        const Run byOption = opsdeck(
            {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--log-level=loud")});
        QVERIFY2(byOption.err.contains(QStringLiteral("unbekannte Protokollstufe")),
                 qPrintable(byOption.err));
    }

    void infoRunsHeadlessAsJson()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("ops.opsdeck"));
        const Run run = opsdeck({QStringLiteral("--workspace"), workspace, QStringLiteral("info"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error{};
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        QCOMPARE(info.value(QStringLiteral("workspace")).toString(), workspace);
        QVERIFY(info.value(QStringLiteral("log_file")).toString().startsWith(m_home.path()));
        QVERIFY(info.value(QStringLiteral("settings_file")).toString().startsWith(m_home.path()));
        QVERIFY2(!run.err.contains(QStringLiteral("[info]")), "headless stderr stays quiet");
    }

    // `opsdeck` links core only, so that a command starts without loading the widgets, fonts
    // and image formats; the window and the commands that paint are the console executable's.
    void headlessCommandsLoadNoWidgets()
    {
        // LD_DEBUG=files names on stderr every library the dynamic loader opens.
        const Run run = opsdeck({QStringLiteral("info")},
                                {{QStringLiteral("LD_DEBUG"), QStringLiteral("files")}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("file=libQt6Core.so")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("file=libQt6Network.so")));
        QVERIFY2(!run.err.contains(QStringLiteral("libQt6Gui.so")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("libQt6Widgets.so")));
    }

    void aMissingConsoleExecutableIsNamed()
    {
        QTemporaryDir alone;
        QVERIFY(QDir(alone.path()).mkpath(QStringLiteral("bin")));
        const QString copy = alone.filePath(QStringLiteral("bin/opsdeck"));
        QVERIFY(QFile::copy(QStringLiteral(OPSDECK_BINARY), copy));
        const opsdeck::test::CommandOptions options{m_home.path(), {}, {}, {}};
        const Run window =
            opsdeck::test::runCommand(copy, {QStringLiteral("--self-test")}, options);
        QCOMPARE(window.exitCode, 1);
        // The installed layout, from where the copy really is (the temporary folder may be
        // reached through a symbolic link).
        const QString expected =
            QDir::cleanPath(QFileInfo(copy).canonicalPath() +
                            QStringLiteral("/../libexec/opsdeck/opsdeck-console"));
        QVERIFY2(
            window.err.contains(QStringLiteral("cannot start the console executable ") + expected),
            qPrintable(window.err));
        // The headless commands are its own.
        const Run info = opsdeck::test::runCommand(copy, {QStringLiteral("info")}, options);
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    }

    void selfTestBuildsTheWindowOffscreen()
    {
        const Run run = opsdeck({QStringLiteral("--self-test")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral(" passed, 0 failed")), qPrintable(run.out));
    }

    void langDeSpeaksGerman()
    {
        const Run help =
            opsdeck({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Diese Hilfe anzeigen und beenden.")),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("Befehle:")));
        QVERIFY(help.out.contains(QStringLiteral("Optionen:"))); // Qt's own part, from qtbase_de
        const Run selfTest = opsdeck({QStringLiteral("--self-test"), QStringLiteral("--lang=de")});
        QCOMPARE(selfTest.exitCode, 0);
    }

    void workspaceCommandsRunHeadless()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("source.opsdeck"));
        const QString bundle = dir.filePath(QStringLiteral("bundle.json"));
        {
            QString error;
            auto store = opsdeck::WorkspaceStore::open(source, &error);
            QVERIFY2(store, qPrintable(error));
            opsdeck::Incident incident;
            incident.title = QStringLiteral("Payments degraded");
            QVERIFY(opsdeck::IncidentRepository(*store).create(incident, &error));
            QList<opsdeck::TimelineEvent> events(4);
            for (auto &event : events) {
                event.incidentId = incident.id;
                event.text = QStringLiteral("note");
            }
            QVERIFY(opsdeck::TimelineRepository(*store).appendBatch(events, &error));
        }
        Run run = opsdeck({QStringLiteral("--workspace"), source, QStringLiteral("workspace"),
                           QStringLiteral("export"), bundle});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QString copy = dir.filePath(QStringLiteral("copy.opsdeck"));
        run = opsdeck({QStringLiteral("--workspace"), copy, QStringLiteral("workspace"),
                       QStringLiteral("import"), bundle});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = opsdeck({QStringLiteral("--workspace"), copy, QStringLiteral("workspace"),
                       QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("counts"))
                                       .toObject();
        QCOMPARE(counts.value(QStringLiteral("incidents")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("timeline_events")).toInt(), 4);
        run = opsdeck({QStringLiteral("--workspace"), copy, QStringLiteral("workspace"),
                       QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("0 problems")));
    }

    void workspaceCommandsExplainBadFiles()
    {
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.opsdeck"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shift handover notes\n");
        file.close();
        Run run = opsdeck({QStringLiteral("--workspace"), notes, QStringLiteral("workspace"),
                           QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not an Opsdeck workspace")), qPrintable(run.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("shift handover notes\n"));
        file.close();

        const QString bundle = dir.filePath(QStringLiteral("bad.json"));
        QFile bad(bundle);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\":\"opsdeck-workspace-bundle\",\"schema\":1,\"incidents\":[{"
                  "\"schema\":1}]}");
        bad.close();
        run = opsdeck({QStringLiteral("--workspace"), dir.filePath(QStringLiteral("new.opsdeck")),
                       QStringLiteral("workspace"), QStringLiteral("import"), bundle});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("incidents[0].id: is missing")),
                 qPrintable(run.err));
        run = opsdeck({QStringLiteral("workspace"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
    }

    void logFileIsWrittenInTheDataFolder()
    {
        const Run run =
            opsdeck({QStringLiteral("--self-test"), QStringLiteral("--log-level=debug")});
        QCOMPARE(run.exitCode, 0);
        QFile log(m_home.filePath(QStringLiteral(".local/share/opsdeck/logs/opsdeck.log")));
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QStringLiteral("[info] [app] Opsdeck ")),
                 qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("[debug] [app] self-test ok: ")));
    }
};

OPSDECK_TEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
