#include "backends/backendhealthindicator.h"

#include "backends/backendhealthmonitor.h"
#include "shell/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace opsdeck::ui {
BackendHealthIndicator::BackendHealthIndicator(const BackendHealthMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("BackendHealthIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    const qsizetype count = m_monitor != nullptr ? m_monitor->health().size() : 0;
    for (qsizetype index = 0; index < std::max<qsizetype>(count, 1); ++index) {
        Item item{new QLabel(this), new QLabel(this)};
        layout->addWidget(item.icon);
        layout->addWidget(item.text);
        if (index + 1 < count) {
            layout->addSpacing(8);
        }
        m_items.append(item);
    }
    if (m_monitor != nullptr) {
        connect(m_monitor, &BackendHealthMonitor::healthChanged, this,
                &BackendHealthIndicator::refresh);
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
        item.text->setText(QStringLiteral("%1 %2").arg(kind, health.lastProbe.version));
        state = tr("answers in %1 ms").arg(health.lastProbe.latencyMs);
        break;
    case BackendHealth::State::Degraded:
        item.text->setText(tr("%1 degraded").arg(kind));
        state = health.lastProbe.error;
        break;
    case BackendHealth::State::Down:
        item.text->setText(tr("%1 down").arg(kind));
        state = health.lastProbe.error;
        break;
    case BackendHealth::State::Unknown:
        item.text->setText(tr("%1 …").arg(kind));
        state = tr("not asked yet");
        break;
    }
    const QString lastSuccess =
        health.lastSuccess.isValid()
            ? QLocale().toString(health.lastSuccess.toLocalTime(), QLocale::ShortFormat)
            : tr("never");
    const QString details =
        tr("%1 at %2\n%3\nLast success: %4")
            .arg(kind, health.endpoint.url.toDisplayString(), state, lastSuccess);
    item.icon->setToolTip(details);
    item.text->setToolTip(details);
    item.text->setAccessibleDescription(details);
}

} // namespace opsdeck::ui
