#pragma once

#include "common/messagelabel.h"
#include "model/runbook.h"
#include "model/timelineevent.h"
#include "runbooks/commandrunner.h"

#include <QDialog>
#include <QElapsedTimer>

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace opsdeck::ui {

// Runs one runbook step's command on this machine, and only after the user has seen exactly
// what will run (the program and each argument) and clicked Run. The output streams in live;
// the run can be cancelled. The finished run is recorded as a command_run event through
// `record` (the dialog stores nothing itself), and the step can then be marked done or failed.
// Commands of read-only (SSM) runbooks run in AWS: they can be copied, never run here.
// Open with open(); the dialog deletes itself.
class CommandRunDialog : public QDialog {
    Q_OBJECT
public:
    // Records an event of the incident; false with the reason in `error`.
    using Recorder = std::function<bool(const TimelineEvent &event, QString *error)>;
    static constexpr int DefaultTimeoutSeconds = 60;

    CommandRunDialog(const Runbook &runbook, const QString &key, int step, const QString &author,
                     Recorder record, QWidget *parent = nullptr);

    QString commandLineText() const; // what the confirmation page shows
    bool canRun() const;             // false for read-only runbooks and steps without command
    const std::optional<CommandResult> &result() const { return m_result; }

    // The parts tests and keyboard users need.
    QPlainTextEdit *commandLineView() const { return m_commandLine; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QPlainTextEdit *outputView() const { return m_output; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *markDoneButton() const { return m_markDone; }
    QPushButton *markFailedButton() const { return m_markFailed; }
    QPushButton *closeButton() const { return m_close; }
    CommandRunner *runner() const { return m_runner; }

public Q_SLOTS:
    void reject() override; // while running: cancels, records, then closes

private:
    void buildUi();
    void run();
    void onFinished(const CommandResult &result);
    using Status = RunbookExecution::StepState::Status;
    void markStep(Status status);
    static QString failureReason(const CommandResult &result);
    void showStatus();

    Runbook m_runbook;
    QString m_key;
    int m_step = 0;
    QString m_command;
    QString m_author;
    Recorder m_record;
    CommandRunner *m_runner = nullptr;
    std::optional<CommandResult> m_result;
    bool m_closeWhenFinished = false;
    QElapsedTimer m_clock;

    QStackedWidget *m_pages = nullptr;
    QPlainTextEdit *m_commandLine = nullptr;
    QSpinBox *m_timeout = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_status = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_markDone = nullptr;
    QPushButton *m_markFailed = nullptr;
    QPushButton *m_close = nullptr;
    QTimer *m_ticker = nullptr;
};

} // namespace opsdeck::ui
