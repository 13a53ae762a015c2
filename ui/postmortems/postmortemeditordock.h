#pragma once

#include "postmortems/postmortemcontenttabs.h"
#include "postmortems/postmortemeditsession.h"
#include "postmortems/postmortemexport.h"
#include "postmortems/postmortemformatbar.h"
#include "shell/viewdock.h"

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;

namespace opsdeck::ui {

class MessageLabel;
class PostMortemReviewBar;

// The post-mortem the console has open (PostMortemCatalog::openId()), for writing and review:
// title, facts, review state and reviewers; the sections in Markdown with a live preview, a
// formatting toolbar and find/replace; the timeline and action item tables. What is written,
// undone, saved, autosaved and recovered is a PostMortemEditSession's; the dock builds the
// widgets, binds them to the session and says what happened. Autosave also runs when the editor
// loses the focus or the view is hidden, so a crash loses at most a few seconds; unsaved text
// found on opening is offered back. A published post-mortem is read-only until reopened.
// Exports to Markdown, HTML and PDF render on a worker.
class PostMortemEditorDock final : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "postmortem";

    // Shows what `catalog` says is open; every change goes through `service` by `userName`.
    PostMortemEditorDock(PostMortemService &service, PostMortemCatalog &catalog, QString userName,
                         QWidget *parent = nullptr);
    ~PostMortemEditorDock() override;
    void retranslateUi() override;

    PostMortemEditSession *session() const { return m_session.get(); }
    // The id of the post-mortem shown, empty for none.
    QString postMortemId() const { return m_session->postMortemId(); }
    bool isModified() const { return m_session->isModified(); }
    bool isReadOnly() const { return m_session->isReadOnly(); }
    PostMortem workingCopy() const { return m_session->workingCopy(); }

    // Milliseconds: autosave after this long without an edit, and at least this often while
    // editing continuously (defaults 1500 and 4000).
    void setAutosaveIntervals(int idle, int continuous)
    {
        m_session->setAutosaveIntervals(idle, continuous);
    }
    // Milliseconds from the last keystroke to the preview (default 300).
    void setPreviewDelay(int milliseconds);

    // Stores the working copy as a new version; false (with the reason in the message line)
    // when the service refuses it.
    bool save() { return m_session->save(); }
    bool autosaveNow() { return m_session->autosaveNow(); }
    void finishAutosave() { m_session->finishAutosave(); }
    // Moves the review to `state` (saving first when there are unsaved edits).
    void requestReviewState(PostMortem::ReviewState state) { m_session->requestReviewState(state); }
    // Renders and writes the working copy on a worker; exportFinished() reports it.
    void exportTo(PostMortemExport::Format format, const QString &path);

    QUndoStack *undoStack() const { return m_session->buffer()->undoStack(); }
    QToolBar *toolBar() const { return m_formatBar; }
    // The dock's actions by name: undo, redo, bold, italic, heading, bullets, numbers, link,
    // code, chart, find, replace, save, export_md, export_html, export_pdf.
    QAction *action(const QString &name) const;
    // Save (Ctrl+S anywhere in the window): a labelled button beside Export, and in the
    // Post-mortem menu.
    QAction *saveAction() const { return m_saveAction; }
    SectionEditor *sectionEditor() const { return m_content->sectionEditor(); }
    QListWidget *sectionList() const { return m_content->sectionList(); }
    FindReplaceBar *findBar() const { return m_content->findBar(); }
    QLineEdit *titleField() const { return m_title; }
    QLabel *factsLabel() const { return m_facts; }
    PostMortemReviewBar *reviewBar() const { return m_reviewBar; }
    PostMortemTimelineModel *timelineModel() const { return m_session->buffer()->timelineModel(); }
    PostMortemActionItemModel *actionItemModel() const
    {
        return m_session->buffer()->actionItemModel();
    }
    QTableView *timelineTable() const { return m_content->timelineTable(); }
    QTableView *actionItemTable() const { return m_content->actionItemTable(); }
    QTabWidget *tabs() const { return m_content; }
    MessageLabel *messageLabel() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *recoveryBanner() const { return m_recoveryBanner; }
    QWidget *publishedBanner() const { return m_publishedBanner; }
    QLabel *changedBanner() const { return m_changedBanner; }

public Q_SLOTS:
    // Shows this post-mortem (empty: none).
    void showPostMortem(const QString &id) { m_session->open(id); }
    // Shows this post-mortem with the banner offering its recovered unsaved text.
    void showRecovered(const QString &id) { m_session->openRecovered(id); }
    // The recovered text becomes the working copy (unsaved), or is thrown away.
    void restoreRecovered() { m_session->restoreRecovered(); }
    void discardRecovered() { m_session->discardRecovered(); }

Q_SIGNALS:
    // An export finished: `error` is empty when the file was written.
    void exportFinished(const QString &path, const QString &error);
    // The working copy was saved as this version.
    void saved(int version);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void bindSession();
    void onLoaded(bool keepView);
    void onCleared();
    void onFailed(PostMortemEditSession::Failure failure, const QString &error);
    void applyReadOnly();
    void updateFacts();
    void updateModifiedState();
    void updateStatus();
    void askExport(PostMortemExport::Format format);
    QString formatTime(const QDateTime &time, bool withDate) const;

    std::unique_ptr<PostMortemEditSession> m_session; // goes before the widgets showing it

    QWidget *m_recoveryBanner = nullptr;
    QLabel *m_recoveryText = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QWidget *m_publishedBanner = nullptr;
    QLabel *m_publishedText = nullptr;
    QLabel *m_changedBanner = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_facts = nullptr;
    PostMortemReviewBar *m_reviewBar = nullptr;
    QPushButton *m_exportButton = nullptr;
    QAction *m_saveAction = nullptr;
    QMenu *m_exportMenu = nullptr;
    PostMortemFormatBar *m_formatBar = nullptr;
    PostMortemContentTabs *m_content = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace opsdeck::ui
