#pragma once

#include <QStackedWidget>

class QAbstractItemModel;
class QAbstractItemView;
class QHeaderView;
class QItemSelectionModel;
class QTableView;

namespace opsdeck::ui {

class AlarmTreeView;

// The Alarms dock's list of alerts: a table while flat, a tree while grouped by a label. A
// QTreeView lays out all its rows again whenever a row comes or goes, which at 100,000 alerts
// cost every poll tens of milliseconds on the GUI thread; a QTableView places rows by number.
// So the flat list, the usual case, is a table, and the tree is shown only while grouped. Both
// show the same model with one selection model, the same columns and the same actions.
//
// It lays out the columns: every state and the headers whole, the summary taking the rest;
// beside the detail pane on a laptop screen (a narrow list) the sources yield to the summary,
// and the Incident column shows only while a listed alert belongs to an incident, then in a
// narrow list in the labels' place (the detail pane lists them).
class AlarmListView final : public QStackedWidget {
    Q_OBJECT
public:
    explicit AlarmListView(QWidget *parent = nullptr);

    // Once, before anything else; the model is the Alarms filter/sort proxy.
    void setModel(QAbstractItemModel *model);
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QModelIndex currentIndex() const;

    // The view shown: the table, or the tree while grouped.
    QAbstractItemView *view() const;
    QTableView *table() const { return m_table; }
    AlarmTreeView *tree() const { return m_tree; }
    // Shows the tree (every group open) or the table.
    void setGrouped(bool grouped);
    bool isGrouped() const;
    void showIncidentColumn(bool shown);
    // In both views' context menus; its shortcut works wherever the list has the focus.
    void addListAction(QAction *action);
    // Repaints the rows on screen (ages are computed when painted).
    void repaintRows();

Q_SIGNALS:
    void activated(const QModelIndex &index); // double-click or Enter

private:
    void setUpColumns(QAbstractItemView *view, QHeaderView *header);
    void fitSeverityColumn(QHeaderView *header, bool indented);
    void placeSecondaryColumns(QHeaderView *header, bool narrow);

    QTableView *m_table;
    AlarmTreeView *m_tree;
    QItemSelectionModel *m_selection = nullptr;
    bool m_incidentShown = false;
    bool m_tableNarrow = false;
    bool m_treeNarrow = false;
};

} // namespace opsdeck::ui
