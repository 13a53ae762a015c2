#include "runbooks/commandrundialog.h"

#include "common/messagelabel.h"
#include "runbooks/runbookprogress.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck::ui {
namespace {

QPlainTextEdit *monospaceView(QWidget *parent, const QString &objectName)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

QString secondsText(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

} // namespace

CommandRunDialog::CommandRunDialog(const Runbook &runbook, const QString &key, int step,
                                   const QString &author, Recorder record, QWidget *parent)
    : QDialog(parent)
    , m_runbook(runbook)
    , m_key(key)
    , m_step(step)
    , m_command(runbook.steps.value(step).command)
    , m_author(author)
    , m_record(std::move(record))
    , m_runner(new CommandRunner(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Run the command of step %1").arg(step + 1));
    buildUi();
    connect(m_runner, &CommandRunner::outputReceived, this, [this](const QString &chunk) {
        // Append without a paragraph break: output arrives in arbitrary pieces.
        QTextCursor end(m_output->document());
        end.movePosition(QTextCursor::End);
        end.insertText(chunk);
        m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
    });
    connect(m_runner, &CommandRunner::finished, this, &CommandRunDialog::onFinished);
    resize(640, 420);
}

void CommandRunDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Step %1 of %2: %3")
                                   .arg(m_step + 1)
                                   .arg(m_runbook.title, m_runbook.steps.value(m_step).title),
                               this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);

    m_pages = new QStackedWidget(this);
    auto *confirm = new QWidget(m_pages);
    auto *confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    auto *explanation = new QLabel(confirm);
    explanation->setWordWrap(true);
    explanation->setText(
        m_runbook.readOnly
            ? tr("This command is meant for AWS: Systems Manager runs it on the instance. It is "
                 "shown to be read or copied, not to run on this machine.")
            : tr("Opsdeck will start exactly this program with these arguments, on this "
                 "machine, as you. Nothing runs until you click Run."));
    confirmLayout->addWidget(explanation);
    m_commandLine = monospaceView(confirm, QStringLiteral("commandLine"));
    m_commandLine->setPlainText(commandLineText());
    confirmLayout->addWidget(m_commandLine, 1);
    auto *limits = new QFormLayout;
    m_timeout = new QSpinBox(confirm);
    m_timeout->setObjectName(QStringLiteral("timeout"));
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setValue(DefaultTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setEnabled(canRun());
    limits->addRow(tr("Stop it after:"), m_timeout);
    limits->addRow(
        tr("Output kept:"),
        new QLabel(tr("the first %1 (stdout and stderr together)")
                       .arg(QLocale().formattedDataSize(CommandRunner::DefaultOutputCapBytes)),
                   confirm));
    confirmLayout->addLayout(limits);
    m_pages->addWidget(confirm);

    auto *running = new QWidget(m_pages);
    auto *runningLayout = new QVBoxLayout(running);
    runningLayout->setContentsMargins(0, 0, 0, 0);
    m_output = monospaceView(running, QStringLiteral("output"));
    runningLayout->addWidget(m_output, 1);
    m_status = new QLabel(running);
    m_status->setObjectName(QStringLiteral("runStatus"));
    runningLayout->addWidget(m_status);
    m_pages->addWidget(running);
    layout->addWidget(m_pages, 1);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString &name, const QString &text) {
        auto *created = new QPushButton(text, this);
        created->setObjectName(name);
        created->setAutoDefault(false);
        buttons->addWidget(created);
        return created;
    };
    m_copy = button(QStringLiteral("copy"), tr("Copy command"));
    buttons->addStretch(1);
    m_run = button(QStringLiteral("run"), tr("Run"));
    m_markDone = button(QStringLiteral("markDone"), tr("Mark step done"));
    m_markFailed = button(QStringLiteral("markFailed"), tr("Mark step failed"));
    m_cancel = button(QStringLiteral("cancel"), tr("Cancel"));
    m_close = button(QStringLiteral("close"), tr("Close"));
    layout->addLayout(buttons);

    m_run->setEnabled(canRun());
    if (m_runbook.readOnly) {
        m_run->setToolTip(tr("This command is meant for AWS (Systems Manager runs it on the "
                             "instance), not for this machine. Copy it instead."));
    } else {
        m_run->setDefault(true);
    }
    m_markDone->hide();
    m_markFailed->hide();
    m_close->hide();
    connect(m_copy, &QPushButton::clicked, this,
            [this]() { QGuiApplication::clipboard()->setText(m_command); });
    connect(m_run, &QPushButton::clicked, this, &CommandRunDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_runner->isRunning()) {
            m_runner->cancel(); // the dialog stays to show and record how it ended
        } else {
            reject();
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_markDone, &QPushButton::clicked, this, [this]() { markStep(Status::Done); });
    connect(m_markFailed, &QPushButton::clicked, this, [this]() { markStep(Status::Failed); });

    m_ticker = new QTimer(this);
    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &CommandRunDialog::showStatus);
}

QString CommandRunDialog::commandLineText() const
{
    if (m_runbook.readOnly) {
        return m_command; // not a command line of this machine: as written
    }
    const QStringList line = CommandRunner::commandLine(m_command);
    QStringList lines{tr("program:    %1").arg(line.first())};
    for (qsizetype index = 1; index < line.size(); ++index) {
        lines.append(tr("argument %1: %2").arg(index).arg(line.at(index)));
    }
    return lines.join(QLatin1Char('\n'));
}

bool CommandRunDialog::canRun() const
{
    return !m_runbook.readOnly && !m_command.trimmed().isEmpty();
}

void CommandRunDialog::run()
{
    if (!canRun() || m_runner->isRunning() || m_result) {
        return;
    }
    m_pages->setCurrentIndex(1);
    m_run->hide();
    m_copy->setEnabled(false);
    m_cancel->setText(tr("Cancel run"));
    m_cancel->setToolTip(tr("Stop the command (and everything it started)"));
    m_clock.start();
    m_runner->start(m_command, m_timeout->value() * 1000);
    m_ticker->start();
    showStatus();
}

void CommandRunDialog::showStatus()
{
    if (!m_result) {
        m_status->setText(tr("Running for %1 s…").arg(secondsText(m_clock.elapsed())));
        return;
    }
    const CommandResult &result = *m_result;
    QString outcome;
    switch (result.outcome) {
    case CommandResult::Outcome::Exited:
        outcome = tr("Exited with code %1").arg(result.exitCode.value_or(-1));
        break;
    case CommandResult::Outcome::TimedOut:
        outcome = tr("Stopped: it ran longer than %1 s").arg(m_timeout->value());
        break;
    case CommandResult::Outcome::Cancelled:
        outcome = tr("Cancelled");
        break;
    case CommandResult::Outcome::FailedToStart:
        outcome = tr("Could not be started");
        break;
    case CommandResult::Outcome::Crashed:
        outcome = tr("Crashed");
        break;
    }
    QString text = tr("%1 after %2 s").arg(outcome, secondsText(result.durationMs));
    if (result.outputTruncated) {
        text += tr(" · output cut at %1 of %2")
                    .arg(QLocale().formattedDataSize(CommandRunner::DefaultOutputCapBytes),
                         QLocale().formattedDataSize(result.outputBytes));
    }
    m_status->setText(text);
}

void CommandRunDialog::onFinished(const CommandResult &result)
{
    m_ticker->stop();
    m_result = result;
    showStatus();
    QString error;
    TimelineEvent event = RunbookProgress::commandEvent(m_runbook, m_key, m_step, result, m_author);
    if (!m_record(event, &error)) {
        m_message->showMessage(tr("The run was not recorded in the timeline: %1").arg(error), true);
    } else {
        m_message->showMessage(tr("Recorded in the incident's timeline."), false);
    }
    if (m_closeWhenFinished) {
        QDialog::reject();
        return;
    }
    m_cancel->hide();
    m_copy->setEnabled(true);
    m_markDone->show();
    m_markFailed->show();
    m_close->show();
    const bool succeeded = result.outcome == CommandResult::Outcome::Exited && result.exitCode == 0;
    (succeeded ? m_markDone : m_markFailed)->setDefault(true);
    (succeeded ? m_markDone : m_markFailed)->setFocus();
}

QString CommandRunDialog::failureReason(const CommandResult &result)
{
    switch (result.outcome) {
    case CommandResult::Outcome::Exited:
        return tr("the command exited with code %1").arg(result.exitCode.value_or(-1));
    case CommandResult::Outcome::TimedOut:
        return tr("the command timed out");
    case CommandResult::Outcome::Cancelled:
        return tr("the command was cancelled");
    case CommandResult::Outcome::FailedToStart:
        return tr("the command could not be started");
    case CommandResult::Outcome::Crashed:
        break;
    }
    return tr("the command crashed");
}

void CommandRunDialog::markStep(Status status)
{
    if (!m_result) {
        return;
    }
    const QString reason = status == Status::Failed ? failureReason(*m_result) : QString();
    QString error;
    if (!m_record(RunbookProgress::stepEvent(m_runbook, m_key, m_step, status, reason, m_author),
                  &error)) {
        m_message->showMessage(tr("The step was not recorded: %1").arg(error), true);
        return;
    }
    accept();
}

void CommandRunDialog::reject()
{
    if (m_runner->isRunning()) {
        // The run still ends properly: cancelled, recorded, then the dialog closes.
        m_closeWhenFinished = true;
        m_runner->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace opsdeck::ui
