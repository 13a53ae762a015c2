#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/sectioneditor.h"
#include "shell/messagelabel.h"

#include <QLabel>
#include <QTimer>

// The editor's autosave and the recovery of an autosaved working copy ("never lose a word").

namespace opsdeck::ui {

void PostMortemEditorDock::offerRecovered()
{
    if (m_id.isEmpty() || m_context.postMortemService == nullptr) {
        return;
    }
    std::optional<RecoveredDraft> draft = m_context.postMortemService->recovered(m_id);
    if (!draft || draft->document.contentJson() == workingCopy().contentJson()) {
        return;
    }
    m_recovered = std::make_unique<RecoveredDraft>(*draft);
    m_recoveryText->setText(
        tr("Unsaved text from %1 was recovered.").arg(formatTime(draft->savedAt, true)));
    m_recoveryBanner->show();
}

void PostMortemEditorDock::restoreRecovered()
{
    if (!m_recovered || m_recovered->document.id != m_id) {
        return;
    }
    // What the author wrote, over the stored review data; the stored time of the text it was
    // based on stays, so that saving is refused if someone saved in between.
    PostMortem restored = m_working;
    const PostMortem &text = m_recovered->document;
    restored.title = text.title;
    restored.sections = text.sections;
    restored.timeline = text.timeline;
    restored.actionItems = text.actionItems;
    if (text.updatedAt.isValid()) {
        restored.updatedAt = text.updatedAt;
    }
    load(restored, true, true);
    m_message->showMessage(tr("The recovered text is back; save to keep it."), false);
}

void PostMortemEditorDock::discardRecovered()
{
    if (m_context.postMortemService == nullptr || m_id.isEmpty()) {
        return;
    }
    finishAutosave();
    QString error;
    if (!m_context.postMortemService->discardRecovered(m_id, &error)) {
        m_message->showMessage(tr("Cannot discard the recovered text: %1").arg(error), true);
        return;
    }
    m_recovered.reset();
    m_recoveryBanner->hide();
}

void PostMortemEditorDock::setAutosaveIntervals(int idle, int continuous)
{
    m_idleTimer->setInterval(idle);
    m_continuousTimer->setInterval(continuous);
}

bool PostMortemEditorDock::autosaveNow()
{
    m_idleTimer->stop();
    m_continuousTimer->stop();
    if (!m_autosaveDirty || m_id.isEmpty() || m_context.postMortemService == nullptr ||
        isReadOnly()) {
        return false;
    }
    const PostMortem copy = workingCopy();
    qsizetype size = copy.title.size();
    for (const PostMortem::Section &section : copy.sections) {
        size += section.markdown.size();
    }
    // Writing a few hundred kilobytes takes longer than a keystroke: a worker does it.
    constexpr qsizetype LargeCopy = 256 * 1024;
    if (size > LargeCopy) {
        if (m_autosaveWatcher->isRunning()) {
            m_autosaveAgain = true;
            return false;
        }
        m_autosaveDirty = false;
        m_autosaveId = m_id;
        m_autosaveWatcher->setFuture(
            m_context.postMortemService->autosaveInBackground(copy, m_context.userName));
        return true;
    }
    finishAutosave(); // an older large copy must not land after this one
    QString error;
    if (!m_context.postMortemService->autosave(copy, m_context.userName, &error)) {
        m_message->showMessage(tr("Autosave failed: %1").arg(error), true);
        return false;
    }
    m_autosaveDirty = false;
    m_lastAutosave = QDateTime::currentDateTimeUtc();
    updateStatus();
    return true;
}

void PostMortemEditorDock::finishAutosave()
{
    if (m_autosaveWatcher->isRunning()) {
        m_autosaveWatcher->waitForFinished(); // its finished signal follows from the event loop
    }
}

} // namespace opsdeck::ui
