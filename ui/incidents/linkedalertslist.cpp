#include "incidents/linkedalertslist.h"

#include "common/severitystyle.h"
#include "common/statustexts.h"
#include "common/tablecolumns.h"
#include "model/alert.h"
#include "model/incident.h"
#include "model/timelineevent.h"

#include <QHash>
#include <QHeaderView>

namespace opsdeck::ui {

LinkedAlertsList::LinkedAlertsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("incidentAlerts"));
    setRootIsDecorated(false);
    setColumnCount(ColumnCount);
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(Name, QHeaderView::Stretch);
    columns->setSectionResizeMode(Severity, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(State, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(Summary, QHeaderView::Stretch);
    hideWhenNarrow(this, {Summary}, 440);
    setMinimumHeight(60);
    retranslateUi();
}

void LinkedAlertsList::retranslateUi()
{
    setHeaderLabels({tr("Alert"), tr("Severity"), tr("State"), tr("Summary")});
}

void LinkedAlertsList::showAlertsOf(const Incident &incident, const QList<TimelineEvent> &events,
                                    const LiveAlert &liveAlert)
{
    clear();
    QHash<QString, QString> names;
    for (const TimelineEvent &event : events) {
        if (event.type == TimelineEvent::Type::AlertFired) {
            names.insert(QString::fromStdString(event.payload.value("fingerprint", std::string())),
                         QString::fromStdString(event.payload.value("alertname", std::string())));
        }
    }
    for (const QString &fingerprint : incident.alertFingerprints) {
        const Alert *alert = liveAlert(fingerprint);
        auto *item = new QTreeWidgetItem(this);
        if (alert == nullptr) {
            item->setText(Name, names.value(fingerprint, fingerprint));
            item->setText(State, tr("not firing"));
            item->setForeground(State, palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(Name, fingerprint);
            continue;
        }
        const QString severity = alert->labels.value(QStringLiteral("severity"));
        const QString summary = alert->annotations.value(QStringLiteral("summary"));
        item->setText(Name, alert->name());
        item->setText(Severity, severity);
        item->setIcon(Severity, SeverityStyle::dot(SeverityStyle::standardSeverity(
                                    severity, SeverityStyle::mappingFromSettings())));
        item->setText(State, StatusTexts::alertState(alert->state));
        item->setText(Summary, summary);
        const QString toolTip = summary.isEmpty()
                                    ? alert->name()
                                    : QStringLiteral("%1\n%2").arg(alert->name(), summary);
        for (int column = 0; column < ColumnCount; ++column) {
            item->setToolTip(column, toolTip);
        }
    }
}

} // namespace opsdeck::ui
