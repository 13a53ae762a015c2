#include "postmortems/sectiontextcommand.h"

#include "postmortems/postmortemeditbuffer.h"

namespace opsdeck::ui {

SectionTextCommand::SectionTextCommand(PostMortemEditBuffer *buffer, int section,
                                       QTextDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_buffer(buffer)
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
    if (m_buffer.isNull()) {
        forward ? m_document->redo() : m_document->undo();
        return;
    }
    m_buffer->stepText(m_section, m_document, forward);
}

} // namespace opsdeck::ui
