#include "postmortems/sectioneditor.h"

#include "postmortems/postmortemdraft.h"
#include "postmortems/postmortemeditbuffer.h"
#include "postmortems/postmortemrenderer.h"

#include <QAction>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck::ui {

namespace {

bool isUndoOrRedo(QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress) {
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo);
}

} // namespace

SectionEditor::SectionEditor(QWidget *parent)
    : QWidget(parent)
    , m_previewJobs(this)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_editor = new QPlainTextEdit(split);
    m_editor->setObjectName(QStringLiteral("sectionText"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(false);
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    m_editor->installEventFilter(this);
    m_preview = new QTextBrowser(split);
    m_preview->setObjectName(QStringLiteral("sectionPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->setSearchPaths({});
    split->addWidget(m_editor);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &SectionEditor::updatePreview);
    connect(m_editor, &QPlainTextEdit::customContextMenuRequested, this,
            &SectionEditor::showContextMenu);
    retranslateUi();
}

SectionEditor::~SectionEditor()
{
    releaseDocuments();
}

void SectionEditor::releaseDocuments()
{
    // The editor lets go of the current document before its owner deletes it.
    if (m_current < 0 || document(m_current) != nullptr) {
        m_editor->setDocument(nullptr);
    }
    for (const QPointer<QTextDocument> &shown : std::as_const(m_documents)) {
        if (shown) {
            shown->disconnect(this);
        }
    }
    m_documents.clear();
    m_current = -1;
}

void SectionEditor::prepareDocument(QTextDocument *document) const
{
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    document->setDefaultFont(m_editor->font());
}

void SectionEditor::setDocuments(const QList<QTextDocument *> &documents)
{
    releaseDocuments();
    for (int index = 0; index < documents.size(); ++index) {
        QTextDocument *document = documents.at(index);
        connect(document, &QTextDocument::contentsChange, this, [this, index](int, int, int) {
            if (index == m_current) {
                m_previewTimer->start();
            }
        });
        m_documents.append(document);
    }
    if (m_documents.isEmpty()) {
        m_preview->clear();
        m_editor->setEnabled(false);
        return;
    }
    m_editor->setEnabled(true);
    setCurrentIndex(0);
}

void SectionEditor::setCharts(const QList<PostMortem::Chart> &charts)
{
    m_charts = charts;
}

void SectionEditor::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_documents.size() || index == m_current) {
        return;
    }
    const bool readOnly = m_editor->isReadOnly();
    m_current = index;
    m_editor->setDocument(m_documents.at(index));
    m_editor->setReadOnly(readOnly);
    Q_EMIT currentChanged(index);
    updatePreview();
}

QString SectionEditor::markdown(int index) const
{
    return PostMortemEditBuffer::markdownOf(document(index));
}

QTextDocument *SectionEditor::document(int index) const
{
    return index >= 0 && index < m_documents.size() ? m_documents.at(index).data() : nullptr;
}

void SectionEditor::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

bool SectionEditor::isReadOnly() const
{
    return m_editor->isReadOnly();
}

bool SectionEditor::stepText(int section, QTextDocument *document, bool forward)
{
    if (document == nullptr || this->document(section) != document) {
        return false;
    }
    setCurrentIndex(section);
    QTextCursor cursor = m_editor->textCursor();
    forward ? document->redo(&cursor) : document->undo(&cursor);
    m_editor->setTextCursor(cursor);
    return true;
}

void SectionEditor::setPreviewDelay(int milliseconds)
{
    m_previewTimer->setInterval(milliseconds);
}

bool SectionEditor::isPreviewPending() const
{
    return m_previewTimer->isActive() || m_previewJobs.isRunning();
}

void SectionEditor::updatePreview()
{
    m_previewTimer->stop();
    m_previewJobs.cancel(); // a render on a worker is for older text
    QTextDocument *source = document(m_current);
    if (source == nullptr) {
        m_preview->clear();
        return;
    }
    const int size = source->characterCount();
    if (size >= PausedPreviewSize) {
        showPreviewNotice(tr("Preview paused for a large section (%1 MB of text). Editing, saving "
                             "and exports are not affected.")
                              .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1));
        Q_EMIT previewUpdated();
        return;
    }
    const QString markdown = source->toPlainText();
    if (size < WorkerPreviewSize) {
        QScrollBar *bar = m_preview->verticalScrollBar();
        const int position = bar->value();
        PostMortemRenderer::renderMarkdown(m_preview->document(), markdown, m_charts);
        bar->setValue(position);
        Q_EMIT previewUpdated();
        return;
    }
    // A large section renders into a document of the worker's own, which then moves to this
    // thread; only the newest render is shown.
    m_previewJobs.start(
        [markdown, charts = m_charts, guiThread = thread()](const CancelToken &) {
            auto rendered = std::make_unique<QTextDocument>();
            PostMortemRenderer::renderMarkdown(rendered.get(), markdown, charts);
            rendered->moveToThread(guiThread);
            return rendered;
        },
        [this](std::unique_ptr<QTextDocument> rendered) { adoptPreview(rendered.release()); });
}

void SectionEditor::adoptPreview(QTextDocument *document)
{
    document->setParent(m_preview);
    QTextDocument *previous = m_renderedDocument;
    m_preview->setDocument(document);
    m_renderedDocument = document;
    delete previous;
    Q_EMIT previewUpdated();
}

void SectionEditor::showPreviewNotice(const QString &text)
{
    m_preview->setPlainText(text);
}

void SectionEditor::setUndoActions(QAction *undo, QAction *redo)
{
    m_undo = undo;
    m_redo = redo;
}

void SectionEditor::showContextMenu(const QPoint &position)
{
    QMenu *menu = m_editor->createStandardContextMenu(position);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // The document's own undo would bypass the post-mortem's undo stack.
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        const QString name = action->objectName();
        if (name == QLatin1String("edit-undo") && m_undo) {
            menu->insertAction(action, m_undo);
            menu->removeAction(action);
        } else if (name == QLatin1String("edit-redo") && m_redo) {
            menu->insertAction(action, m_redo);
            menu->removeAction(action);
        }
    }
    menu->popup(m_editor->viewport()->mapToGlobal(position));
}

bool SectionEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Undo and redo keys go to the post-mortem's actions, not to the document.
    if (watched == m_editor && isUndoOrRedo(event)) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SectionEditor::wrapSelection(const QString &marker, const QString &placeholder)
{
    if (isReadOnly() || m_current < 0) {
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    QString inner = cursor.selectedText();
    inner.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (inner.isEmpty()) {
        inner = placeholder;
    }
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    cursor.insertText(marker + inner + marker);
    cursor.endEditBlock();
    cursor.setPosition(start + int(marker.size()));
    cursor.setPosition(start + int(marker.size() + inner.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

void SectionEditor::prefixLines(const QString &prefix)
{
    if (isReadOnly() || m_current < 0) {
        return;
    }
    QTextDocument *doc = m_documents.at(m_current);
    const QTextCursor selection = m_editor->textCursor();
    const QTextBlock first = doc->findBlock(selection.selectionStart());
    QTextBlock last = doc->findBlock(selection.selectionEnd());
    if (selection.hasSelection() && last != first && selection.selectionEnd() == last.position()) {
        last = last.previous(); // a selection ending at a line's start leaves that line alone
    }
    QTextCursor edit(doc);
    edit.beginEditBlock();
    int number = 1;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        edit.setPosition(block.position());
        edit.insertText(prefix.isEmpty() ? QStringLiteral("%1. ").arg(number++) : prefix);
        if (block == last) {
            break;
        }
    }
    edit.endEditBlock();
}

void SectionEditor::numberLines()
{
    prefixLines({});
}

void SectionEditor::insertLink()
{
    if (isReadOnly() || m_current < 0) {
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    if (text.isEmpty()) {
        text = tr("link text");
    }
    const QString url = QStringLiteral("https://");
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    cursor.insertText(QStringLiteral("[%1](%2)").arg(text, url));
    cursor.endEditBlock();
    // The address is selected, ready to be typed over.
    const int urlStart = start + int(text.size()) + 3;
    cursor.setPosition(urlStart);
    cursor.setPosition(urlStart + int(url.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

void SectionEditor::insertChart(const PostMortem::Chart &chart)
{
    if (isReadOnly() || m_current < 0) {
        return;
    }
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    cursor.insertText(
        QStringLiteral("![%1](%2)").arg(chart.title, PostMortemDraft::chartUrl(chart.id)));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
}

void SectionEditor::retranslateUi()
{
    m_editor->setPlaceholderText(tr("Write this section in Markdown"));
    m_editor->setAccessibleName(tr("Section text"));
    m_preview->setAccessibleName(tr("Section preview"));
    if (m_current >= 0 && document(m_current)->characterCount() >= PausedPreviewSize) {
        updatePreview();
    }
}

} // namespace opsdeck::ui
