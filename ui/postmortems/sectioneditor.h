#pragma once

#include "common/backgroundjob.h"
#include "model/postmortem.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QPlainTextEdit;
class QTextBrowser;
class QTextDocument;
class QTimer;

namespace opsdeck::ui {

// The Markdown of a post-mortem's sections, one at a time, beside its live preview. Each section
// has its own text document (and so its own cursor and undo history), kept by the
// PostMortemEditBuffer; the editor shows the current one. The preview follows typing after a short
// pause; a large section renders on a worker, a very large one not at all, so that typing never
// waits for the preview.
//
// Formatting (bold, italic, code, heading, lists, links, charts) works on the selection or at
// the cursor and is one undo step each.
class SectionEditor : public QWidget {
    Q_OBJECT
public:
    // From this size on a section's preview renders on a worker.
    static constexpr int WorkerPreviewSize = 200 * 1024;
    // From this size on the preview pauses.
    static constexpr int PausedPreviewSize = 1024 * 1024;

    explicit SectionEditor(QWidget *parent = nullptr);
    ~SectionEditor() override;

    // Sets up a section's new document for this editor (a plain-text layout, the editor's font),
    // before its text goes in.
    void prepareDocument(QTextDocument *document) const;
    // Shows these sections' documents (not owned; released before they are deleted, or by
    // setDocuments({})); the first one is current.
    void setDocuments(const QList<QTextDocument *> &documents);
    // Charts the preview draws for snapshot:ID images.
    void setCharts(const QList<PostMortem::Chart> &charts);
    int count() const { return int(m_documents.size()); }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    QString markdown(int index) const;
    QTextDocument *document(int index) const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    // Undoes or redoes one edit of a section shown here: shows the section and puts the cursor
    // where the text changed, as an editor's own undo does. False for a document not shown here.
    bool stepText(int section, QTextDocument *document, bool forward);

    // Milliseconds from the last keystroke to the preview.
    void setPreviewDelay(int milliseconds);
    // Renders the current section's preview now (or starts its worker).
    void updatePreview();
    bool isPreviewPending() const;

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }

    // Formatting of the selection, or of a placeholder at the cursor.
    void wrapSelection(const QString &marker, const QString &placeholder);
    void prefixLines(const QString &prefix);
    void numberLines();
    void insertLink();
    void insertChart(const PostMortem::Chart &chart);

    // The post-mortem's Undo and Redo, shown in the editor's context menu instead of the
    // document's own (every text edit is on the post-mortem's undo stack).
    void setUndoActions(QAction *undo, QAction *redo);

    void retranslateUi();

Q_SIGNALS:
    void currentChanged(int index);
    // The preview shows the current text (rendered, or the paused notice).
    void previewUpdated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void adoptPreview(QTextDocument *document);
    void showPreviewNotice(const QString &text);
    void showContextMenu(const QPoint &position);
    void releaseDocuments();

    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTextDocument *m_renderedDocument = nullptr; // a worker's result, owned by the preview
    QTimer *m_previewTimer = nullptr;
    QPointer<QAction> m_undo;
    QPointer<QAction> m_redo;
    QList<QPointer<QTextDocument>> m_documents;
    QList<PostMortem::Chart> m_charts;
    int m_current = -1;
    JobTracker m_previewJobs; // renders a large section; only the newest is shown
};

} // namespace opsdeck::ui
