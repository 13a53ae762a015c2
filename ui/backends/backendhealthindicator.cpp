#include "backends/backendhealthindicator.h"

#include "alarms/alarmservice.h"
#include "common/duration.h"
#include "common/icons.h"
#include "common/timedisplay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace opsdeck::ui {
BackendHealthIndicator::BackendHealthIndicator(const AlarmService *alarms, QWidget *parent)
    : QWidget(parent)
    , m_monitor(alarms)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("BackendHealthIndicator"));
    m_layout->setContentsMargins(4, 0, 4, 0);
    m_layout->setSpacing(6);
    rebuild();
    if (m_monitor != nullptr) {
        connect(m_monitor, &AlarmService::healthChanged, this, &BackendHealthIndicator::refresh);
        connect(m_monitor, &AlarmService::backendsChanged, this, &BackendHealthIndicator::rebuild);
    }
}

void BackendHealthIndicator::rebuild()
{
    for (const Item &item : std::as_const(m_items)) {
        delete item.icon;
        delete item.text;
    }
    m_items.clear();
    while (QLayoutItem *spacing = m_layout->takeAt(0)) {
        delete spacing;
    }
    const qsizetype count = m_monitor != nullptr ? m_monitor->health().size() : 0;
    for (qsizetype index = 0; index < std::max<qsizetype>(count, 1); ++index) {
        Item item{new QLabel(this), new QLabel(this)};
        m_layout->addWidget(item.icon);
        m_layout->addWidget(item.text);
        if (index + 1 < count) {
            m_layout->addSpacing(8);
        }
        m_items.append(item);
    }
    retranslateUi();
}

QStringList BackendHealthIndicator::texts() const
{
    QStringList result;
    for (const Item &item : m_items) {
        result.append(item.text->text());
    }
    return result;
}

void BackendHealthIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void BackendHealthIndicator::retranslateUi()
{
    setAccessibleName(tr("Backend health"));
    if (m_monitor == nullptr || m_monitor->health().isEmpty()) {
        const int side = fontMetrics().height();
        m_items.first().icon->setPixmap(Icons::health(BackendHealth::State::Unknown).pixmap(side));
        m_items.first().text->setText(tr("No backends"));
        setToolTip(tr("No Prometheus or Alertmanager backend is configured"));
        return;
    }
    for (int index = 0; index < m_monitor->health().size(); ++index) {
        refresh(index);
    }
}

void BackendHealthIndicator::refresh(int index)
{
    if (m_monitor == nullptr || index < 0 || index >= m_items.size()) {
        return;
    }
    const BackendHealth &health = m_monitor->health().at(index);
    const QString kind = BackendEndpoint::kindName(health.endpoint.kind);
    const Item &item = m_items.at(index);
    const int side = fontMetrics().height();
    item.icon->setPixmap(Icons::health(health.state).pixmap(side));

    QString state;
    switch (health.state) {
    case BackendHealth::State::Ok:
        item.text->setText(QStringLiteral("%1 %2").arg(health.endpoint.name, health.version));
        state = tr("alerts: %1, answered in %2 ms").arg(health.alertCount).arg(health.latencyMs);
        break;
    case BackendHealth::State::Degraded:
        item.text->setText(tr("%1 degraded").arg(health.endpoint.name));
        state = health.error;
        break;
    case BackendHealth::State::Down:
        item.text->setText(health.isStale() ? tr("%1 down, data %2 old")
                                                  .arg(health.endpoint.name,
                                                       formatDuration(health.lastSuccess.secsTo(
                                                           QDateTime::currentDateTimeUtc())))
                                            : tr("%1 down").arg(health.endpoint.name));
        state = health.error;
        break;
    case BackendHealth::State::Unknown:
        item.text->setText(tr("%1 …").arg(health.endpoint.name));
        state = tr("not asked yet");
        break;
    }
    const QString lastSuccess =
        health.lastSuccess.isValid() ? TimeDisplay::dateTime(health.lastSuccess) : tr("never");
    const QString details =
        tr("%1 at %2\n%3\nLast success: %4")
            .arg(kind, health.endpoint.url.toDisplayString(), state, lastSuccess);
    item.icon->setToolTip(details);
    item.text->setToolTip(details);
    item.text->setAccessibleDescription(details);
}

} // namespace opsdeck::ui
