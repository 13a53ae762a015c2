#include "alarms/alertwindow.h"

#include "alarms/alarmservice.h"
#include "alarms/alertdetailview.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {

AlertWindow::AlertWindow(const QString &fingerprint, const AlarmService &alarms,
                         RunbookCatalog &runbooks, QWidget *parent)
    : QDialog(parent)
    , m_fingerprint(fingerprint)
    , m_name(fingerprint)
    , m_alarms(alarms)
    , m_details(new AlertDetailView(this))
{
    setObjectName(QStringLiteral("alertWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_details->setRunbookCatalog(&runbooks);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(720, 600);
    connect(&alarms, &AlarmService::alertsChanged, this, &AlertWindow::refresh);
    connect(&alarms, &AlarmService::silencesChanged, this, &AlertWindow::refresh);
    refresh();
}

void AlertWindow::refresh()
{
    const QList<Alert> &alerts = m_alarms.snapshot().alerts;
    const auto alert = std::find_if(alerts.cbegin(), alerts.cend(), [this](const Alert &shown) {
        return shown.fingerprint == m_fingerprint;
    });
    if (alert == alerts.cend()) {
        // Resolved (or its backends went away): the last view stays, marked as such.
        setWindowTitle(tr("%1 — no longer reported").arg(m_name));
        return;
    }
    m_name = alert->name().isEmpty() ? m_fingerprint : alert->name();
    setWindowTitle(tr("Alert %1").arg(m_name));
    m_details->showAlert(&*alert, &m_alarms);
}

} // namespace opsdeck::ui
