#pragma once

#include "model/json.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringDecoder>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace opsdeck {

// How one run of a runbook step's command ended.
struct CommandResult {
    // Exited: the shell ended by itself (exitCode says how); Crashed: by a signal nobody sent.
    enum class Outcome { Exited, TimedOut, Cancelled, FailedToStart, Crashed };

    QString command; // as written in the runbook
    QString program; // what was started: /bin/sh
    QStringList arguments;
    std::optional<int> exitCode; // none unless the shell exited by itself
    Outcome outcome = Outcome::Exited;
    qint64 durationMs = 0;
    QString output; // stdout and stderr merged, the first outputCapBytes of it
    bool outputTruncated = false;
    qint64 outputBytes = 0; // all of it, including what was not kept

    static QStringList outcomeNames(); // exited, timed_out, cancelled, failed_to_start, crashed
    static QString outcomeName(Outcome outcome);

    // The payload of a command_run timeline event.
    Json toPayload(const QString &runbookKey, int step) const;
};

// Runs one command line through /bin/sh without blocking the thread it lives on. The command
// runs in a process group of its own, so that a timeout or cancel() also ends what the shell
// started (a pipeline, a background job); nothing is ever ended by name. One run at a time.
class CommandRunner : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 DefaultOutputCapBytes = qint64(64) * 1024;
    static constexpr int KillAfterMs = 2000; // after the polite terminate

    explicit CommandRunner(QObject *parent = nullptr);
    ~CommandRunner() override;

    // The exact program and arguments start(command) runs, for the confirmation dialog.
    static QStringList commandLine(const QString &command);

    // Starts the command; false (and nothing happens) while another run is still going.
    // timeoutMs <= 0 means no timeout. finished() follows in every case, even when the shell
    // cannot be started.
    bool start(const QString &command, int timeoutMs,
               qint64 outputCapBytes = DefaultOutputCapBytes);

    // Ends the running command: terminate, then kill after KillAfterMs. finished() says
    // "cancelled".
    void cancel();

    bool isRunning() const { return m_process != nullptr; }
    qint64 processId() const; // 0 when nothing runs

Q_SIGNALS:
    // Output as it arrives (stdout and stderr merged), up to the cap.
    void outputReceived(const QString &chunk);
    void finished(const opsdeck::CommandResult &result);

private:
    void stop(CommandResult::Outcome outcome);
    void signalGroup(int signal);
    void readOutput();
    void finish(std::optional<int> exitCode, CommandResult::Outcome outcome);

    QPointer<QProcess> m_process;
    QTimer m_timeout;
    QTimer m_killTimer;
    QElapsedTimer m_clock;
    QStringDecoder m_decoder;
    CommandResult m_result;
    qint64 m_cap = DefaultOutputCapBytes;
    qint64 m_keptBytes = 0;
    qint64 m_pid = 0;
    std::optional<CommandResult::Outcome> m_stopOutcome; // once we asked it to stop
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::CommandResult)
