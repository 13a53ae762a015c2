#pragma once

#include <QPointer>
#include <QTextDocument>
#include <QUndoCommand>

namespace opsdeck::ui {

class PostMortemEditBuffer;

// One edit a section's text document recorded (typing, a paste, a formatting step, a
// replacement), on the post-mortem's undo stack: undo and redo ask the document to undo or redo
// it, through the buffer, whose view first shows the section. Pushed after the document made
// the edit, so the first redo() does nothing.
class SectionTextCommand : public QUndoCommand {
public:
    SectionTextCommand(PostMortemEditBuffer *buffer, int section, QTextDocument *document,
                       const QString &text);

    void undo() override;
    void redo() override;

private:
    void step(bool forward);

    QPointer<PostMortemEditBuffer> m_buffer;
    QPointer<QTextDocument> m_document;
    int m_section = 0;
    bool m_done = true;
};

} // namespace opsdeck::ui
