#include "dashboards/timeserieschart.h"

#include "dashboards/panelvalues.h"

#include <QDateTime>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>

#include <array>
#include <cmath>

namespace opsdeck::ui {
namespace {

constexpr int kMargin = 6;
constexpr int kTickGap = 90; // pixels at least between time labels
constexpr int kLegendRowHeight = 18;
constexpr int kMinimumDrag = 6; // pixels: less is a click, not a zoom

// About `count` round steps (1, 2 or 5 × 10^k) over [low, high].
double niceStep(double low, double high, int count)
{
    const double raw = (high - low) / std::max(1, count);
    if (!(raw > 0) || !std::isfinite(raw)) {
        return 1;
    }
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw) {
            return factor * power;
        }
    }
    return 10 * power;
}

qint64 timeStepFor(qint64 spanMs, int width)
{
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    static constexpr std::array<qint64, 18> steps{
        1'000,      5'000,       10'000,      15'000,      30'000,  minute,
        5 * minute, 10 * minute, 15 * minute, 30 * minute, hour,    3 * hour,
        6 * hour,   12 * hour,   day,         2 * day,     7 * day, 30 * day};
    const int labels = std::max(1, width / kTickGap);
    for (const qint64 step : steps) {
        if (spanMs / step <= labels) {
            return step;
        }
    }
    return steps.back();
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(120, 80);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QColor TimeSeriesChart::paletteColor(int index)
{
    static const std::array<QColor, 16> palette{
        QColor(0x7E, 0xB2, 0x6D), QColor(0xEA, 0xB8, 0x39), QColor(0x6E, 0xD0, 0xE0),
        QColor(0xEF, 0x84, 0x3C), QColor(0xE2, 0x4D, 0x42), QColor(0x1F, 0x78, 0xC1),
        QColor(0xBA, 0x43, 0xA9), QColor(0x70, 0x5D, 0xA0), QColor(0x50, 0x86, 0x42),
        QColor(0xCC, 0xA3, 0x00), QColor(0x44, 0x7E, 0xBC), QColor(0xC1, 0x5C, 0x17),
        QColor(0x89, 0x0F, 0x02), QColor(0x0A, 0x43, 0x7C), QColor(0x6D, 0x1F, 0x62),
        QColor(0x58, 0x44, 0x77)};
    return palette.at(std::size_t(index) % palette.size());
}

void TimeSeriesChart::setRange(qint64 startMs, qint64 endMs)
{
    m_startMs = startMs;
    m_endMs = std::max(startMs + 1, endMs);
    invalidate();
}

void TimeSeriesChart::setLines(QList<Line> lines)
{
    const bool sameSeries =
        lines.size() == m_lines.size() &&
        std::equal(lines.cbegin(), lines.cend(), m_lines.cbegin(),
                   [](const Line &a, const Line &b) { return a.name == b.name; });
    m_lines = std::move(lines);
    if (!sameSeries) {
        m_shown = QList<bool>(m_lines.size(), true); // a new set of series shows whole
    }
    relayout();
    invalidate();
}

void TimeSeriesChart::setUnit(const QString &unit, std::optional<int> decimals)
{
    m_unit = unit;
    m_decimals = decimals;
    relayout();
    invalidate();
}

void TimeSeriesChart::setFixedBounds(std::optional<double> min, std::optional<double> max)
{
    m_fixedMin = min;
    m_fixedMax = max;
    invalidate();
}

void TimeSeriesChart::setUtc(bool utc)
{
    m_utc = utc;
    invalidate();
}

void TimeSeriesChart::setCrosshair(std::optional<qint64> ms)
{
    if (m_crosshair != ms) {
        m_crosshair = ms;
        update(); // the overlay only
    }
}

bool TimeSeriesChart::isLineShown(int index) const
{
    return m_shown.value(index, true);
}

int TimeSeriesChart::plotWidth() const
{
    return std::max(1, m_layout.plot.width());
}

void TimeSeriesChart::invalidate()
{
    m_cacheValid = false;
    update();
}

void TimeSeriesChart::updateBounds()
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!isLineShown(int(i))) {
            continue;
        }
        const double sign = m_lines.at(i).negativeY ? -1.0 : 1.0;
        for (const auto &[ms, value] : m_lines.at(i).points) {
            if (std::isfinite(value)) {
                low = std::min(low, sign * value);
                high = std::max(high, sign * value);
            }
        }
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    // Grafana's soft zero: a chart of positive values starts at zero when that is near.
    if (low > 0 && low < high * 0.5) {
        low = 0;
    }
    if (high == low) {
        high = low + (low == 0 ? 1 : std::abs(low) * 0.1);
    }
    m_low = m_fixedMin.value_or(low);
    m_high = std::max(m_fixedMax.value_or(high), m_low + 1e-12);
}

void TimeSeriesChart::relayout()
{
    const QFontMetrics metrics(font());
    updateBounds();
    // The widest value label decides the axis width.
    const double step = niceStep(m_low, m_high, 5);
    int axisWidth = 0;
    const double first = std::ceil(m_low / step);
    for (int tick = 0; (first + tick) * step <= m_high + step * 1e-9 && tick < 100; ++tick) {
        const double v = (first + tick) * step;
        axisWidth = std::max(axisWidth,
                             metrics.horizontalAdvance(panelvalues::format(v, m_unit, m_decimals)));
    }
    m_layout.axisWidth = axisWidth + kMargin;
    // The legend flows in rows under the plot, at most a quarter of the height.
    m_layout.legend.clear();
    const int legendWidth = width() - 2 * kMargin;
    int x = 0;
    int row = 0;
    for (const Line &line : std::as_const(m_lines)) {
        const QString text = line.legendValue.isEmpty()
                                 ? line.name
                                 : QStringLiteral("%1  %2").arg(line.name, line.legendValue);
        const int entryWidth =
            std::min(legendWidth, 16 + metrics.horizontalAdvance(text) + 2 * kMargin);
        if (x > 0 && x + entryWidth > legendWidth) {
            x = 0;
            ++row;
        }
        m_layout.legend.append(
            QRect(kMargin + x, row * kLegendRowHeight, entryWidth, kLegendRowHeight));
        x += entryWidth;
    }
    const int rows = m_lines.isEmpty() ? 0 : row + 1;
    const int legendHeight = std::min(rows * kLegendRowHeight, height() / 4);
    const int top = kMargin;
    const int bottom = height() - legendHeight - metrics.height() - kMargin;
    m_layout.plot = QRect(QPoint(m_layout.axisWidth + kMargin, top),
                          QPoint(width() - kMargin - 1, std::max(top + 10, bottom)));
    const int legendTop = height() - legendHeight;
    for (QRect &entry : m_layout.legend) {
        entry.translate(0, legendTop);
    }
}

double TimeSeriesChart::xOf(qint64 ms) const
{
    const QRect &plot = m_layout.plot;
    return plot.left() + double(ms - m_startMs) * plot.width() / double(m_endMs - m_startMs);
}

double TimeSeriesChart::yOf(double value) const
{
    const QRect &plot = m_layout.plot;
    return plot.bottom() - (value - m_low) * plot.height() / (m_high - m_low);
}

qint64 TimeSeriesChart::msAt(int x) const
{
    const QRect &plot = m_layout.plot;
    const double share = double(x - plot.left()) / std::max(1, plot.width());
    return m_startMs + qint64(std::llround(share * double(m_endMs - m_startMs)));
}

void TimeSeriesChart::renderPlot()
{
    const qreal ratio = devicePixelRatioF();
    m_cache = QPixmap(size() * ratio);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(palette().color(QPalette::Base));
    QPainter painter(&m_cache);
    const QRect &plot = m_layout.plot;
    const QColor grid = palette().color(QPalette::Mid);
    const QColor text = palette().color(QPalette::Text);
    const QFontMetrics metrics(font());

    // Value axis: round steps, with their labels on the left.
    painter.setPen(QPen(grid, 0, Qt::DotLine));
    const double step = niceStep(m_low, m_high, std::max(2, plot.height() / 40));
    const double firstTick = std::ceil(m_low / step);
    for (int tick = 0; (firstTick + tick) * step <= m_high + step * 1e-9 && tick < 100; ++tick) {
        const double v = (firstTick + tick) * step;
        const int y = int(std::lround(yOf(v)));
        painter.setPen(QPen(grid, 0, Qt::DotLine));
        painter.drawLine(plot.left(), y, plot.right(), y);
        painter.setPen(text);
        painter.drawText(
            QRect(kMargin, y - metrics.height() / 2, m_layout.axisWidth - kMargin,
                  metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            panelvalues::format(std::abs(v) < step * 1e-9 ? 0.0 : v, m_unit, m_decimals));
    }
    // Time axis: round steps in the shown time zone.
    const qint64 span = m_endMs - m_startMs;
    const qint64 timeStep = timeStepFor(span, plot.width());
    const QTimeZone zone = m_utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
    const qint64 offsetMs =
        qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC))) * 1000;
    const QString format = timeStep >= 86'400'000 ? QStringLiteral("MM-dd")
                           : timeStep < 60'000    ? QStringLiteral("HH:mm:ss")
                                                  : QStringLiteral("HH:mm");
    qint64 tick = ((m_startMs + offsetMs) / timeStep + 1) * timeStep - offsetMs;
    for (; tick <= m_endMs; tick += timeStep) {
        const int x = int(std::lround(xOf(tick)));
        painter.setPen(QPen(grid, 0, Qt::DotLine));
        painter.drawLine(x, plot.top(), x, plot.bottom());
        painter.setPen(text);
        const QString label = QDateTime::fromMSecsSinceEpoch(tick, zone).toString(format);
        const int labelWidth = metrics.horizontalAdvance(label);
        painter.drawText(QRect(x - labelWidth / 2, plot.bottom() + 2, labelWidth, metrics.height()),
                         Qt::AlignCenter, label);
    }
    painter.setPen(grid);
    painter.drawRect(plot.adjusted(0, 0, -1, -1));

    // The lines, clipped to the plot; a NaN point lifts the pen. Polylines with a cosmetic pen
    // take the raster engine's fast path; antialiasing only while there are few points (with a
    // hundred series of thousands of points it costs seconds a frame).
    painter.setClipRect(plot);
    qsizetype total = 0;
    for (const Line &line : std::as_const(m_lines)) {
        total += qsizetype(line.points.size());
    }
    painter.setRenderHint(QPainter::Antialiasing, total <= AntialiasedPoints);
    QList<QPointF> run;
    const auto flush = [&painter, &run] {
        if (run.size() > 1) {
            painter.drawPolyline(run.constData(), int(run.size()));
        } else if (run.size() == 1) {
            painter.drawPoint(run.constFirst());
        }
        run.clear();
    };
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!isLineShown(int(i))) {
            continue;
        }
        const Line &line = m_lines.at(i);
        const double sign = line.negativeY ? -1.0 : 1.0;
        QPen pen(line.color, total <= AntialiasedPoints ? 1.5 : 0);
        painter.setPen(pen);
        run.reserve(qsizetype(line.points.size()));
        for (const auto &[ms, value] : line.points) {
            if (!std::isfinite(value)) {
                flush();
                continue;
            }
            run.append(QPointF(xOf(ms), yOf(sign * value)));
        }
        flush();
    }
    painter.setClipping(false);
    painter.setRenderHint(QPainter::Antialiasing, false);

    // The legend: a swatch and the name; a hidden series is greyed.
    for (qsizetype i = 0; i < m_lines.size() && i < m_layout.legend.size(); ++i) {
        const QRect entry = m_layout.legend.at(i);
        if (entry.bottom() > height()) {
            break;
        }
        const Line &line = m_lines.at(i);
        const bool shown = isLineShown(int(i));
        painter.fillRect(QRect(entry.left(), entry.center().y() - 1, 12, 3),
                         shown ? line.color : grid);
        painter.setPen(shown ? text : grid);
        const QString label = line.legendValue.isEmpty()
                                  ? line.name
                                  : QStringLiteral("%1  %2").arg(line.name, line.legendValue);
        painter.drawText(entry.adjusted(16, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(label, Qt::ElideMiddle, entry.width() - 16));
    }
    m_cacheValid = true;
}

void TimeSeriesChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    if (!m_cacheValid || m_cache.size() != size() * devicePixelRatioF()) {
        relayout();
        renderPlot();
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    const QRect &plot = m_layout.plot;
    if (m_dragFrom) {
        const int left = std::min(*m_dragFrom, m_dragTo);
        const int right = std::max(*m_dragFrom, m_dragTo);
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(60);
        painter.fillRect(QRect(left, plot.top(), right - left, plot.height()), band);
    }
    if (m_crosshair && *m_crosshair >= m_startMs && *m_crosshair <= m_endMs) {
        const int x = int(std::lround(xOf(*m_crosshair)));
        painter.setPen(QPen(palette().color(QPalette::Text), 0, Qt::DashLine));
        painter.drawLine(x, plot.top(), x, plot.bottom());
    }
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    invalidate();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        relayout();
        invalidate();
    }
}

QString TimeSeriesChart::toolTipAt(qint64 ms) const
{
    QStringList rows;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!isLineShown(int(i)) || m_lines.at(i).points.empty()) {
            continue;
        }
        const SeriesPoints &points = m_lines.at(i).points;
        auto nearest =
            std::lower_bound(points.cbegin(), points.cend(), ms,
                             [](const auto &point, qint64 at) { return point.first < at; });
        // The point nearest in time: the one found, or the one before it when that is nearer.
        const bool before =
            nearest == points.cend() ||
            (nearest != points.cbegin() && ms - std::prev(nearest)->first < nearest->first - ms);
        if (before) {
            --nearest;
        }
        rows.append(QStringLiteral("<tr><td><span style=\"color:%1\">■</span> %2</td>"
                                   "<td align=\"right\">&nbsp;%3</td></tr>")
                        .arg(m_lines.at(i).color.name(), m_lines.at(i).name.toHtmlEscaped(),
                             panelvalues::format(nearest->second, m_unit, m_decimals)));
        if (rows.size() >= 20) {
            break;
        }
    }
    if (rows.isEmpty()) {
        return {};
    }
    const QTimeZone zone = m_utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
    return QStringLiteral("<b>%1</b><table>%2</table>")
        .arg(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(
                 QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             rows.join(QString()));
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragFrom) {
        m_dragTo = std::clamp(at.x(), m_layout.plot.left(), m_layout.plot.right());
        update();
    }
    if (m_layout.plot.contains(at)) {
        const qint64 ms = msAt(at.x());
        setCrosshair(ms);
        Q_EMIT hovered(ms);
        QToolTip::showText(event->globalPosition().toPoint(), toolTipAt(ms), this);
    } else if (m_crosshair) {
        setCrosshair(std::nullopt);
        Q_EMIT hovered(std::nullopt);
        QToolTip::hideText();
    }
}

void TimeSeriesChart::mousePressEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (event->button() != Qt::LeftButton) {
        return;
    }
    for (qsizetype i = 0; i < m_layout.legend.size(); ++i) {
        if (!m_layout.legend.at(i).contains(at)) {
            continue;
        }
        if (event->modifiers().testFlag(Qt::ControlModifier)) {
            m_shown[i] = !m_shown.at(i);
        } else {
            // Only this one; clicking the only one shown shows all again.
            const bool alone =
                m_shown.at(i) && std::count(m_shown.cbegin(), m_shown.cend(), true) == 1;
            for (qsizetype j = 0; j < m_shown.size(); ++j) {
                m_shown[j] = alone || j == i;
            }
        }
        relayout();
        invalidate();
        return;
    }
    if (m_layout.plot.contains(at)) {
        m_dragFrom = at.x();
        m_dragTo = at.x();
    }
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    if (!m_dragFrom) {
        return;
    }
    const int from = std::min(*m_dragFrom, m_dragTo);
    const int to = std::max(*m_dragFrom, m_dragTo);
    m_dragFrom.reset();
    update();
    if (to - from >= kMinimumDrag) {
        Q_EMIT zoomRequested(msAt(from), msAt(to));
    }
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_crosshair) {
        setCrosshair(std::nullopt);
        Q_EMIT hovered(std::nullopt);
    }
}

} // namespace opsdeck::ui
