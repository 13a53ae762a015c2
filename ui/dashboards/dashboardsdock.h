#pragma once

#include "shell/viewdock.h"

class QAction;
class QTableView;

namespace opsdeck {
class DashboardCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class DashboardListModel;
class MessageLabel;

// The workspace's dashboards: opened with Enter or a double click, each in a dock of its own;
// imported from Grafana or Opsdeck files, exported and deleted from here.
class DashboardsDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "dashboards";

    explicit DashboardsDock(DashboardCatalog &catalog, QWidget *parent = nullptr);
    void retranslateUi() override;

    QTableView *table() const { return m_table; }
    DashboardListModel *model() const { return m_model; }
    // A result to show under the list (an import's outcome, an error).
    void showMessage(const QString &text, bool error);

Q_SIGNALS:
    void openRequested(const QString &dashboardId);
    void importRequested();
    // `format`: "grafana" or "opsdeck".
    void exportRequested(const QString &dashboardId, const QString &format);
    void deleteRequested(const QString &dashboardId);

private:
    QString currentId() const;
    void updateState();

    DashboardCatalog &m_catalog;
    DashboardListModel *m_model;
    QTableView *m_table = nullptr;
    MessageLabel *m_message = nullptr;
    QAction *m_import;
    QAction *m_open;
    QAction *m_export;
    QAction *m_exportGrafana;
    QAction *m_exportOpsdeck;
    QAction *m_delete;
};

} // namespace opsdeck::ui
