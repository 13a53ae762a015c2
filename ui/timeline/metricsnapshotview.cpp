#include "timeline/metricsnapshotview.h"

#include "common/timedisplay.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QTimer>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>
#include <limits>
#include <memory>

namespace opsdeck::ui {
namespace {

// Below this the chart is not laid out yet; decimate for a typical plot width instead.
constexpr int MinimumBuckets = 100;
constexpr int DefaultBuckets = 800;

} // namespace

MetricSnapshotView::MetricSnapshotView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_emptyLabel(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
    , m_refill(new QTimer(this))
{
    setObjectName(QStringLiteral("metricSnapshotView"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_chartView->setObjectName(QStringLiteral("chartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 200);

    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(6);
    // The view takes the new chart (and its axes) but only lets go of the one it made itself.
    std::unique_ptr<QChart> madeByTheView(m_chartView->chart());
    m_chartView->setChart(chart);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_chartView);

    // Resizing re-decimates once the size settles, not on every pixel of a drag.
    m_refill->setSingleShot(true);
    m_refill->setInterval(100);
    connect(m_refill, &QTimer::timeout, this, [this] {
        if (pixelBuckets() != m_filledBuckets) {
            fillSeries();
        }
    });

    updateTexts();
}

QChart *MetricSnapshotView::chart() const
{
    return m_chartView->chart();
}

void MetricSnapshotView::setSnapshot(const MetricSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    rebuild();
}

void MetricSnapshotView::clear()
{
    m_snapshot = {};
    m_hasSnapshot = false;
    rebuild();
}

void MetricSnapshotView::setUtc(bool utc)
{
    if (utc == m_utc) {
        return;
    }
    m_utc = utc;
    fillSeries();
    updateTexts();
}

void MetricSnapshotView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    updateTexts();
}

bool MetricSnapshotView::isShowingChart() const
{
    return m_stack->currentWidget() == m_chartView;
}

QString MetricSnapshotView::shownText() const
{
    return isShowingChart() ? QString() : m_emptyLabel->text();
}

QList<QPointF> MetricSnapshotView::decimate(const std::vector<std::pair<qint64, double>> &points,
                                            int buckets, qint64 shiftMs)
{
    QList<QPointF> finite;
    finite.reserve(qsizetype(points.size()));
    for (const auto &[ms, value] : points) {
        if (std::isfinite(value)) {
            finite.append(QPointF(double(ms + shiftMs), value));
        }
    }
    buckets = std::max(1, buckets);
    if (finite.size() <= 2 * qsizetype(buckets)) {
        return finite;
    }
    const double first = finite.first().x();
    const double width = std::max(1.0, finite.last().x() - first);
    QList<QPointF> drawn;
    drawn.reserve(2 * qsizetype(buckets));
    qsizetype i = 0;
    while (i < finite.size()) {
        const auto bucket =
            std::min(buckets - 1, int(double(buckets) * (finite.at(i).x() - first) / width));
        qsizetype lowest = i;
        qsizetype highest = i;
        qsizetype next = i + 1;
        for (; next < finite.size(); ++next) {
            const auto nextBucket =
                std::min(buckets - 1, int(double(buckets) * (finite.at(next).x() - first) / width));
            if (nextBucket != bucket) {
                break;
            }
            if (finite.at(next).y() < finite.at(lowest).y()) {
                lowest = next;
            }
            if (finite.at(next).y() > finite.at(highest).y()) {
                highest = next;
            }
        }
        drawn.append(finite.at(std::min(lowest, highest)));
        if (lowest != highest) {
            drawn.append(finite.at(std::max(lowest, highest)));
        }
        i = next;
    }
    return drawn;
}

int MetricSnapshotView::pixelBuckets() const
{
    const int plotWidth = int(chart()->plotArea().width());
    if (plotWidth >= MinimumBuckets) {
        return plotWidth;
    }
    return m_chartView->width() >= MinimumBuckets ? m_chartView->width() : DefaultBuckets;
}

qint64 MetricSnapshotView::shiftMs() const
{
    if (!m_utc) {
        return 0;
    }
    // QDateTimeAxis labels a value as local time; moving every x by the local offset makes the
    // labels read UTC. The offset at the snapshot's start is used for all of it.
    const QDateTime reference =
        m_snapshot.start.isValid() ? m_snapshot.start : QDateTime::currentDateTimeUtc();
    return -qint64(QTimeZone::systemTimeZone().offsetFromUtc(reference)) * 1000;
}

void MetricSnapshotView::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries(); // deletes them
    m_lines.clear();
    m_hasFinitePoints = false;
    for (qsizetype i = 0; i < m_snapshot.series.size(); ++i) {
        auto *line = new QLineSeries;
        line->setName(m_snapshot.seriesName(i));
        chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        m_lines.append(line);
        for (const auto &point : m_snapshot.series.at(i).points) {
            m_hasFinitePoints = m_hasFinitePoints || std::isfinite(point.second);
        }
    }
    chart->setTitle(m_snapshot.query.toHtmlEscaped());
    const bool legend = !m_lines.isEmpty() && m_lines.size() <= MaxLegendSeries;
    chart->legend()->setVisible(legend);
    fillSeries();
    updateTexts();
}

void MetricSnapshotView::fillSeries()
{
    const int buckets = pixelBuckets();
    const qint64 shift = shiftMs();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        // One replace() per series: appending point by point repaints per point.
        m_lines.at(i)->replace(decimate(m_snapshot.series.at(i).points, buckets, shift));
    }
    m_filledBuckets = buckets;
    updateAxes();
}

void MetricSnapshotView::updateAxes()
{
    const qint64 shift = shiftMs();
    QDateTime from = m_snapshot.start;
    QDateTime to = m_snapshot.end;
    if (!from.isValid() || !to.isValid() || from >= to) {
        to = QDateTime::currentDateTimeUtc();
        from = to.addSecs(-3600);
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from.toMSecsSinceEpoch() + shift),
                         QDateTime::fromMSecsSinceEpoch(to.toMSecsSinceEpoch() + shift));
    const qint64 seconds = from.secsTo(to);
    // The clock the tables use (12- or 24-hour as the locale has it).
    m_timeAxis->setFormat(seconds <= 3600 ? TimeDisplay::timeFormat(TimeDisplay::Precision::Seconds)
                          : seconds <= 86400
                              ? TimeDisplay::timeFormat(TimeDisplay::Precision::Minutes)
                              : TimeDisplay::dateTimeFormat(TimeDisplay::Precision::Minutes));

    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const QLineSeries *line : std::as_const(m_lines)) {
        for (const QPointF &point : line->points()) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
    }
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    } else if (low == high) {
        const double pad = low == 0 ? 1.0 : std::abs(low) * 0.1;
        low -= pad;
        high += pad;
    }
    m_valueAxis->setRange(low, high);
    m_valueAxis->applyNiceNumbers();
}

void MetricSnapshotView::updateTexts()
{
    m_timeAxis->setTitleText(m_utc ? tr("Time (UTC)") : tr("Time (local)"));
    QString empty;
    if (!m_hasSnapshot) {
        empty = m_placeholder.isEmpty() ? tr("No metric snapshot") : m_placeholder;
    } else if (m_snapshot.series.isEmpty() || !m_hasFinitePoints) {
        empty = tr("\"%1\" returned no data between %2 and %3.")
                    .arg(m_snapshot.query, TimeDisplay::dateTime(m_snapshot.start, m_utc),
                         TimeDisplay::dateTime(m_snapshot.end, m_utc));
    }
    m_emptyLabel->setText(empty);
    m_stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_chartView)
                                              : static_cast<QWidget *>(m_emptyLabel));

    setAccessibleName(m_hasSnapshot ? tr("Metric chart: %1").arg(m_snapshot.query)
                                    : tr("Metric chart"));
    if (!empty.isEmpty()) {
        setAccessibleDescription(empty);
    } else {
        QString description = tr("%n series from %1 to %2, one point every %3 s.", nullptr,
                                 int(m_snapshot.series.size()))
                                  .arg(TimeDisplay::dateTime(m_snapshot.start, m_utc),
                                       TimeDisplay::dateTime(m_snapshot.end, m_utc))
                                  .arg(m_snapshot.stepSeconds);
        if (m_lines.size() > MaxLegendSeries) {
            description += QLatin1Char(' ') + tr("The legend is hidden: too many series.");
        }
        if (!m_snapshot.warning.isEmpty()) {
            description += QLatin1Char(' ') + m_snapshot.warning;
        }
        setAccessibleDescription(description);
    }
    m_chartView->setAccessibleName(accessibleName());
    m_chartView->setAccessibleDescription(accessibleDescription());
    m_chartView->setToolTip(m_snapshot.warning);
}

void MetricSnapshotView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_lines.isEmpty()) {
        m_refill->start();
    }
}

void MetricSnapshotView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
    }
}

} // namespace opsdeck::ui
