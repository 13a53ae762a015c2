#include "postmortems/postmortemcontenttabs.h"

#include "postmortems/actionitemdelegate.h"
#include "postmortems/findreplacebar.h"
#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemeditbuffer.h"
#include "postmortems/postmortemtimelinemodel.h"
#include "postmortems/sectioneditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {

PostMortemContentTabs::PostMortemContentTabs(PostMortemEditBuffer &buffer, QWidget *parent)
    : QTabWidget(parent)
    , m_buffer(buffer)
{
    addTab(buildSectionsTab(), QString());
    addTab(buildTimelineTab(), QString());
    addTab(buildActionItemsTab(), QString());
}

QWidget *PostMortemContentTabs::buildSectionsTab()
{
    auto *split = new QSplitter(Qt::Horizontal);
    m_sectionList = new QListWidget(split);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    // A long title ("Root causes and contributing factors") wraps rather than scroll sideways.
    m_sectionList->setWordWrap(true);
    m_sectionList->setResizeMode(QListView::Adjust);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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

    connect(m_sectionList, &QListWidget::currentRowChanged, m_sections,
            &SectionEditor::setCurrentIndex);
    connect(m_sections, &SectionEditor::currentChanged, this, [this](int index) {
        const QSignalBlocker block(m_sectionList);
        m_sectionList->setCurrentRow(index);
    });
    return split;
}

QWidget *PostMortemContentTabs::buildTimelineTab()
{
    PostMortemTimelineModel *model = m_buffer.timelineModel();
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_timelineTable = new QTableView(page);
    m_timelineTable->setObjectName(QStringLiteral("timelineTable"));
    m_timelineTable->setModel(model);
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
    connect(m_addEvent, &QPushButton::clicked, this, [this, model]() {
        const int row = model->addEntry();
        if (row >= 0) {
            m_timelineTable->setCurrentIndex(model->index(row, PostMortemTimelineModel::What));
            m_timelineTable->edit(m_timelineTable->currentIndex());
        }
    });
    connect(m_removeEvent, &QPushButton::clicked, this,
            [this, model]() { model->removeEntry(m_timelineTable->currentIndex().row()); });
    return page;
}

QWidget *PostMortemContentTabs::buildActionItemsTab()
{
    PostMortemActionItemModel *model = m_buffer.actionItemModel();
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_actionTable = new QTableView(page);
    m_actionTable->setObjectName(QStringLiteral("actionItemTable"));
    m_actionTable->setModel(model);
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
    connect(m_addAction, &QPushButton::clicked, this, [this, model]() {
        const int row = model->addItem();
        if (row >= 0) {
            m_actionTable->setCurrentIndex(
                model->index(row, PostMortemActionItemModel::Description));
            m_actionTable->edit(m_actionTable->currentIndex());
        }
    });
    connect(m_removeAction, &QPushButton::clicked, this,
            [this, model]() { model->removeItem(m_actionTable->currentIndex().row()); });
    return page;
}

void PostMortemContentTabs::showDocuments(const PostMortem &stored, bool keepView)
{
    const int section = keepView ? m_sections->currentIndex() : 0;
    m_sectionList->clear();
    for (const PostMortem::Section &entry : stored.sections) {
        auto *item = new QListWidgetItem(entry.title, m_sectionList);
        item->setToolTip(entry.title);
    }
    m_sections->setCharts(stored.charts);
    m_sections->setDocuments(m_buffer.sectionDocuments());
    m_sections->setCurrentIndex(std::clamp(section, 0, std::max(0, m_sections->count() - 1)));
    m_sectionList->setCurrentRow(m_sections->currentIndex());
    if (!keepView) {
        m_findBar->hide();
    }
}

void PostMortemContentTabs::setReadOnly(bool open, bool readOnly)
{
    m_sections->setReadOnly(readOnly);
    const QAbstractItemView::EditTriggers triggers =
        readOnly ? QAbstractItemView::NoEditTriggers
                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::AnyKeyPressed;
    m_timelineTable->setEditTriggers(triggers);
    m_actionTable->setEditTriggers(triggers);
    for (QPushButton *button : {m_addEvent, m_removeEvent, m_addAction, m_removeAction}) {
        button->setEnabled(open && !readOnly);
    }
    m_findBar->setReplaceEnabled(!readOnly);
}

void PostMortemContentTabs::showFind()
{
    setCurrentIndex(0);
    m_findBar->showFind();
}

void PostMortemContentTabs::showReplace()
{
    setCurrentIndex(0);
    m_findBar->showReplace();
}

void PostMortemContentTabs::retranslateUi()
{
    setTabText(0, tr("Sections"));
    setTabText(1, tr("Timeline"));
    setTabText(2, tr("Action items"));
    m_addEvent->setText(tr("Add event"));
    m_removeEvent->setText(tr("Remove"));
    m_removeEvent->setToolTip(tr("Remove the selected event from the post-mortem's timeline"));
    m_addAction->setText(tr("Add action item"));
    m_removeAction->setText(tr("Remove"));
    m_removeAction->setToolTip(tr("Remove the selected action item"));
    m_sectionList->setAccessibleName(tr("Sections"));
    m_findBar->retranslateUi();
    m_sections->retranslateUi();
    m_buffer.timelineModel()->retranslate();
    m_buffer.actionItemModel()->retranslate();
}

} // namespace opsdeck::ui
