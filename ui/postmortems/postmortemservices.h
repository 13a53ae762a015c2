#pragma once

#include <QString>

namespace opsdeck {
class IncidentCatalog;
class PostMortemCatalog;
class PostMortemService;
class PostMortemTemplateLibrary;
} // namespace opsdeck

namespace opsdeck::ui {

// What the post-mortem views that create and manage post-mortems share: the feature's service,
// templates and catalogue, the incidents a post-mortem is written from, who writes, and the
// workspace the incident timelines are read from (on workers).
struct PostMortemServices {
    PostMortemService &service;
    PostMortemTemplateLibrary &templates;
    PostMortemCatalog &catalog;
    IncidentCatalog &incidents;
    QString userName;
    QString workspacePath;
};

} // namespace opsdeck::ui
