#pragma once

#include <QTreeView>

namespace opsdeck::ui {

// The Alarms table's view: a tree, so alerts can group under a label's value. A QTreeView
// repaints a changed cell by finding its row among all rows, which with 100,000 alerts made a
// poll in which 1 % changed cost tens of milliseconds on the GUI thread. A change to rows that
// are not on screen has nothing to repaint: in the flat list it is skipped.
//
// It also lays out the columns: every state and the headers whole, the summary taking the
// rest; beside the detail pane on a laptop screen (a narrow list) the sources yield to the
// summary, and the Incident column shows only while a listed alert belongs to an incident,
// then in a narrow list in the labels' place (the detail pane lists them).
class AlarmTreeView : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

    // Once the model is set.
    void setUpColumns();
    // The severity column after the grouping changed (a tree indents it).
    void fitSeverityColumn();
    void showIncidentColumn(bool shown);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;

private:
    void placeSecondaryColumns();

    bool m_narrow = false;
    bool m_incidentShown = false;
};

} // namespace opsdeck::ui
