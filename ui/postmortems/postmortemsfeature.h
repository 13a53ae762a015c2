#pragma once

#include "shell/feature.h"

#include <QPointer>

#include <memory>

namespace opsdeck {
class IncidentCatalog;
class IncidentSession;
class PostMortemCatalog;
class PostMortemService;
class PostMortemTemplateLibrary;
} // namespace opsdeck

namespace opsdeck::ui {

class PostMortemActions;
class PostMortemEditorDock;

// Post-mortems: the service every change goes through and the catalogue the lists show (which
// also says which post-mortem the editor has open); the Post-mortems, editor and Action items
// views, the Post-mortem menu and perspective. At start the newest unsaved text of an earlier
// run that ended before the author saved is offered, else the last open post-mortem reopens.
class PostMortemsFeature : public Feature {
public:
    PostMortemsFeature(const FeatureEnvironment &environment, IncidentCatalog &incidents,
                       IncidentSession &incident);
    ~PostMortemsFeature() override;

    PostMortemService &service() { return *m_service; }
    PostMortemCatalog &catalog() { return *m_catalog; }

    QList<ViewDock *> createViews(WindowHost &host) override;
    QList<QMenu *> createMenus(WindowHost &host) override;
    QList<Perspective> perspectives() const override;
    QList<PerspectivePlacement> placements() const override;
    void start(WindowHost &host) override;
    void retranslateUi() override;

private:
    IncidentCatalog &m_incidents;
    IncidentSession &m_incident;
    QString m_userName;
    QString m_workspacePath;
    std::unique_ptr<PostMortemService> m_service;
    std::unique_ptr<PostMortemTemplateLibrary> m_templates;
    std::unique_ptr<PostMortemCatalog> m_catalog;
    QPointer<QMenu> m_menu;
    QPointer<PostMortemActions> m_actions;
    QPointer<PostMortemEditorDock> m_editor;
};

} // namespace opsdeck::ui
