#pragma once

#include "model/dashboard.h"

#include <QList>
#include <QWidget>

class QToolButton;

namespace opsdeck::ui {

class PanelWidget;

// The panels of a dashboard on Grafana's grid: 24 columns across the width, rows of
// RowHeight pixels down; the panels above the first row, then each row's header and, unless
// the row is collapsed, its panels. A collapsed row's panels are hidden (and so ask nothing).
class DashboardGrid : public QWidget {
    Q_OBJECT
public:
    static constexpr int RowHeight = 30;
    static constexpr int Gap = 4;

    explicit DashboardGrid(QWidget *parent = nullptr);

    // Places `panels` (made for the dashboard's panels, in Dashboard::allPanels() order).
    void setDashboard(const Dashboard &dashboard, const QList<PanelWidget *> &panels);

    int rowCount() const { return int(m_rows.size()); }
    bool isRowCollapsed(int row) const;
    void setRowCollapsed(int row, bool collapsed);
    // The row a panel is in; -1 above the first row.
    int rowOf(const PanelWidget *panel) const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    // A row was folded or unfolded (by its header): what is seen changed.
    void layoutChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Placed {
        PanelWidget *panel;
        DashboardPanel::GridPos grid;
        int row; // -1: above the first row
    };
    struct Row {
        QToolButton *header;
        QString title;
        bool collapsed;
    };
    // Places every widget for `width` (when `apply`) and returns the height used.
    int arrange(int width, bool apply) const;
    void updateHeader(int row);

    QList<Placed> m_panels;
    QList<Row> m_rows;
};

} // namespace opsdeck::ui
