#pragma once

#include "alarms/alarmlistview.h"
#include "shell/viewdock.h"

class QAction;
class QTimer;

namespace opsdeck {
struct Alert;
class AlertFilter;
class AlarmService;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class AlarmFilterBar;
class AlarmFilterProxy;
class AlarmTableModel;
class AlertDetailsSplitter;
class AlertDetailView;
class IncidentDeclarer;

// Every alert of every backend: a sortable table (or a tree grouped by a label) with the
// filter bar, a detail pane and the on-call actions (acknowledge, copy, declare incident). The
// dock binds them: what the AlarmFilterBar chooses goes to the proxy and the model, and what
// the model holds comes back to the bar as counts; the perspective's filter and grouping are
// kept in the settings here, since the table, not the bar, knows the grouping in force.
class AlarmsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "alarms";

    // `runbooks` are offered in the detail pane; `declarer` declares incidents from alerts.
    AlarmsDock(AlarmService &alarms, RunbookCatalog &runbooks, IncidentDeclarer &declarer,
               QWidget *parent = nullptr);
    ~AlarmsDock() override;
    void retranslateUi() override;
    void setPerspective(const QString &perspectiveId) override;

    AlarmTableModel *model() const { return m_model; }
    AlarmFilterProxy *proxy() const { return m_proxy; }
    AlarmListView *list() const { return m_list; }
    QAbstractItemView *view() const { return m_list->view(); } // the table, or the tree

    // Applies the filter bar's text now (the bar waits for a pause in typing); false and an
    // inline message when the expression is wrong.
    bool applyFilter(const QString &text);
    QString filterError() const;
    void setGroupLabel(const QString &label);

    QList<Alert> selectedAlerts() const;
    AlertDetailsSplitter *splitter() const { return m_splitter; }
    // Opens the current alert in a window of its own (double-click, Enter).
    void openCurrentAlert();
    // What the dock last confirmed in the window's status bar ("Acknowledged …").
    QString lastConfirmation() const { return m_lastConfirmation; }
    static QString alertsAsText(const QList<Alert> &alerts);
    static QString alertsAsJson(const QList<Alert> &alerts);

private:
    void createActions();
    void confirm(const QString &text);
    static constexpr int ConfirmationMs = 8000;
    void filterTable(const AlertFilter &filter);
    void refreshDetails();
    void updateIncidentColumn();
    void selectFirstAlertOnce();
    void refreshStale();
    void updateCounts();
    void updateActions();
    void storePerspectiveState() const;
    void loadSeverityMapping();

    AlarmService &m_alarms;
    IncidentDeclarer &m_declarer;
    AlarmTableModel *m_model;
    AlarmFilterProxy *m_proxy;
    AlarmListView *m_list;
    RunbookCatalog &m_runbooks;
    AlertDetailView *m_details;
    AlertDetailsSplitter *m_splitter = nullptr;
    AlarmFilterBar *m_filterBar;
    QTimer *m_ageTicker;
    QAction *m_acknowledgeAction = nullptr;
    QAction *m_copyTextAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_markSeenAction = nullptr;
    QAction *m_declareIncidentAction = nullptr;
    QAction *m_addToIncidentAction = nullptr;
    QAction *m_severityMappingAction = nullptr;
    QAction *m_focusFilterAction = nullptr;
    QString m_perspectiveId;
    bool m_selectedFirst = false;
    QString m_lastConfirmation;
};

} // namespace opsdeck::ui
