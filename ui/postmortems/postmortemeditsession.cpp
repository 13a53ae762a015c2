#include "postmortems/postmortemeditsession.h"

#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemservice.h"

#include <QGuiApplication>
#include <QSaveFile>
#include <QTimer>

#include <utility>

namespace opsdeck::ui {

PostMortemEditSession::PostMortemEditSession(PostMortemService &service, PostMortemCatalog &catalog,
                                             QString userName, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_catalog(catalog)
    , m_userName(std::move(userName))
    , m_autosaveJobs(this)
    , m_exportJobs(this)
    , m_buffer(new PostMortemEditBuffer(this))
    , m_idleTimer(new QTimer(this))
    , m_continuousTimer(new QTimer(this))
{
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(1500);
    m_continuousTimer->setSingleShot(true);
    m_continuousTimer->setInterval(4000);
    connect(m_idleTimer, &QTimer::timeout, this, &PostMortemEditSession::autosaveNow);
    connect(m_continuousTimer, &QTimer::timeout, this, &PostMortemEditSession::autosaveNow);
    if (auto *application = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(application, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    if (state != Qt::ApplicationActive) {
                        autosaveNow();
                    }
                });
    }
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this]() {
        finishAutosave();
        autosaveNow();
        finishAutosave();
    });

    connect(m_buffer, &PostMortemEditBuffer::edited, this, &PostMortemEditSession::onContentEdited);
    connect(m_buffer, &PostMortemEditBuffer::cleanChanged, this,
            &PostMortemEditSession::modifiedChanged);

    connect(&catalog, &PostMortemCatalog::openRequested, this, &PostMortemEditSession::open);
    connect(&catalog, &CatalogSignals::documentChanged, this,
            &PostMortemEditSession::onCatalogChanged);
    connect(&catalog, &CatalogSignals::documentRemoved, this, [this](const QString &id) {
        if (id == m_id) {
            clear();
        }
    });
}

PostMortemEditSession::~PostMortemEditSession()
{
    finishAutosave();
    m_buffer->disconnect(this); // deleted after this object's own parts
}

// --- opening -----------------------------------------------------------------------------

void PostMortemEditSession::open(const QString &id)
{
    if (!id.isEmpty() && id == m_id) {
        return;
    }
    if (!m_id.isEmpty()) {
        // Never lose a word to a switch: written before the session lets go of the text.
        finishAutosave();
        autosaveNow();
        finishAutosave();
    }
    if (id.isEmpty()) {
        clear();
        return;
    }
    // The stored document as it is now (the catalogue's copy may wait for the change feed).
    QString error;
    const std::optional<PostMortem> postMortem = m_service.find(id, &error);
    if (!postMortem) {
        clear();
        Q_EMIT failed(Failure::Open, error);
        return;
    }
    load(*postMortem, false, false);
    offerRecovered();
}

void PostMortemEditSession::openRecovered(const QString &id)
{
    if (m_catalog.openId() != id) {
        m_catalog.open(id); // the catalogue asks the session to open it
    }
    open(id);
    offerRecovered();
}

void PostMortemEditSession::load(const PostMortem &postMortem, bool modified, bool keepView)
{
    m_id = postMortem.id;
    m_working = postMortem;
    const std::unique_ptr<QObject> previousDocuments = m_buffer->load(postMortem);
    m_forcedModified = modified;
    m_autosaveDirty = false;
    m_changedElsewhere = false;
    stopAutosaveTimers();
    m_recovered.reset();
    m_buffer->setReadOnly(isReadOnly());
    Q_EMIT loaded(keepView);
} // the views let go of the previous documents on loaded()

void PostMortemEditSession::clear()
{
    m_id.clear();
    m_working = PostMortem();
    const std::unique_ptr<QObject> previousDocuments = m_buffer->clear();
    m_recovered.reset();
    m_forcedModified = false;
    m_autosaveDirty = false;
    stopAutosaveTimers();
    Q_EMIT cleared();
}

void PostMortemEditSession::onCatalogChanged(const QString &id)
{
    const PostMortem *changed = id == m_id ? m_catalog.find(id) : nullptr;
    if (changed == nullptr || !(changed->updatedAt > m_working.updatedAt)) {
        return; // another document, or this session's own change
    }
    const PostMortem postMortem = *changed;
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
    Q_EMIT changedElsewhere(who, postMortem.updatedAt);
}

// --- the working copy --------------------------------------------------------------------

void PostMortemEditSession::setTitle(const QString &title)
{
    m_buffer->setTitle(title);
    m_forcedModified = true; // not on the undo stack
    onContentEdited();
}

void PostMortemEditSession::onContentEdited()
{
    if (m_id.isEmpty()) {
        return;
    }
    m_autosaveDirty = true;
    m_idleTimer->start(); // restarts: a pause in typing
    if (!m_continuousTimer->isActive()) {
        m_continuousTimer->start(); // not restarted: at most this long while typing on
    }
    Q_EMIT modifiedChanged();
}

bool PostMortemEditSession::isModified() const
{
    return !m_id.isEmpty() && (m_forcedModified || !m_buffer->isClean());
}

bool PostMortemEditSession::isReadOnly() const
{
    return m_working.isPublished();
}

PostMortem PostMortemEditSession::workingCopy() const
{
    return m_buffer->applyTo(m_working);
}

// --- saving and review -------------------------------------------------------------------

bool PostMortemEditSession::save()
{
    if (m_id.isEmpty()) {
        return false;
    }
    if (isReadOnly()) {
        Q_EMIT failed(Failure::SavePublished, {});
        return false;
    }
    finishAutosave(); // saving clears the working copy: none may land after it
    QString error;
    const std::optional<PostMortem> saved = m_service.save(workingCopy(), m_userName, &error);
    if (!saved) {
        Q_EMIT failed(Failure::Save, error);
        return false;
    }
    m_working = *saved;
    m_forcedModified = false;
    m_autosaveDirty = false;
    m_changedElsewhere = false;
    stopAutosaveTimers();
    m_recovered.reset(); // saving cleared the autosaved copy
    m_buffer->setClean();
    Q_EMIT this->saved(saved->versions.isEmpty() ? 0 : saved->versions.last().number);
    return true;
}

void PostMortemEditSession::requestReviewState(PostMortem::ReviewState state)
{
    if (m_id.isEmpty()) {
        return;
    }
    if (isModified() && !isReadOnly() && !save()) {
        return; // failed() says why
    }
    QString error;
    const std::optional<PostMortem> changed =
        m_service.setReviewState(m_id, state, m_userName, &error);
    if (!changed) {
        Q_EMIT failed(Failure::ReviewState, error);
        return;
    }
    m_working = *changed; // the text is what the buffer holds: saved above
    m_buffer->setReadOnly(isReadOnly());
    Q_EMIT reviewStateChanged(changed->reviewState);
}

void PostMortemEditSession::setReviewers(const QStringList &reviewers)
{
    if (m_id.isEmpty()) {
        return;
    }
    QString error;
    const std::optional<PostMortem> changed = m_service.setReviewers(m_id, reviewers, &error);
    if (!changed) {
        Q_EMIT failed(Failure::Reviewers, error);
        return;
    }
    m_working.reviewers = changed->reviewers;
    if (!m_changedElsewhere) {
        m_working.updatedAt = changed->updatedAt; // this session's own change
    }
    Q_EMIT reviewersChanged(m_working.reviewers);
}

void PostMortemEditSession::exportTo(PostMortemExport::Format format, const QString &path)
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
        [this, path](const QString &error) { Q_EMIT exportFinished(path, error); });
}

// --- autosave and recovery ("never lose a word") -----------------------------------------

void PostMortemEditSession::setAutosaveIntervals(int idle, int continuous)
{
    m_idleTimer->setInterval(idle);
    m_continuousTimer->setInterval(continuous);
}

bool PostMortemEditSession::isAutosavePending() const
{
    return m_idleTimer->isActive() || m_continuousTimer->isActive() || m_autosaveJobs.isRunning();
}

void PostMortemEditSession::stopAutosaveTimers()
{
    m_idleTimer->stop();
    m_continuousTimer->stop();
}

bool PostMortemEditSession::autosaveNow()
{
    stopAutosaveTimers();
    if (!m_autosaveDirty || m_id.isEmpty() || isReadOnly()) {
        return false;
    }
    const PostMortem copy = workingCopy();
    qsizetype size = copy.title.size();
    for (const PostMortem::Section &section : copy.sections) {
        size += section.markdown.size();
    }
    // Writing a few hundred kilobytes takes longer than a keystroke: a worker does it.
    constexpr qsizetype LargeCopy = qsizetype(256) * 1024;
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
        Q_EMIT failed(Failure::Autosave, error);
        return false;
    }
    m_autosaveDirty = false;
    m_lastAutosave = QDateTime::currentDateTimeUtc();
    Q_EMIT autosaved(m_lastAutosave);
    return true;
}

void PostMortemEditSession::onAutosavedInBackground(const QString &error)
{
    if (std::exchange(m_autosaveId, QString()) != m_id) {
        return; // written for a post-mortem no longer open
    }
    if (!error.isEmpty()) {
        m_autosaveDirty = true; // try again with the next pause
        Q_EMIT failed(Failure::Autosave, error);
    } else {
        m_lastAutosave = QDateTime::currentDateTimeUtc();
        Q_EMIT autosaved(m_lastAutosave);
    }
    if (std::exchange(m_autosaveAgain, false)) {
        autosaveNow();
    }
}

void PostMortemEditSession::finishAutosave()
{
    m_autosaveJobs.waitForDone(); // its result follows from the event loop
}

void PostMortemEditSession::offerRecovered()
{
    if (m_id.isEmpty()) {
        return;
    }
    std::optional<RecoveredDraft> draft = m_service.recovered(m_id);
    if (!draft || draft->document.contentJson() == workingCopy().contentJson()) {
        return;
    }
    m_recovered = std::make_unique<RecoveredDraft>(*draft);
    Q_EMIT recoveryOffered(draft->savedAt);
}

void PostMortemEditSession::restoreRecovered()
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
    Q_EMIT recoveryRestored();
}

void PostMortemEditSession::discardRecovered()
{
    if (m_id.isEmpty()) {
        return;
    }
    finishAutosave();
    QString error;
    if (!m_service.discardRecovered(m_id, &error)) {
        Q_EMIT failed(Failure::Discard, error);
        return;
    }
    m_recovered.reset();
    Q_EMIT recoveryDiscarded();
}

} // namespace opsdeck::ui
