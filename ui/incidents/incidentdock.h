#pragma once

#include "common/messagelabel.h"
#include "incidents/linkedalertslist.h"
#include "model/incident.h"
#include "shell/viewdock.h"

#include <QMap>

class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace opsdeck {
struct Alert;
class AlarmService;
class IncidentService;
class IncidentSession;
class MetricQueryService;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

// The incident the console has open: a status banner (severity, status, elapsed time,
// commander), one button per lifecycle step, the roles, the durations so far and the linked
// alerts with their live state. Every change goes through the incident service and shows up
// here (and in every other console) through the change feed.
class IncidentDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "incident";

    // `alarms` gives the linked alerts' live state, `runbooks` the runbooks for them, `metrics`
    // the backends for metric snapshots; `userName` is the author of what the view records.
    IncidentDock(IncidentSession &session, IncidentService &service, AlarmService &alarms,
                 RunbookCatalog &runbooks, MetricQueryService &metrics, QString userName,
                 QWidget *parent = nullptr);
    void retranslateUi() override;

    // For tests and the keyboard: the lifecycle button for a status name ("mitigated"), and
    // "false_alarm" for closing as a false alarm.
    QToolButton *lifecycleButton(const QString &status) const { return m_steps.value(status); }
    QLineEdit *roleField(const QString &role) const { return m_roles.value(role); }
    QLabel *messageLabel() const { return m_message; }
    QTreeWidget *linkedAlerts() const { return m_alerts; }
    QLabel *runbooksLine() const { return m_runbooks; }
    QString bannerText() const;

private:
    void buildUi();
    void showIncident();
    void refreshBanner();
    void refreshAlerts();
    void refreshRunbooks();
    const Alert *liveAlert(const QString &fingerprint) const;
    void changeStatus(const QString &status); // asks first when resolving while alerts fire
    void applyStatus(Incident::Status next, bool falseAlarm);
    void assignRole(const QString &role);
    void openStatusUpdate();
    void openMetricSnapshot();

    IncidentSession &m_session;
    IncidentService &m_service;
    AlarmService &m_alarms;
    RunbookCatalog &m_runbookCatalog;
    MetricQueryService &m_metrics;
    QString m_userName;
    QFrame *m_banner = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_commander = nullptr;
    QLabel *m_durations = nullptr;
    MessageLabel *m_message = nullptr;
    QMap<QString, QToolButton *> m_steps;
    QMap<QString, QLineEdit *> m_roles;
    QFormLayout *m_roleForm = nullptr;
    LinkedAlertsList *m_alerts = nullptr;
    QLabel *m_runbooks = nullptr;
    QToolButton *m_statusUpdate = nullptr;
    QToolButton *m_metricSnapshot = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace opsdeck::ui
