#include "runbooks/commandrunner.h"

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace opsdeck {

namespace {

const QString Shell = QStringLiteral("/bin/sh");

} // namespace

QStringList CommandResult::outcomeNames()
{
    return {QStringLiteral("exited"), QStringLiteral("timed_out"), QStringLiteral("cancelled"),
            QStringLiteral("failed_to_start"), QStringLiteral("crashed")};
}

QString CommandResult::outcomeName(Outcome outcome)
{
    return outcomeNames().at(int(outcome));
}

Json CommandResult::toPayload(const QString &runbookKey, int step) const
{
    return {
        {"runbook", runbookKey},
        {"step", step},
        {"command", command},
        {"program", program},
        {"arguments", arguments},
        {"exitCode", exitCode ? Json(*exitCode) : Json()},
        {"outcome", outcomeName(outcome)},
        {"durationMs", durationMs},
        {"output", output},
        {"outputTruncated", outputTruncated},
        {"outputBytes", outputBytes},
    };
}

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_killTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { stop(CommandResult::Outcome::TimedOut); });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        signalGroup(SIGKILL);
        if (m_process) {
            m_process->kill();
        }
    });
}

CommandRunner::~CommandRunner()
{
    if (m_process) {
        // Nobody waits for the result any more; the command must not outlive its runner.
        m_process->disconnect(this);
        signalGroup(SIGKILL);
        m_process->kill();
        m_process->waitForFinished(1000); // SIGKILL: this returns at once
    }
}

QStringList CommandRunner::commandLine(const QString &command)
{
    return {Shell, QStringLiteral("-c"), command};
}

qint64 CommandRunner::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool CommandRunner::start(const QString &command, int timeoutMs, qint64 outputCapBytes)
{
    if (m_process) {
        return false;
    }
    const QStringList line = commandLine(command);
    m_result = {};
    m_result.command = command;
    m_result.program = line.first();
    m_result.arguments = line.mid(1);
    m_cap = qMax<qint64>(0, outputCapBytes);
    m_keptBytes = 0;
    m_pid = 0;
    m_stopOutcome.reset();
    m_decoder = QStringDecoder(QStringDecoder::Utf8);

    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    // A group of its own: stopping the command stops everything the shell started.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(process, &QProcess::started, this, [this, process] { m_pid = process->processId(); });
    connect(process, &QProcess::readyReadStandardOutput, this, &CommandRunner::readOutput);
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readOutput();
        const bool exited = status == QProcess::NormalExit;
        const CommandResult::Outcome outcome = m_stopOutcome.value_or(
            exited ? CommandResult::Outcome::Exited : CommandResult::Outcome::Crashed);
        finish(exited ? std::optional<int>(exitCode) : std::nullopt, outcome);
    });
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            // Reported from inside start(): let the caller return first.
            QMetaObject::invokeMethod(
                this, [this] { finish(std::nullopt, CommandResult::Outcome::FailedToStart); },
                Qt::QueuedConnection);
        }
    });
    m_clock.start();
    if (timeoutMs > 0) {
        m_timeout.start(timeoutMs);
    }
    process->start(m_result.program, m_result.arguments);
    return true;
}

void CommandRunner::cancel()
{
    stop(CommandResult::Outcome::Cancelled);
}

void CommandRunner::stop(CommandResult::Outcome outcome)
{
    if (!m_process || m_stopOutcome) {
        return;
    }
    m_stopOutcome = outcome;
    m_timeout.stop();
    signalGroup(SIGTERM);
    m_process->terminate();
    m_killTimer.start(KillAfterMs);
}

// Signals the command's process group. Only while the shell has not been reaped: until then
// its pid (the group's id) cannot belong to anything else.
void CommandRunner::signalGroup(int signal)
{
    if (m_pid > 0 && m_process && m_process->state() == QProcess::Running) {
        ::kill(-pid_t(m_pid), signal);
    }
}

void CommandRunner::readOutput()
{
    if (!m_process) {
        return;
    }
    const QByteArray data = m_process->readAllStandardOutput();
    if (data.isEmpty()) {
        return;
    }
    m_result.outputBytes += data.size();
    const qint64 room = m_cap - m_keptBytes;
    if (data.size() > room) {
        m_result.outputTruncated = true;
    }
    if (room <= 0) {
        return;
    }
    const QByteArray kept = data.left(room);
    m_keptBytes += kept.size();
    const QString chunk = m_decoder.decode(kept);
    if (!chunk.isEmpty()) {
        m_result.output += chunk;
        Q_EMIT outputReceived(chunk);
    }
}

void CommandRunner::finish(std::optional<int> exitCode, CommandResult::Outcome outcome)
{
    if (!m_process) {
        return;
    }
    m_timeout.stop();
    m_killTimer.stop();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    m_pid = 0;
    m_result.exitCode = exitCode;
    m_result.outcome = outcome;
    m_result.durationMs = m_clock.elapsed();
    const CommandResult result = m_result;
    Q_EMIT finished(result);
}

} // namespace opsdeck
