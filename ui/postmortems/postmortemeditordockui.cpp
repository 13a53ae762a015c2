// The widgets, actions and texts of the post-mortem editor.
#include "postmortems/actionitemdelegate.h"
#include "postmortems/findreplacebar.h"
#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemreviewbar.h"
#include "postmortems/postmortemtimelinemodel.h"
#include "postmortems/sectioneditor.h"
#include "shell/icons.h"
#include "shell/messagelabel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
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
    connect(m_restoreButton, &QPushButton::clicked, this, &PostMortemEditorDock::restoreRecovered);
    connect(m_discardButton, &QPushButton::clicked, this, &PostMortemEditorDock::discardRecovered);

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
    connect(m_title, &QLineEdit::textEdited, this, [this]() {
        m_forcedModified = true;
        onContentEdited();
    });
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
    reviewRow->addWidget(m_reviewBar, 1);
    reviewRow->addWidget(m_exportButton);
    connect(m_reviewBar, &PostMortemReviewBar::stateRequested, this,
            &PostMortemEditorDock::requestReviewState);
    connect(m_reviewBar, &PostMortemReviewBar::reviewersEdited, this,
            &PostMortemEditorDock::setReviewers);

    m_toolBar = new QToolBar(content);
    m_toolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));

    m_tabs = new QTabWidget(content);
    m_tabs->addTab(buildSectionsTab(), QString());
    m_tabs->addTab(buildTimelineTab(), QString());
    m_tabs->addTab(buildActionItemsTab(), QString());

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
    layout->addWidget(m_toolBar);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(statusRow);
    setContent(content);
}

QWidget *PostMortemEditorDock::buildSectionsTab()
{
    auto *split = new QSplitter(Qt::Horizontal);
    m_sectionList = new QListWidget(split);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    auto *editorPane = new QWidget(split);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_sections = new SectionEditor(editorPane);
    m_findBar = new FindReplaceBar(editorPane);
    m_findBar->setEditor(m_sections->editor());
    editorLayout->addWidget(m_sections, 1);
    editorLayout->addWidget(m_findBar);
    split->addWidget(m_sectionList);
    split->addWidget(editorPane);
    split->setStretchFactor(1, 1);
    split->setSizes({160, 800});
    m_sections->editor()->installEventFilter(this);

    connect(m_sectionList, &QListWidget::currentRowChanged, m_sections,
            &SectionEditor::setCurrentIndex);
    connect(m_sections, &SectionEditor::currentChanged, this, [this](int index) {
        const QSignalBlocker block(m_sectionList);
        m_sectionList->setCurrentRow(index);
    });
    connect(m_sections, &SectionEditor::undoCommandAdded, this,
            &PostMortemEditorDock::onSectionCommand);
    connect(m_sections, &SectionEditor::textEdited, this, &PostMortemEditorDock::onContentEdited);
    return split;
}

QWidget *PostMortemEditorDock::buildTimelineTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_timelineTable = new QTableView(page);
    m_timelineTable->setObjectName(QStringLiteral("timelineTable"));
    m_timelineTable->setModel(m_timeline);
    m_timelineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineTable->verticalHeader()->hide();
    m_timelineTable->horizontalHeader()->setStretchLastSection(true);
    m_timelineTable->horizontalHeader()->setSectionResizeMode(PostMortemTimelineModel::What,
                                                              QHeaderView::Stretch);
    auto *buttons = new QHBoxLayout;
    m_addEvent = new QPushButton(page);
    m_removeEvent = new QPushButton(page);
    buttons->addWidget(m_addEvent);
    buttons->addWidget(m_removeEvent);
    buttons->addStretch();
    layout->addWidget(m_timelineTable, 1);
    layout->addLayout(buttons);
    connect(m_addEvent, &QPushButton::clicked, this, [this]() {
        const int row = m_timeline->addEntry();
        if (row >= 0) {
            m_timelineTable->setCurrentIndex(m_timeline->index(row, PostMortemTimelineModel::What));
            m_timelineTable->edit(m_timelineTable->currentIndex());
        }
    });
    connect(m_removeEvent, &QPushButton::clicked, this,
            [this]() { m_timeline->removeEntry(m_timelineTable->currentIndex().row()); });
    return page;
}

QWidget *PostMortemEditorDock::buildActionItemsTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_actionTable = new QTableView(page);
    m_actionTable->setObjectName(QStringLiteral("actionItemTable"));
    m_actionTable->setModel(m_actionItems);
    m_actionTable->setItemDelegate(new ActionItemDelegate(m_actionTable));
    m_actionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actionTable->verticalHeader()->hide();
    m_actionTable->horizontalHeader()->setSectionResizeMode(PostMortemActionItemModel::Description,
                                                            QHeaderView::Stretch);
    auto *buttons = new QHBoxLayout;
    m_addAction = new QPushButton(page);
    m_removeAction = new QPushButton(page);
    buttons->addWidget(m_addAction);
    buttons->addWidget(m_removeAction);
    buttons->addStretch();
    layout->addWidget(m_actionTable, 1);
    layout->addLayout(buttons);
    connect(m_addAction, &QPushButton::clicked, this, [this]() {
        const int row = m_actionItems->addItem();
        if (row >= 0) {
            m_actionTable->setCurrentIndex(
                m_actionItems->index(row, PostMortemActionItemModel::Description));
            m_actionTable->edit(m_actionTable->currentIndex());
        }
    });
    connect(m_removeAction, &QPushButton::clicked, this,
            [this]() { m_actionItems->removeItem(m_actionTable->currentIndex().row()); });
    return page;
}

QAction *PostMortemEditorDock::addEditAction(const QString &name, const QString &icon,
                                             const QKeySequence &key)
{
    auto *action = new QAction(this);
    action->setObjectName(name);
    if (!icon.isEmpty()) {
        action->setIcon(Icons::load(icon));
    }
    if (!key.isEmpty()) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    addAction(action); // the shortcut works anywhere in the view
    m_toolBar->addAction(action);
    return action;
}

void PostMortemEditorDock::buildActions()
{
    QAction *undo = m_undoGroup->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undoGroup->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {undo, redo}) {
        addAction(action);
        m_toolBar->addAction(action);
    }
    m_sections->setUndoActions(undo, redo);
    m_toolBar->addSeparator();

    connect(addEditAction(QStringLiteral("bold"), {}, QKeySequence::Bold), &QAction::triggered,
            this, [this]() { m_sections->wrapSelection(QStringLiteral("**"), tr("bold text")); });
    connect(addEditAction(QStringLiteral("italic"), {}, QKeySequence::Italic), &QAction::triggered,
            this, [this]() { m_sections->wrapSelection(QStringLiteral("_"), tr("italic text")); });
    connect(addEditAction(QStringLiteral("heading"), {}, QKeySequence(tr("Ctrl+Alt+H"))),
            &QAction::triggered, this,
            [this]() { m_sections->prefixLines(QStringLiteral("### ")); });
    connect(addEditAction(QStringLiteral("bullets"), {}, QKeySequence(tr("Ctrl+Shift+8"))),
            &QAction::triggered, this, [this]() { m_sections->prefixLines(QStringLiteral("- ")); });
    connect(addEditAction(QStringLiteral("numbers"), {}, QKeySequence(tr("Ctrl+Shift+7"))),
            &QAction::triggered, m_sections, &SectionEditor::numberLines);
    connect(addEditAction(QStringLiteral("link"), {}, QKeySequence(tr("Ctrl+K"))),
            &QAction::triggered, m_sections, &SectionEditor::insertLink);
    connect(addEditAction(QStringLiteral("code"), {}, QKeySequence(tr("Ctrl+Shift+C"))),
            &QAction::triggered, this,
            [this]() { m_sections->wrapSelection(QStringLiteral("`"), tr("code")); });
    QAction *chart = addEditAction(QStringLiteral("chart"), {}, {});
    m_chartMenu = new QMenu(this);
    chart->setMenu(m_chartMenu);
    connect(m_chartMenu, &QMenu::aboutToShow, this, &PostMortemEditorDock::fillChartMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(chart))) {
        button->setPopupMode(QToolButton::InstantPopup); // the button is the menu
    }
    m_toolBar->addSeparator();
    connect(addEditAction(QStringLiteral("find"), {}, QKeySequence::Find), &QAction::triggered,
            this, [this]() {
                m_tabs->setCurrentIndex(0);
                m_findBar->showFind();
            });
    QAction *replace = addEditAction(QStringLiteral("replace"), {}, QKeySequence::Replace);
    // Ctrl+H on every desktop, beside the platform's own binding.
    QList<QKeySequence> replaceKeys = QKeySequence::keyBindings(QKeySequence::Replace);
    if (!replaceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_H))) {
        replaceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_H));
    }
    replace->setShortcuts(replaceKeys);
    connect(replace, &QAction::triggered, this, [this]() {
        m_tabs->setCurrentIndex(0);
        m_findBar->showReplace();
    });
    m_toolBar->addSeparator();
    connect(
        addEditAction(QStringLiteral("save"), QStringLiteral("action-save"), QKeySequence::Save),
        &QAction::triggered, this, &PostMortemEditorDock::save);

    const QList<PostMortemExport::Format> formats{PostMortemExport::Format::Markdown,
                                                  PostMortemExport::Format::Html,
                                                  PostMortemExport::Format::Pdf};
    for (PostMortemExport::Format format : formats) {
        QAction *exportAction = m_exportMenu->addAction(QString());
        exportAction->setObjectName(QStringLiteral("export_") +
                                    PostMortemExport::formatName(format));
        connect(exportAction, &QAction::triggered, this, [this, format]() { askExport(format); });
    }
}

QAction *PostMortemEditorDock::action(const QString &name) const
{
    const QList<QAction *> all = findChildren<QAction *>(name);
    return all.isEmpty() ? nullptr : all.first();
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
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export the post-mortem as Markdown, HTML or PDF"));
    m_tabs->setTabText(0, tr("Sections"));
    m_tabs->setTabText(1, tr("Timeline"));
    m_tabs->setTabText(2, tr("Action items"));
    m_addEvent->setText(tr("Add event"));
    m_removeEvent->setText(tr("Remove"));
    m_removeEvent->setToolTip(tr("Remove the selected event from the post-mortem's timeline"));
    m_addAction->setText(tr("Add action item"));
    m_removeAction->setText(tr("Remove"));
    m_removeAction->setToolTip(tr("Remove the selected action item"));
    m_sectionList->setAccessibleName(tr("Sections"));

    const struct {
        const char *name;
        QString text;
        QString tip;
    } texts[] = {
        {"undo", tr("Undo"), tr("Undo the last edit of this post-mortem")},
        {"redo", tr("Redo"), tr("Redo the edit undone last")},
        {"bold", tr("Bold"), tr("Bold: wraps the selection in ** (Ctrl+B)")},
        {"italic", tr("Italic"), tr("Italic: wraps the selection in _ (Ctrl+I)")},
        {"heading", tr("Heading"), tr("Makes the line a heading (###)")},
        {"bullets", tr("Bulleted list"), tr("Makes the selected lines a bulleted list")},
        {"numbers", tr("Numbered list"), tr("Makes the selected lines a numbered list")},
        {"link", tr("Link"), tr("Makes the selection a link: [text](url)")},
        {"code", tr("Code"), tr("Code: wraps the selection in `")},
        {"chart", tr("Insert chart"), tr("Inserts one of the post-mortem's metric charts")},
        {"find", tr("Find…"), tr("Find in this section (Ctrl+F)")},
        {"replace", tr("Replace…"), tr("Find and replace in this section")},
        {"save", tr("Save"), tr("Save the post-mortem as a new version (Ctrl+S)")},
        {"export_md", tr("Markdown…"), tr("Export as GitHub-flavoured Markdown")},
        {"export_html", tr("HTML…"), tr("Export as a self-contained HTML page")},
        {"export_pdf", tr("PDF…"), tr("Export as PDF")},
    };
    for (const auto &entry : texts) {
        if (QAction *found = action(QString::fromLatin1(entry.name))) {
            if (qstrcmp(entry.name, "undo") != 0 && qstrcmp(entry.name, "redo") != 0) {
                found->setText(entry.text); // the undo group names the edit itself
            }
            found->setToolTip(entry.tip);
            found->setStatusTip(entry.tip);
        }
    }
    m_reviewBar->retranslateUi();
    m_findBar->retranslateUi();
    m_sections->retranslateUi();
    m_timeline->retranslate();
    m_actionItems->retranslate();
    updateFacts();
    updateStatus();
}

void PostMortemEditorDock::fillChartMenu()
{
    m_chartMenu->clear();
    if (m_working.charts.isEmpty()) {
        m_chartMenu->addAction(tr("This post-mortem has no charts"))->setEnabled(false);
        return;
    }
    for (const PostMortem::Chart &chart : std::as_const(m_working.charts)) {
        QAction *insert = m_chartMenu->addAction(chart.title.isEmpty() ? chart.id : chart.title);
        connect(insert, &QAction::triggered, this,
                [this, chart]() { m_sections->insertChart(chart); });
    }
}

void PostMortemEditorDock::askExport(PostMortemExport::Format format)
{
    if (m_id.isEmpty()) {
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export the post-mortem"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(PostMortemExport::formatName(format));
    const QString base = m_working.incidentKey.isEmpty() ? m_id.left(8) : m_working.incidentKey;
    dialog->selectFile(base + QStringLiteral("-postmortem") + PostMortemExport::fileSuffix(format));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportTo(format, path); });
    dialog->open();
}

} // namespace opsdeck::ui
