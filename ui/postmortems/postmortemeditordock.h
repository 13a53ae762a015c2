#pragma once

#include "common/backgroundjob.h"
#include "model/postmortem.h"
#include "postmortems/postmortemexport.h"
#include "shell/viewdock.h"

#include <QDateTime>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextDocument;
class QTimer;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace opsdeck {
class PostMortemCatalog;
class PostMortemService;
struct RecoveredDraft;
} // namespace opsdeck

namespace opsdeck::ui {

class PostMortemActionItemModel;
class FindReplaceBar;
class MessageLabel;
class PostMortemReviewBar;
class PostMortemTimelineModel;
class SectionEditor;

// The post-mortem the console has open (PostMortemCatalog::openId()), for writing and review:
// title, facts, review state and reviewers; the sections in Markdown with a live preview, a
// formatting toolbar and find/replace; the timeline and action item tables. Every edit is on
// one undo stack per open post-mortem. Save (Ctrl+S) keeps a version; autosave writes the
// working copy after a pause in typing, while typing continuously, and when the editor loses
// the focus, the view is hidden or the application goes to the background, so a crash loses at
// most a few seconds; unsaved text found on opening is offered back. A published post-mortem is
// read-only until reopened. Exports to Markdown, HTML and PDF render on a worker.
class PostMortemEditorDock : public ViewDock {
    Q_OBJECT
public:
    static constexpr const char *Id = "postmortem";

    // Shows what `catalog` says is open; every change goes through `service` by `userName`.
    PostMortemEditorDock(PostMortemService &service, PostMortemCatalog &catalog, QString userName,
                         QWidget *parent = nullptr);
    ~PostMortemEditorDock() override;
    void retranslateUi() override;

    // The id of the post-mortem shown, empty for none.
    QString postMortemId() const { return m_id; }
    bool isModified() const;
    bool isReadOnly() const;
    // What the author has written so far, over the stored document's review data.
    PostMortem workingCopy() const;

    // Milliseconds: autosave after this long without an edit, and at least this often while
    // editing continuously (defaults 1500 and 4000).
    void setAutosaveIntervals(int idle, int continuous);
    // Milliseconds from the last keystroke to the preview (default 300).
    void setPreviewDelay(int milliseconds);

    // Stores the working copy as a new version; false (with the reason in the message line)
    // when the service refuses it.
    bool save();
    // Writes the working copy beside the document if it changed since the last autosave.
    bool autosaveNow();
    // Waits for an autosave running on a worker (before a save, a discard or quitting).
    void finishAutosave();
    void onAutosavedInBackground(const QString &error);
    // Moves the review to `state` (saving first when there are unsaved edits).
    void requestReviewState(const QString &state);
    // Renders and writes the working copy on a worker; exportFinished() reports it.
    void exportTo(PostMortemExport::Format format, const QString &path);

    QUndoStack *undoStack() const;
    QToolBar *toolBar() const { return m_toolBar; }
    // The dock's actions by name: undo, redo, bold, italic, heading, bullets, numbers, link,
    // code, chart, find, replace, save, export_md, export_html, export_pdf.
    QAction *action(const QString &name) const;
    SectionEditor *sectionEditor() const { return m_sections; }
    QListWidget *sectionList() const { return m_sectionList; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QLineEdit *titleField() const { return m_title; }
    QLabel *factsLabel() const { return m_facts; }
    PostMortemReviewBar *reviewBar() const { return m_reviewBar; }
    PostMortemTimelineModel *timelineModel() const { return m_timeline; }
    PostMortemActionItemModel *actionItemModel() const { return m_actionItems; }
    QTableView *timelineTable() const { return m_timelineTable; }
    QTableView *actionItemTable() const { return m_actionTable; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageLabel *messageLabel() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }
    QWidget *recoveryBanner() const { return m_recoveryBanner; }
    QWidget *publishedBanner() const { return m_publishedBanner; }
    QLabel *changedBanner() const { return m_changedBanner; }

public Q_SLOTS:
    // Shows this post-mortem (empty: none).
    void showPostMortem(const QString &id);
    // Shows this post-mortem with the banner offering its recovered unsaved text.
    void showRecovered(const QString &id);
    // The recovered text becomes the working copy (unsaved), or is thrown away.
    void restoreRecovered();
    void discardRecovered();

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
    QWidget *buildSectionsTab();
    QWidget *buildTimelineTab();
    QWidget *buildActionItemsTab();
    void buildActions();
    QAction *addEditAction(const QString &name, const QString &icon, const QKeySequence &key);
    void load(const PostMortem &postMortem, bool modified, bool keepView);
    void clearDocument();
    void offerRecovered();
    void onCatalogChanged(const PostMortem &postMortem);
    void onContentEdited();
    void onSectionCommand(int index);
    void breakTypingMerge(const QTextDocument *except);
    void applyReadOnly();
    void updateFacts();
    void updateModifiedState();
    void updateStatus();
    void fillChartMenu();
    void askExport(PostMortemExport::Format format);
    void setReviewers(const QStringList &reviewers);
    QString formatTime(const QDateTime &time, bool withDate) const;

    PostMortemService &m_service;
    PostMortemCatalog &m_catalog;
    QString m_userName;
    JobTracker m_autosaveJobs; // copies too large to write between two keystrokes
    JobTracker m_exportJobs;
    QString m_id;
    PostMortem m_working; // the stored document; the editors hold what the author writes
    std::unique_ptr<RecoveredDraft> m_recovered; // offered by the recovery banner
    QUndoGroup *m_undoGroup = nullptr;
    QPointer<QUndoStack> m_stack;
    PostMortemTimelineModel *m_timeline = nullptr;
    PostMortemActionItemModel *m_actionItems = nullptr;

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
    QMenu *m_exportMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_chartMenu = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_sectionList = nullptr;
    SectionEditor *m_sections = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    QTableView *m_timelineTable = nullptr;
    QPushButton *m_addEvent = nullptr;
    QPushButton *m_removeEvent = nullptr;
    QTableView *m_actionTable = nullptr;
    QPushButton *m_addAction = nullptr;
    QPushButton *m_removeAction = nullptr;
    MessageLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_continuousTimer = nullptr;

    QDateTime m_lastAutosave;
    bool m_loading = false;
    bool m_forcedModified = false; // edits that are not on the undo stack (title, restored text)
    bool m_autosaveDirty = false;  // changed since the last autosave or save
    // A large working copy is autosaved on a worker; one at a time, the newest next.
    bool m_autosaveAgain = false;
    QString m_autosaveId; // the post-mortem the running one writes
    bool m_changedElsewhere = false;
    bool m_pushingText = false;
};

} // namespace opsdeck::ui
