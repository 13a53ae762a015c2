#pragma once

#include <QTreeView>

namespace opsdeck::ui {

// The Alarms table's view: a tree, so alerts can group under a label's value. A QTreeView
// repaints a changed cell by finding its row among all rows, which with 100,000 alerts made a
// poll in which 1 % changed cost tens of milliseconds on the GUI thread. A change to rows that
// are not on screen has nothing to repaint: in the flat list it is skipped.
class AlarmTreeView : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;
};

} // namespace opsdeck::ui
