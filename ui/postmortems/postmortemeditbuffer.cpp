#include "postmortems/postmortemeditbuffer.h"

#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemtimelinemodel.h"
#include "postmortems/sectiontextcommand.h"

#include <QTextDocument>
#include <QUndoStack>

#include <utility>

namespace opsdeck::ui {

PostMortemEditBuffer::PostMortemEditBuffer(QObject *parent)
    : QObject(parent)
    , m_timeline(new PostMortemTimelineModel(this))
    , m_actionItems(new PostMortemActionItemModel(this))
{
    // A table edit is its own undo step: the next keystroke starts a new one.
    const auto tableEdited = [this]() {
        breakTypingMerge(nullptr);
        Q_EMIT edited();
    };
    connect(m_timeline, &PostMortemTimelineModel::edited, this, tableEdited);
    connect(m_actionItems, &PostMortemActionItemModel::edited, this, tableEdited);
}

PostMortemEditBuffer::~PostMortemEditBuffer()
{
    // The stack goes first: it announces its state while it is deleted.
    if (m_stack) {
        m_stack->disconnect(this);
        delete m_stack.data();
    }
}

void PostMortemEditBuffer::setDocumentSetup(std::function<void(QTextDocument *)> setup)
{
    m_documentSetup = std::move(setup);
}

void PostMortemEditBuffer::setTextStepper(TextStepper stepper)
{
    m_textStepper = std::move(stepper);
}

std::unique_ptr<QObject> PostMortemEditBuffer::load(const PostMortem &postMortem)
{
    m_loading = true;
    // A new undo history for each document opened.
    QUndoStack *previous = m_stack;
    m_stack = new QUndoStack(this);
    delete previous;
    connect(m_stack, &QUndoStack::cleanChanged, this, &PostMortemEditBuffer::cleanChanged);
    connect(m_stack, &QUndoStack::indexChanged, this, [this]() {
        if (!m_pushingText) {
            breakTypingMerge(nullptr); // an undo or redo: the next keystroke is a new step
        }
    });
    m_timeline->setUndoStack(m_stack);
    m_actionItems->setUndoStack(m_stack);

    m_title = postMortem.title;
    std::unique_ptr<QObject> retired = retireDocuments();
    for (int index = 0; index < postMortem.sections.size(); ++index) {
        const PostMortem::Section &section = postMortem.sections.at(index);
        m_sectionTitles.append(section.title);
        m_documents.append(createDocument(index, section.markdown));
    }
    m_timeline->setEntries(postMortem.timeline);
    m_actionItems->setItems(postMortem.actionItems);
    m_loading = false;
    return retired;
}

std::unique_ptr<QObject> PostMortemEditBuffer::clear()
{
    delete m_stack.data();
    m_timeline->setEntries({});
    m_actionItems->setItems({});
    m_title.clear();
    return retireDocuments();
}

std::unique_ptr<QObject> PostMortemEditBuffer::retireDocuments()
{
    auto retired = std::make_unique<QObject>();
    for (QTextDocument *document : std::as_const(m_documents)) {
        document->disconnect(this);
        document->setParent(retired.get());
    }
    m_documents.clear();
    m_sectionTitles.clear();
    return retired;
}

QTextDocument *PostMortemEditBuffer::createDocument(int index, const QString &markdown)
{
    auto *document = new QTextDocument(this);
    if (m_documentSetup) {
        m_documentSetup(document);
    } else {
        document->documentLayout(); // a document without a layout announces no changes
    }
    document->setPlainText(markdown); // no undo history
    document->setUndoRedoEnabled(true);
    connect(document, &QTextDocument::undoCommandAdded, this,
            [this, index]() { onSectionCommand(index); });
    connect(document, &QTextDocument::contentsChange, this, [this](int, int, int) {
        if (!m_loading) {
            Q_EMIT edited();
        }
    });
    return document;
}

PostMortem PostMortemEditBuffer::applyTo(const PostMortem &stored) const
{
    PostMortem copy = stored;
    copy.title = m_title.trimmed();
    for (int index = 0; index < copy.sections.size() && index < m_documents.size(); ++index) {
        copy.sections[index].markdown = markdownOf(m_documents.at(index));
    }
    copy.timeline = m_timeline->entries();
    copy.actionItems = m_actionItems->items();
    return copy;
}

QTextDocument *PostMortemEditBuffer::sectionDocument(int index) const
{
    return index >= 0 && index < m_documents.size() ? m_documents.at(index) : nullptr;
}

QString PostMortemEditBuffer::markdownOf(const QTextDocument *document)
{
    return document != nullptr
               ? document->toRawText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'))
               : QString();
}

QUndoStack *PostMortemEditBuffer::undoStack() const
{
    return m_stack;
}

bool PostMortemEditBuffer::isClean() const
{
    return m_stack.isNull() || m_stack->isClean();
}

void PostMortemEditBuffer::setClean()
{
    if (m_stack) {
        m_stack->setClean();
    }
    breakTypingMerge(nullptr);
}

void PostMortemEditBuffer::setReadOnly(bool readOnly)
{
    m_timeline->setReadOnly(readOnly);
    m_actionItems->setReadOnly(readOnly);
}

void PostMortemEditBuffer::onSectionCommand(int index)
{
    QTextDocument *document = sectionDocument(index);
    if (m_loading || m_stack.isNull() || document == nullptr) {
        return;
    }
    m_pushingText = true;
    m_stack->push(new SectionTextCommand(this, index, document,
                                         tr("Edit “%1”").arg(m_sectionTitles.value(index))));
    m_pushingText = false;
    breakTypingMerge(document);
}

void PostMortemEditBuffer::stepText(int section, QTextDocument *document, bool forward)
{
    if (m_textStepper && m_textStepper(section, document, forward)) {
        return;
    }
    forward ? document->redo() : document->undo();
}

void PostMortemEditBuffer::breakTypingMerge(const QTextDocument *except)
{
    // A text document merges consecutive typing into its last undo step only while it is
    // marked modified: unmarking ends the step, so that one command never spans another.
    for (QTextDocument *document : std::as_const(m_documents)) {
        if (document != except) {
            document->setModified(false);
        }
    }
}

} // namespace opsdeck::ui
