#pragma once

#include "common/backgroundjob.h"
#include "model/postmortem.h"
#include "postmortems/postmortemtemplate.h"

#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace opsdeck {

class WorkspaceStore;

// A post-mortem's working copy that was autosaved but never saved: what the author typed last.
struct RecoveredDraft {
    PostMortem document;
    QDateTime savedAt;
    QString author;
};

// Every change to post-mortems, for the console and the command line
// alike. Works on the workspace alone: no backend is ever needed.
//
// Saving keeps a version; publishing keeps one too. A published post-mortem refuses changes
// until it is reopened, which its review history records. Autosave writes the working copy
// beside the document (never over it) so that a crash loses at most the last few seconds and a
// later start can offer the text back; saving clears it.
class PostMortemService {
public:
    explicit PostMortemService(WorkspaceStore &store);

    // From an incident (by id or key): prefilled by PostMortemDraft from the incident and its
    // timeline, `keyEventIds` the events the author picked (default: the key events).
    std::optional<PostMortem>
    createFromIncident(const QString &incidentIdOrKey, const QString &author, QString *error,
                       const std::optional<QSet<QString>> &keyEventIds = std::nullopt,
                       const QString &templateId = {});
    std::optional<PostMortem> createBlank(const QString &title, const QString &author,
                                          QString *error, const QString &templateId = {});

    // By id, or a unique id prefix of at least 8 characters (as lists show them).
    std::optional<PostMortem> find(const QString &idOrPrefix, QString *error) const;
    QList<PostMortem> list(QString *error = nullptr) const;

    // Stores what the author wrote (title, sections, timeline, action items) and keeps a version
    // (Reason::Saved); clears the autosaved copy. Refused for a published post-mortem and
    // when a version is newer than `edited.updatedAt` (someone else saved in between: the error
    // says who and when, nothing is overwritten). Reviewers and review state change on their own.
    std::optional<PostMortem> save(const PostMortem &edited, const QString &author, QString *error);

    // draft → in_review → published; in_review → draft (changes requested); published →
    // draft (reopen). Each step is added to the review history; publishing keeps a version.
    std::optional<PostMortem> setReviewState(const QString &id, PostMortem::ReviewState state,
                                             const QString &author, QString *error);
    std::optional<PostMortem> setReviewers(const QString &id, const QStringList &reviewers,
                                           QString *error);
    // The version's content becomes the current text, kept as a new version (Reason::Restored).
    std::optional<PostMortem> restoreVersion(const QString &id, int number, const QString &author,
                                             QString *error);
    bool remove(const QString &id, QString *error);

    // A Markdown post-mortem (PostMortemMarkdown's form) as a new post-mortem, with one version
    // (Reason::Imported). `error` says what was expected and on which line.
    std::optional<PostMortem> importMarkdown(const QByteArray &markdown, const QString &author,
                                             QString *error);

    // Autosave: the working copy, beside the stored document. Refused for a published one.
    bool autosave(const PostMortem &workingCopy, const QString &author, QString *error);
    // The same as work for a worker (a JobTracker) with its own connection, for a copy too
    // large to write between two keystrokes; the work returns the error, empty when stored.
    std::function<QString(const CancelToken &)> autosaveJob(const PostMortem &workingCopy,
                                                            const QString &author) const;
    std::optional<RecoveredDraft> recovered(const QString &id) const;
    QList<RecoveredDraft> recoveredDrafts() const; // newest first
    bool discardRecovered(const QString &id, QString *error);

    // The first step allowed from `state`, for buttons and messages.
    static QList<PostMortem::ReviewState> nextReviewStates(PostMortem::ReviewState state);

private:
    std::optional<PostMortem> store(PostMortem &document, bool created, bool clearRecovery,
                                    QString *error);
    static bool autosaveOn(QSqlDatabase &db, const PostMortem &workingCopy, const QString &author,
                           QString *error);

    WorkspaceStore &m_store;
};

} // namespace opsdeck
