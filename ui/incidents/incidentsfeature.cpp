#include "incidents/incidentsfeature.h"

#include "alarms/alarmservice.h"
#include "common/appsettings.h"
#include "common/icons.h"
#include "incidents/declareincidentdialog.h"
#include "incidents/incidentalerttracker.h"
#include "incidents/incidentcatalog.h"
#include "incidents/incidentdock.h"
#include "incidents/incidentsdock.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "logging/logging.h"
#include "store/workspacestore.h"
#include "timeline/timelinedock.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

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
{
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
                     [this](const Incident &incident) {
                         m_session->open(incident.id);
                         // Declared from the On-call view, say: go to where it is run.
                         if (!m_hostWindow.isNull() &&
                             !m_host->isViewShown(QString::fromLatin1(IncidentDock::Id))) {
                             m_host->showPerspective(QStringLiteral("incident"));
                         }
                     });
    dialog->open();
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
         {DockPlacement::inArea(IncidentsDock::Id, Qt::LeftDockWidgetArea, 26),
          DockPlacement::beside(IncidentDock::Id, Kind::SplitRight, IncidentsDock::Id),
          DockPlacement::beside(TimelineDock::Id, Kind::SplitBelow, IncidentDock::Id, 55)}}};
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
