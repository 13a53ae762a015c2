#pragma once

#include "metrics/metricsnapshot.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QTimer;
class QValueAxis;

namespace opsdeck::ui {

// The chart of a metric snapshot: a line per series over a time axis (local time or UTC),
// the query as title, the series names in the legend. A series with more points than two per
// pixel of the plot is drawn from its minimum and maximum per pixel, so spikes stay visible.
// Shows a text instead of the chart while there is no data.
class MetricSnapshotView : public QWidget {
    Q_OBJECT
public:
    // More series than this make a legend taller than the chart: it is hidden then.
    static constexpr int MaxLegendSeries = 20;

    explicit MetricSnapshotView(QWidget *parent = nullptr);

    void setSnapshot(const MetricSnapshot &snapshot);
    void clear();
    const MetricSnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }

    void setUtc(bool utc);
    bool isUtc() const { return m_utc; }

    // The text shown while no snapshot is set (a snapshot without data has its own).
    void setPlaceholderText(const QString &text);
    bool isShowingChart() const;
    QString shownText() const; // the empty state's text; empty while the chart shows

    QChart *chart() const;
    QList<QLineSeries *> lineSeries() const { return m_lines; }

    // The points to draw for `points`, x shifted by `shiftMs`, NaN and infinities left out.
    // When there are more finite points than 2 × `buckets`, each of `buckets` equal time slices
    // contributes its minimum and maximum in time order.
    static QList<QPointF> decimate(const std::vector<std::pair<qint64, double>> &points,
                                   int buckets, qint64 shiftMs = 0);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillSeries();
    void updateAxes();
    void updateTexts();
    int pixelBuckets() const;
    qint64 shiftMs() const;

    MetricSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    bool m_utc = false;
    bool m_hasFinitePoints = false;
    int m_filledBuckets = 0;
    QString m_placeholder;

    QStackedLayout *m_stack;
    QLabel *m_emptyLabel;
    QChartView *m_chartView;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QList<QLineSeries *> m_lines;
    QTimer *m_refill;
};

} // namespace opsdeck::ui
