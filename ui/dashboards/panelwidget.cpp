#include "dashboards/panelwidget.h"

#include "common/duration.h"
#include "dashboards/panelvalues.h"
#include "dashboards/timeserieschart.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace opsdeck::ui {
namespace {

// Grafana's named colours ("green", "semi-dark-red" …) and CSS ones ("#e24d42", "red").
QColor grafanaColor(const QString &name)
{
    static const QMap<QString, QColor> named{
        {QStringLiteral("green"), QColor(0x73, 0xBF, 0x69)},
        {QStringLiteral("red"), QColor(0xF2, 0x49, 0x5C)},
        {QStringLiteral("orange"), QColor(0xFF, 0x98, 0x30)},
        {QStringLiteral("yellow"), QColor(0xFA, 0xDE, 0x2A)},
        {QStringLiteral("blue"), QColor(0x57, 0x94, 0xF2)},
        {QStringLiteral("purple"), QColor(0xB8, 0x77, 0xD9)},
        {QStringLiteral("text"), QColor(0xCC, 0xCC, 0xDC)},
    };
    QString base = name.trimmed().toLower();
    for (const QString &shade : {QStringLiteral("super-light-"), QStringLiteral("light-"),
                                 QStringLiteral("semi-dark-"), QStringLiteral("dark-")}) {
        if (base.startsWith(shade)) {
            base = base.mid(shade.size());
            break;
        }
    }
    if (const auto found = named.constFind(base); found != named.cend()) {
        return *found;
    }
    const QColor css = QColor::fromString(name.trimmed());
    return css.isValid() ? css : QColor();
}

QString ageText(const QDateTime &since)
{
    const int seconds = int(since.secsTo(QDateTime::currentDateTimeUtc()));
    // Whole minutes and hours taken first: lupdate hangs on a division among translate()'s
    // arguments.
    const int minutes = seconds / 60;
    const int hours = minutes / 60;
    if (seconds < 90) {
        return QCoreApplication::translate("PanelWidget", "%n second(s) ago", "", seconds);
    }
    if (seconds < 5400) {
        return QCoreApplication::translate("PanelWidget", "%n minute(s) ago", "", minutes);
    }
    return QCoreApplication::translate("PanelWidget", "%n hour(s) ago", "", hours);
}

const DashboardPanel::Override *overrideFor(const DashboardPanel &panel, const QString &name)
{
    for (const DashboardPanel::Override &change : panel.overrides) {
        if (change.match == DashboardPanel::Match::ByName
                ? change.pattern == name
                : QRegularExpression(change.pattern).match(name).hasMatch()) {
            return &change;
        }
    }
    return nullptr;
}

// The queries a panel runs, in order: neither hidden nor empty. Results come in this order.
QList<DashboardPanel::Query> shownQueries(const DashboardPanel &panel)
{
    QList<DashboardPanel::Query> shown;
    for (const DashboardPanel::Query &query : panel.queries) {
        if (!query.hidden && !query.expr.trimmed().isEmpty()) {
            shown.append(query);
        }
    }
    return shown;
}

} // namespace

PanelWidget::PanelWidget(const DashboardPanel &panel, QueryEngine &engine, QWidget *parent)
    : QFrame(parent)
    , m_panel(panel)
    , m_engine(engine)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_content(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("panel-%1").arg(panel.id));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(panel.title.isEmpty() ? tr("Untitled panel") : panel.title);
    setAccessibleDescription(panel.description);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    m_title->setText(panel.title);
    m_title->setToolTip(panel.description);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("panelStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_title, 1);
    header->addWidget(m_status, 0);
    layout->addLayout(header);
    layout->addWidget(m_content, 1);
    buildContent();
    // What shows instead of the content while an error leaves the panel without data.
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content->addWidget(m_message);
    updateStatus();
}

PanelWidget::~PanelWidget()
{
    m_engine.cancel(this);
}

void PanelWidget::buildContent()
{
    using Kind = DashboardPanel::Kind;
    switch (m_panel.kind) {
    case Kind::TimeSeries:
        m_chart = new TimeSeriesChart(m_content);
        m_chart->setAccessibleName(tr("Chart: %1").arg(m_panel.title));
        m_chart->setUnit(m_panel.unit, m_panel.decimals);
        m_chart->setFixedBounds(m_panel.min, m_panel.max);
        connect(m_chart, &TimeSeriesChart::hovered, this, &PanelWidget::hovered);
        connect(m_chart, &TimeSeriesChart::zoomRequested, this, &PanelWidget::zoomRequested);
        m_content->addWidget(m_chart);
        break;
    case Kind::Stat:
    case Kind::Gauge:
    case Kind::BarGauge: {
        m_value = new QLabel(m_content);
        m_value->setObjectName(QStringLiteral("panelValue"));
        m_value->setAlignment(Qt::AlignCenter);
        m_value->setTextFormat(Qt::PlainText);
        QFont bold = m_value->font();
        bold.setBold(true);
        m_value->setFont(bold); // its size follows the panel's (fitValueFont)
        m_content->addWidget(m_value);
        break;
    }
    case Kind::Table:
        m_table = new QTableWidget(m_content);
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->verticalHeader()->hide();
        m_table->setAlternatingRowColors(true);
        m_content->addWidget(m_table);
        break;
    case Kind::Text: {
        auto *text = new QLabel(m_content);
        text->setTextFormat(Qt::MarkdownText);
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        text->setOpenExternalLinks(true);
        text->setText(m_panel.text);
        m_content->addWidget(text);
        break;
    }
    case Kind::Unsupported: {
        auto *placeholder = new QLabel(m_content);
        placeholder->setObjectName(QStringLiteral("unsupportedPanel"));
        placeholder->setAlignment(Qt::AlignCenter);
        placeholder->setWordWrap(true);
        placeholder->setText(
            tr("Opsdeck does not draw “%1” panels.")
                .arg(m_panel.pluginType.isEmpty() ? tr("this kind of") : m_panel.pluginType));
        m_content->addWidget(placeholder);
        break;
    }
    }
}

void PanelWidget::setUtc(bool utc)
{
    m_utc = utc;
    if (m_chart != nullptr) {
        m_chart->setUtc(utc);
    }
}

void PanelWidget::setCrosshair(std::optional<qint64> ms)
{
    if (m_chart != nullptr) {
        m_chart->setCrosshair(ms);
    }
}

bool PanelWidget::isCurrentFor(qint64 startMs, qint64 endMs) const
{
    return (hasData() || m_loading) && startMs == m_startMs && endMs == m_endMs;
}

void PanelWidget::refresh(qint64 startMs, qint64 endMs, const InterpolationScope &variables)
{
    if (m_panel.kind == DashboardPanel::Kind::Text ||
        m_panel.kind == DashboardPanel::Kind::Unsupported) {
        return;
    }
    m_startMs = startMs;
    m_endMs = endMs;
    // The plot's width once laid out; before, about the panel's (a chart not yet shown is 1
    // pixel wide, which would ask for one point).
    const int columns =
        std::max(MinimumColumns, m_chart != nullptr && m_chart->plotWidth() > MinimumColumns
                                     ? m_chart->plotWidth()
                                     : width() - 80);
    const qint64 minStep = parsePrometheusDurationMs(m_panel.minInterval).value_or(0);
    QList<PanelQuery> queries;
    for (const DashboardPanel::Query &query : shownQueries(m_panel)) {
        PanelQuery asked;
        asked.backendId = m_panel.backendId.isEmpty() ? m_backendId : m_panel.backendId;
        const qint64 queryMinStep =
            std::max(minStep, parsePrometheusDurationMs(query.minStep).value_or(0));
        asked.window = QueryWindow::plan(startMs, endMs, columns, queryMinStep);
        asked.instant = query.instant || (m_panel.kind == DashboardPanel::Kind::Table &&
                                          query.format == DashboardPanel::QueryFormat::Table);
        asked.maxSeries = m_panel.maxSeries;
        asked.columns = m_chart != nullptr ? columns : 0;
        InterpolationScope scope = variables;
        scope.intervalMs = asked.window.stepMs;
        scope.rateIntervalMs =
            QueryWindow::rateIntervalMs(asked.window.stepMs, QueryWindow::DefaultScrapeIntervalMs);
        scope.rangeMs = endMs - startMs;
        asked.expr = interpolateVariables(query.expr, scope);
        queries.append(asked);
    }
    m_loading = true;
    updateStatus();
    m_engine.run(queries, this, [this](const QList<PanelQueryResult> &results) {
        m_loading = false;
        apply(results);
        Q_EMIT loaded();
    });
}

void PanelWidget::cancel()
{
    m_engine.cancel(this);
    if (m_loading) {
        m_loading = false;
        m_startMs = m_endMs = 0; // not current: asked again when seen
        updateStatus();
    }
}

void PanelWidget::apply(const QList<PanelQueryResult> &results)
{
    m_error.clear();
    m_notes.clear();
    bool anyOk = false;
    for (const PanelQueryResult &result : results) {
        if (!result.ok()) {
            m_error = result.error;
            continue;
        }
        anyOk = true;
        if (result.capped()) {
            m_notes.append(
                result.limitedByServer
                    ? tr("showing %1 of more than %1 series").arg(result.answer.series.size())
                    : tr("showing %1 of %2 series")
                          .arg(result.answer.series.size())
                          .arg(result.answer.seriesInAnswer));
        }
        if (result.partial) {
            m_notes.append(tr("partial answer: %1").arg(result.answer.warnings.join(u"; ")));
        }
        for (const QString &info : result.answer.infos) {
            m_notes.append(info);
        }
    }
    // A backend that is down keeps the last data: its age shows instead of a blank panel.
    if (anyOk || !hasData()) {
        if (anyOk) {
            m_fetchedAt = QDateTime::currentDateTimeUtc();
        }
        switch (m_panel.kind) {
        case DashboardPanel::Kind::TimeSeries:
            showTimeSeries(results);
            break;
        case DashboardPanel::Kind::Stat:
        case DashboardPanel::Kind::Gauge:
        case DashboardPanel::Kind::BarGauge:
            showValue(results);
            break;
        case DashboardPanel::Kind::Table:
            showTable(results);
            break;
        case DashboardPanel::Kind::Text:
        case DashboardPanel::Kind::Unsupported:
            break;
        }
    }
    updateStatus();
}

void PanelWidget::showTimeSeries(const QList<PanelQueryResult> &results)
{
    QList<TimeSeriesChart::Line> lines;
    int colorIndex = 0;
    qsizetype queryIndex = 0;
    const QList<DashboardPanel::Query> shown = shownQueries(m_panel); // as refresh() asked
    for (const PanelQueryResult &result : results) {
        const QString legendFormat = shown.value(queryIndex++).legendFormat;
        for (qsizetype i = 0; i < result.answer.series.size(); ++i) {
            const MetricSnapshot::Series &series = result.answer.series.at(i);
            TimeSeriesChart::Line line;
            line.name = panelvalues::seriesName(legendFormat, series.labels);
            line.points = series.points;
            line.color = TimeSeriesChart::paletteColor(colorIndex++);
            if (const DashboardPanel::Override *change = overrideFor(m_panel, line.name)) {
                if (!change->displayName.isEmpty()) {
                    line.name = change->displayName;
                }
                if (const QColor color = grafanaColor(change->color); color.isValid()) {
                    line.color = color;
                }
                line.negativeY = change->negativeY.value_or(false);
            }
            QStringList values;
            for (const DashboardPanel::Reduction reduction : m_panel.legendValues) {
                values.append(QStringLiteral("%1 %2").arg(
                    DashboardPanel::reductionNames().value(qsizetype(reduction)),
                    panelvalues::format(result.summaries.value(i).value(reduction), m_panel.unit,
                                        m_panel.decimals)));
            }
            line.legendValue = values.join(QStringLiteral("  "));
            lines.append(std::move(line));
        }
    }
    m_chart->setUtc(m_utc);
    m_chart->setRange(m_startMs, m_endMs);
    m_chart->setLines(std::move(lines));
}

QColor PanelWidget::thresholdColor(double value) const
{
    QColor color;
    const double low = m_panel.min.value_or(0);
    const double high = m_panel.max.value_or(100);
    for (const DashboardPanel::Threshold &threshold : m_panel.thresholds) {
        if (!threshold.value) {
            color = grafanaColor(threshold.color); // the base
            continue;
        }
        const double limit = m_panel.thresholdMode == DashboardPanel::ThresholdMode::Percentage
                                 ? low + (high - low) * *threshold.value / 100.0
                                 : *threshold.value;
        if (value >= limit) {
            color = grafanaColor(threshold.color);
        }
    }
    return color;
}

void PanelWidget::showValue(const QList<PanelQueryResult> &results)
{
    std::optional<double> value;
    for (const PanelQueryResult &result : results) {
        if (!result.summaries.isEmpty()) {
            value = result.summaries.constFirst().value(m_panel.reduction);
            break;
        }
    }
    m_value->setText(panelvalues::format(value, m_panel.unit, m_panel.decimals));
    fitValueFont();
    QPalette colors = m_value->palette();
    const QColor color = value && std::isfinite(*value) ? thresholdColor(*value) : QColor();
    colors.setColor(QPalette::WindowText,
                    color.isValid() ? color : palette().color(QPalette::WindowText));
    m_value->setPalette(colors);
}

void PanelWidget::showTable(const QList<PanelQueryResult> &results)
{
    // One row a series: its labels as columns, then its value.
    QStringList columns;
    QList<std::pair<QMap<QString, QString>, std::optional<double>>> rows;
    for (const PanelQueryResult &result : results) {
        for (qsizetype i = 0; i < result.answer.series.size(); ++i) {
            const MetricSnapshot::Series &series = result.answer.series.at(i);
            for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it) {
                if (!columns.contains(it.key()) && !m_panel.table.hidden.contains(it.key())) {
                    columns.append(it.key());
                }
            }
            rows.append({series.labels, result.summaries.value(i).lastNotNull});
        }
    }
    QStringList ordered;
    for (const QString &column : m_panel.table.order) {
        if (columns.contains(column)) {
            ordered.append(column);
        }
    }
    for (const QString &column : std::as_const(columns)) {
        if (!ordered.contains(column)) {
            ordered.append(column);
        }
    }
    m_table->clear();
    m_table->setColumnCount(int(ordered.size()) + 1);
    m_table->setRowCount(int(rows.size()));
    QStringList headers;
    for (const QString &column : std::as_const(ordered)) {
        headers.append(m_panel.table.renamed.value(column, column));
    }
    headers.append(m_panel.table.renamed.value(QStringLiteral("Value"), tr("Value")));
    m_table->setHorizontalHeaderLabels(headers);
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < ordered.size(); ++column) {
            m_table->setItem(row, column,
                             new QTableWidgetItem(rows.at(row).first.value(ordered.at(column))));
        }
        auto *value = new QTableWidgetItem(
            panelvalues::format(rows.at(row).second, m_panel.unit, m_panel.decimals));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, int(ordered.size()), value);
    }
    m_table->resizeColumnsToContents();
}

void PanelWidget::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitValueFont();
}

// A stat's value as large as its panel allows: the whole text in 90 % of the width and at
// most 60 % of the height.
void PanelWidget::fitValueFont()
{
    if (m_value == nullptr || m_value->text().isEmpty()) {
        return;
    }
    QFont font = m_value->font();
    const QSize room = m_content->size();
    qreal size = std::max<qreal>(8, room.height() * 0.6);
    font.setPixelSize(int(size));
    const int textWidth = QFontMetrics(font).horizontalAdvance(m_value->text());
    if (textWidth > room.width() * 0.9) {
        size = std::max<qreal>(8, size * room.width() * 0.9 / textWidth);
        font.setPixelSize(int(size));
    }
    m_value->setFont(font);
}

QString PanelWidget::statusText() const
{
    return m_status->text();
}

QString PanelWidget::shownValue() const
{
    return m_value != nullptr ? m_value->text() : QString();
}

void PanelWidget::updateStatus()
{
    QString text;
    QString tip;
    if (m_loading) {
        text = tr("Loading…");
    } else if (!m_error.isEmpty()) {
        text = hasData() ? tr("⚠ Error — data from %1").arg(ageText(m_fetchedAt)) : tr("⚠ Error");
        tip = m_error;
    } else if (!m_notes.isEmpty()) {
        text = QStringLiteral("ⓘ ") + m_notes.constFirst();
        tip = m_notes.join(u'\n');
    }
    m_status->setText(m_status->fontMetrics().elidedText(text, Qt::ElideRight, width() / 2));
    m_status->setToolTip(tip.isEmpty() ? text : tip);
    m_status->setAccessibleDescription(tip);
    const bool errorOnly = !m_error.isEmpty() && !hasData();
    m_message->setText(errorOnly ? m_error : QString());
    m_content->setCurrentIndex(errorOnly ? m_content->indexOf(m_message) : 0);
}

} // namespace opsdeck::ui
