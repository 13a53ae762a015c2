#pragma once

#include "common/messagelabel.h"
#include "model/runbook.h"
#include "model/timelineevent.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace opsdeck {
class IncidentService;
class IncidentSession;
} // namespace opsdeck

namespace opsdeck::ui {

class RunbookChecklistModel;

// Working through one runbook inside the open incident: its steps with their state as the
// timeline says (so steps done from another console or a script show up too), and the
// buttons that record a step done, skipped (with a reason) or failed, copy its command or run
// it (CommandRunDialog). Every change is a timeline event recorded through the incident
// service. Without an open incident the runbook can still be read.
class RunbookChecklist : public QWidget {
    Q_OBJECT
public:
    // Steps are recorded through `service` in the incident `session` has open, by `userName`.
    RunbookChecklist(IncidentSession &session, IncidentService &service, QString userName,
                     QWidget *parent = nullptr);

    // The runbook to show (none: nothing selected) and its key in the library.
    void setRunbook(const std::optional<Runbook> &runbook, const QString &key);
    QString runbookKey() const { return m_key; }
    void retranslateUi();

    // The step selected in the list (-1: none); selecting one shows its command.
    int currentStep() const;
    void setCurrentStep(int step);

    // For tests and keyboard users.
    QTableView *view() const { return m_view; }
    RunbookChecklistModel *model() const { return m_model; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *messageLabel() const { return m_message; }
    QPlainTextEdit *commandView() const { return m_command; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *failedButton() const { return m_failed; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *runButton() const { return m_run; }

private:
    bool incidentOpen() const;
    void buildUi();
    void refresh();
    void onEventsAdded(const QList<TimelineEvent> &events);
    void updateHeader();
    void updateButtons();
    void showStep();
    using Status = RunbookExecution::StepState::Status;
    void askReason(Status status);
    bool recordEvent(TimelineEvent event, QString *error);
    void recordStep(Status status, const QString &reason);
    void runCommand();

    IncidentSession &m_session;
    IncidentService &m_service;
    QString m_userName;
    std::optional<Runbook> m_runbook;
    QString m_key;
    RunbookChecklistModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_command = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_failed = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_run = nullptr;
};

} // namespace opsdeck::ui
