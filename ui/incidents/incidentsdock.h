#pragma once

#include "shell/viewdock.h"

#include <QDateTime>
#include <QPointer>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace opsdeck {
class IncidentCatalog;
class IncidentSession;
class WorkspaceTask;
} // namespace opsdeck

namespace opsdeck::ui {

class IncidentDeclarer;
class IncidentFilterProxy;
class IncidentTableModel;

// Every incident of the workspace: filter by status, severity, service and game day, search
// titles and timelines, open one (Enter or double-click) in the incident view.
class IncidentsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "incidents";

    // `session` opens the chosen incident; searches run over the workspace at `workspacePath`.
    IncidentsDock(IncidentCatalog &catalog, IncidentSession &session, IncidentDeclarer &declarer,
                  QString workspacePath, QWidget *parent = nullptr);
    ~IncidentsDock() override;
    void retranslateUi() override;

    IncidentTableModel *model() const { return m_model; }
    IncidentFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    // The line under the filters saying what they hide when nothing is listed.
    QLabel *hiddenByFilters() const { return m_hiddenByFilters; }
    // Every filter back to "any" (the link in that line).
    void showAll();

private:
    void buildUi();
    void fillFilters();
    void refreshServices();
    void applyFilters();
    void startSearch();
    void openCurrent();
    void updateEmptyState();

    IncidentCatalog &m_catalog;
    IncidentSession &m_session;
    IncidentDeclarer &m_declarer;
    QString m_workspacePath;
    IncidentTableModel *m_model;
    IncidentFilterProxy *m_proxy;
    QTableView *m_table = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_gameDays = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchState = nullptr;
    QLabel *m_hiddenByFilters = nullptr;
    QAction *m_declareAction = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_clock = nullptr;
    QDateTime m_recentCheckedAt; // when the "recent" filter last moved its clock
    QPointer<WorkspaceTask> m_searchTask;
};

} // namespace opsdeck::ui
