#include "postmortems/postmortemchartpainter.h"

#include "metrics/metricsnapshot.h"
#include "timeline/metricsnapshotview.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace opsdeck::ui {
namespace {

// Distinct on white and in print (Tableau 10).
constexpr std::array<QRgb, 10> SeriesColours = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                                0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
constexpr int MaxLegendRows = 3;
constexpr int ValueTickTarget = 5;

QColor seriesColour(qsizetype index)
{
    return QColor(SeriesColours.at(static_cast<std::size_t>(index) % SeriesColours.size()));
}

// A round step (1, 2 or 5 × 10^n) giving about `target` intervals over `span`.
double niceStep(double span, int target)
{
    const double raw = span / std::max(1, target);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (raw <= factor * magnitude) {
            return factor * magnitude;
        }
    }
    return 10.0 * magnitude;
}

QString valueLabel(double value, double step)
{
    if (std::abs(value) < step / 2) {
        return QStringLiteral("0");
    }
    const double magnitude = std::max(std::abs(value), step);
    if (magnitude >= 1e6 || magnitude < 1e-3) {
        return QLocale::c().toString(value, 'g', 3);
    }
    const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step))));
    return QLocale::c().toString(value, 'f', decimals);
}

// Round time steps in seconds, from a second to a week.
constexpr std::array<qint64, 19> TimeSteps = {1,     2,     5,     10,    15,    30,   60,
                                              120,   300,   600,   900,   1800,  3600, 7200,
                                              10800, 21600, 43200, 86400, 604800};

qint64 timeStepMs(qint64 spanMs, int maxTicks)
{
    for (const qint64 seconds : TimeSteps) {
        if (spanMs / (seconds * 1000) <= maxTicks) {
            return seconds * 1000;
        }
    }
    const qint64 weeks = spanMs / (TimeSteps.back() * 1000 * std::max(1, maxTicks)) + 1;
    return weeks * TimeSteps.back() * 1000;
}

QString timeLabel(qint64 ms, qint64 stepMs, qint64 spanMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (spanMs > 24LL * 3600 * 1000) {
        return time.toString(QStringLiteral("MM-dd HH:mm"));
    }
    return time.toString(stepMs < 60000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

void drawCentredText(QPainter &painter, const QRectF &rect, const QString &text)
{
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, text);
}

struct Plot {
    QList<QList<QPointF>> lines; // per series: (epoch ms, value)
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double minValue = std::numeric_limits<double>::infinity();
    double maxValue = -std::numeric_limits<double>::infinity();
    bool hasPoints() const { return std::isfinite(minValue); }
};

Plot plotOf(const MetricSnapshot &snapshot, int buckets)
{
    Plot plot;
    qint64 firstMs = std::numeric_limits<qint64>::max();
    qint64 lastMs = std::numeric_limits<qint64>::min();
    for (const MetricSnapshot::Series &series : snapshot.series) {
        QList<QPointF> line = MetricSnapshotView::decimate(series.points, buckets);
        for (const QPointF &point : line) {
            plot.minValue = std::min(plot.minValue, point.y());
            plot.maxValue = std::max(plot.maxValue, point.y());
            firstMs = std::min(firstMs, static_cast<qint64>(point.x()));
            lastMs = std::max(lastMs, static_cast<qint64>(point.x()));
        }
        plot.lines.append(line);
    }
    // The query's window when there is one, so that a gap at either end shows as one.
    plot.fromMs =
        snapshot.start.isValid() ? std::min(snapshot.start.toMSecsSinceEpoch(), firstMs) : firstMs;
    plot.toMs =
        snapshot.end.isValid() ? std::max(snapshot.end.toMSecsSinceEpoch(), lastMs) : lastMs;
    if (!plot.hasPoints()) {
        plot.fromMs = snapshot.start.toMSecsSinceEpoch();
        plot.toMs = snapshot.end.toMSecsSinceEpoch();
    }
    if (plot.toMs <= plot.fromMs) {
        plot.fromMs -= 30000;
        plot.toMs = plot.fromMs + 60000;
    }
    if (plot.hasPoints() && plot.maxValue - plot.minValue < 1e-12) {
        const double pad = std::max(std::abs(plot.maxValue) * 0.1, 1.0);
        plot.minValue -= pad;
        plot.maxValue += pad;
    }
    return plot;
}

// The legend's entries laid out in rows under the plot; returns the height used.
qreal drawLegend(QPainter &painter, const MetricSnapshot &snapshot, const QRectF &area, bool draw)
{
    const QFontMetricsF metrics(painter.font());
    const qreal swatch = metrics.ascent() * 0.8;
    const qreal gap = metrics.height() * 0.6;
    const qreal maxEntry = area.width() / 2;
    qreal x = area.left();
    qreal y = area.top();
    int row = 0;
    for (qsizetype i = 0; i < snapshot.series.size(); ++i) {
        const QString name =
            metrics.elidedText(snapshot.seriesName(i), Qt::ElideMiddle, maxEntry - swatch - gap);
        const qreal width = swatch + gap / 2 + metrics.horizontalAdvance(name);
        bool fits = x == area.left() || x + width <= area.right();
        if (!fits && row < MaxLegendRows - 1) {
            ++row;
            x = area.left();
            y += metrics.height();
            fits = true;
        }
        if (row == MaxLegendRows - 1) {
            // The last row: an entry only where "+N more" still fits after it.
            const bool last = i + 1 == snapshot.series.size();
            const QString more = QCoreApplication::translate("PostMortemRenderer", "+%1 more")
                                     .arg(snapshot.series.size() - i - 1);
            const qreal moreWidth = gap + metrics.horizontalAdvance(more);
            if (!fits || (!last && x + width + moreWidth > area.right())) {
                if (draw) {
                    painter.setPen(QColor(0x55, 0x55, 0x55));
                    painter.drawText(QPointF(x, y + metrics.ascent()),
                                     QCoreApplication::translate("PostMortemRenderer", "+%1 more")
                                         .arg(snapshot.series.size() - i));
                }
                return (row + 1) * metrics.height();
            }
        }
        if (draw) {
            painter.fillRect(QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch),
                             seriesColour(i));
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.drawText(QPointF(x + swatch + gap / 2, y + metrics.ascent()), name);
        }
        x += width + gap;
    }
    return snapshot.series.isEmpty() ? 0 : (row + 1) * metrics.height();
}

void drawChart(QPainter &painter, const PostMortem::Chart &chart, const MetricSnapshot &snapshot,
               const QRectF &bounds)
{
    QFont font = painter.font();
    const int basePixels = std::max(9, static_cast<int>(bounds.height() / 32));
    font.setPixelSize(basePixels);
    QFont titleFont = font;
    titleFont.setPixelSize(basePixels * 5 / 4);
    titleFont.setBold(true);
    const QFontMetricsF metrics(font);
    const QFontMetricsF titleMetrics(titleFont);
    const qreal pad = metrics.height() * 0.6;

    QRectF area = bounds.adjusted(pad, pad, -pad, -pad);
    // Title, then the window and query in grey.
    painter.setFont(titleFont);
    painter.setPen(QColor(0x11, 0x11, 0x11));
    const QString title = chart.title.isEmpty() ? snapshot.query : chart.title;
    painter.drawText(QPointF(area.left(), area.top() + titleMetrics.ascent()),
                     titleMetrics.elidedText(title, Qt::ElideRight, area.width()));
    area.setTop(area.top() + titleMetrics.height());
    painter.setFont(font);
    const QString window =
        QCoreApplication::translate("PostMortemRenderer", "%1 – %2 UTC")
            .arg(snapshot.start.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 snapshot.end.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QString subtitle = chart.title.isEmpty() || chart.title == snapshot.query
                                 ? window
                                 : QStringLiteral("%1 · %2").arg(window, snapshot.query);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QPointF(area.left(), area.top() + metrics.ascent()),
                     metrics.elidedText(subtitle, Qt::ElideRight, area.width()));
    // Room for half the top value label above the plot.
    area.setTop(area.top() + metrics.height() + pad + metrics.height() / 2);

    // Legend at the bottom, time labels above it.
    const qreal legendHeight = drawLegend(painter, snapshot, area, false);
    const QRectF legendArea(area.left(), area.bottom() - legendHeight, area.width(), legendHeight);
    drawLegend(painter, snapshot, legendArea, true);
    area.setBottom(legendArea.top() - (legendHeight > 0 ? pad : 0));
    area.setBottom(area.bottom() - metrics.height() - pad / 2);

    const Plot plot = plotOf(snapshot, std::max(50, static_cast<int>(area.width())));
    if (!plot.hasPoints()) {
        painter.setPen(QColor(0xbb, 0xbb, 0xbb));
        painter.drawRect(area);
        drawCentredText(
            painter, area,
            QCoreApplication::translate("PostMortemRenderer", "No data in this snapshot"));
        return;
    }

    // Value ticks, then the plot's left edge after the widest label.
    const double valueStep = niceStep(plot.maxValue - plot.minValue, ValueTickTarget);
    const double lowTick = std::floor(plot.minValue / valueStep) * valueStep;
    const double highTick = std::ceil(plot.maxValue / valueStep) * valueStep;
    QList<double> ticks;
    for (double tick = lowTick; tick <= highTick + valueStep / 2 && ticks.size() < 50;
         tick += valueStep) {
        ticks.append(tick);
    }
    qreal labelWidth = 0;
    for (const double tick : ticks) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(valueLabel(tick, valueStep)));
    }
    const QRectF plotRect = area.adjusted(labelWidth + pad / 2, 0, 0, 0);
    const double low = ticks.constFirst();
    const double high = std::max(ticks.constLast(), low + valueStep);
    const auto yOf = [&](double value) {
        return plotRect.bottom() - (value - low) / (high - low) * plotRect.height();
    };
    const auto xOf = [&](double ms) {
        return plotRect.left() + (ms - static_cast<double>(plot.fromMs)) /
                                     static_cast<double>(plot.toMs - plot.fromMs) *
                                     plotRect.width();
    };

    const QPen grid(QColor(0xe3, 0xe3, 0xe3), 1);
    const QColor labelColour(0x44, 0x44, 0x44);
    for (const double tick : ticks) {
        const qreal y = yOf(tick);
        painter.setPen(grid);
        painter.drawLine(QPointF(plotRect.left(), y), QPointF(plotRect.right(), y));
        painter.setPen(labelColour);
        painter.drawText(
            QRectF(area.left(), y - metrics.height() / 2, labelWidth, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, valueLabel(tick, valueStep));
    }

    const qint64 spanMs = plot.toMs - plot.fromMs;
    const qreal sampleWidth =
        metrics.horizontalAdvance(timeLabel(plot.fromMs, 1000, spanMs)) + metrics.height() * 2;
    const int maxTimeTicks = std::max(2, static_cast<int>(plotRect.width() / sampleWidth));
    const qint64 stepMs = timeStepMs(spanMs, maxTimeTicks);
    qint64 firstTick = (plot.fromMs / stepMs) * stepMs;
    if (firstTick < plot.fromMs) {
        firstTick += stepMs;
    }
    for (qint64 tick = firstTick; tick <= plot.toMs; tick += stepMs) {
        const qreal x = xOf(static_cast<double>(tick));
        painter.setPen(grid);
        painter.drawLine(QPointF(x, plotRect.top()), QPointF(x, plotRect.bottom()));
        const QString text = timeLabel(tick, stepMs, spanMs);
        const qreal width = metrics.horizontalAdvance(text);
        const qreal left = std::clamp(x - width / 2, plotRect.left(), plotRect.right() - width);
        painter.setPen(labelColour);
        painter.drawText(QPointF(left, plotRect.bottom() + pad / 2 + metrics.ascent()), text);
    }

    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1));
    painter.drawLine(plotRect.bottomLeft(), plotRect.bottomRight());
    painter.drawLine(plotRect.bottomLeft(), plotRect.topLeft());

    painter.save();
    painter.setClipRect(plotRect.adjusted(-1, -1, 1, 1));
    const qreal lineWidth = std::max(1.5, bounds.height() / 240.0);
    for (qsizetype i = 0; i < plot.lines.size(); ++i) {
        const QList<QPointF> &line = plot.lines.at(i);
        if (line.isEmpty()) {
            continue;
        }
        painter.setPen(
            QPen(seriesColour(i), lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (line.size() == 1) {
            painter.setBrush(seriesColour(i));
            painter.drawEllipse(QPointF(xOf(line.constFirst().x()), yOf(line.constFirst().y())),
                                lineWidth * 1.5, lineWidth * 1.5);
            continue;
        }
        QPainterPath path;
        path.moveTo(xOf(line.constFirst().x()), yOf(line.constFirst().y()));
        for (qsizetype p = 1; p < line.size(); ++p) {
            path.lineTo(xOf(line.at(p).x()), yOf(line.at(p).y()));
        }
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

} // namespace

QImage PostMortemChartPainter::image(const PostMortem::Chart &chart, const QSize &size)
{
    QImage image(size.expandedTo(QSize(160, 100)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF bounds(QPointF(0, 0), QSizeF(image.size()));
    QString problem;
    try {
        const MetricSnapshot snapshot = MetricSnapshot::fromPayload(chart.snapshot);
        drawChart(painter, chart, snapshot, bounds);
    } catch (const ModelError &error) {
        problem = error.text();
    } catch (const std::exception &error) { // a payload that is not JSON of the expected kinds
        problem = QString::fromUtf8(error.what());
    }
    if (!problem.isEmpty()) {
        painter.fillRect(bounds, Qt::white);
        QFont font = painter.font();
        font.setPixelSize(std::max(9, image.height() / 32));
        painter.setFont(font);
        drawCentredText(
            painter, bounds.adjusted(8, 8, -8, -8),
            QCoreApplication::translate("PostMortemRenderer", "The chart “%1” cannot be drawn: %2")
                .arg(chart.title, problem));
    }
    return image;
}

} // namespace opsdeck::ui
