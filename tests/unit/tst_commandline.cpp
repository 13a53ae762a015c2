#include "commandline.h"
#include "testhome.h"
#include "workspace/workspacelocation.h"

#include <QTemporaryDir>
#include <QTest>

using opsdeck::app::CommandLine;
using Action = opsdeck::app::CommandLineResult::Action;

class CommandLineTest : public QObject {
    Q_OBJECT

private:
    static opsdeck::app::CommandLineResult parse(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("opsdeck"));
        return CommandLine::parse(arguments);
    }

private Q_SLOTS:
    void noArgumentsOpensTheDefaultWorkspace()
    {
        const auto result = parse({});
        QCOMPARE(result.action, Action::Run);
        QCOMPARE(result.options.workspacePath, opsdeck::WorkspaceLocation::defaultPath());
        QCOMPARE(result.options.logLevel, spdlog::level::info);
        QVERIFY(result.options.subcommand.isEmpty());
        QVERIFY(!result.options.selfTest);
    }

    void globalOptionsAreRead()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("team.opsdeck"));
        const auto result = parse({QStringLiteral("--workspace"), workspace,
                                   QStringLiteral("--log-level=debug"), QStringLiteral("--lang"),
                                   QStringLiteral("de_AT"), QStringLiteral("--self-test")});
        QCOMPARE(result.action, Action::Run);
        QCOMPARE(result.options.workspacePath, workspace);
        QCOMPARE(result.options.logLevel, spdlog::level::debug);
        QCOMPARE(result.options.language, QStringLiteral("de"));
        QVERIFY(result.options.selfTest);
    }

    void helpAndVersion()
    {
        QCOMPARE(parse({QStringLiteral("--help")}).action, Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("-h")}).action, Action::ShowHelp);
        QCOMPARE(parse({QStringLiteral("--version")}).action, Action::ShowVersion);
        QVERIFY(CommandLine::versionText().startsWith(QStringLiteral("opsdeck 0.")));
        const QString help = CommandLine::helpText();
        for (const char *expected :
             {"--workspace", "--log-level", "--lang", "--self-test", "info"}) {
            QVERIFY2(help.contains(QLatin1String(expected)), expected);
        }
        QVERIFY2(!help.contains(QLatin1String("-platform")), "Qt's options stay out of the help");
    }

    void badArgumentsAreErrorsThatSayWhat_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("missing value") << QStringList{QStringLiteral("--workspace")} << "workspace";
        QTest::newRow("bad level")
            << QStringList{QStringLiteral("--log-level"), QStringLiteral("loud")} << "loud";
        QTest::newRow("bad language")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")} << "xx";
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
        QTest::newRow("workspace is a folder")
            << QStringList{QStringLiteral("--workspace"), QDir::tempPath()} << QDir::tempPath();
        QTest::newRow("workspace folder missing")
            << QStringList{QStringLiteral("--workspace"),
                           QStringLiteral("/nonexistent/dir/w.opsdeck")}
            << "/nonexistent/dir";
        QTest::newRow("self-test with a command")
            << QStringList{QStringLiteral("--self-test"), QStringLiteral("info")} << "self-test";
    }

    void badArgumentsAreErrorsThatSayWhat()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto result = parse(arguments);
        QCOMPARE(result.action, Action::Error);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1Char('\n')), "one line");
    }

    void subcommandKeepsItsOwnArguments()
    {
        const auto result =
            parse({QStringLiteral("--log-level"), QStringLiteral("warning"), QStringLiteral("info"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.action, Action::Run);
        QCOMPARE(result.options.subcommand, QStringLiteral("info"));
        QCOMPARE(result.options.subcommandArguments,
                 (QStringList{QStringLiteral("info"), QStringLiteral("--format"),
                              QStringLiteral("json")}));
        QCOMPARE(result.options.logLevel, spdlog::level::warn);
    }

    void qtGuiOptionsPassThrough()
    {
        const auto result = parse({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                   QStringLiteral("-geometry"), QStringLiteral("800x600+0+0"),
                                   QStringLiteral("-reverse")});
        QCOMPARE(result.action, Action::Run);
        QVERIFY(result.options.subcommand.isEmpty());
    }

    void languageHintIsFoundWithoutAFullParse()
    {
        QCOMPARE(CommandLine::languageHint({QStringLiteral("opsdeck"), QStringLiteral("--bogus"),
                                            QStringLiteral("--lang"), QStringLiteral("de")}),
                 QStringLiteral("de"));
        QCOMPARE(
            CommandLine::languageHint({QStringLiteral("opsdeck"), QStringLiteral("--lang=de")}),
            QStringLiteral("de"));
        QCOMPARE(CommandLine::languageHint({QStringLiteral("opsdeck")}), QString());
    }
};

OPSDECK_TEST_GUILESS_MAIN(CommandLineTest)
#include "tst_commandline.moc"
