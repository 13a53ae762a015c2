#pragma once

#include "common/backgroundjob.h"
#include "model/postmortem.h"
#include "postmortems/postmortemeditbuffer.h"
#include "postmortems/postmortemexport.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class QTimer;

namespace opsdeck {
class PostMortemCatalog;
class PostMortemService;
struct RecoveredDraft;
} // namespace opsdeck

namespace opsdeck::ui {

// The post-mortem being written, without a window. It keeps the working copy, what the author
// writes (its PostMortemEditBuffer: title, section documents, tables, undo stack) over the
// stored document, and whether it is modified. It autosaves the working copy beside the stored
// document after a pause in typing, at least every few seconds while typing, on request and
// when the application goes to the background or quits (a large copy on a worker, one at a
// time), and offers unsaved text found on opening. It applies the rules: a save keeps a version
// and is refused over someone else's newer one (the edits stay and changedElsewhere() says
// who), a published post-mortem is read-only until reopened. It follows what the catalogue
// opens, changes and removes.
//
// PostMortemEditorDock shows a session: its widgets show the buffer's documents and models and
// follow these signals; failures become messages there.
class PostMortemEditSession : public QObject {
    Q_OBJECT
public:
    // What was refused or failed; the error, if any, is the service's reason.
    enum class Failure { Open, SavePublished, Save, Autosave, ReviewState, Reviewers, Discard };
    Q_ENUM(Failure)

    // Opens what `catalog` opens; every change goes through `service` by `userName`.
    PostMortemEditSession(PostMortemService &service, PostMortemCatalog &catalog, QString userName,
                          QObject *parent = nullptr);
    ~PostMortemEditSession() override;

    // What the author is writing: the documents and models views show.
    PostMortemEditBuffer *buffer() const { return m_buffer; }
    // The id of the post-mortem open, empty for none.
    QString postMortemId() const { return m_id; }
    // The stored document as this session last read or wrote it (review data, facts, charts).
    const PostMortem &stored() const { return m_working; }
    bool isModified() const;
    bool isReadOnly() const;
    // What the author has written so far, over the stored document's review data.
    PostMortem workingCopy() const;

    // Milliseconds: autosave after this long without an edit, and at least this often while
    // editing continuously (defaults 1500 and 4000).
    void setAutosaveIntervals(int idle, int continuous);
    // An autosave is due (a timer runs) or being written on a worker.
    bool isAutosavePending() const;
    // When the working copy was last written beside the document (invalid: not yet).
    QDateTime lastAutosave() const { return m_lastAutosave; }
    // The recovered text offered (recoveryOffered()), or null.
    const RecoveredDraft *recoveredDraft() const { return m_recovered.get(); }

public Q_SLOTS:
    // Opens this post-mortem (empty: none), after autosaving the one open.
    void open(const QString &id);
    // Opens this post-mortem (through the catalogue) and offers its recovered unsaved text.
    void openRecovered(const QString &id);
    // The author typed this title (not an undo step: the post-mortem is modified until saved).
    void setTitle(const QString &title);
    // Stores the working copy as a new version; false (and failed()) when refused.
    bool save();
    // Writes the working copy beside the document if it changed since the last autosave.
    bool autosaveNow();
    // Waits for an autosave running on a worker (before a save, a discard or quitting).
    void finishAutosave();
    // The recovered text becomes the working copy (unsaved), or is thrown away.
    void restoreRecovered();
    void discardRecovered();
    // Moves the review to `state` (saving first when there are unsaved edits).
    void requestReviewState(PostMortem::ReviewState state);
    void setReviewers(const QStringList &reviewers);
    // Renders and writes the working copy on a worker; exportFinished() reports it.
    void exportTo(PostMortemExport::Format format, const QString &path);

Q_SIGNALS:
    // A post-mortem was read into the buffer: opened, followed after a change elsewhere while
    // unmodified, or its recovered text restored (`keepView`: the same post-mortem again). The
    // previous documents are deleted right after this signal.
    void loaded(bool keepView);
    // Nothing is open any more (the documents are deleted right after this signal).
    void cleared();
    void modifiedChanged();
    void saved(int version);
    void autosaved(const QDateTime &at);
    void recoveryOffered(const QDateTime &savedAt);
    void recoveryRestored();
    void recoveryDiscarded();
    // Someone else changed the open post-mortem while it has unsaved edits: they stay, and a
    // save will be refused.
    void changedElsewhere(const QString &who, const QDateTime &at);
    void reviewStateChanged(opsdeck::PostMortem::ReviewState state);
    void reviewersChanged(const QStringList &reviewers);
    void failed(opsdeck::ui::PostMortemEditSession::Failure failure, const QString &error);
    // An export finished: `error` is empty when the file was written.
    void exportFinished(const QString &path, const QString &error);

private:
    void load(const PostMortem &postMortem, bool modified, bool keepView);
    void clear();
    void offerRecovered();
    void onCatalogChanged(const QString &id);
    void onContentEdited();
    void stopAutosaveTimers();
    void onAutosavedInBackground(const QString &error);

    PostMortemService &m_service;
    PostMortemCatalog &m_catalog;
    QString m_userName;
    JobTracker m_autosaveJobs; // copies too large to write between two keystrokes
    JobTracker m_exportJobs;

    QString m_id;
    PostMortem m_working; // the stored document; the buffer holds what is written
    PostMortemEditBuffer *m_buffer;
    std::unique_ptr<RecoveredDraft> m_recovered;
    QTimer *m_idleTimer;
    QTimer *m_continuousTimer;

    QDateTime m_lastAutosave;
    bool m_forcedModified = false; // edits that are not on the undo stack (title, restored text)
    bool m_autosaveDirty = false;  // changed since the last autosave or save
    // A large working copy is autosaved on a worker; one at a time, the newest next.
    bool m_autosaveAgain = false;
    QString m_autosaveId; // the post-mortem the running one writes
    bool m_changedElsewhere = false;
};

} // namespace opsdeck::ui
