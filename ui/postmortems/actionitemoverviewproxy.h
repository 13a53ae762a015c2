#pragma once

#include <QSortFilterProxyModel>

namespace opsdeck::ui {

// The order of the Action items dock, whatever the source order: overdue items first, then by
// due date, items without a due date last; within a day by priority. Done (and won't do) items
// only while "Show done" is on.
class ActionItemOverviewProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ActionItemOverviewProxy(QObject *parent = nullptr);

    void setShowDone(bool show);
    bool showsDone() const { return m_showDone; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showDone = false;
};

} // namespace opsdeck::ui
