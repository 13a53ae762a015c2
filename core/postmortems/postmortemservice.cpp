#include "postmortems/postmortemservice.h"

#include "postmortems/postmortemdraft.h"
#include "postmortems/postmortemmarkdown.h"
#include "postmortems/postmortemtemplatelibrary.h"
#include "store/documentrepository.h"
#include "store/incidentrepository.h"
#include "store/scopedconnection.h"
#include "store/sql.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace opsdeck {

namespace {

QString noPostMortem(const QString &id)
{
    return QCoreApplication::translate("PostMortemService", "no post-mortem with id %1").arg(id);
}

QString publishedRefusal(const PostMortem &postMortem)
{
    return QCoreApplication::translate("PostMortemService",
                                       "'%1' is published and read-only; reopen it to change it")
        .arg(postMortem.title);
}

void addVersion(PostMortem &postMortem, const QString &author, PostMortem::Version::Reason reason)
{
    const int number = postMortem.versions.isEmpty() ? 1 : postMortem.versions.last().number + 1;
    postMortem.versions.append(
        {number, postMortem.updatedAt, author, reason, postMortem.contentJson()});
}

bool deleteRecovery(QSqlDatabase &db, const QString &id, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM postmortem_recovery WHERE postmortem_id = ?"));
    query.addBindValue(id);
    return sql::exec(db, query, error);
}

std::optional<RecoveredDraft> recoveredFrom(const QSqlQuery &query)
{
    try {
        RecoveredDraft draft;
        draft.savedAt = fromIsoUtc(query.value(0).toString()).value_or(QDateTime());
        draft.author = query.value(1).toString();
        draft.document = PostMortem::fromJson(Json::parse(query.value(2).toString().toStdString()),
                                              QStringLiteral("recovery"));
        return draft;
    } catch (const std::exception &) {
        return std::nullopt; // a damaged working copy is not worth offering
    }
}

} // namespace

PostMortemService::PostMortemService(WorkspaceStore &store)
    : m_store(store)
{}

std::optional<PostMortem> PostMortemService::createFromIncident(
    const QString &incidentIdOrKey, const QString &author, QString *error,
    const std::optional<QSet<QString>> &keyEventIds, const QString &templateId)
{
    IncidentRepository incidents(m_store);
    std::optional<Incident> incident = incidents.get(incidentIdOrKey);
    if (!incident) {
        incident = incidents.findByKey(incidentIdOrKey);
    }
    if (!incident) {
        *error = QCoreApplication::translate("PostMortemService", "no incident with id or key %1")
                     .arg(incidentIdOrKey);
        return std::nullopt;
    }
    const std::optional<PostMortemTemplate> chosen =
        PostMortemTemplateLibrary(m_store).find(templateId, error);
    if (!chosen) {
        return std::nullopt;
    }
    QString readError;
    const QList<TimelineEvent> events =
        TimelineRepository(m_store).eventsOf(incident->id, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    PostMortem postMortem =
        PostMortemDraft::fromIncident(*incident, events, chosen->sections, keyEventIds);
    postMortem.author = author;
    postMortem.createdAt = QDateTime::currentDateTimeUtc();
    postMortem.updatedAt = postMortem.createdAt;
    addVersion(postMortem, author, PostMortem::Version::Reason::Created);
    return store(postMortem, true, true, error);
}

std::optional<PostMortem> PostMortemService::createBlank(const QString &title,
                                                         const QString &author, QString *error,
                                                         const QString &templateId)
{
    if (title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("PostMortemService", "a post-mortem needs a title");
        return std::nullopt;
    }
    const std::optional<PostMortemTemplate> chosen =
        PostMortemTemplateLibrary(m_store).find(templateId, error);
    if (!chosen) {
        return std::nullopt;
    }
    PostMortem postMortem;
    postMortem.title = title.trimmed();
    postMortem.sections = chosen->sections;
    postMortem.author = author;
    postMortem.createdAt = QDateTime::currentDateTimeUtc();
    postMortem.updatedAt = postMortem.createdAt;
    addVersion(postMortem, author, PostMortem::Version::Reason::Created);
    return store(postMortem, true, true, error);
}

std::optional<PostMortem> PostMortemService::find(const QString &idOrPrefix, QString *error) const
{
    PostMortemRepository repository(m_store);
    QString readError;
    if (std::optional<PostMortem> exact = repository.get(idOrPrefix, &readError)) {
        return exact;
    }
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    if (idOrPrefix.size() >= 8) {
        QSqlQuery query(m_store.database());
        query.prepare(
            QStringLiteral("SELECT id FROM postmortems WHERE substr(id, 1, ?) = ? LIMIT 2"));
        query.addBindValue(idOrPrefix.size());
        query.addBindValue(idOrPrefix);
        QStringList ids;
        if (query.exec()) {
            while (query.next()) {
                ids.append(query.value(0).toString());
            }
        }
        if (ids.size() == 1) {
            return repository.get(ids.constFirst(), error);
        }
        if (ids.size() > 1) {
            *error = QCoreApplication::translate(
                         "PostMortemService",
                         "%1 is the start of more than one post-mortem's id; give more of it")
                         .arg(idOrPrefix);
            return std::nullopt;
        }
    }
    *error = noPostMortem(idOrPrefix);
    return std::nullopt;
}

QList<PostMortem> PostMortemService::list(QString *error) const
{
    QList<PostMortem> postMortems = PostMortemRepository(m_store).list(error);
    std::stable_sort(
        postMortems.begin(), postMortems.end(),
        [](const PostMortem &a, const PostMortem &b) { return a.updatedAt > b.updatedAt; });
    return postMortems;
}

std::optional<PostMortem> PostMortemService::save(const PostMortem &edited, const QString &author,
                                                  QString *error)
{
    std::optional<PostMortem> stored = PostMortemRepository(m_store).get(edited.id, error);
    if (!stored) {
        if (error->isEmpty()) {
            *error = noPostMortem(edited.id);
        }
        return std::nullopt;
    }
    if (stored->isPublished()) {
        *error = publishedRefusal(*stored);
        return std::nullopt;
    }
    // The text changes only with a version: a newer one than the editor's copy is someone
    // else's save (review steps and reviewers do not count).
    if (edited.updatedAt.isValid() && !stored->versions.isEmpty() &&
        stored->versions.last().savedAt > edited.updatedAt) {
        const PostMortem::Version &latest = stored->versions.last();
        *error = QCoreApplication::translate("PostMortemService",
                                             "'%1' was changed by %2 at %3 UTC after you opened "
                                             "it; nothing was overwritten (your text is kept as "
                                             "the unsaved copy)")
                     .arg(stored->title, latest.author,
                          latest.savedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        return std::nullopt;
    }
    if (edited.title.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("PostMortemService", "a post-mortem needs a title");
        return std::nullopt;
    }
    try {
        stored->applyContent(edited.contentJson(), QStringLiteral("postmortem"));
    } catch (const ModelError &problem) {
        *error = problem.text();
        return std::nullopt;
    }
    stored->updatedAt = QDateTime::currentDateTimeUtc();
    addVersion(*stored, author, PostMortem::Version::Reason::Saved);
    return store(*stored, false, true, error);
}

std::optional<PostMortem> PostMortemService::setReviewState(const QString &id,
                                                            PostMortem::ReviewState state,
                                                            const QString &author, QString *error)
{
    std::optional<PostMortem> postMortem = find(id, error);
    if (!postMortem) {
        return std::nullopt;
    }
    const QList<PostMortem::ReviewState> allowed = nextReviewStates(postMortem->reviewState);
    if (!allowed.contains(state)) {
        QStringList allowedNames;
        for (const PostMortem::ReviewState next : allowed) {
            allowedNames.append(PostMortem::reviewStateName(next));
        }
        *error =
            QCoreApplication::translate("PostMortemService",
                                        "a post-mortem in state %1 cannot move to %2 "
                                        "(allowed: %3)")
                .arg(PostMortem::reviewStateName(postMortem->reviewState),
                     PostMortem::reviewStateName(state), allowedNames.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (state == PostMortem::ReviewState::InReview && postMortem->reviewers.isEmpty()) {
        *error = QCoreApplication::translate("PostMortemService",
                                             "name at least one reviewer before submitting '%1' "
                                             "for review")
                     .arg(postMortem->title);
        return std::nullopt;
    }
    postMortem->updatedAt = QDateTime::currentDateTimeUtc();
    postMortem->reviewHistory.append(
        {postMortem->updatedAt, author, postMortem->reviewState, state});
    postMortem->reviewState = state;
    if (postMortem->isPublished()) {
        addVersion(*postMortem, author, PostMortem::Version::Reason::Published);
    }
    return store(*postMortem, false, false, error);
}

std::optional<PostMortem>
PostMortemService::setReviewers(const QString &id, const QStringList &reviewers, QString *error)
{
    std::optional<PostMortem> postMortem = find(id, error);
    if (!postMortem) {
        return std::nullopt;
    }
    if (postMortem->isPublished()) {
        *error = publishedRefusal(*postMortem);
        return std::nullopt;
    }
    QStringList cleaned;
    for (const QString &reviewer : reviewers) {
        if (!reviewer.trimmed().isEmpty() && !cleaned.contains(reviewer.trimmed())) {
            cleaned.append(reviewer.trimmed());
        }
    }
    postMortem->reviewers = cleaned;
    postMortem->updatedAt = QDateTime::currentDateTimeUtc();
    return store(*postMortem, false, false, error);
}

std::optional<PostMortem> PostMortemService::restoreVersion(const QString &id, int number,
                                                            const QString &author, QString *error)
{
    std::optional<PostMortem> postMortem = find(id, error);
    if (!postMortem) {
        return std::nullopt;
    }
    if (postMortem->isPublished()) {
        *error = publishedRefusal(*postMortem);
        return std::nullopt;
    }
    const auto version = std::find_if(
        postMortem->versions.cbegin(), postMortem->versions.cend(),
        [number](const PostMortem::Version &candidate) { return candidate.number == number; });
    if (version == postMortem->versions.cend()) {
        *error = QCoreApplication::translate("PostMortemService", "'%1' has no version %2")
                     .arg(postMortem->title)
                     .arg(number);
        return std::nullopt;
    }
    try {
        postMortem->applyContent(version->content, QStringLiteral("versions[%1]").arg(number));
    } catch (const ModelError &problem) {
        *error = problem.text();
        return std::nullopt;
    }
    postMortem->updatedAt = QDateTime::currentDateTimeUtc();
    addVersion(*postMortem, author, PostMortem::Version::Reason::Restored);
    return store(*postMortem, false, true, error);
}

bool PostMortemService::remove(const QString &id, QString *error)
{
    const std::optional<PostMortem> postMortem = find(id, error);
    return postMortem && PostMortemRepository(m_store).remove(postMortem->id, error);
}

std::optional<PostMortem> PostMortemService::importMarkdown(const QByteArray &markdown,
                                                            const QString &author, QString *error)
{
    if (markdown.contains('\0')) {
        *error = QCoreApplication::translate("PostMortemService",
                                             "expected a Markdown post-mortem (text), found "
                                             "binary data");
        return std::nullopt;
    }
    std::optional<PostMortem> postMortem = PostMortemMarkdown::read(
        markdown, PostMortemTemplateLibrary(m_store).defaultTemplate().sections, error);
    if (!postMortem) {
        return std::nullopt;
    }
    // The incident it came from may live in another workspace: keep its key for people.
    if (!postMortem->incidentId.isEmpty() &&
        !IncidentRepository(m_store).get(postMortem->incidentId)) {
        postMortem->incidentId.clear();
    }
    postMortem->author = author;
    postMortem->createdAt = QDateTime::currentDateTimeUtc();
    postMortem->updatedAt = postMortem->createdAt;
    addVersion(*postMortem, author, PostMortem::Version::Reason::Imported);
    return store(*postMortem, true, true, error);
}

bool PostMortemService::autosave(const PostMortem &workingCopy, const QString &author,
                                 QString *error)
{
    QSqlDatabase db = m_store.database();
    return autosaveOn(db, workingCopy, author, error);
}

std::function<QString(const CancelToken &)>
PostMortemService::autosaveJob(const PostMortem &workingCopy, const QString &author) const
{
    return [path = m_store.path(), workingCopy, author](const CancelToken &) {
        ScopedConnection connection(path, false);
        if (!connection.isOpen()) {
            return connection.error();
        }
        QString error;
        return autosaveOn(connection.db(), workingCopy, author, &error) ? QString() : error;
    };
}

bool PostMortemService::autosaveOn(QSqlDatabase &db, const PostMortem &workingCopy,
                                   const QString &author, QString *error)
{
    const QString document = jsonText(workingCopy.toJson());
    if (!sql::beginWrite(db, error)) {
        return false;
    }
    // Checked under the write lock: a post-mortem published meanwhile keeps no working copy.
    QSqlQuery state(db);
    state.prepare(QStringLiteral("SELECT review_state FROM postmortems WHERE id = ?"));
    state.addBindValue(workingCopy.id);
    if (!state.exec() || !state.next()) {
        sql::rollback(db);
        *error = noPostMortem(workingCopy.id);
        return false;
    }
    if (PostMortem::reviewStateFromName(state.value(0).toString()) ==
        PostMortem::ReviewState::Published) {
        sql::rollback(db);
        *error = publishedRefusal(workingCopy);
        return false;
    }
    state.finish();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO postmortem_recovery (postmortem_id, saved_at, author, document) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (postmortem_id) DO UPDATE SET saved_at = "
        "excluded.saved_at, author = excluded.author, document = excluded.document"));
    query.addBindValue(workingCopy.id);
    query.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
    query.addBindValue(author);
    query.addBindValue(document);
    if (!sql::exec(db, query, error) || !sql::commit(db, error)) {
        sql::rollback(db);
        return false;
    }
    return true;
}

std::optional<RecoveredDraft> PostMortemService::recovered(const QString &id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT saved_at, author, document FROM postmortem_recovery "
                                 "WHERE postmortem_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return recoveredFrom(query);
}

QList<RecoveredDraft> PostMortemService::recoveredDrafts() const
{
    QList<RecoveredDraft> drafts;
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT saved_at, author, document FROM postmortem_recovery "
                                   "ORDER BY saved_at DESC"))) {
        return drafts;
    }
    while (query.next()) {
        if (std::optional<RecoveredDraft> draft = recoveredFrom(query)) {
            drafts.append(std::move(*draft));
        }
    }
    return drafts;
}

bool PostMortemService::discardRecovered(const QString &id, QString *error)
{
    return m_store.write(
        [&id](QSqlDatabase &db, QString *failure) { return deleteRecovery(db, id, failure); }, {},
        error);
}

QList<PostMortem::ReviewState> PostMortemService::nextReviewStates(PostMortem::ReviewState state)
{
    switch (state) {
    case PostMortem::ReviewState::Draft:
        return {PostMortem::ReviewState::InReview};
    case PostMortem::ReviewState::InReview:
        return {PostMortem::ReviewState::Published, PostMortem::ReviewState::Draft};
    case PostMortem::ReviewState::Published:
        break;
    }
    return {PostMortem::ReviewState::Draft};
}

std::optional<PostMortem> PostMortemService::store(PostMortem &document, bool created,
                                                   bool clearRecovery, QString *error)
{
    if (created) {
        document.id = newId();
    }
    const bool written = m_store.write(
        [&document, clearRecovery](QSqlDatabase &db, QString *failure) {
            // A stored text supersedes the working copy autosaved before it; review steps and
            // reviewers leave it alone.
            return PostMortemRepository::upsert(db, document, failure) &&
                   (!clearRecovery || deleteRecovery(db, document.id, failure));
        },
        {{Aggregate::PostMortem, document.id, created ? ChangeKind::Created : ChangeKind::Updated}},
        error);
    return written ? std::optional<PostMortem>(document) : std::nullopt;
}

} // namespace opsdeck
