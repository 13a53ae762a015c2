#include "postmortemwiring.h"

#include "common/appsettings.h"
#include "logging/logging.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemservice.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/viewregistry.h"

#include <spdlog/logger.h>

namespace opsdeck::app {
namespace {
const QString LastOpenKey = QStringLiteral("postmortems/open");
} // namespace

PostMortemWiring::PostMortemWiring(WorkspaceStore &store)
    : m_service(std::make_unique<PostMortemService>(store))
    , m_catalog(std::make_unique<PostMortemCatalog>(store))
{
    QObject::connect(m_catalog.get(), &PostMortemCatalog::openRequested, m_catalog.get(),
                     [](const QString &id) {
                         if (id.isEmpty()) {
                             openAppSettings()->remove(LastOpenKey);
                         } else {
                             openAppSettings()->setValue(LastOpenKey, id);
                         }
                     });
    const auto log = logging::component("postmortems");
    QObject::connect(
        m_catalog.get(), &PostMortemCatalog::failed, m_catalog.get(),
        [log](const QString &error) { log->warn("post-mortems: {}", error.toStdString()); });
}

PostMortemWiring::~PostMortemWiring() = default;

void PostMortemWiring::provide(ui::ViewContext &views)
{
    views.postMortemService = m_service.get();
    views.postMortems = m_catalog.get();
}

void PostMortemWiring::start(ui::MainWindow &window)
{
    m_catalog->load();
    const QList<RecoveredDraft> recovered = m_service->recoveredDrafts();
    if (!recovered.isEmpty()) {
        const RecoveredDraft &newest = recovered.constFirst();
        logging::component("postmortems")
            ->info("offering the unsaved text of post-mortem {} from {}",
                   newest.document.id.toStdString(),
                   newest.savedAt.toString(Qt::ISODateWithMs).toStdString());
        window.perspectives()->activate(QStringLiteral("postmortem"));
        m_catalog->open(newest.document.id);
        return;
    }
    if (const QString lastOpen = openAppSettings()->value(LastOpenKey).toString();
        !lastOpen.isEmpty()) {
        m_catalog->open(lastOpen);
    }
}

} // namespace opsdeck::app
