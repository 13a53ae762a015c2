#include "incidentwiring.h"

#include "common/appsettings.h"
#include "incidents/declareincidentdialog.h"
#include "incidents/incidentalerttracker.h"
#include "incidents/incidentcatalog.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "logging/logging.h"
#include "runbooks/runbookcatalog.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/viewdock.h"
#include "shell/viewregistry.h"
#include "store/workspacestore.h"

#include <QApplication>
#include <QPointer>

#include <spdlog/logger.h>

namespace opsdeck::app {
namespace {
const QString LastOpenKey = QStringLiteral("incidents/open");
} // namespace

IncidentWiring::IncidentWiring(WorkspaceStore &store, AlarmService &alarms, const QString &userName)
    : m_service(std::make_unique<IncidentService>(store))
    , m_catalog(std::make_unique<IncidentCatalog>(store))
    , m_session(std::make_unique<IncidentSession>(store))
    , m_tracker(std::make_unique<IncidentAlertTracker>(store, *m_service, alarms, userName))
    , m_runbooks(std::make_unique<RunbookCatalog>())
    , m_userName(userName)
{
    QObject::connect(m_session.get(), &IncidentSession::opened, m_session.get(), [this]() {
        openAppSettings()->setValue(LastOpenKey, m_session->incidentId());
    });
    QObject::connect(m_session.get(), &IncidentSession::closed, m_session.get(),
                     []() { openAppSettings()->remove(LastOpenKey); });
    const auto log = logging::component("incidents");
    QObject::connect(m_tracker.get(), &IncidentAlertTracker::recorded,
                     [log](const QString &incidentId, int events) {
                         log->info("incident {}: recorded {} alert event(s)",
                                   incidentId.toStdString(), events);
                     });
    QObject::connect(m_tracker.get(), &IncidentAlertTracker::failed, [log](const QString &error) {
        log->warn("incident timeline: {}", error.toStdString());
    });
}

IncidentWiring::~IncidentWiring() = default;

void IncidentWiring::provide(ui::ViewContext &views)
{
    views.incidentService = m_service.get();
    views.incidents = m_catalog.get();
    views.incident = m_session.get();
    views.runbooks = m_runbooks.get();
    views.userName = m_userName;
    IncidentService *service = m_service.get();
    IncidentSession *session = m_session.get();
    const QString userName = m_userName;
    views.declareIncident = [service, session, userName](const QList<Alert> &alerts) {
        auto *dialog = new ui::DeclareIncidentDialog(
            alerts, userName,
            [service, userName](Incident &incident, const QList<Alert> &linked, QString *error) {
                return service->declare(incident, linked, userName, error);
            },
            QApplication::activeWindow());
        QPointer<ui::MainWindow> window = qobject_cast<ui::MainWindow *>(dialog->parentWidget());
        QObject::connect(dialog, &ui::DeclareIncidentDialog::declared, session,
                         [session, window](const Incident &incident) {
                             session->open(incident.id);
                             // Declared from the On-call view, say: go to where it is run.
                             ui::ViewDock *view =
                                 window ? window->dock(QStringLiteral("incident")) : nullptr;
                             if (view != nullptr && !view->isVisible()) {
                                 window->perspectives()->activate(QStringLiteral("incident"));
                             }
                         });
        dialog->open();
    };
}

void IncidentWiring::start()
{
    m_catalog->load();
    m_tracker->start();
    // The console reopens the incident it had open when it was closed.
    if (const QString lastOpen = openAppSettings()->value(LastOpenKey).toString();
        !lastOpen.isEmpty()) {
        m_session->open(lastOpen);
    }
    m_runbooks->load();
}

} // namespace opsdeck::app
