#pragma once

#include "model/postmortem.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTextDocument;
class QUndoStack;

namespace opsdeck::ui {

class PostMortemActionItemModel;
class PostMortemTimelineModel;

// What the author is writing in one post-mortem: its title, a text document per section, and
// the timeline and action item models, every edit but the title's on one undo stack. A typing
// step in a section ends where another edit begins (a table edit, an undo, a save), so that one
// undo never spans two. No widgets: views show the documents and models, and say through two
// hooks how a new document is set up and how an undo of its text shows.
class PostMortemEditBuffer : public QObject {
    Q_OBJECT
public:
    explicit PostMortemEditBuffer(QObject *parent = nullptr);
    ~PostMortemEditBuffer() override;

    // Prepares each section's new document before its text goes in (the editor: a plain-text
    // layout and its font). Without one, documents get Qt's default layout.
    void setDocumentSetup(std::function<void(QTextDocument *)> setup);
    // Undo and redo of a section's text ask this first (the editor: shows the section and puts
    // the cursor where the text changed); when it returns false the document steps on its own.
    using TextStepper = std::function<bool(int section, QTextDocument *document, bool forward)>;
    void setTextStepper(TextStepper stepper);

    // This post-mortem's text in new documents and models, on a new undo stack. The previous
    // documents live as long as the returned object: until the views have let go of them.
    [[nodiscard]] std::unique_ptr<QObject> load(const PostMortem &postMortem);
    // No text, no undo stack; the previous documents as with load().
    [[nodiscard]] std::unique_ptr<QObject> clear();

    // `stored` with the text written here: title (trimmed), sections, timeline, action items.
    PostMortem applyTo(const PostMortem &stored) const;

    QString title() const { return m_title; }
    void setTitle(const QString &title) { m_title = title; } // not an undo step
    const QList<QTextDocument *> &sectionDocuments() const { return m_documents; }
    QTextDocument *sectionDocument(int index) const;
    // A section document's Markdown (the raw text: toPlainText() would turn non-breaking spaces
    // into spaces).
    static QString markdownOf(const QTextDocument *document);
    PostMortemTimelineModel *timelineModel() const { return m_timeline; }
    PostMortemActionItemModel *actionItemModel() const { return m_actionItems; }
    QUndoStack *undoStack() const;

    // No undo step since load() or setClean().
    bool isClean() const;
    void setClean();
    // The tables refuse edits (a published post-mortem).
    void setReadOnly(bool readOnly);

    // Undoes or redoes one recorded edit of a section's text (SectionTextCommand does).
    void stepText(int section, QTextDocument *document, bool forward);

Q_SIGNALS:
    // A section's text or a table changed: an edit, an undo or a redo.
    void edited();
    void cleanChanged();

private:
    std::unique_ptr<QObject> retireDocuments();
    QTextDocument *createDocument(int index, const QString &markdown);
    void onSectionCommand(int index);
    void breakTypingMerge(const QTextDocument *except);

    std::function<void(QTextDocument *)> m_documentSetup;
    TextStepper m_textStepper;
    QString m_title;
    QStringList m_sectionTitles; // for the undo steps' names
    QList<QTextDocument *> m_documents;
    PostMortemTimelineModel *m_timeline = nullptr;
    PostMortemActionItemModel *m_actionItems = nullptr;
    QPointer<QUndoStack> m_stack;
    bool m_loading = false;
    bool m_pushingText = false;
};

} // namespace opsdeck::ui
