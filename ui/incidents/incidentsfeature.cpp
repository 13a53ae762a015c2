#include "incidents/incidentsfeature.h"

#include "alarms/alarmservice.h"
#include "common/appsettings.h"
#include "common/icons.h"
#include "common/statustexts.h"
#include "incidents/declareincidentdialog.h"
#include "incidents/incidentalerttracker.h"
#include "incidents/incidentcatalog.h"
#include "incidents/incidentdock.h"
#include "incidents/incidentlinkindex.h"
#include "incidents/incidentsdock.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "logging/logging.h"
#include "store/workspacestore.h"
#include "timeline/timelinedock.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <spdlog/logger.h>

namespace opsdeck::ui {
IncidentsFeature::IncidentsFeature(const FeatureEnvironment &environment, AlarmService &alarms,
                                   MetricQueryService &metrics)
    : m_alarms(alarms)
    , m_metrics(metrics)
    , m_userName(environment.userName)
    , m_workspacePath(environment.store.path())
    , m_service(std::make_unique<IncidentService>(environment.store))
    , m_catalog(std::make_unique<IncidentCatalog>(environment.store))
    , m_session(std::make_unique<IncidentSession>(environment.store))
    , m_tracker(std::make_unique<IncidentAlertTracker>(environment.store, *m_service, alarms,
                                                       environment.userName))
    , m_links(std::make_unique<IncidentLinkIndex>(*m_catalog))
{
    // First of the catalogue's followers: those after it ask the index afresh.
    for (const auto signal : {&CatalogSignals::documentChanged, &CatalogSignals::documentRemoved}) {
        QObject::connect(m_catalog.get(), signal, m_catalog.get(),
                         [this](const QString &) { m_links->invalidate(); });
    }
    QObject::connect(m_catalog.get(), &CatalogSignals::loaded, m_catalog.get(),
                     [this]() { m_links->invalidate(); });
    QObject::connect(m_session.get(), &IncidentSession::opened, m_session.get(),
                     [this]() { writeSetting(settings::OpenIncident, m_session->incidentId()); });
    QObject::connect(m_session.get(), &IncidentSession::closed, m_session.get(),
                     []() { removeSetting(settings::OpenIncident); });
    const auto log = logging::component("incidents");
    QObject::connect(m_tracker.get(), &IncidentAlertTracker::recorded, m_tracker.get(),
                     [log](const QString &incidentId, int events) {
                         log->info("incident {}: recorded {} alert event(s)",
                                   incidentId.toStdString(), events);
                     });
    QObject::connect(
        m_tracker.get(), &IncidentAlertTracker::failed, m_tracker.get(),
        [log](const QString &error) { log->warn("incident timeline: {}", error.toStdString()); });
}

IncidentsFeature::~IncidentsFeature() = default;

void IncidentsFeature::link(RunbookCatalog &runbooks)
{
    m_runbooks = &runbooks;
}

void IncidentsFeature::declareIncident(const QList<Alert> &alerts)
{
    // Alerts of an open incident: add the others to it rather than start a second incident.
    std::optional<IncidentLink> existing;
    QString linkedAlert;
    for (const Alert &alert : alerts) {
        if (const auto link = m_links->incidentOf(alert.fingerprint); link && link->open) {
            existing = link;
            linkedAlert = alert.name();
            break;
        }
    }
    if (!existing) {
        openDeclareDialog(alerts);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, QCoreApplication::translate("IncidentsFeature", "Declare Incident"),
        QCoreApplication::translate("IncidentsFeature", "%1 is part of %2 (%3), which is open.")
            .arg(linkedAlert, existing->key, existing->status),
        QMessageBox::Cancel, m_hostWindow.data());
    box->setObjectName(QStringLiteral("alreadyInIncident"));
    box->setInformativeText(
        QCoreApplication::translate("IncidentsFeature",
                                    "Add the selected alerts to %1, or declare a new incident: a "
                                    "second incident for the same alerts.")
            .arg(existing->key));
    QPushButton *add = box->addButton(
        QCoreApplication::translate("IncidentsFeature", "Add to %1").arg(existing->key),
        QMessageBox::AcceptRole);
    add->setObjectName(QStringLiteral("addToIncident"));
    QPushButton *declare =
        box->addButton(QCoreApplication::translate("IncidentsFeature", "Declare New Incident…"),
                       QMessageBox::DestructiveRole);
    declare->setObjectName(QStringLiteral("declareAnyway"));
    box->setDefaultButton(add);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const IncidentLink incident = *existing;
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [this, add, declare, incident, alerts](QAbstractButton *button) {
                         if (button == add) {
                             addAlerts(incident, alerts);
                         } else if (button == declare) {
                             openDeclareDialog(alerts);
                         }
                     });
    box->open();
}

void IncidentsFeature::openDeclareDialog(const QList<Alert> &alerts)
{
    IncidentService *service = m_service.get();
    const QString userName = m_userName;
    const QHash<QString, QString> backendNames = m_alarms.backendNames();
    auto *dialog = new DeclareIncidentDialog(
        alerts, userName,
        [service, userName, backendNames](Incident &incident, const QList<Alert> &linked,
                                          QString *error) {
            return service->declare(incident, linked, userName, error, backendNames);
        },
        m_hostWindow.data());
    QObject::connect(dialog, &DeclareIncidentDialog::declared, m_session.get(),
                     [this](const Incident &incident) { showIncident(incident.id); });
    dialog->open();
}

std::optional<IncidentLink> IncidentsFeature::incidentOf(const QString &fingerprint) const
{
    return m_links->incidentOf(fingerprint);
}

QStringList IncidentsFeature::linkedFingerprints() const
{
    return m_links->fingerprints();
}

std::optional<IncidentLink> IncidentsFeature::openIncident() const
{
    const std::optional<Incident> &incident = m_session->incident();
    if (!incident || incident->status == Incident::Status::Closed) {
        return std::nullopt;
    }
    return IncidentLink{incident->id, incident->key, StatusTexts::incidentStatus(incident->status),
                        incident->status < Incident::Status::Resolved};
}

void IncidentsFeature::addToOpenIncident(const QList<Alert> &alerts)
{
    if (const std::optional<IncidentLink> incident = openIncident()) {
        addAlerts(*incident, alerts);
    }
}

void IncidentsFeature::addAlerts(const IncidentLink &incident, const QList<Alert> &alerts)
{
    QString error;
    if (!m_service->linkAlerts(incident.id, alerts, m_userName, &error)) {
        tell(QCoreApplication::translate("IncidentsFeature", "Not added to %1: %2")
                 .arg(incident.key, error));
        return;
    }
    tell(QCoreApplication::translate("IncidentsFeature", "Added %n alert(s) to %1", nullptr,
                                     int(alerts.size()))
             .arg(incident.key));
    showIncident(incident.id);
}

void IncidentsFeature::showIncident(const QString &incidentId)
{
    if (m_session->incidentId() != incidentId) {
        m_session->open(incidentId);
    }
    // From the On-call view, say: go to where incidents are run.
    if (!m_hostWindow.isNull() && !m_host->isViewShown(QString::fromLatin1(IncidentDock::Id))) {
        m_host->showPerspective(QStringLiteral("incident"));
    }
}

void IncidentsFeature::followIncidents(QObject *context, std::function<void()> changed)
{
    const auto call = [changed]() {
        changed();
    };
    QObject::connect(m_catalog.get(), &CatalogSignals::loaded, context, call);
    QObject::connect(m_catalog.get(), &CatalogSignals::documentChanged, context, call);
    QObject::connect(m_catalog.get(), &CatalogSignals::documentRemoved, context, call);
    QObject::connect(m_session.get(), &IncidentSession::opened, context, call);
    QObject::connect(m_session.get(), &IncidentSession::closed, context, call);
    QObject::connect(m_session.get(), &IncidentSession::incidentChanged, context, call);
}

void IncidentsFeature::tell(const QString &message)
{
    if (auto *window = qobject_cast<QMainWindow *>(m_hostWindow.data())) {
        window->statusBar()->showMessage(message, 8000);
    }
}

QList<ViewDock *> IncidentsFeature::createViews(WindowHost &host)
{
    Q_ASSERT_X(m_runbooks != nullptr, "IncidentsFeature",
               "link() the runbook library before the window is built");
    m_host = &host;
    m_hostWindow = host.windowWidget();
    QWidget *window = host.windowWidget();
    return {new IncidentsDock(*m_catalog, *m_session, *this, m_workspacePath, window),
            new IncidentDock(*m_session, *m_service, m_alarms, *m_runbooks, m_metrics, m_userName,
                             window),
            new TimelineDock(*m_session, *m_service, m_userName, window)};
}

QList<QMenu *> IncidentsFeature::createMenus(WindowHost &host)
{
    // Declaring from scratch; the Alarms view declares from selected alerts.
    m_declare =
        new QAction(Icons::load(QStringLiteral("view-incidents")), QString(), host.windowWidget());
    m_declare->setObjectName(QStringLiteral("declareIncidentFromScratch"));
    m_declare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QObject::connect(m_declare, &QAction::triggered, m_declare, [this]() { declareIncident({}); });
    m_menu = new QMenu(host.windowWidget());
    m_menu->addAction(m_declare);
    retranslateUi();
    return {m_menu};
}

void IncidentsFeature::retranslateUi()
{
    if (!m_menu || !m_declare) {
        return;
    }
    m_menu->setTitle(QCoreApplication::translate("opsdeck::ui::MainWindow", "&Incident"));
    m_declare->setText(
        QCoreApplication::translate("opsdeck::ui::MainWindow", "&Declare Incident…"));
    m_declare->setStatusTip(QCoreApplication::translate("opsdeck::ui::MainWindow",
                                                        "Declare a new incident or game day"));
}

QList<Perspective> IncidentsFeature::perspectives() const
{
    using Kind = DockPlacement::Kind;
    return {
        {QStringLiteral("incident"),
         QStringLiteral("perspective-incident"),
         QT_TRANSLATE_NOOP("Perspective", "Incident Command"),
         QT_TRANSLATE_NOOP("Perspective", "Run an incident: status, roles, timeline and runbooks"),
         // Three columns at 1366×768: the list (alarms tabbed with it), the incident above its
         // timeline, and the runbook being worked through (RunbooksFeature) at full height.
         // On a wider screen the incident and its timeline get the extra width.
         {DockPlacement::inArea(IncidentsDock::Id, Qt::LeftDockWidgetArea, 22, 440),
          DockPlacement::beside(IncidentDock::Id, Kind::SplitRight, IncidentsDock::Id),
          DockPlacement::beside(TimelineDock::Id, Kind::SplitBelow, IncidentDock::Id, 60)}}};
}

QList<PerspectivePlacement> IncidentsFeature::placements() const
{
    using Kind = DockPlacement::Kind;
    return {{QStringLiteral("postmortem"),
             DockPlacement::beside(TimelineDock::Id, Kind::TabWith, "postmortem")},
            {QStringLiteral("review"),
             DockPlacement::beside(IncidentsDock::Id, Kind::TabWith, "dashboards")}};
}

void IncidentsFeature::start(WindowHost &host)
{
    Q_UNUSED(host)
    m_catalog->load();
    m_tracker->start();
    // The console reopens the incident it had open when it was closed.
    if (const QString lastOpen = readSetting(settings::OpenIncident); !lastOpen.isEmpty()) {
        m_session->open(lastOpen);
    }
}

} // namespace opsdeck::ui
