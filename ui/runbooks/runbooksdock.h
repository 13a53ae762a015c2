#pragma once

#include "shell/viewdock.h"

#include <QSet>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace opsdeck {
class AlarmService;
class IncidentService;
class IncidentSession;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class RunbookChecklist;
class RunbookFilterProxy;
class RunbookListModel;

// The team's runbook library (RunbookCatalog) and the execution of one runbook inside the open
// incident. Top: the runbooks with a filter, "Matching the incident" (those for the incident's
// alerts), the files that could not be read and the folder choice. Bottom: the selected
// runbook's checklist (RunbookChecklist), every step recorded in the incident's timeline.
class RunbooksDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "runbooks";

    // `alarms` tells which runbooks match the open incident's alerts; steps are recorded
    // through `service` by `userName`.
    RunbooksDock(RunbookCatalog &catalog, IncidentSession &session, IncidentService &service,
                 AlarmService &alarms, QString userName, QWidget *parent = nullptr);
    void retranslateUi() override;

    // Shows, raises and selects the runbook with this key (clearing filters that hide it).
    void showRunbook(const QString &key);
    QString selectedKey() const;

    // For tests and keyboard users.
    QTableView *runbookTable() const { return m_table; }
    RunbookListModel *runbookModel() const { return m_model; }
    RunbookFilterProxy *filterProxy() const { return m_proxy; }
    QLineEdit *filterField() const { return m_filter; }
    QCheckBox *matchingToggle() const { return m_matching; }
    QToolButton *problemsButton() const { return m_problemsButton; }
    QPlainTextEdit *problemsList() const { return m_problems; }
    QPushButton *folderButton() const { return m_folderButton; }
    QLabel *folderLabel() const { return m_folderLabel; }
    RunbookChecklist *checklist() const { return m_checklist; }

    // The keys of the runbooks for the open incident's alerts.
    QSet<QString> matchingKeys() const;

private:
    void buildUi();
    void showLibrary();
    void updateFolderLabel();
    void updateMatching();
    void selectionChanged();
    void selectKey(const QString &key);
    void chooseFolder();

    RunbookCatalog &m_runbookCatalog;
    IncidentSession &m_session;
    IncidentService &m_service;
    AlarmService &m_alarms;
    QString m_userName;
    RunbookListModel *m_model = nullptr;
    RunbookFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_matching = nullptr;
    QPushButton *m_folderButton = nullptr;
    QLabel *m_folderLabel = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_problemsButton = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    RunbookChecklist *m_checklist = nullptr;
    QTimer *m_filterDelay = nullptr;
    QString m_selectedKey;
};

} // namespace opsdeck::ui
