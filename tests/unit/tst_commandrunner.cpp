#include "runbooks/commandrunner.h"
#include "testhome.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

using namespace opsdeck;

namespace {

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

} // namespace

// Runs real commands through /bin/sh; every process is a child of the test, ended by its pid.
class CommandRunnerTest : public QObject {
    Q_OBJECT

private:
    // Runs `command` to its end and returns the result (QSignalSpy::wait spins the test's loop).
    static CommandResult run(CommandRunner &runner, const QString &command, int timeoutMs,
                             qint64 cap = CommandRunner::DefaultOutputCapBytes)
    {
        QSignalSpy finished(&runner, &CommandRunner::finished);
        if (!runner.start(command, timeoutMs, cap)) {
            return {};
        }
        if (!finished.wait(20000)) {
            return {};
        }
        return finished.first().first().value<CommandResult>();
    }

private Q_SLOTS:
    void theCommandLineIsTheShell()
    {
        QCOMPARE(CommandRunner::commandLine(QStringLiteral("df -h | sort")),
                 (QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                              QStringLiteral("df -h | sort")}));
    }

    void capturesOutputAndExitCode()
    {
        CommandRunner runner;
        const CommandResult result =
            run(runner, QStringLiteral("echo hello; echo oops >&2; exit 3"), 10000);
        QCOMPARE(result.outcome, CommandResult::Outcome::Exited);
        QCOMPARE(result.exitCode, std::optional<int>(3));
        QCOMPARE(result.output, QStringLiteral("hello\noops\n"));
        QCOMPARE(result.outputBytes, qint64(11));
        QVERIFY(!result.outputTruncated);
        QCOMPARE(result.command, QStringLiteral("echo hello; echo oops >&2; exit 3"));
        QCOMPARE(result.program, QStringLiteral("/bin/sh"));
        QCOMPARE(result.arguments, (QStringList{QStringLiteral("-c"), result.command}));
        QVERIFY(result.durationMs >= 0);
        QVERIFY(!runner.isRunning());

        const Json payload = result.toPayload(QStringLiteral("storage/disk.md"), 1);
        QCOMPARE(payload.at("runbook").get<std::string>(), std::string("storage/disk.md"));
        QCOMPARE(payload.at("step").get<int>(), 1);
        QCOMPARE(payload.at("exitCode").get<int>(), 3);
        QCOMPARE(payload.at("outcome").get<std::string>(), std::string("exited"));
        QCOMPARE(payload.at("program").get<std::string>(), std::string("/bin/sh"));
        QCOMPARE(payload.at("arguments").size(), std::size_t(2));
        QCOMPARE(payload.at("output").get<std::string>(), std::string("hello\noops\n"));
        QCOMPARE(payload.at("outputTruncated").get<bool>(), false);
        QCOMPARE(payload.at("outputBytes").get<qint64>(), qint64(11));
        QVERIFY(payload.at("durationMs").is_number_integer());
        QCOMPARE(payload.at("command").get<std::string>(), result.command.toStdString());
    }

    void successIsExitCodeZero()
    {
        CommandRunner runner;
        const CommandResult result = run(runner, QStringLiteral("true"), 10000);
        QCOMPARE(result.outcome, CommandResult::Outcome::Exited);
        QCOMPARE(result.exitCode, std::optional<int>(0));
        QCOMPARE(result.output, QString());
        QCOMPARE(result.outputBytes, qint64(0));
    }

    void aTimeoutEndsTheProcess()
    {
        CommandRunner runner;
        QSignalSpy finished(&runner, &CommandRunner::finished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runner.start(QStringLiteral("sleep 30"), 300));
        QTRY_VERIFY(runner.processId() > 0);
        const qint64 pid = runner.processId();
        QVERIFY(processExists(pid));
        QVERIFY(finished.wait(10000));
        QVERIFY2(clock.elapsed() < 5000, "the timeout did not stop the command");
        const auto result = finished.first().first().value<CommandResult>();
        QCOMPARE(result.outcome, CommandResult::Outcome::TimedOut);
        QCOMPARE(result.exitCode, std::nullopt);
        QVERIFY(result.durationMs >= 300);
        QVERIFY2(!processExists(pid), "the shell is still there");
        QVERIFY(result.toPayload(QStringLiteral("k"), 0).at("exitCode").is_null());
    }

    void aTimeoutAlsoEndsWhatTheShellStarted()
    {
        // Not a single command (which sh may exec): the shell waits for its child.
        CommandRunner runner;
        QSignalSpy output(&runner, &CommandRunner::outputReceived);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        QVERIFY(runner.start(QStringLiteral("sleep 30 & echo $!; wait"), 500));
        QVERIFY(output.wait(5000));
        const qint64 sleepPid = output.first().first().toString().trimmed().toLongLong();
        QVERIFY(sleepPid > 0);
        QVERIFY(processExists(sleepPid));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<CommandResult>().outcome,
                 CommandResult::Outcome::TimedOut);
        // The sleep is the shell's child; once killed, init reaps it.
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(sleepPid), 5000);
    }

    void cancelEndsTheProcess()
    {
        CommandRunner runner;
        QSignalSpy finished(&runner, &CommandRunner::finished);
        QVERIFY(runner.start(QStringLiteral("sleep 30"), 0));
        QTRY_VERIFY(runner.processId() > 0);
        const qint64 pid = runner.processId();
        QVERIFY(!runner.start(QStringLiteral("echo second"), 0)); // one run at a time
        runner.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<CommandResult>();
        QCOMPARE(result.outcome, CommandResult::Outcome::Cancelled);
        QCOMPARE(result.command, QStringLiteral("sleep 30"));
        QCOMPARE(result.exitCode, std::nullopt);
        QVERIFY(!processExists(pid));
        QVERIFY(!runner.isRunning());

        // The runner can be used again.
        QCOMPARE(run(runner, QStringLiteral("echo again"), 10000).output,
                 QStringLiteral("again\n"));
    }

    void aCommandIgnoringTerminateIsKilled()
    {
        CommandRunner runner;
        QSignalSpy output(&runner, &CommandRunner::outputReceived);
        QSignalSpy finished(&runner, &CommandRunner::finished);
        QVERIFY(runner.start(
            QStringLiteral("trap '' TERM; echo ready; while :; do sleep 0.1; done"), 0));
        QVERIFY(output.wait(5000));
        const qint64 pid = runner.processId();
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        QVERIFY(finished.wait(10000));
        QVERIFY(clock.elapsed() >= CommandRunner::KillAfterMs - 100);
        QCOMPARE(finished.first().first().value<CommandResult>().outcome,
                 CommandResult::Outcome::Cancelled);
        QVERIFY(!processExists(pid));
    }

    void outputOverTheCapIsTruncated()
    {
        CommandRunner runner;
        // 200,000 bytes of "x\n"; the cap keeps 1,000.
        const CommandResult result =
            run(runner,
                QStringLiteral("i=0; while [ $i -lt 100 ]; do head -c 1000 /dev/zero | "
                               "tr '\\0' 'x'; printf '\\n'; i=$((i+1)); done; "
                               "head -c 99900 /dev/zero | tr '\\0' 'y'"),
                20000, 1000);
        QCOMPARE(result.outcome, CommandResult::Outcome::Exited);
        QCOMPARE(result.exitCode, std::optional<int>(0));
        QVERIFY(result.outputTruncated);
        QCOMPARE(result.outputBytes, qint64(100 * 1001 + 99900));
        QCOMPARE(result.output, QString(1000, QLatin1Char('x')));
    }

    void aMissingProgramExits127()
    {
        CommandRunner runner;
        const CommandResult result = run(runner, QStringLiteral("/nonexistent/x"), 10000);
        QCOMPARE(result.outcome, CommandResult::Outcome::Exited);
        QCOMPARE(result.exitCode, std::optional<int>(127));
        QVERIFY2(result.output.contains(QStringLiteral("/nonexistent/x")),
                 qPrintable(result.output));
    }

    void aCrashIsNoExitCode()
    {
        CommandRunner runner;
        const CommandResult result = run(runner, QStringLiteral("kill -SEGV $$"), 10000);
        QCOMPARE(result.outcome, CommandResult::Outcome::Crashed);
        QCOMPARE(result.exitCode, std::nullopt);
    }

    void outputArrivesWhileTheCommandRuns()
    {
        CommandRunner runner;
        QStringList events;
        connect(&runner, &CommandRunner::outputReceived, this,
                [&events](const QString &chunk) { events.append(chunk); });
        connect(&runner, &CommandRunner::finished, this,
                [&events](const CommandResult &) { events.append(QStringLiteral("<finished>")); });
        QSignalSpy finished(&runner, &CommandRunner::finished);
        QVERIFY(runner.start(QStringLiteral("echo first; sleep 0.5; echo second"), 10000));
        QTRY_COMPARE(events, QStringList{QStringLiteral("first\n")});
        QVERIFY(runner.isRunning()); // the first line came while the command still ran
        QVERIFY(finished.wait(10000));
        QCOMPARE(events.last(), QStringLiteral("<finished>"));
        QCOMPARE(events.mid(0, events.size() - 1).join(QString()),
                 QStringLiteral("first\nsecond\n"));
        QCOMPARE(finished.first().first().value<CommandResult>().output,
                 QStringLiteral("first\nsecond\n"));
    }

    void destroyingTheRunnerEndsTheCommand()
    {
        qint64 pid = 0;
        {
            CommandRunner runner;
            QVERIFY(runner.start(QStringLiteral("sleep 30"), 0));
            QTRY_VERIFY(runner.processId() > 0);
            pid = runner.processId();
        }
        QVERIFY(!processExists(pid));
    }
};

OPSDECK_TEST_GUILESS_MAIN(CommandRunnerTest)
#include "tst_commandrunner.moc"
