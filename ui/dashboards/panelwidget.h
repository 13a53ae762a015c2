#pragma once

#include "dashboards/queryengine.h"
#include "dashboards/variableinterpolation.h"
#include "model/dashboardpanel.h"

#include <QDateTime>
#include <QFrame>

#include <optional>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace opsdeck::ui {

class TimeSeriesChart;

// One panel of an open dashboard: its title, what state its data is in (loading, the
// server's error, warnings, partial, series left out, how old the data is when the backend
// is down), and its content — a time series chart, a stat, a gauge or bar gauge value, a table,
// Markdown text, or for a panel type Opsdeck does not draw, a placeholder naming it. It asks
// the query engine for its data only when told to (the dashboard knows whether it is seen).
class PanelWidget : public QFrame {
    Q_OBJECT
public:
    // A query never asks for fewer points than this, however narrow the panel.
    static constexpr int MinimumColumns = 100;

    PanelWidget(const DashboardPanel &panel, QueryEngine &engine, QWidget *parent = nullptr);
    ~PanelWidget() override;

    const DashboardPanel &panel() const { return m_panel; }
    void setBackendId(const QString &backendId) { m_backendId = backendId; }
    void setUtc(bool utc);

    // Runs the panel's queries over [startMs, endMs] with these variable values; cancels what
    // it asked before. A text or unsupported panel asks nothing.
    void refresh(qint64 startMs, qint64 endMs, const InterpolationScope &variables);
    // Stops what is in flight (the panel went out of sight); its data stays.
    void cancel();
    bool isLoading() const { return m_loading; }
    bool hasData() const { return m_fetchedAt.isValid(); }
    // Whether the data is for this range (else it needs a refresh when seen).
    bool isCurrentFor(qint64 startMs, qint64 endMs) const;

    // The status line's text ("" when all is well), for tests and accessibility.
    QString statusText() const;
    TimeSeriesChart *chart() const { return m_chart; }
    QString shownValue() const; // a stat's, gauge's or bar gauge's text

    void setCrosshair(std::optional<qint64> ms);

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void hovered(std::optional<qint64> ms);
    void zoomRequested(qint64 startMs, qint64 endMs);
    void loaded(); // results arrived (or failed)

private:
    void buildContent();
    void apply(const QList<PanelQueryResult> &results);
    void showTimeSeries(const QList<PanelQueryResult> &results);
    void showValue(const QList<PanelQueryResult> &results);
    void showTable(const QList<PanelQueryResult> &results);
    void updateStatus();
    QColor thresholdColor(double value) const;
    void fitValueFont();

    DashboardPanel m_panel;
    QueryEngine &m_engine;
    QString m_backendId;
    bool m_utc = false;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    bool m_loading = false;
    QDateTime m_fetchedAt;
    QString m_error;
    QStringList m_notes; // warnings, partial, left-out series

    QLabel *m_title;
    QLabel *m_status;
    QStackedWidget *m_content;
    TimeSeriesChart *m_chart = nullptr;
    QLabel *m_value = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace opsdeck::ui
