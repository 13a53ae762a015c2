#include "postmortems/postmortemeditordock.h"

#include "common/exportfiledialog.h"
#include "common/icons.h"
#include "common/messagelabel.h"
#include "common/timedisplay.h"
#include "postmortems/findreplacebar.h"
#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemreviewbar.h"
#include "postmortems/postmortemtexts.h"
#include "postmortems/postmortemtimelinemodel.h"
#include "postmortems/sectioneditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace opsdeck::ui {

namespace {

QWidget *banner(QWidget *parent, const QString &objectName, const QString &style)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(style);
    frame->hide();
    return frame;
}

} // namespace

PostMortemEditorDock::PostMortemEditorDock(PostMortemService &service, PostMortemCatalog &catalog,
                                           QString userName, QWidget *parent)
    : ViewDock(QString::fromLatin1(Id), QStringLiteral("view-postmortems"), parent)
    , m_session(std::make_unique<PostMortemEditSession>(service, catalog, std::move(userName)))
{
    buildUi();
    PostMortemEditorDock::retranslateUi(); // this class's texts: no override runs yet
    bindSession();
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, [this]() {
        updateFacts();
        updateStatus();
    });
    m_session->open(catalog.openId());
}

PostMortemEditorDock::~PostMortemEditorDock()
{
    m_session->disconnect(this);
    // The editor lets go of the session's documents before the session deletes them.
    m_content->sectionEditor()->setDocuments({});
    m_session.reset(); // waits for a running autosave
}

void PostMortemEditorDock::buildUi()
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    m_recoveryBanner = banner(content, QStringLiteral("recoveryBanner"),
                              QStringLiteral("#recoveryBanner { background: #fff8e1; }"));
    auto *recoveryLayout = new QHBoxLayout(m_recoveryBanner);
    m_recoveryText = new QLabel(m_recoveryBanner);
    m_recoveryText->setWordWrap(true);
    m_restoreButton = new QPushButton(m_recoveryBanner);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_discardButton = new QPushButton(m_recoveryBanner);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    recoveryLayout->addWidget(m_recoveryText, 1);
    recoveryLayout->addWidget(m_restoreButton);
    recoveryLayout->addWidget(m_discardButton);

    m_publishedBanner = banner(content, QStringLiteral("publishedBanner"),
                               QStringLiteral("#publishedBanner { background: #e3f2fd; }"));
    auto *publishedLayout = new QHBoxLayout(m_publishedBanner);
    m_publishedText = new QLabel(m_publishedBanner);
    publishedLayout->addWidget(m_publishedText, 1);

    m_changedBanner = new QLabel(content);
    m_changedBanner->setObjectName(QStringLiteral("changedBanner"));
    m_changedBanner->setWordWrap(true);
    m_changedBanner->setStyleSheet(QStringLiteral("background: #fff3e0; padding: 4px;"));
    m_changedBanner->hide();

    auto *titleRow = new QHBoxLayout;
    m_titleLabel = new QLabel(content);
    m_title = new QLineEdit(content);
    m_title->setObjectName(QStringLiteral("titleField"));
    m_titleLabel->setBuddy(m_title);
    m_title->installEventFilter(this);
    titleRow->addWidget(m_titleLabel);
    titleRow->addWidget(m_title, 1);
    m_facts = new QLabel(content);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setForegroundRole(QPalette::PlaceholderText);

    auto *reviewRow = new QHBoxLayout;
    m_reviewBar = new PostMortemReviewBar(content);
    m_exportButton = new QPushButton(content);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportMenu = new QMenu(m_exportButton);
    m_exportButton->setMenu(m_exportMenu);
    m_saveAction = new QAction(Icons::load(QStringLiteral("action-save")), QString(), this);
    m_saveAction->setObjectName(QStringLiteral("save"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut); // docked, floating or from the menu
    addAction(m_saveAction);
    auto *saveButton = new QToolButton(content);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefaultAction(m_saveAction);
    saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    reviewRow->addWidget(m_reviewBar, 1);
    reviewRow->addWidget(saveButton);
    reviewRow->addWidget(m_exportButton);
    for (PostMortemExport::Format format :
         {PostMortemExport::Format::Markdown, PostMortemExport::Format::Html,
          PostMortemExport::Format::Pdf}) {
        QAction *exportAction = m_exportMenu->addAction(QString());
        exportAction->setObjectName(QStringLiteral("export_") +
                                    PostMortemExport::formatName(format));
        connect(exportAction, &QAction::triggered, this, [this, format]() { askExport(format); });
    }

    m_content = new PostMortemContentTabs(*m_session->buffer(), content);
    m_content->sectionEditor()->editor()->installEventFilter(this);
    m_formatBar = new PostMortemFormatBar(m_content->sectionEditor(), this, content);

    auto *statusRow = new QHBoxLayout;
    m_message = new MessageLabel(content);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("editorStatus"));
    statusRow->addWidget(m_message, 1);
    statusRow->addWidget(m_status);

    layout->addWidget(m_recoveryBanner);
    layout->addWidget(m_publishedBanner);
    layout->addWidget(m_changedBanner);
    layout->addLayout(titleRow);
    layout->addWidget(m_facts);
    layout->addLayout(reviewRow);
    layout->addWidget(m_formatBar);
    layout->addWidget(m_content, 1);
    layout->addLayout(statusRow);
    setContent(content);
}

void PostMortemEditorDock::bindSession()
{
    PostMortemEditSession *session = m_session.get();
    PostMortemEditBuffer *buffer = session->buffer();
    SectionEditor *sections = m_content->sectionEditor();
    buffer->setDocumentSetup(
        [sections](QTextDocument *document) { sections->prepareDocument(document); });
    buffer->setTextStepper([sections](int section, QTextDocument *document, bool forward) {
        return sections->stepText(section, document, forward);
    });

    // What the author does goes to the session.
    connect(m_title, &QLineEdit::textEdited, session, &PostMortemEditSession::setTitle);
    connect(m_restoreButton, &QPushButton::clicked, session,
            &PostMortemEditSession::restoreRecovered);
    connect(m_discardButton, &QPushButton::clicked, session,
            &PostMortemEditSession::discardRecovered);
    connect(m_reviewBar, &PostMortemReviewBar::stateRequested, session,
            &PostMortemEditSession::requestReviewState);
    connect(m_reviewBar, &PostMortemReviewBar::reviewersEdited, session,
            &PostMortemEditSession::setReviewers);
    connect(m_saveAction, &QAction::triggered, session, &PostMortemEditSession::save);
    connect(m_formatBar, &PostMortemFormatBar::findRequested, m_content,
            &PostMortemContentTabs::showFind);
    connect(m_formatBar, &PostMortemFormatBar::replaceRequested, m_content,
            &PostMortemContentTabs::showReplace);

    // What happened to it shows here.
    const auto refused = [this](const QString &message) {
        m_message->showMessage(message, true);
    };
    connect(buffer->timelineModel(), &PostMortemTimelineModel::editRefused, this, refused);
    connect(buffer->actionItemModel(), &PostMortemActionItemModel::editRefused, this, refused);
    connect(session, &PostMortemEditSession::loaded, this, &PostMortemEditorDock::onLoaded);
    connect(session, &PostMortemEditSession::cleared, this, &PostMortemEditorDock::onCleared);
    connect(session, &PostMortemEditSession::failed, this, &PostMortemEditorDock::onFailed);
    connect(session, &PostMortemEditSession::modifiedChanged, this,
            &PostMortemEditorDock::updateModifiedState);
    connect(session, &PostMortemEditSession::autosaved, this, &PostMortemEditorDock::updateStatus);
    connect(session, &PostMortemEditSession::saved, this, [this](int version) {
        m_changedBanner->hide();
        m_recoveryBanner->hide(); // saving cleared the autosaved copy
        m_message->showMessage(tr("Saved as version %1.").arg(version), false);
        updateFacts();
        updateModifiedState();
        Q_EMIT saved(version);
    });
    connect(session, &PostMortemEditSession::recoveryOffered, this,
            [this](const QDateTime &savedAt) {
                m_recoveryText->setText(
                    tr("Unsaved text from %1 was recovered.").arg(formatTime(savedAt, true)));
                m_recoveryBanner->show();
            });
    connect(session, &PostMortemEditSession::recoveryRestored, this, [this]() {
        m_message->showMessage(tr("The recovered text is back; save to keep it."), false);
    });
    connect(session, &PostMortemEditSession::recoveryDiscarded, m_recoveryBanner, &QWidget::hide);
    connect(session, &PostMortemEditSession::changedElsewhere, this,
            [this](const QString &who, const QDateTime &at) {
                m_changedBanner->setText(tr("Changed elsewhere by %1 at %2 — your edits are kept; "
                                            "saving will be refused.")
                                             .arg(who, formatTime(at, false)));
                m_changedBanner->show();
            });
    connect(session, &PostMortemEditSession::reviewStateChanged, this,
            [this](PostMortem::ReviewState state) {
                m_reviewBar->setReview(state, m_session->stored().reviewers);
                applyReadOnly();
                updateFacts();
                m_message->showMessage(tr("Review: %1.").arg(PostMortemTexts::reviewState(state)),
                                       false);
            });
    connect(session, &PostMortemEditSession::reviewersChanged, this,
            &PostMortemEditorDock::updateFacts);
    connect(session, &PostMortemEditSession::exportFinished, this,
            [this](const QString &path, const QString &error) {
                m_message->showMessage(error.isEmpty()
                                           ? tr("Exported the post-mortem to %1").arg(path)
                                           : tr("The export failed: %1").arg(error),
                                       !error.isEmpty());
                Q_EMIT exportFinished(path, error);
            });
}

void PostMortemEditorDock::onLoaded(bool keepView)
{
    const PostMortem &stored = m_session->stored();
    m_title->setText(m_session->buffer()->title());
    m_content->showDocuments(stored, keepView);
    m_reviewBar->setReview(stored.reviewState, stored.reviewers);
    m_changedBanner->hide();
    m_recoveryBanner->hide();
    if (!keepView) {
        m_message->showMessage({}, false);
    }
    applyReadOnly();
    updateFacts();
    updateModifiedState();
    showEmptyState(false);
}

void PostMortemEditorDock::onCleared()
{
    m_content->showDocuments(m_session->stored(), true); // none; the find bar stays as it is
    m_recoveryBanner->hide();
    m_changedBanner->hide();
    updateModifiedState();
    showEmptyState(true);
}

void PostMortemEditorDock::onFailed(PostMortemEditSession::Failure failure, const QString &error)
{
    using Failure = PostMortemEditSession::Failure;
    switch (failure) {
    case Failure::Open:
        m_message->showMessage(tr("Cannot open the post-mortem: %1").arg(error), true);
        break;
    case Failure::SavePublished:
        m_message->showMessage(tr("Published — read-only. Reopen to change it."), true);
        break;
    case Failure::Save:
        m_message->showMessage(tr("Not saved: %1").arg(error), true);
        break;
    case Failure::Autosave:
        m_message->showMessage(tr("Autosave failed: %1").arg(error), true);
        break;
    case Failure::ReviewState:
        m_message->showMessage(tr("The review state was not changed: %1").arg(error), true);
        break;
    case Failure::Reviewers:
        m_message->showMessage(tr("The reviewers were not changed: %1").arg(error), true);
        m_reviewBar->setReview(m_session->stored().reviewState, m_session->stored().reviewers);
        break;
    case Failure::Discard:
        m_message->showMessage(tr("Cannot discard the recovered text: %1").arg(error), true);
        break;
    }
}

void PostMortemEditorDock::setPreviewDelay(int milliseconds)
{
    m_content->sectionEditor()->setPreviewDelay(milliseconds);
}

void PostMortemEditorDock::exportTo(PostMortemExport::Format format, const QString &path)
{
    m_session->exportTo(format, path);
}

QAction *PostMortemEditorDock::action(const QString &name) const
{
    const QList<QAction *> all = findChildren<QAction *>(name);
    return all.isEmpty() ? nullptr : all.first();
}

void PostMortemEditorDock::applyReadOnly()
{
    const bool readOnly = m_session->isReadOnly();
    const bool open = !m_session->postMortemId().isEmpty();
    m_content->setReadOnly(open, readOnly);
    m_title->setReadOnly(readOnly);
    // Undo would change a published text: the stack rests until the post-mortem is reopened.
    m_formatBar->setEditable(open && !readOnly, m_session->buffer()->undoStack());
    m_reviewBar->setReviewersEditable(!readOnly);
    m_exportButton->setEnabled(open);
    m_saveAction->setEnabled(open && !readOnly);
    m_publishedBanner->setVisible(open && readOnly);
}

void PostMortemEditorDock::updateFacts()
{
    const PostMortem &stored = m_session->stored();
    m_formatBar->setCharts(stored.charts); // what "Insert chart" offers
    if (m_session->postMortemId().isEmpty()) {
        m_facts->clear();
        return;
    }
    QStringList facts;
    facts.append(stored.incidentKey.isEmpty() ? tr("No incident") : stored.incidentKey);
    if (stored.severity) {
        facts.append(stored.severityName());
    }
    if (!stored.services.isEmpty()) {
        facts.append(stored.services.join(QStringLiteral(", ")));
    }
    facts.append(tr("by %1").arg(stored.author));
    facts.append(tr("created %1").arg(formatTime(stored.createdAt, true)));
    facts.append(PostMortemTexts::reviewState(stored.reviewState));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
}

void PostMortemEditorDock::updateModifiedState()
{
    setWindowTitle(m_session->isModified() ? tr("Post-mortem *") : tr("Post-mortem"));
    updateStatus();
}

void PostMortemEditorDock::updateStatus()
{
    // Say plainly that typed text is safe, and what Save adds to that.
    QString text;
    const bool autosaved = m_session->lastAutosave().isValid();
    if (m_session->isModified() && autosaved) {
        text = tr("Autosaved %1: safe if Opsdeck closes · Save keeps it as a version")
                   .arg(formatTime(m_session->lastAutosave(), false));
    } else if (m_session->isModified()) {
        text = tr("Unsaved changes, autosaved within seconds · Save keeps them as a version");
    } else if (autosaved) {
        text = tr("Autosaved %1").arg(formatTime(m_session->lastAutosave(), false));
    }
    m_status->setText(text);
}

void PostMortemEditorDock::askExport(PostMortemExport::Format format)
{
    const QString id = m_session->postMortemId();
    if (id.isEmpty()) {
        return;
    }
    const QString key = m_session->stored().incidentKey;
    const QString base = key.isEmpty() ? id.left(8) : key;
    openExportDialog(this, tr("Export the post-mortem"),
                     base + QStringLiteral("-postmortem") + PostMortemExport::fileSuffix(format),
                     [this, format](const QString &path) { exportTo(format, path); });
}

bool PostMortemEditorDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut &&
        (watched == m_content->sectionEditor()->editor() || watched == m_title)) {
        m_session->autosaveNow();
    }
    return ViewDock::eventFilter(watched, event);
}

void PostMortemEditorDock::hideEvent(QHideEvent *event)
{
    m_session->autosaveNow();
    ViewDock::hideEvent(event);
}

QString PostMortemEditorDock::formatTime(const QDateTime &time, bool withDate) const
{
    return withDate ? TimeDisplay::dateTime(time, TimeDisplay::Precision::Seconds)
                    : TimeDisplay::time(time, TimeDisplay::Precision::Seconds);
}

void PostMortemEditorDock::retranslateUi()
{
    updateModifiedState();
    setEmptyState(tr("No post-mortem open"),
                  tr("Create one from an incident (Post-mortem ▸ New Post-mortem…) or open one "
                     "in the Post-mortems view."));
    m_restoreButton->setText(tr("Restore"));
    m_restoreButton->setToolTip(tr("Continue with the recovered text (not saved yet)"));
    m_discardButton->setText(tr("Discard"));
    m_discardButton->setToolTip(tr("Throw the recovered text away"));
    m_publishedText->setText(tr("Published — read-only. Reopen to change it."));
    m_titleLabel->setText(tr("&Title:"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the post-mortem as a new version (Ctrl+S)"));
    m_saveAction->setStatusTip(m_saveAction->toolTip());
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export the post-mortem as Markdown, HTML or PDF"));
    const struct {
        const char *name;
        QString text;
        QString tip;
    } exports[] = {
        {"export_md", tr("Markdown…"), tr("Export as GitHub-flavoured Markdown")},
        {"export_html", tr("HTML…"), tr("Export as a self-contained HTML page")},
        {"export_pdf", tr("PDF…"), tr("Export as PDF")},
    };
    for (const auto &entry : exports) {
        if (QAction *found = action(QString::fromLatin1(entry.name))) {
            found->setText(entry.text);
            found->setToolTip(entry.tip);
            found->setStatusTip(entry.tip);
        }
    }
    m_formatBar->retranslateUi();
    m_content->retranslateUi();
    m_reviewBar->retranslateUi();
    updateFacts();
    updateStatus();
}

} // namespace opsdeck::ui
