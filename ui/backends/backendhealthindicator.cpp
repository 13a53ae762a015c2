#include "backends/backendhealthindicator.h"

#include "shell/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace opsdeck::ui {

BackendHealthIndicator::BackendHealthIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("BackendHealthIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    const int side = fontMetrics().height();
    m_icon->setPixmap(Icons::load(QStringLiteral("health-unknown")).pixmap(side, side));
    retranslateUi();
}

QString BackendHealthIndicator::text() const
{
    return m_text->text();
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
    m_text->setText(tr("No backends"));
    setToolTip(tr("No Prometheus or Alertmanager backend is configured"));
    setAccessibleName(tr("Backend health"));
    setAccessibleDescription(toolTip());
}

} // namespace opsdeck::ui
