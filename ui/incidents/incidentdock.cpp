#include "incidents/incidentdock.h"

#include "alarms/alarmservice.h"
#include "common/duration.h"
#include "common/messagelabel.h"
#include "common/severitystyle.h"
#include "common/statustexts.h"
#include "common/timedisplay.h"
#include "common/wrappingbar.h"
#include "incidents/incidentdurations.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "incidents/incidenttablemodel.h"
#include "incidents/linkedalertslist.h"
#include "incidents/statusupdate.h"
#include "incidents/statusupdatedialog.h"
#include "metrics/metricqueryservice.h"
#include "runbooks/runbookcatalog.h"
#include "timeline/metricsnapshotdialog.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {
namespace {

const QString FalseAlarm = QStringLiteral("false_alarm");

QString durationText(const std::optional<qint64> &ms)
{
    return ms ? formatDuration(*ms / 1000) : QStringLiteral("—");
}

} // namespace

IncidentDock::IncidentDock(IncidentSession &session, IncidentService &service, AlarmService &alarms,
                           RunbookCatalog &runbooks, MetricQueryService &metrics, QString userName,
                           QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-incidents"), parent)
    , m_session(session)
    , m_service(service)
    , m_alarms(alarms)
    , m_runbookCatalog(runbooks)
    , m_metrics(metrics)
    , m_userName(std::move(userName))
{
    buildUi();
    retranslateUi();
    connect(&session, &IncidentSession::opened, this, [this]() {
        showIncident();
        // Brought forward where it is part of the layout; other perspectives stay as they are.
        if (isVisible()) {
            raise();
        }
    });
    connect(&session, &IncidentSession::incidentChanged, this, &IncidentDock::showIncident);
    connect(&session, &IncidentSession::eventsAdded, this,
            [this](const QList<TimelineEvent> &events) {
                if (std::any_of(events.cbegin(), events.cend(), [](const TimelineEvent &e) {
                        return e.type == TimelineEvent::Type::AlertFired;
                    })) {
                    refreshRunbooks();
                }
            });
    connect(&session, &IncidentSession::closed, this, &IncidentDock::showIncident);
    connect(&session, &IncidentSession::failed, this,
            [this](const QString &error) { m_message->showMessage(error, true); });
    connect(&m_alarms, &AlarmService::alertsChanged, this, [this]() {
        refreshAlerts();
        refreshRunbooks();
    });
    showIncident();
}

void IncidentDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    m_banner = new QFrame(content);
    m_banner->setObjectName(QStringLiteral("incidentBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *banner = new QVBoxLayout(m_banner);
    m_title = new QLabel(m_banner);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *facts = new QHBoxLayout;
    m_status = new QLabel(m_banner);
    m_elapsed = new QLabel(m_banner);
    m_commander = new QLabel(m_banner);
    facts->addWidget(m_status);
    facts->addWidget(m_elapsed);
    facts->addWidget(m_commander);
    facts->addStretch(1);
    banner->addWidget(m_title);
    banner->addLayout(facts);
    layout->addWidget(m_banner);

    // The lifecycle's steps; the last three go on a second line in a narrow column.
    auto *steps = new WrappingBar(content);
    const QStringList stepNames = Incident::statusNames().mid(1) + QStringList{FalseAlarm};
    for (const QString &status : stepNames) {
        auto *button = new QToolButton(content);
        button->setObjectName(QStringLiteral("step_") + status);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, [this, status]() { changeStatus(status); });
        m_steps.insert(status, button);
        (m_steps.size() <= stepNames.size() / 2 ? steps->first() : steps->second())
            ->addWidget(button);
    }
    steps->second()->addStretch(1);
    layout->addWidget(steps);
    auto *actions = new QHBoxLayout;
    m_statusUpdate = new QToolButton(content);
    m_statusUpdate->setObjectName(QStringLiteral("statusUpdateButton"));
    m_metricSnapshot = new QToolButton(content);
    connect(m_statusUpdate, &QToolButton::clicked, this, &IncidentDock::openStatusUpdate);
    connect(m_metricSnapshot, &QToolButton::clicked, this, &IncidentDock::openMetricSnapshot);
    m_durations = new QLabel(content);
    m_durations->setWordWrap(true);
    actions->addWidget(m_durations, 1);
    actions->addWidget(m_statusUpdate);
    actions->addWidget(m_metricSnapshot);
    layout->addLayout(actions);

    m_message = new MessageLabel(content);
    layout->addWidget(m_message);

    auto *middle = new QHBoxLayout;
    m_roleForm = new QFormLayout;
    for (const QString &role : IncidentService::assignableRoles()) {
        auto *field = new QLineEdit(content);
        field->setObjectName(QStringLiteral("role_") + role);
        connect(field, &QLineEdit::editingFinished, this, [this, role]() { assignRole(role); });
        m_roles.insert(role, field);
        m_roleForm->addRow(role, field);
    }
    // Names and the "unassigned" hint readable beside the alerts.
    m_roleForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (QLineEdit *field : std::as_const(m_roles)) {
        field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    }
    middle->addLayout(m_roleForm, 2);
    m_alerts = new LinkedAlertsList(content);
    middle->addWidget(m_alerts, 3);
    layout->addLayout(middle, 1);
    // The runbooks for the linked alerts; a click shows one in the Runbooks view.
    m_runbooks = new QLabel(content);
    m_runbooks->setObjectName(QStringLiteral("incidentRunbooks"));
    m_runbooks->setWordWrap(true);
    m_runbooks->setTextFormat(Qt::RichText);
    connect(m_runbooks, &QLabel::linkActivated, this,
            [this](const QString &link) { m_runbookCatalog.requestShow(QUrl(link).path()); });
    layout->addWidget(m_runbooks);
    setContent(content);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &IncidentDock::refreshBanner);
}

void IncidentDock::retranslateUi()
{
    setWindowTitle(tr("Incident"));
    setEmptyState(tr("No incident open"),
                  tr("Open an incident from the Incidents view, or declare one from alerts."));
    const QMap<QString, QString> stepTexts{{QStringLiteral("investigating"), tr("Investigating")},
                                           {QStringLiteral("identified"), tr("Identified")},
                                           {QStringLiteral("mitigated"), tr("Mitigated")},
                                           {QStringLiteral("resolved"), tr("Resolved")},
                                           {QStringLiteral("closed"), tr("Close")},
                                           {FalseAlarm, tr("False alarm")}};
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        it.value()->setText(stepTexts.value(it.key()));
    }
    const QMap<QString, QString> roleTexts{{QStringLiteral("commander"), tr("Commander")},
                                           {QStringLiteral("scribe"), tr("Scribe")},
                                           {QStringLiteral("communications"), tr("Communications")},
                                           {QStringLiteral("operations"), tr("Operations")}};
    for (int row = 0; row < m_roleForm->rowCount(); ++row) {
        auto *label =
            qobject_cast<QLabel *>(m_roleForm->itemAt(row, QFormLayout::LabelRole)->widget());
        const QString role = IncidentService::assignableRoles().value(row);
        if (label != nullptr) {
            label->setText(roleTexts.value(role) + QLatin1Char(':'));
        }
        m_roles.value(role)->setPlaceholderText(tr("unassigned"));
    }
    m_alerts->retranslateUi();
    m_statusUpdate->setText(tr("Status update…"));
    m_statusUpdate->setToolTip(tr("Write a status update, copy it and record it in the timeline"));
    m_metricSnapshot->setText(tr("Metric snapshot…"));
    m_metricSnapshot->setToolTip(
        tr("Attach a PromQL query's data to the timeline; it stays readable offline"));
    showIncident();
}

QString IncidentDock::bannerText() const
{
    return QStringList{m_title->text(), m_status->text(), m_elapsed->text(), m_commander->text()}
        .join(QStringLiteral(" | "));
}

void IncidentDock::showIncident()
{
    const bool open = m_session.incident().has_value();
    showEmptyState(!open);
    if (!open) {
        m_clock->stop();
        return;
    }
    const Incident &incident = *m_session.incident();
    setWindowTitle(tr("Incident %1").arg(incident.key));
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (!it.value()->hasFocus()) {
            it.value()->setText(it.key() == QLatin1String("commander")
                                    ? incident.commander
                                    : incident.roles.value(it.key()));
        }
    }
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        Incident trial = incident;
        const bool falseAlarm = it.key() == FalseAlarm;
        const auto status =
            falseAlarm ? Incident::Status::Closed : *Incident::statusFromName(it.key());
        const std::optional<QString> refusal =
            trial.transitionTo(status, QDateTime::currentDateTimeUtc(), falseAlarm);
        const bool resolvedAlready = falseAlarm && incident.status >= Incident::Status::Resolved;
        it.value()->setEnabled(!refusal && !resolvedAlready);
        it.value()->setToolTip(refusal           ? *refusal
                               : resolvedAlready ? tr("The incident was resolved: close it instead")
                                                 : QString());
    }
    m_clock->start();
    refreshBanner();
    refreshAlerts();
    refreshRunbooks();
}

void IncidentDock::refreshBanner()
{
    if (!m_session.incident()) {
        return;
    }
    const Incident &incident = *m_session.incident();
    const QColor color = IncidentTableModel::severityColor(incident.severity);
    m_banner->setStyleSheet(
        QStringLiteral("#incidentBanner { border-left: 6px solid %1; }").arg(color.name()));
    m_title->setText(QStringLiteral("%1 · %2 · %3%4")
                         .arg(Incident::severityName(incident.severity), incident.key,
                              incident.title, incident.gameDay ? tr(" · game day") : QString()));
    m_status->setText(tr("Status: %1").arg(StatusTexts::incidentStatus(incident.status)));
    const QDateTime resolved =
        incident.statusTimes.value(Incident::statusName(Incident::Status::Resolved));
    const bool over = incident.status >= Incident::Status::Resolved && resolved.isValid();
    const qint64 elapsed =
        incident.startedAt().secsTo(over ? resolved : QDateTime::currentDateTimeUtc());
    m_elapsed->setText(over ? tr("Lasted %1").arg(formatDuration(std::max<qint64>(0, elapsed)))
                            : tr("Elapsed %1").arg(formatDuration(std::max<qint64>(0, elapsed))));
    m_commander->setText(incident.commander.isEmpty()
                             ? tr("No commander")
                             : tr("Commander: %1").arg(incident.commander));
    const IncidentDurations durations = IncidentDurations::of(incident);
    // A narrow dock wraps the line between its items, never inside one ("mitigate" / "39m").
    QStringList items =
        tr("Time to detect %1 · acknowledge %2 · mitigate %3 · resolve %4")
            .arg(durationText(durations.toDetectMs), durationText(durations.toAcknowledgeMs),
                 durationText(durations.toMitigateMs), durationText(durations.toResolveMs))
            .split(QStringLiteral(" · "));
    for (QString &item : items) {
        item.replace(QLatin1Char(' '), QChar::Nbsp);
    }
    m_durations->setText(items.join(QStringLiteral(" · ")));
}

const Alert *IncidentDock::liveAlert(const QString &fingerprint) const
{
    // The snapshot is sorted by fingerprint.
    const QList<Alert> &alerts = m_alarms.snapshot().alerts;
    const auto found = std::lower_bound(alerts.cbegin(), alerts.cend(), fingerprint,
                                        [](const Alert &candidate, const QString &wanted) {
                                            return candidate.fingerprint < wanted;
                                        });
    return found != alerts.cend() && found->fingerprint == fingerprint ? &*found : nullptr;
}

void IncidentDock::refreshAlerts()
{
    if (m_session.incident()) {
        m_alerts->showAlertsOf(
            *m_session.incident(), m_session.events(),
            [this](const QString &fingerprint) { return liveAlert(fingerprint); });
    }
}

void IncidentDock::refreshRunbooks()
{
    const bool known = m_runbookCatalog.isLoaded() && m_session.incident().has_value();
    m_runbooks->setVisible(known);
    if (!known) {
        return;
    }
    // The alerts as the timeline recorded them: their labels are known even once resolved.
    QList<Alert> alerts;
    for (const TimelineEvent &event : m_session.events()) {
        const auto labels = event.payload.find("labels");
        if (event.type != TimelineEvent::Type::AlertFired || labels == event.payload.end() ||
            !labels->is_object()) {
            continue;
        }
        Alert alert;
        for (auto label = labels->begin(); label != labels->end(); ++label) {
            if (label->is_string()) {
                alert.labels.insert(QString::fromStdString(label.key()),
                                    QString::fromStdString(label->get<std::string>()));
            }
        }
        alerts.append(alert);
    }
    // And as they are now, before the timeline has recorded them.
    for (const QString &fingerprint : m_session.incident()->alertFingerprints) {
        if (const Alert *alert = liveAlert(fingerprint)) {
            alerts.append(*alert);
        }
    }
    const RunbookLibrary &library = m_runbookCatalog.library();
    QStringList links;
    QStringList seen;
    for (const Alert &alert : std::as_const(alerts)) {
        for (const Runbook &runbook : library.forAlert(alert).runbooks) {
            const QString key = library.keyOf(runbook);
            if (seen.contains(key)) {
                continue;
            }
            seen.append(key);
            links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(runbookLink(key).toString(QUrl::FullyEncoded),
                                  runbook.title.toHtmlEscaped()));
        }
    }
    m_runbooks->setText(links.isEmpty()
                            ? tr("No runbook in the library matches these alerts.")
                            : tr("Runbooks: %1").arg(links.join(QStringLiteral(" · "))));
}

void IncidentDock::changeStatus(const QString &status)
{
    const bool falseAlarm = status == FalseAlarm;
    const auto next = falseAlarm ? Incident::Status::Closed : *Incident::statusFromName(status);
    const QStringList firing =
        m_session.incident()
            ? StatusUpdate::firingAlertNames(*m_session.incident(), m_session.events())
            : QStringList();
    if (next != Incident::Status::Resolved || firing.isEmpty()) {
        applyStatus(next, falseAlarm);
        return;
    }
    // Resolving while the alert that started it still fires is sometimes right (the alert
    // lags), but never by accident.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Resolve Incident"),
                        tr("%1 is still firing — resolve anyway?", nullptr, int(firing.size()))
                            .arg(QLocale().createSeparatedList(firing)),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("resolveWhileFiring"));
    box->setInformativeText(tr("The timeline and status updates will say that the incident was "
                               "resolved while its alerts fired."));
    QPushButton *resolve = box->addButton(tr("Resolve anyway"), QMessageBox::AcceptRole);
    resolve->setObjectName(QStringLiteral("resolveAnyway"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, resolve](QAbstractButton *button) {
        if (button == resolve) {
            applyStatus(Incident::Status::Resolved, false);
        }
    });
    box->open();
}

void IncidentDock::applyStatus(Incident::Status next, bool falseAlarm)
{
    QString error;
    if (!m_service.changeStatus(m_session.incidentId(), next, falseAlarm, m_userName, &error)) {
        m_message->showMessage(error, true);
        return;
    }
    m_message->hide();
}

void IncidentDock::assignRole(const QString &role)
{
    if (!m_session.incident()) {
        return;
    }
    const Incident &incident = *m_session.incident();
    const QString person = m_roles.value(role)->text().trimmed();
    const QString current =
        role == QLatin1String("commander") ? incident.commander : incident.roles.value(role);
    if (person == current || person.isEmpty()) {
        return;
    }
    QString error;
    if (!m_service.assignRole(incident.id, role, person, m_userName, &error)) {
        m_message->showMessage(error, true);
    }
}

void IncidentDock::openStatusUpdate()
{
    if (!m_session.incident()) {
        return;
    }
    const Incident &incident = *m_session.incident();
    IncidentService *service = &m_service;
    const QString incidentId = incident.id;
    const QString author = m_userName;
    auto *dialog = new StatusUpdateDialog(
        incident, m_session.events(), TimeDisplay::instance().isUtc(),
        [service, incidentId, author](const QString &text, const QDateTime &nextUpdate,
                                      QString *error) {
            TimelineEvent update;
            update.incidentId = incidentId;
            update.type = TimelineEvent::Type::Custom;
            update.author = author;
            update.text = text;
            update.payload = {{"kind", "status_update"}, {"nextUpdate", toIsoUtc(nextUpdate)}};
            return service->record(update, error).has_value();
        },
        this);
    dialog->open();
}

void IncidentDock::openMetricSnapshot()
{
    if (!m_session.incident()) {
        return;
    }
    const Incident &incident = *m_session.incident();
    const QDateTime resolved =
        incident.statusTimes.value(Incident::statusName(Incident::Status::Resolved));
    MetricSnapshotDialog *dialog = MetricSnapshotDialog::openFor(
        &m_metrics, IncidentDurations::of(incident).origin,
        incident.status >= Incident::Status::Resolved ? resolved : QDateTime(), this);
    IncidentService *service = &m_service;
    const QString incidentId = incident.id;
    const QString author = m_userName;
    connect(dialog, &MetricSnapshotDialog::attachRequested, this,
            [this, service, incidentId, author](const MetricSnapshot &snapshot) {
                TimelineEvent event;
                event.incidentId = incidentId;
                event.type = TimelineEvent::Type::MetricSnapshot;
                event.author = author;
                event.text =
                    tr("Metric snapshot: %1 (%2)").arg(snapshot.query, snapshot.backendName);
                event.payload = snapshot.toPayload();
                QString error;
                if (!service->record(event, &error)) {
                    m_message->showMessage(
                        tr("The metric snapshot was not attached: %1").arg(error), true);
                }
            });
}

} // namespace opsdeck::ui
