#pragma once

#include <QTreeView>

namespace opsdeck::ui {

// The Alarms list while grouped by a label: a tree whose top rows are the label's values. While
// the flat list is shown instead it stays hidden on the same model, and a change to a row has
// nothing to repaint: a QTreeView would look for the row among all rows (and lay out every row
// first after a row came or went), tens of milliseconds a poll at 100,000 alerts.
class AlarmTreeView final : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;
};

} // namespace opsdeck::ui
