#include "alarms/alarmlistview.h"

#include "alarms/alarmcells.h"
#include "alarms/alarmtreeview.h"
#include "common/statustexts.h"
#include "common/tablecolumns.h"
#include "model/alert.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace opsdeck::ui {

AlarmListView::AlarmListView(QWidget *parent)
    : QStackedWidget(parent)
    , m_table(new QTableView(this))
    , m_tree(new AlarmTreeView(this))
{
    m_table->setObjectName(QStringLiteral("alarmTable"));
    m_tree->setObjectName(QStringLiteral("alarmTree"));
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{m_table, m_tree}) {
        view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(view, &QAbstractItemView::activated, this, &AlarmListView::activated);
        addWidget(view);
    }
    // The table reads like the tree: no grid, one line a row, rows as high as the tree's.
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setMinimumSectionSize(1);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_tree->setUniformRowHeights(true); // 10,000 rows scroll without measuring each
    m_tree->setRootIsDecorated(true);
    m_tree->setIndentation(14);
    setCurrentWidget(m_table);
}

void AlarmListView::setModel(QAbstractItemModel *model)
{
    m_table->setModel(model);
    m_tree->setModel(model);
    // One selection: the alert chosen stays chosen when the list is grouped or not.
    m_selection = new QItemSelectionModel(model, this);
    m_table->setSelectionModel(m_selection);
    m_tree->setSelectionModel(m_selection);
    QHeaderView *tableHeader = m_table->horizontalHeader();
    QHeaderView *treeHeader = m_tree->header();
    for (QAbstractItemView *view : std::initializer_list<QAbstractItemView *>{m_table, m_tree}) {
        QHeaderView *header = view == m_table ? tableHeader : treeHeader;
        setUpColumns(view, header);
    }
    m_table->setSortingEnabled(true);
    m_tree->setSortingEnabled(true);
    m_table->sortByColumn(AlarmCells::Severity, Qt::AscendingOrder);
    // The model is sorted once; the other header shows the same order.
    connect(tableHeader, &QHeaderView::sortIndicatorChanged, treeHeader,
            [treeHeader](int column, Qt::SortOrder order) {
                const QSignalBlocker block(treeHeader);
                treeHeader->setSortIndicator(column, order);
            });
    connect(treeHeader, &QHeaderView::sortIndicatorChanged, tableHeader,
            [tableHeader](int column, Qt::SortOrder order) {
                const QSignalBlocker block(tableHeader);
                tableHeader->setSortIndicator(column, order);
            });
    treeHeader->setSortIndicator(AlarmCells::Severity, Qt::AscendingOrder);
}

QModelIndex AlarmListView::currentIndex() const
{
    return m_selection != nullptr ? m_selection->currentIndex() : QModelIndex();
}

QAbstractItemView *AlarmListView::view() const
{
    return isGrouped() ? static_cast<QAbstractItemView *>(m_tree) : m_table;
}

bool AlarmListView::isGrouped() const
{
    return currentWidget() == m_tree;
}

void AlarmListView::setGrouped(bool grouped)
{
    const bool hadFocus = view()->hasFocus();
    setCurrentWidget(grouped ? static_cast<QWidget *>(m_tree) : m_table);
    if (grouped) {
        m_tree->expandAll();
    }
    if (hadFocus) {
        view()->setFocus();
    }
}

void AlarmListView::showIncidentColumn(bool shown)
{
    m_incidentShown = shown;
    placeSecondaryColumns(m_table->horizontalHeader(), m_tableNarrow);
    placeSecondaryColumns(m_tree->header(), m_treeNarrow);
}

void AlarmListView::addListAction(QAction *action)
{
    m_table->addAction(action);
    m_tree->addAction(action);
}

void AlarmListView::repaintRows()
{
    if (isVisible()) {
        view()->viewport()->update();
    }
}

void AlarmListView::setUpColumns(QAbstractItemView *view, QHeaderView *header)
{
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AlarmCells::Summary, QHeaderView::Stretch);
    fitSeverityColumn(header, view == m_tree);
    header->resizeSection(AlarmCells::Name, 190);
    // Every state whole in the current language ("unterdrückt"), in bold as a new alert's.
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics stateMetrics(bold);
    int stateWidth = 75;
    for (const Alert::State state :
         {Alert::State::Active, Alert::State::Suppressed, Alert::State::Unprocessed,
          Alert::State::Pending, Alert::State::Firing}) {
        stateWidth = std::max(stateWidth,
                              stateMetrics.horizontalAdvance(StatusTexts::alertState(state)) + 16);
    }
    header->resizeSection(AlarmCells::State, stateWidth);
    header->resizeSection(AlarmCells::Labels, 170);
    header->resizeSection(AlarmCells::Age, 50);
    header->resizeSection(AlarmCells::Source, 150);
    header->resizeSection(AlarmCells::Incident, 150);
    followNarrow(view, 1000, [this, view, header](bool narrow) {
        (view == m_tree ? m_treeNarrow : m_tableNarrow) = narrow;
        placeSecondaryColumns(header, narrow);
    });
}

void AlarmListView::fitSeverityColumn(QHeaderView *header, bool indented)
{
    // The header whole ("Schweregrad") with its sort arrow; in the tree the indentation comes
    // out of the first column too.
    const QString title = header->model()
                              ->headerData(AlarmCells::Severity, Qt::Horizontal, Qt::DisplayRole)
                              .toString();
    const int headerWidth = header->fontMetrics().horizontalAdvance(title) + 28;
    header->resizeSection(AlarmCells::Severity, std::max(85, headerWidth) + (indented ? 30 : 0));
}

void AlarmListView::placeSecondaryColumns(QHeaderView *header, bool narrow)
{
    header->setSectionHidden(AlarmCells::Source, narrow);
    header->setSectionHidden(AlarmCells::Incident, !m_incidentShown);
    header->setSectionHidden(AlarmCells::Labels, m_incidentShown && narrow);
}

} // namespace opsdeck::ui
