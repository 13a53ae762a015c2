#include "dashboards/dashboarddock.h"

#include "common/duration.h"
#include "common/timedisplay.h"
#include "dashboards/dashboardgrid.h"
#include "dashboards/panelwidget.h"
#include "dashboards/queryengine.h"
#include "dashboards/timerange.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck::ui {
namespace {

// The relative ranges offered, Grafana's.
const QStringList &relativeRanges()
{
    static const QStringList ranges{
        QStringLiteral("5m"), QStringLiteral("15m"), QStringLiteral("30m"), QStringLiteral("1h"),
        QStringLiteral("3h"), QStringLiteral("6h"),  QStringLiteral("12h"), QStringLiteral("24h"),
        QStringLiteral("2d"), QStringLiteral("7d"),  QStringLiteral("30d")};
    return ranges;
}

const QStringList &refreshIntervals()
{
    static const QStringList intervals{QStringLiteral("10s"), QStringLiteral("30s"),
                                       QStringLiteral("1m"), QStringLiteral("5m"),
                                       QStringLiteral("15m")};
    return intervals;
}

} // namespace

DashboardDock::DashboardDock(const Dashboard &dashboard, QueryEngine &engine,
                             const QString &backendId, QWidget *parent)
    : QDockWidget(parent)
    , m_dashboard(dashboard)
    , m_engine(engine)
    , m_backendId(dashboard.backendId.isEmpty() ? backendId : dashboard.backendId)
    , m_from(dashboard.from)
    , m_to(dashboard.to)
{
    setObjectName(QStringLiteral("dashboard-%1").arg(dashboard.id));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QWidget(content);
    buildToolBar(bar);
    layout->addWidget(bar);
    m_variables = new QLabel(content);
    m_variables->setObjectName(QStringLiteral("variablesLine"));
    m_variables->setTextFormat(Qt::PlainText);
    m_variables->setWordWrap(true);
    layout->addWidget(m_variables);

    m_scroll = new QScrollArea(content);
    m_scroll->setObjectName(QStringLiteral("dashboardScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new DashboardGrid(m_scroll);
    for (const DashboardPanel *panel : dashboard.allPanels()) {
        auto *widget = new PanelWidget(*panel, engine, m_grid);
        widget->setBackendId(m_backendId);
        widget->setUtc(TimeDisplay::instance().isUtc());
        m_panels.append(widget);
        // The shared crosshair: one panel's hover is every panel's.
        connect(widget, &PanelWidget::hovered, this, [this, widget](std::optional<qint64> ms) {
            if (!m_dashboard.sharedCrosshair) {
                return;
            }
            for (PanelWidget *other : std::as_const(m_panels)) {
                if (other != widget) {
                    other->setCrosshair(ms);
                }
            }
        });
        connect(widget, &PanelWidget::zoomRequested, this, [this](qint64 startMs, qint64 endMs) {
            m_back.append({m_from, m_to});
            setRange(QString::number(startMs), QString::number(endMs));
        });
    }
    m_grid->setDashboard(dashboard, m_panels);
    m_scroll->setWidget(m_grid);
    layout->addWidget(m_scroll, 1);
    setWidget(content);

    m_seenCheck = new QTimer(this);
    m_seenCheck->setSingleShot(true);
    m_seenCheck->setInterval(80);
    connect(m_seenCheck, &QTimer::timeout, this, [this] { loadSeen(false); });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_seenCheck,
            qOverload<>(&QTimer::start));
    connect(m_grid, &DashboardGrid::layoutChanged, m_seenCheck, qOverload<>(&QTimer::start));
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            m_seenCheck->start();
        } else {
            loadSeen(false); // a hidden dock asks nothing
        }
    });
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &DashboardDock::setUtc);

    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardDock::refresh);
    const qsizetype refreshIndex = refreshIntervals().indexOf(dashboard.refresh);
    m_autoRefresh->setCurrentIndex(refreshIndex < 0 ? 0 : int(refreshIndex) + 1);

    QStringList shown;
    for (const DashboardVariable &variable : dashboard.variables) {
        if (variable.hide != DashboardVariable::Hide::Variable) {
            const bool all = variable.current.contains(QStringLiteral("$__all"));
            shown.append(QStringLiteral("%1 = %2").arg(
                variable.label.isEmpty() ? variable.name : variable.label,
                all ? tr("All") : variable.current.join(QStringLiteral(", "))));
        }
    }
    m_variables->setText(shown.join(QStringLiteral("   ")));
    m_variables->setVisible(!shown.isEmpty());
    retranslateUi();
    resolveRange();
}

DashboardDock::~DashboardDock() = default;

void DashboardDock::buildToolBar(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_backButton = new QToolButton(bar);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_backButton->setArrowType(Qt::LeftArrow);
    m_backButton->setEnabled(false);
    connect(m_backButton, &QToolButton::clicked, this, &DashboardDock::goBack);
    m_rangeBox = new QComboBox(bar);
    m_rangeBox->setObjectName(QStringLiteral("rangeBox"));
    connect(m_rangeBox, &QComboBox::activated, this, [this](int index) {
        const QString range = m_rangeBox->itemData(index).toString();
        if (!range.isEmpty()) {
            m_back.clear();
            setRange(QStringLiteral("now-") + range, QStringLiteral("now"));
        }
    });
    m_refreshButton = new QToolButton(bar);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refreshButton, &QToolButton::clicked, this, &DashboardDock::refresh);
    m_autoRefresh = new QComboBox(bar);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshBox"));
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this, [this](int index) {
        const std::optional<qint64> every =
            index > 0 ? parsePrometheusDurationMs(refreshIntervals().value(index - 1))
                      : std::nullopt;
        if (every) {
            m_refreshTimer->start(int(*every));
        } else {
            m_refreshTimer->stop();
        }
    });
    layout->addWidget(m_backButton);
    layout->addWidget(m_rangeBox);
    layout->addWidget(m_refreshButton);
    layout->addWidget(m_autoRefresh);
    layout->addStretch(1);
}

void DashboardDock::retranslateUi()
{
    setWindowTitle(m_dashboard.title.isEmpty() ? tr("Untitled dashboard") : m_dashboard.title);
    m_backButton->setToolTip(tr("Back to the range before zooming"));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Ask every panel in sight for fresh data"));
    const QSignalBlocker blockRange(m_rangeBox);
    m_rangeBox->clear();
    for (const QString &range : relativeRanges()) {
        m_rangeBox->addItem(tr("Last %1").arg(range), range);
    }
    const QSignalBlocker blockRefresh(m_autoRefresh);
    const int refreshIndex = std::max(0, m_autoRefresh->currentIndex());
    m_autoRefresh->clear();
    m_autoRefresh->addItem(tr("Auto-refresh off"));
    for (const QString &interval : refreshIntervals()) {
        m_autoRefresh->addItem(tr("Every %1").arg(interval));
    }
    m_autoRefresh->setCurrentIndex(refreshIndex);
    resolveRange(); // the range box shows the range in the new language
}

void DashboardDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
}

void DashboardDock::closeEvent(QCloseEvent *event)
{
    QDockWidget::closeEvent(event);
    if (event->isAccepted()) {
        Q_EMIT closedByUser(m_dashboard.id);
    }
}

void DashboardDock::setRange(const QString &from, const QString &to)
{
    m_from = from;
    m_to = to;
    resolveRange();
    loadSeen(true);
}

void DashboardDock::goBack()
{
    if (m_back.isEmpty()) {
        return;
    }
    const auto [from, to] = m_back.takeLast();
    setRange(from, to);
}

void DashboardDock::setUtc(bool utc)
{
    for (PanelWidget *panel : std::as_const(m_panels)) {
        panel->setUtc(utc);
    }
    resolveRange();
}

void DashboardDock::resolveRange()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<qint64> end = parseDashboardTime(m_to, now);
    const std::optional<qint64> start = parseDashboardTime(m_from, now);
    m_endMs = end.value_or(now);
    m_startMs = std::min(start.value_or(m_endMs - qint64{6} * 3'600'000), m_endMs - 1000);
    m_backButton->setEnabled(!m_back.isEmpty());
    // A relative range shows as itself; a zoomed one as its times, added for the moment.
    const QSignalBlocker block(m_rangeBox);
    for (int i = m_rangeBox->count() - 1; i >= 0; --i) {
        if (m_rangeBox->itemData(i).toString().isEmpty()) {
            m_rangeBox->removeItem(i);
        }
    }
    const qsizetype relative = m_to == QLatin1String("now") && m_from.startsWith(u"now-")
                                   ? relativeRanges().indexOf(m_from.mid(4))
                                   : -1;
    if (relative >= 0) {
        m_rangeBox->setCurrentIndex(int(relative));
    } else {
        const bool utc = TimeDisplay::instance().isUtc();
        m_rangeBox->addItem(
            tr("%1 to %2")
                .arg(TimeDisplay::dateTime(QDateTime::fromMSecsSinceEpoch(m_startMs), utc),
                     TimeDisplay::dateTime(QDateTime::fromMSecsSinceEpoch(m_endMs), utc)));
        m_rangeBox->setCurrentIndex(m_rangeBox->count() - 1);
    }
}

void DashboardDock::refresh()
{
    resolveRange();
    loadSeen(true);
}

InterpolationScope DashboardDock::variables() const
{
    InterpolationScope scope;
    for (const DashboardVariable &variable : m_dashboard.variables) {
        QStringList values = variable.current;
        if (values.contains(QStringLiteral("$__all")) || values.contains(QStringLiteral("All"))) {
            values = {variable.allValue.isEmpty() ? QStringLiteral(".*") : variable.allValue};
            scope.values.insert(variable.name, values);
            continue; // ".*" must stay a regex: not escaped
        }
        scope.values.insert(variable.name, values);
        if (variable.multi || variable.includeAll) {
            scope.regexValued.insert(variable.name);
        }
    }
    return scope;
}

bool DashboardDock::isSeen(const PanelWidget *panel) const
{
    if (!isVisible() || panel->isHidden()) {
        return false;
    }
    // In sight, or within half a screen of it: scrolling shows it drawn already.
    const QRect viewport = m_scroll->viewport()->rect();
    const QRect near = viewport.adjusted(0, -viewport.height() / 2, 0, viewport.height() / 2);
    const QRect place(panel->mapTo(m_scroll->viewport(), QPoint(0, 0)), panel->size());
    return near.intersects(place);
}

void DashboardDock::loadSeen(bool force)
{
    const InterpolationScope scope = variables();
    for (PanelWidget *panel : std::as_const(m_panels)) {
        if (!isSeen(panel)) {
            panel->cancel();
        } else if (force || !panel->isCurrentFor(m_startMs, m_endMs)) {
            panel->refresh(m_startMs, m_endMs, scope);
        }
    }
}

} // namespace opsdeck::ui
