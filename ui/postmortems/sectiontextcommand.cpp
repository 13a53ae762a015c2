#include "postmortems/sectiontextcommand.h"

#include "postmortems/sectioneditor.h"

#include <QPlainTextEdit>

namespace opsdeck::ui {

SectionTextCommand::SectionTextCommand(SectionEditor *editor, int section, QTextDocument *document,
                                       const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_document(document)
    , m_section(section)
{}

void SectionTextCommand::undo()
{
    step(false);
    m_done = false;
}

void SectionTextCommand::redo()
{
    if (m_done) {
        return; // the document made the edit before the command was pushed
    }
    step(true);
    m_done = true;
}

void SectionTextCommand::step(bool forward)
{
    if (m_document.isNull()) {
        return;
    }
    if (m_editor.isNull() || m_editor->document(m_section) != m_document) {
        forward ? m_document->redo() : m_document->undo();
        return;
    }
    // Shows the section and puts the cursor where the text changed, as an editor's own undo does.
    m_editor->setCurrentIndex(m_section);
    QTextCursor cursor = m_editor->editor()->textCursor();
    forward ? m_document->redo(&cursor) : m_document->undo(&cursor);
    m_editor->editor()->setTextCursor(cursor);
}

} // namespace opsdeck::ui
