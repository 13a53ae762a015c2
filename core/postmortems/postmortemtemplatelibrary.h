#pragma once

#include "postmortems/postmortemtemplate.h"

#include <QList>
#include <QString>

#include <optional>

namespace opsdeck {

class WorkspaceStore;

// The workspace's post-mortem templates: the stored ones and, while none of them is the
// default, the built-in blameless one first. Each change is one store write with its changes
// announced, so other windows and processes follow.
class PostMortemTemplateLibrary {
public:
    explicit PostMortemTemplateLibrary(WorkspaceStore &store);

    // The default first.
    QList<PostMortemTemplate> templates(QString *error = nullptr) const;
    PostMortemTemplate defaultTemplate() const;
    // By id or by name (case ignored); empty: the default.
    std::optional<PostMortemTemplate> find(const QString &idOrName, QString *error) const;

    // Stores a template (a new id for a new or the built-in one); marking it default unmarks
    // the others in the same write.
    std::optional<PostMortemTemplate> save(PostMortemTemplate edited, QString *error);
    bool remove(const QString &id, QString *error);

private:
    WorkspaceStore &m_store;
};

} // namespace opsdeck
