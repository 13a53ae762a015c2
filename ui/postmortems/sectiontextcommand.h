#pragma once

#include <QPointer>
#include <QTextDocument>
#include <QUndoCommand>

namespace opsdeck::ui {

class SectionEditor;

// One edit a section's text document recorded (typing, a paste, a formatting step, a
// replacement), on the post-mortem's undo stack: undo and redo ask the document to undo or redo
// it, after showing its section. Pushed after the document made the edit, so the first redo()
// does nothing.
class SectionTextCommand : public QUndoCommand {
public:
    SectionTextCommand(SectionEditor *editor, int section, QTextDocument *document,
                       const QString &text);

    void undo() override;
    void redo() override;

private:
    void step(bool forward);

    QPointer<SectionEditor> m_editor;
    QPointer<QTextDocument> m_document;
    int m_section = 0;
    bool m_done = true;
};

} // namespace opsdeck::ui
