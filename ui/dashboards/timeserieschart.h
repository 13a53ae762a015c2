#pragma once

#include "dashboards/seriesreduction.h"

#include <QColor>
#include <QList>
#include <QPixmap>
#include <QWidget>

#include <optional>

namespace opsdeck::ui {

// A time series panel's plot: one line per series over the panel's time range, the value axis
// in the panel's unit, a legend under it. The lines are drawn once into a cached picture; the
// crosshair, hover dot and the tooltip of values are drawn over it, so moving the mouse
// repaints only those. NaN and missing steps break a line. Click a legend entry to show only
// its series (again to show all), Ctrl+click to show or hide one.
class TimeSeriesChart : public QWidget {
    Q_OBJECT
public:
    // Up to this many points in all, lines are antialiased.
    static constexpr qsizetype AntialiasedPoints = 20'000;

    struct Line {
        QString name;
        QColor color;
        SeriesPoints points; // already decimated to the plot's width; NaN marks a gap
        bool negativeY = false;
        QString legendValue; // shown after the name ("max 42 MiB"); empty: none
    };

    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setRange(qint64 startMs, qint64 endMs);
    void setLines(QList<Line> lines);
    void setUnit(const QString &unit, std::optional<int> decimals);
    void setFixedBounds(std::optional<double> min, std::optional<double> max);
    void setUtc(bool utc);
    // Draws the crosshair at this time (another panel's hover), or none.
    void setCrosshair(std::optional<qint64> ms);

    const QList<Line> &lines() const { return m_lines; }
    bool isLineShown(int index) const;
    // The plot's width in pixels: what queries decimate to.
    int plotWidth() const;

    // The Grafana classic palette: series colours in order.
    static QColor paletteColor(int index);

Q_SIGNALS:
    // The mouse is over the plot at this time (none: it left).
    void hovered(std::optional<qint64> ms);
    // A drag over the plot: zoom to this range.
    void zoomRequested(qint64 startMs, qint64 endMs);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout {
        QRect plot;
        QList<QRect> legend; // one a line
        int axisWidth = 0;
    };
    void relayout();
    void invalidate();
    void renderPlot();
    void updateBounds();
    double xOf(qint64 ms) const;
    double yOf(double value) const;
    qint64 msAt(int x) const;
    QString toolTipAt(qint64 ms) const;

    QList<Line> m_lines;
    QList<bool> m_shown;
    qint64 m_startMs = 0;
    qint64 m_endMs = 1;
    QString m_unit;
    std::optional<int> m_decimals;
    std::optional<double> m_fixedMin;
    std::optional<double> m_fixedMax;
    double m_low = 0;
    double m_high = 1;
    bool m_utc = false;
    std::optional<qint64> m_crosshair;
    std::optional<int> m_dragFrom;
    int m_dragTo = 0;
    Layout m_layout;
    QPixmap m_cache;
    bool m_cacheValid = false;
};

} // namespace opsdeck::ui
