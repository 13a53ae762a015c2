#include "postmortems/postmortemsfeature.h"

#include "common/appsettings.h"
#include "logging/logging.h"
#include "postmortems/actionitemsdock.h"
#include "postmortems/postmortemactions.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemsdock.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtemplatelibrary.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QMenu>

#include <spdlog/logger.h>

namespace opsdeck::ui {
PostMortemsFeature::PostMortemsFeature(const FeatureEnvironment &environment,
                                       IncidentCatalog &incidents, IncidentSession &incident)
    : m_incidents(incidents)
    , m_incident(incident)
    , m_userName(environment.userName)
    , m_workspacePath(environment.store.path())
    , m_service(std::make_unique<PostMortemService>(environment.store))
    , m_templates(std::make_unique<PostMortemTemplateLibrary>(environment.store))
    , m_catalog(std::make_unique<PostMortemCatalog>(environment.store))
{
    QObject::connect(m_catalog.get(), &PostMortemCatalog::openRequested, m_catalog.get(),
                     [](const QString &id) {
                         if (id.isEmpty()) {
                             removeSetting(settings::OpenPostMortem);
                         } else {
                             writeSetting(settings::OpenPostMortem, id);
                         }
                     });
    const auto log = logging::component("postmortems");
    QObject::connect(
        m_catalog.get(), &PostMortemCatalog::failed, m_catalog.get(),
        [log](const QString &error) { log->warn("post-mortems: {}", error.toStdString()); });
}

PostMortemsFeature::~PostMortemsFeature() = default;

QList<ViewDock *> PostMortemsFeature::createViews(WindowHost &host)
{
    QWidget *window = host.windowWidget();
    return {new PostMortemsDock(
                {*m_service, *m_templates, *m_catalog, m_incidents, m_userName, m_workspacePath},
                window),
            m_editor = new PostMortemEditorDock(*m_service, *m_catalog, m_userName, window),
            new ActionItemsDock(*m_catalog, window)};
}

QList<QMenu *> PostMortemsFeature::createMenus(WindowHost &host)
{
    m_actions = new PostMortemActions(
        {*m_service, *m_templates, *m_catalog, m_incidents, m_userName, m_workspacePath},
        m_incident, host.windowWidget());
    m_menu = new QMenu(host.windowWidget());
    m_menu->addActions(m_actions->actions());
    if (m_editor) {
        m_menu->insertAction(m_menu->actions().value(1), m_editor->saveAction());
        m_menu->insertSeparator(m_menu->actions().value(2));
    }
    retranslateUi();
    return {m_menu};
}

void PostMortemsFeature::retranslateUi()
{
    if (!m_menu || !m_actions) {
        return;
    }
    m_menu->setTitle(QCoreApplication::translate("opsdeck::ui::MainWindow", "Post-&mortem"));
    m_actions->retranslateUi();
}

QList<Perspective> PostMortemsFeature::perspectives() const
{
    using Kind = DockPlacement::Kind;
    return {{QStringLiteral("postmortem"),
             QStringLiteral("perspective-postmortem"),
             QT_TRANSLATE_NOOP("Perspective", "Post-mortem"),
             QT_TRANSLATE_NOOP("Perspective",
                               "Write blameless post-mortems from an incident's frozen timeline"),
             {DockPlacement::inArea(PostMortemsDock::Id, Qt::LeftDockWidgetArea, 28, 460),
              DockPlacement::beside(ActionItemsDock::Id, Kind::SplitBelow, PostMortemsDock::Id, 45),
              DockPlacement::inArea(PostMortemEditorDock::Id, Qt::RightDockWidgetArea, 72)}}};
}

QList<PerspectivePlacement> PostMortemsFeature::placements() const
{
    return {{QStringLiteral("review"),
             DockPlacement::beside(ActionItemsDock::Id, DockPlacement::Kind::SplitBelow, "maturity",
                                   60)}};
}

void PostMortemsFeature::start(WindowHost &host)
{
    m_catalog->load();
    const QList<RecoveredDraft> recovered = m_service->recoveredDrafts();
    if (!recovered.isEmpty()) {
        const RecoveredDraft &newest = recovered.constFirst();
        logging::component("postmortems")
            ->info("offering the unsaved text of post-mortem {} from {}",
                   newest.document.id.toStdString(),
                   newest.savedAt.toString(Qt::ISODateWithMs).toStdString());
        host.showPerspective(QStringLiteral("postmortem"));
        m_catalog->open(newest.document.id);
        return;
    }
    if (const QString lastOpen = readSetting(settings::OpenPostMortem); !lastOpen.isEmpty()) {
        m_catalog->open(lastOpen);
    }
}

} // namespace opsdeck::ui
