#include "postmortems/postmortemtemplatelibrary.h"

#include "store/documentrepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck {

PostMortemTemplateLibrary::PostMortemTemplateLibrary(WorkspaceStore &store)
    : m_store(store)
{}

QList<PostMortemTemplate> PostMortemTemplateLibrary::templates(QString *error) const
{
    QList<PostMortemTemplate> stored = PostMortemTemplateRepository(m_store).list(error);
    std::stable_sort(stored.begin(), stored.end(),
                     [](const PostMortemTemplate &a, const PostMortemTemplate &b) {
                         return a.isDefault && !b.isDefault;
                     });
    if (stored.isEmpty() || !stored.constFirst().isDefault) {
        stored.prepend(PostMortemTemplates::builtIn());
    }
    return stored;
}

PostMortemTemplate PostMortemTemplateLibrary::defaultTemplate() const
{
    return templates().constFirst();
}

std::optional<PostMortemTemplate> PostMortemTemplateLibrary::save(PostMortemTemplate edited,
                                                                  QString *error)
{
    edited.name = edited.name.trimmed();
    if (edited.name.isEmpty()) {
        *error =
            QCoreApplication::translate("PostMortemTemplateLibrary", "a template needs a name");
        return std::nullopt;
    }
    if (edited.sections.isEmpty()) {
        *error = QCoreApplication::translate("PostMortemTemplateLibrary",
                                             "a template needs at least one section");
        return std::nullopt;
    }
    const bool created = edited.id.isEmpty();
    if (created) {
        edited.id = newId();
    }
    edited.updatedAt = QDateTime::currentDateTimeUtc();
    QList<PostMortemTemplate> changed{edited};
    if (edited.isDefault) {
        for (PostMortemTemplate other : PostMortemTemplateRepository(m_store).list()) {
            if (other.isDefault && other.id != edited.id) {
                other.isDefault = false;
                changed.append(other);
            }
        }
    }
    QList<PendingChange> changes;
    for (const PostMortemTemplate &one : changed) {
        changes.append(
            {Aggregate::PostMortemTemplate, one.id,
             created && one.id == edited.id ? ChangeKind::Created : ChangeKind::Updated});
    }
    const bool written = m_store.write(
        [&changed](QSqlDatabase &db, QString *failure) {
            return std::all_of(changed.cbegin(), changed.cend(),
                               [&](const PostMortemTemplate &one) {
                                   return PostMortemTemplateRepository::upsert(db, one, failure);
                               });
        },
        changes, error);
    return written ? std::optional<PostMortemTemplate>(edited) : std::nullopt;
}

bool PostMortemTemplateLibrary::remove(const QString &id, QString *error)
{
    if (id.isEmpty()) {
        *error = QCoreApplication::translate("PostMortemTemplateLibrary",
                                             "the built-in template cannot be deleted");
        return false;
    }
    if (!PostMortemTemplateRepository(m_store).get(id)) {
        *error = QCoreApplication::translate("PostMortemTemplateLibrary", "no template with id %1")
                     .arg(id);
        return false;
    }
    return PostMortemTemplateRepository(m_store).remove(id, error);
}

std::optional<PostMortemTemplate> PostMortemTemplateLibrary::find(const QString &idOrName,
                                                                  QString *error) const
{
    if (idOrName.isEmpty()) {
        return defaultTemplate();
    }
    for (const PostMortemTemplate &candidate : templates()) {
        if (candidate.id == idOrName ||
            candidate.name.compare(idOrName, Qt::CaseInsensitive) == 0) {
            return candidate;
        }
    }
    *error =
        QCoreApplication::translate("PostMortemTemplateLibrary", "no template with id or name %1")
            .arg(idOrName);
    return std::nullopt;
}

} // namespace opsdeck
