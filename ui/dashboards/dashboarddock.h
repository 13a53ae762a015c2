#pragma once

#include "dashboards/variableinterpolation.h"
#include "model/dashboard.h"

#include <QDockWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace opsdeck {
class QueryEngine;
} // namespace opsdeck

namespace opsdeck::ui {

class DashboardGrid;
class PanelWidget;

// One open dashboard, in a dock of its own: its time range (relative or a zoomed-in absolute
// one, with Back), refresh now and every so often, its variables' values, and its panels on
// the grid. Only the panels that can be seen ask for data: a collapsed row, a hidden dock or a
// panel scrolled out of sight asks nothing, and asks when it comes into sight. Hovering one
// chart draws the crosshair on all of them.
class DashboardDock : public QDockWidget {
    Q_OBJECT
public:
    DashboardDock(const Dashboard &dashboard, QueryEngine &engine, const QString &backendId,
                  QWidget *parent = nullptr);
    ~DashboardDock() override;

    const Dashboard &dashboard() const { return m_dashboard; }
    QString dashboardId() const { return m_dashboard.id; }
    QList<PanelWidget *> panels() const { return m_panels; }
    DashboardGrid *grid() const { return m_grid; }
    QScrollArea *scrollArea() const { return m_scroll; }

    // A relative range as Grafana writes one ("now-6h" … "now"), or absolute Unix ms.
    void setRange(const QString &from, const QString &to);
    std::pair<qint64, qint64> range() const { return {m_startMs, m_endMs}; }
    bool canGoBack() const { return !m_back.isEmpty(); }
    void goBack();
    void setUtc(bool utc);
    // Resolves the range again (a relative one moves with the clock) and asks every panel in
    // sight for fresh data.
    void refresh();

    void retranslateUi();

Q_SIGNALS:
    // The user closed the dock (not the window quitting): the dashboard is no longer open.
    void closedByUser(const QString &dashboardId);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildToolBar(QWidget *bar);
    void resolveRange();
    void loadSeen(bool force);
    bool isSeen(const PanelWidget *panel) const;
    InterpolationScope variables() const;

    Dashboard m_dashboard;
    QueryEngine &m_engine;
    QString m_backendId;
    QString m_from;
    QString m_to;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    QList<std::pair<QString, QString>> m_back; // ranges before each zoom
    QList<PanelWidget *> m_panels;

    QComboBox *m_rangeBox = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QComboBox *m_autoRefresh = nullptr;
    QLabel *m_variables = nullptr;
    QScrollArea *m_scroll = nullptr;
    DashboardGrid *m_grid = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_seenCheck = nullptr; // after scrolling settles
};

} // namespace opsdeck::ui
