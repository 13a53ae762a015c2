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
    if (m_id.isEmpty()) {
        return;
    }
    std::optional<RecoveredDraft> draft = m_service.recovered(m_id);
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
    if (m_id.isEmpty()) {
        return;
    }
    finishAutosave();
    QString error;
    if (!m_service.discardRecovered(m_id, &error)) {
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
    if (!m_autosaveDirty || m_id.isEmpty() || isReadOnly()) {
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
        if (m_autosaveJobs.isRunning()) {
            m_autosaveAgain = true;
            return false;
        }
        m_autosaveDirty = false;
        m_autosaveId = m_id;
        m_autosaveJobs.startAlongside(
            m_service.autosaveJob(copy, m_userName),
            [this](const QString &error) { onAutosavedInBackground(error); });
        return true;
    }
    finishAutosave(); // an older large copy must not land after this one
    QString error;
    if (!m_service.autosave(copy, m_userName, &error)) {
        m_message->showMessage(tr("Autosave failed: %1").arg(error), true);
        return false;
    }
    m_autosaveDirty = false;
    m_lastAutosave = QDateTime::currentDateTimeUtc();
    updateStatus();
    return true;
}

void PostMortemEditorDock::onAutosavedInBackground(const QString &error)
{
    if (std::exchange(m_autosaveId, QString()) != m_id) {
        return; // written for a post-mortem no longer open
    }
    if (!error.isEmpty()) {
        m_autosaveDirty = true; // try again with the next pause
        m_message->showMessage(tr("Autosave failed: %1").arg(error), true);
    } else {
        m_lastAutosave = QDateTime::currentDateTimeUtc();
        updateStatus();
    }
    if (std::exchange(m_autosaveAgain, false)) {
        autosaveNow();
    }
}

void PostMortemEditorDock::finishAutosave()
{
    m_autosaveJobs.waitForDone(); // its result follows from the event loop
}

} // namespace opsdeck::ui
