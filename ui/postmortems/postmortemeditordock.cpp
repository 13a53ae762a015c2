#include "postmortems/postmortemeditordock.h"

#include "postmortems/actionitemdelegate.h"
#include "postmortems/findreplacebar.h"
#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemreviewbar.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtexts.h"
#include "postmortems/postmortemtimelinemodel.h"
#include "postmortems/sectioneditor.h"
#include "postmortems/sectiontextcommand.h"
#include "shell/icons.h"
#include "shell/messagelabel.h"
#include "shell/timedisplay.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {

PostMortemEditorDock::PostMortemEditorDock(PostMortemService &service, PostMortemCatalog &catalog,
                                           QString userName, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-postmortems"), parent)
    , m_service(service)
    , m_catalog(catalog)
    , m_userName(std::move(userName))
    , m_autosaveJobs(this)
    , m_exportJobs(this)
    , m_undoGroup(new QUndoGroup(this))
    , m_timeline(new PostMortemTimelineModel(this))
    , m_actionItems(new PostMortemActionItemModel(this))
{
    buildUi();
    buildActions();
    retranslateUi();

    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(1500);
    m_continuousTimer = new QTimer(this);
    m_continuousTimer->setSingleShot(true);
    m_continuousTimer->setInterval(4000);
    connect(m_idleTimer, &QTimer::timeout, this, &PostMortemEditorDock::autosaveNow);
    connect(m_continuousTimer, &QTimer::timeout, this, &PostMortemEditorDock::autosaveNow);
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive) {
                    autosaveNow();
                }
            });
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this]() {
        finishAutosave();
        autosaveNow();
        finishAutosave();
    });
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, [this]() {
        updateFacts();
        updateStatus();
    });

    connect(m_timeline, &PostMortemTimelineModel::editRefused, this,
            [this](const QString &message) { m_message->showMessage(message, true); });
    connect(m_actionItems, &PostMortemActionItemModel::editRefused, this,
            [this](const QString &message) { m_message->showMessage(message, true); });
    connect(m_timeline, &PostMortemTimelineModel::edited, this, [this]() {
        breakTypingMerge(nullptr);
        onContentEdited();
    });
    connect(m_actionItems, &PostMortemActionItemModel::edited, this, [this]() {
        breakTypingMerge(nullptr);
        onContentEdited();
    });

    connect(&catalog, &PostMortemCatalog::openRequested, this,
            &PostMortemEditorDock::showPostMortem);
    connect(&catalog, &PostMortemCatalog::postMortemChanged, this,
            &PostMortemEditorDock::onCatalogChanged);
    connect(&catalog, &PostMortemCatalog::postMortemRemoved, this, [this](const QString &id) {
        if (id == m_id) {
            clearDocument();
        }
    });
    showPostMortem(catalog.openId());
}

PostMortemEditorDock::~PostMortemEditorDock()
{
    finishAutosave();
    // The stack goes first: it announces its state while it is deleted.
    if (m_stack) {
        m_stack->disconnect(this);
        delete m_stack.data();
    }
}

void PostMortemEditorDock::showPostMortem(const QString &id)
{
    if (!id.isEmpty() && id == m_id) {
        return;
    }
    if (!m_id.isEmpty()) {
        // Never lose a word to a switch: written before the editor lets go of the text.
        finishAutosave();
        autosaveNow();
        finishAutosave();
    }
    if (id.isEmpty()) {
        clearDocument();
        return;
    }
    // The stored document as it is now (the catalogue's copy may wait for the change feed).
    QString error;
    const std::optional<PostMortem> postMortem = m_service.find(id, &error);
    if (!postMortem) {
        clearDocument();
        m_message->showMessage(tr("Cannot open the post-mortem: %1").arg(error), true);
        return;
    }
    load(*postMortem, false, false);
    offerRecovered();
}

void PostMortemEditorDock::showRecovered(const QString &id)
{
    if (m_catalog.openId() != id) {
        m_catalog.open(id); // the catalogue asks this view to show it
    }
    showPostMortem(id);
    offerRecovered();
}

void PostMortemEditorDock::load(const PostMortem &postMortem, bool modified, bool keepView)
{
    const int section = keepView ? m_sections->currentIndex() : 0;
    m_loading = true;
    m_id = postMortem.id;
    m_working = postMortem;
    // A new undo history for each document opened.
    QUndoStack *previous = m_stack;
    m_stack = new QUndoStack(this);
    m_undoGroup->addStack(m_stack);
    delete previous;
    connect(m_stack, &QUndoStack::cleanChanged, this, &PostMortemEditorDock::updateModifiedState);
    connect(m_stack, &QUndoStack::indexChanged, this, [this]() {
        if (!m_pushingText) {
            breakTypingMerge(nullptr); // an undo or redo: the next keystroke is a new step
        }
    });
    m_timeline->setUndoStack(m_stack);
    m_actionItems->setUndoStack(m_stack);

    m_title->setText(postMortem.title);
    m_sectionList->clear();
    for (const PostMortem::Section &entry : postMortem.sections) {
        m_sectionList->addItem(entry.title);
    }
    m_sections->setCharts(postMortem.charts);
    m_sections->setSections(postMortem.sections);
    m_sections->setCurrentIndex(std::clamp(section, 0, std::max(0, m_sections->count() - 1)));
    m_sectionList->setCurrentRow(m_sections->currentIndex());
    m_timeline->setEntries(postMortem.timeline);
    m_actionItems->setItems(postMortem.actionItems);
    m_reviewBar->setReview(postMortem.reviewState, postMortem.reviewers);
    m_loading = false;

    m_forcedModified = modified;
    m_autosaveDirty = false;
    m_changedElsewhere = false;
    m_idleTimer->stop();
    m_continuousTimer->stop();
    m_changedBanner->hide();
    m_recoveryBanner->hide();
    m_recovered.reset();
    if (!keepView) {
        m_message->showMessage({}, false);
        m_findBar->hide();
    }
    applyReadOnly();
    updateFacts();
    updateModifiedState();
    showEmptyState(false);
}

void PostMortemEditorDock::clearDocument()
{
    m_id.clear();
    m_working = PostMortem();
    m_undoGroup->setActiveStack(nullptr);
    delete m_stack.data();
    m_timeline->setEntries({});
    m_actionItems->setItems({});
    m_sections->setSections({});
    m_sectionList->clear();
    m_recovered.reset();
    m_recoveryBanner->hide();
    m_changedBanner->hide();
    m_forcedModified = false;
    m_autosaveDirty = false;
    m_idleTimer->stop();
    m_continuousTimer->stop();
    updateModifiedState();
    showEmptyState(true);
}

void PostMortemEditorDock::onCatalogChanged(const PostMortem &postMortem)
{
    if (postMortem.id != m_id || !(postMortem.updatedAt > m_working.updatedAt)) {
        return; // another document, or this view's own change
    }
    if (!isModified()) {
        load(postMortem, false, true);
        return;
    }
    // Someone else's change: the edits stay, and the service's stale check refuses to save them
    // over it.
    m_changedElsewhere = true;
    QString who =
        postMortem.versions.isEmpty() ? postMortem.author : postMortem.versions.last().author;
    if (!postMortem.reviewHistory.isEmpty() &&
        (postMortem.versions.isEmpty() ||
         postMortem.reviewHistory.last().time > postMortem.versions.last().savedAt)) {
        who = postMortem.reviewHistory.last().author;
    }
    m_changedBanner->setText(tr("Changed elsewhere by %1 at %2 — your edits are kept; saving "
                                "will be refused.")
                                 .arg(who, formatTime(postMortem.updatedAt, false)));
    m_changedBanner->show();
}

void PostMortemEditorDock::onContentEdited()
{
    if (m_loading || m_id.isEmpty()) {
        return;
    }
    m_autosaveDirty = true;
    m_idleTimer->start(); // restarts: a pause in typing
    if (!m_continuousTimer->isActive()) {
        m_continuousTimer->start(); // not restarted: at most this long while typing on
    }
    updateModifiedState();
}

void PostMortemEditorDock::onSectionCommand(int index)
{
    QTextDocument *document = m_sections->document(index);
    if (m_loading || m_stack.isNull() || document == nullptr) {
        return;
    }
    const QString title =
        index < m_working.sections.size() ? m_working.sections.at(index).title : QString();
    m_pushingText = true;
    m_stack->push(new SectionTextCommand(m_sections, index, document, tr("Edit “%1”").arg(title)));
    m_pushingText = false;
    breakTypingMerge(document);
}

void PostMortemEditorDock::breakTypingMerge(const QTextDocument *except)
{
    // A text document merges consecutive typing into its last undo step only while it is
    // marked modified: unmarking ends the step, so that one command never spans another.
    for (int index = 0; index < m_sections->count(); ++index) {
        QTextDocument *document = m_sections->document(index);
        if (document != except) {
            document->setModified(false);
        }
    }
}

bool PostMortemEditorDock::isModified() const
{
    return !m_id.isEmpty() && (m_forcedModified || (m_stack && !m_stack->isClean()));
}

bool PostMortemEditorDock::isReadOnly() const
{
    return m_working.isPublished();
}

PostMortem PostMortemEditorDock::workingCopy() const
{
    PostMortem copy = m_working;
    copy.title = m_title->text().trimmed();
    for (int index = 0; index < copy.sections.size() && index < m_sections->count(); ++index) {
        copy.sections[index].markdown = m_sections->markdown(index);
    }
    copy.timeline = m_timeline->entries();
    copy.actionItems = m_actionItems->items();
    return copy;
}

void PostMortemEditorDock::setPreviewDelay(int milliseconds)
{
    m_sections->setPreviewDelay(milliseconds);
}

QUndoStack *PostMortemEditorDock::undoStack() const
{
    return m_stack;
}

bool PostMortemEditorDock::save()
{
    if (m_id.isEmpty()) {
        return false;
    }
    if (isReadOnly()) {
        m_message->showMessage(tr("Published — read-only. Reopen to change it."), true);
        return false;
    }
    finishAutosave(); // saving clears the working copy: none may land after it
    QString error;
    const std::optional<PostMortem> saved = m_service.save(workingCopy(), m_userName, &error);
    if (!saved) {
        m_message->showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    m_working = *saved;
    m_forcedModified = false;
    m_autosaveDirty = false;
    m_changedElsewhere = false;
    m_idleTimer->stop();
    m_continuousTimer->stop();
    m_changedBanner->hide();
    m_recoveryBanner->hide(); // saving cleared the autosaved copy
    m_recovered.reset();
    if (m_stack) {
        m_stack->setClean();
    }
    breakTypingMerge(nullptr);
    const int version = saved->versions.isEmpty() ? 0 : saved->versions.last().number;
    m_message->showMessage(tr("Saved as version %1.").arg(version), false);
    updateFacts();
    updateModifiedState();
    Q_EMIT this->saved(version);
    return true;
}

void PostMortemEditorDock::requestReviewState(const QString &state)
{
    if (m_id.isEmpty()) {
        return;
    }
    if (isModified() && !isReadOnly() && !save()) {
        return; // the message line says why
    }
    QString error;
    const std::optional<PostMortem> changed =
        m_service.setReviewState(m_id, state, m_userName, &error);
    if (!changed) {
        m_message->showMessage(tr("The review state was not changed: %1").arg(error), true);
        return;
    }
    m_working = *changed; // the text is what the editors hold: saved above
    m_reviewBar->setReview(changed->reviewState, changed->reviewers);
    applyReadOnly();
    updateFacts();
    m_message->showMessage(
        tr("Review: %1.").arg(PostMortemTexts::reviewState(changed->reviewState)), false);
}

void PostMortemEditorDock::setReviewers(const QStringList &reviewers)
{
    if (m_id.isEmpty()) {
        return;
    }
    QString error;
    const std::optional<PostMortem> changed = m_service.setReviewers(m_id, reviewers, &error);
    if (!changed) {
        m_message->showMessage(tr("The reviewers were not changed: %1").arg(error), true);
        m_reviewBar->setReview(m_working.reviewState, m_working.reviewers);
        return;
    }
    m_working.reviewers = changed->reviewers;
    if (!m_changedElsewhere) {
        m_working.updatedAt = changed->updatedAt; // this view's own change
    }
    updateFacts();
}

void PostMortemEditorDock::applyReadOnly()
{
    const bool readOnly = isReadOnly();
    const bool open = !m_id.isEmpty();
    m_sections->setReadOnly(readOnly);
    m_title->setReadOnly(readOnly);
    m_timeline->setReadOnly(readOnly);
    m_actionItems->setReadOnly(readOnly);
    const QAbstractItemView::EditTriggers triggers =
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::AnyKeyPressed;
    m_timelineTable->setEditTriggers(triggers);
    m_actionTable->setEditTriggers(triggers);
    for (QPushButton *button : {m_addEvent, m_removeEvent, m_addAction, m_removeAction}) {
        button->setEnabled(open && !readOnly);
    }
    m_toolBar->setEnabled(open && !readOnly);
    for (const char *name : {"bold", "italic", "heading", "bullets", "numbers", "link", "code",
                             "chart", "replace", "save"}) {
        action(QString::fromLatin1(name))->setEnabled(open && !readOnly);
    }
    // Undo would change a published text: the stack rests until the post-mortem is reopened.
    m_undoGroup->setActiveStack(open && !readOnly ? m_stack.data() : nullptr);
    m_findBar->setReplaceEnabled(!readOnly);
    m_reviewBar->setReviewersEditable(!readOnly);
    m_exportButton->setEnabled(open);
    m_publishedBanner->setVisible(open && readOnly);
}

void PostMortemEditorDock::updateFacts()
{
    if (m_id.isEmpty()) {
        m_facts->clear();
        return;
    }
    QStringList facts;
    facts.append(m_working.incidentKey.isEmpty() ? tr("No incident") : m_working.incidentKey);
    if (!m_working.severity.isEmpty()) {
        facts.append(m_working.severity);
    }
    if (!m_working.services.isEmpty()) {
        facts.append(m_working.services.join(QStringLiteral(", ")));
    }
    facts.append(tr("by %1").arg(m_working.author));
    facts.append(tr("created %1").arg(formatTime(m_working.createdAt, true)));
    facts.append(PostMortemTexts::reviewState(m_working.reviewState));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void PostMortemEditorDock::updateModifiedState()
{
    const bool modified = isModified();
    setWindowTitle(modified ? tr("Post-mortem *") : tr("Post-mortem"));
    updateStatus();
}

void PostMortemEditorDock::updateStatus()
{
    QStringList parts;
    if (isModified()) {
        parts.append(tr("Unsaved changes"));
    }
    if (m_lastAutosave.isValid()) {
        parts.append(tr("Autosaved %1").arg(formatTime(m_lastAutosave, false)));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void PostMortemEditorDock::exportTo(PostMortemExport::Format format, const QString &path)
{
    const PostMortem document = workingCopy();
    // Rendering (charts, PDF pages) and writing happen on a worker.
    m_exportJobs.startAlongside(
        [document, format, path](const CancelToken &) {
            QString error;
            const std::optional<QByteArray> bytes =
                PostMortemExport::render(document, format, &error);
            if (!bytes) {
                return error;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() ||
                !file.commit()) {
                return QStringLiteral("%1: %2").arg(path, file.errorString());
            }
            return QString();
        },
        [this, path](const QString &error) {
            m_message->showMessage(error.isEmpty() ? tr("Exported the post-mortem to %1").arg(path)
                                                   : tr("The export failed: %1").arg(error),
                                   !error.isEmpty());
            Q_EMIT exportFinished(path, error);
        });
}

bool PostMortemEditorDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut &&
        (watched == m_sections->editor() || watched == m_title)) {
        autosaveNow();
    }
    return ViewDock::eventFilter(watched, event);
}

void PostMortemEditorDock::hideEvent(QHideEvent *event)
{
    autosaveNow();
    ViewDock::hideEvent(event);
}

QString PostMortemEditorDock::formatTime(const QDateTime &time, bool withDate) const
{
    const bool utc = TimeDisplay::instance().isUtc();
    const QDateTime shown = utc ? time.toUTC() : time.toLocalTime();
    QString text = shown.toString(withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                           : QStringLiteral("HH:mm:ss"));
    if (utc) {
        text += QStringLiteral(" UTC");
    }
    return text;
}

} // namespace opsdeck::ui
