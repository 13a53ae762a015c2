#pragma once

#include <memory>

namespace opsdeck {
class PostMortemCatalog;
class PostMortemService;
class WorkspaceStore;
} // namespace opsdeck

namespace opsdeck::ui {
class MainWindow;
struct ViewContext;
} // namespace opsdeck::ui

namespace opsdeck::app {

// Post-mortems for one console: the service every change goes through and the catalogue the
// lists show, which also says which post-mortem the editor has open.
class PostMortemWiring {
public:
    explicit PostMortemWiring(WorkspaceStore &store);
    ~PostMortemWiring();
    PostMortemWiring(const PostMortemWiring &) = delete;
    PostMortemWiring &operator=(const PostMortemWiring &) = delete;

    void provide(ui::ViewContext &views);
    // Reads the post-mortems (on a worker) and reopens the one the editor had open. When an
    // earlier run ended before the author saved (a crash, a kill), the newest unsaved text is
    // offered instead, in the Post-mortem perspective.
    void start(ui::MainWindow &window);

private:
    std::unique_ptr<PostMortemService> m_service;
    std::unique_ptr<PostMortemCatalog> m_catalog;
};

} // namespace opsdeck::app
