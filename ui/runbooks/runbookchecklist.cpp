#include "runbooks/runbookchecklist.h"

#include "common/messagelabel.h"
#include "common/tablecolumns.h"
#include "common/timedisplay.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "runbooks/commandrundialog.h"
#include "runbooks/runbookchecklistmodel.h"
#include "runbooks/runbookprogress.h"
#include "runbooks/stepreasondialog.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck::ui {

RunbookChecklist::RunbookChecklist(IncidentSession &session, IncidentService &service,
                                   QString userName, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(service)
    , m_userName(std::move(userName))
    , m_model(new RunbookChecklistModel(this))
{
    buildUi();
    retranslateUi();
    connect(&session, &IncidentSession::opened, this, &RunbookChecklist::refresh);
    connect(&session, &IncidentSession::closed, this, &RunbookChecklist::refresh);
    connect(&session, &IncidentSession::incidentChanged, this, &RunbookChecklist::updateHeader);
    connect(&session, &IncidentSession::eventsAdded, this, &RunbookChecklist::onEventsAdded);
    m_model->setUtc(TimeDisplay::instance().isUtc());
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, m_model,
            &RunbookChecklistModel::setUtc);
    refresh();
}

void RunbookChecklist::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("checklistHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    layout->addWidget(m_header);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("checklist"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // The step's title takes what the short columns leave, so the list fits a narrow dock; the
    // others are as wide as what they hold (an empty "When" only its header) and follow as
    // steps are done. A long step wraps onto a second line instead of ending in "…".
    fitColumnsOnReset(m_view, RunbookChecklistModel::Step, Refit::OnEveryChange);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    hideWhenNarrow(
        m_view,
        {RunbookChecklistModel::By, RunbookChecklistModel::Reason, RunbookChecklistModel::ExitCode},
        620);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunbookChecklist::showStep);

    m_command = new QPlainTextEdit(this);
    m_command->setObjectName(QStringLiteral("stepCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_command);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // Two rows (step state; the step's command), so the dock stays usable when narrow.
    auto *buttons = new QGridLayout;
    const auto button = [this, buttons](const QString &name, int row, int column) {
        auto *created = new QPushButton(this);
        created->setObjectName(name);
        buttons->addWidget(created, row, column);
        return created;
    };
    m_done = button(QStringLiteral("stepDone"), 0, 0);
    m_skip = button(QStringLiteral("stepSkip"), 0, 1);
    m_failed = button(QStringLiteral("stepFailed"), 0, 2);
    m_copy = button(QStringLiteral("copyCommand"), 1, 0);
    m_run = button(QStringLiteral("runCommand"), 1, 1);
    layout->addLayout(buttons);
    connect(m_done, &QPushButton::clicked, this, [this]() { recordStep(Status::Done, QString()); });
    connect(m_skip, &QPushButton::clicked, this, [this]() { askReason(Status::Skipped); });
    connect(m_failed, &QPushButton::clicked, this, [this]() { askReason(Status::Failed); });
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        if (m_runbook && currentStep() >= 0) {
            QGuiApplication::clipboard()->setText(m_runbook->steps.value(currentStep()).command);
            m_message->showMessage(tr("Copied the command of step %1.").arg(currentStep() + 1),
                                   false);
        }
    });
    connect(m_run, &QPushButton::clicked, this, &RunbookChecklist::runCommand);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("checklistMessage"));
    layout->addWidget(m_message);
}

void RunbookChecklist::retranslateUi()
{
    m_done->setText(tr("Done"));
    m_done->setToolTip(tr("Record the selected step as done in the incident's timeline"));
    m_skip->setText(tr("Skip…"));
    m_skip->setToolTip(tr("Record the selected step as skipped, with the reason"));
    m_failed->setText(tr("Failed…"));
    m_failed->setToolTip(tr("Record the selected step as failed, with what failed"));
    m_copy->setText(tr("Copy command"));
    m_run->setText(tr("Run command…"));
    updateHeader();
    updateButtons();
}

bool RunbookChecklist::incidentOpen() const
{
    return m_session.incident().has_value();
}

void RunbookChecklist::setRunbook(const std::optional<Runbook> &runbook, const QString &key)
{
    const int previousStep = key == m_key ? currentStep() : -1;
    m_runbook = runbook;
    m_key = runbook ? key : QString();
    if (runbook) {
        m_model->setRunbook(*runbook);
    } else {
        m_model->clear();
    }
    m_message->hide();
    refresh();
    setCurrentStep(previousStep >= 0 ? previousStep : 0);
}

int RunbookChecklist::currentStep() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RunbookChecklist::setCurrentStep(int step)
{
    if (step < 0 || step >= m_model->rowCount()) {
        showStep();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(step, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showStep();
}

void RunbookChecklist::refresh()
{
    if (m_runbook && incidentOpen()) {
        m_model->setStates(RunbookProgress::fold(*m_runbook, m_key, m_session.events()));
    } else if (m_runbook) {
        m_model->setStates({});
    }
    updateHeader();
    updateButtons();
    showStep();
}

void RunbookChecklist::onEventsAdded(const QList<TimelineEvent> &events)
{
    if (!m_runbook) {
        return;
    }
    // A busy incident adds many events; only those about this runbook change the checklist.
    for (const TimelineEvent &event : events) {
        if (event.type != TimelineEvent::Type::RunbookStep &&
            event.type != TimelineEvent::Type::CommandRun) {
            continue;
        }
        const auto runbook =
            event.payload.is_object() ? event.payload.find("runbook") : event.payload.end();
        if (runbook != event.payload.end() && runbook->is_string() &&
            runbook->get<std::string>() == m_key.toStdString()) {
            refresh();
            return;
        }
    }
}

void RunbookChecklist::updateHeader()
{
    if (!m_runbook) {
        m_header->setText(tr("Select a runbook to work through its steps."));
    } else if (!incidentOpen()) {
        m_header->setText(tr("%1 — no incident is open: open or declare one to record its "
                             "steps. You can still read the runbook.")
                              .arg(m_runbook->title));
    } else {
        const Incident &incident = *m_session.incident();
        m_header->setText(
            tr("%1 — steps recorded in %2 %3").arg(m_runbook->title, incident.key, incident.title));
    }
}

void RunbookChecklist::updateButtons()
{
    const int step = currentStep();
    const bool recordable = m_runbook.has_value() && incidentOpen() && step >= 0;
    const QString command =
        m_runbook && step >= 0 ? m_runbook->steps.value(step).command : QString();
    m_done->setEnabled(recordable);
    m_skip->setEnabled(recordable);
    m_failed->setEnabled(recordable);
    m_copy->setEnabled(!command.isEmpty());
    const bool readOnly = m_runbook && m_runbook->readOnly;
    m_run->setEnabled(recordable && !command.isEmpty() && !readOnly);
    if (readOnly) {
        m_run->setToolTip(tr("This command is meant for AWS (Systems Manager runs it on the "
                             "instance), not for this machine. Copy it instead."));
    } else if (!incidentOpen()) {
        m_run->setToolTip(tr("Open an incident first: every run is recorded in its timeline"));
    } else {
        m_run->setToolTip(tr("Run the step's command on this machine, after confirming it"));
    }
}

void RunbookChecklist::showStep()
{
    updateButtons();
    const int step = currentStep();
    if (!m_runbook || step < 0) {
        m_command->clear();
        return;
    }
    const Runbook::Step &current = m_runbook->steps.at(step);
    QString text = current.command.isEmpty() ? tr("(This step has no command.)") : current.command;
    const RunbookExecution::StepState state = m_model->stateAt(step);
    if (!state.output.isEmpty() || state.exitCode) {
        text += QStringLiteral("\n\n") +
                (state.exitCode ? tr("— last run: exit code %1 —").arg(*state.exitCode)
                                : tr("— last run —")) +
                QLatin1Char('\n') + state.output;
    }
    m_command->setPlainText(text);
}

void RunbookChecklist::askReason(Status status)
{
    if (!m_runbook || currentStep() < 0) {
        return;
    }
    const bool skipping = status == Status::Skipped;
    const QString stepTitle = m_runbook->steps.value(currentStep()).title;
    auto *dialog = new StepReasonDialog(
        skipping ? tr("Skip step %1").arg(currentStep() + 1)
                 : tr("Step %1 failed").arg(currentStep() + 1),
        skipping ? tr("Why is “%1” skipped? The reason goes into the timeline.").arg(stepTitle)
                 : tr("What failed in “%1”? This goes into the timeline.").arg(stepTitle),
        this);
    const int step = currentStep();
    connect(dialog, &StepReasonDialog::reasonGiven, this, [this, status, step](const QString &why) {
        setCurrentStep(step);
        recordStep(status, why);
    });
    dialog->open();
}

bool RunbookChecklist::recordEvent(TimelineEvent event, QString *error)
{
    if (!incidentOpen()) {
        *error = tr("no incident is open");
        return false;
    }
    event.incidentId = m_session.incidentId();
    return m_service.record(std::move(event), error).has_value();
}

void RunbookChecklist::recordStep(Status status, const QString &reason)
{
    const int step = currentStep();
    if (!m_runbook || step < 0) {
        return;
    }
    QString error;
    if (!recordEvent(
            RunbookProgress::stepEvent(*m_runbook, m_key, step, status, reason, m_userName),
            &error)) {
        m_message->showMessage(tr("The step was not recorded: %1").arg(error), true);
        return;
    }
    m_message->hide();
    if (status != Status::Failed) {
        setCurrentStep(std::min(step + 1, m_model->rowCount() - 1)); // on to the next step
    }
}

void RunbookChecklist::runCommand()
{
    const int step = currentStep();
    if (!m_runbook || step < 0 || !incidentOpen()) {
        return;
    }
    // The incident is fixed when the dialog opens: the run belongs to it even if another
    // incident is opened meanwhile.
    IncidentService *service = &m_service;
    const QString incidentId = m_session.incidentId();
    auto *dialog = new CommandRunDialog(
        *m_runbook, m_key, step, m_userName,
        [service, incidentId](TimelineEvent event, QString *error) {
            event.incidentId = incidentId;
            return service->record(std::move(event), error).has_value();
        },
        this);
    dialog->open();
}

} // namespace opsdeck::ui
