#include "dashboards/dashboardgrid.h"

#include "dashboards/panelwidget.h"

#include <QToolButton>

#include <algorithm>

namespace opsdeck::ui {

DashboardGrid::DashboardGrid(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DashboardGrid::setDashboard(const Dashboard &dashboard, const QList<PanelWidget *> &panels)
{
    for (const Row &row : std::as_const(m_rows)) {
        delete row.header;
    }
    m_rows.clear();
    m_panels.clear();
    qsizetype next = 0;
    const auto take = [&](const DashboardPanel &panel, int row) {
        if (next < panels.size()) {
            PanelWidget *widget = panels.at(next++);
            widget->setParent(this);
            m_panels.append({widget, panel.grid, row});
        }
    };
    for (const DashboardPanel &panel : dashboard.panels) {
        take(panel, -1);
    }
    for (const DashboardRow &row : dashboard.rows) {
        auto *header = new QToolButton(this);
        header->setObjectName(QStringLiteral("rowHeader"));
        header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        header->setAutoRaise(true);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        const int index = int(m_rows.size());
        connect(header, &QToolButton::clicked, this,
                [this, index] { setRowCollapsed(index, !isRowCollapsed(index)); });
        m_rows.append({header, row.title, row.collapsed});
        for (const DashboardPanel &panel : row.panels) {
            take(panel, index);
        }
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        updateHeader(row); // counts its panels: after they are all placed
    }
    for (const Placed &placed : std::as_const(m_panels)) {
        placed.panel->setVisible(placed.row < 0 || !m_rows.at(placed.row).collapsed);
    }
    for (const Row &row : std::as_const(m_rows)) {
        row.header->show();
    }
    updateGeometry();
    arrange(width(), true);
}

bool DashboardGrid::isRowCollapsed(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).collapsed;
}

void DashboardGrid::setRowCollapsed(int row, bool collapsed)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).collapsed == collapsed) {
        return;
    }
    m_rows[row].collapsed = collapsed;
    updateHeader(row);
    for (const Placed &placed : std::as_const(m_panels)) {
        if (placed.row == row) {
            placed.panel->setVisible(!collapsed);
        }
    }
    updateGeometry();
    arrange(width(), true);
    Q_EMIT layoutChanged();
}

int DashboardGrid::rowOf(const PanelWidget *panel) const
{
    for (const Placed &placed : m_panels) {
        if (placed.panel == panel) {
            return placed.row;
        }
    }
    return -1;
}

void DashboardGrid::updateHeader(int row)
{
    const Row &entry = m_rows.at(row);
    entry.header->setArrowType(entry.collapsed ? Qt::RightArrow : Qt::DownArrow);
    const int count = int(std::count_if(m_panels.cbegin(), m_panels.cend(),
                                        [row](const Placed &placed) { return placed.row == row; }));
    entry.header->setText(entry.collapsed ? tr("%1 (%n panel(s))", "", count).arg(entry.title)
                                          : entry.title);
    entry.header->setAccessibleName(entry.title);
}

int DashboardGrid::arrange(int width, bool apply) const
{
    const double column = double(std::max(width, 1)) / DashboardPanel::Columns;
    int top = Gap;
    // One band of panels: their own y order kept, starting at `top`.
    const auto band = [&](int row) {
        int first = std::numeric_limits<int>::max();
        for (const Placed &placed : m_panels) {
            if (placed.row == row) {
                first = std::min(first, placed.grid.y);
            }
        }
        int bottom = top;
        for (const Placed &placed : m_panels) {
            if (placed.row != row) {
                continue;
            }
            const DashboardPanel::GridPos &grid = placed.grid;
            const int x = int(grid.x * column) + Gap / 2;
            const int y = top + (grid.y - first) * RowHeight;
            const int w = int((grid.x + grid.width) * column) - int(grid.x * column) - Gap;
            const int h = grid.height * RowHeight - Gap;
            if (apply) {
                placed.panel->setGeometry(x, y, std::max(w, 10), std::max(h, 10));
            }
            bottom = std::max(bottom, y + h + Gap);
        }
        top = bottom;
    };
    band(-1);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (apply) {
            m_rows.at(row).header->setGeometry(Gap / 2, top, width - Gap, RowHeight - Gap);
        }
        top += RowHeight;
        if (!m_rows.at(row).collapsed) {
            band(row);
        }
    }
    return top;
}

int DashboardGrid::heightForWidth(int width) const
{
    return arrange(width, false);
}

QSize DashboardGrid::sizeHint() const
{
    return {800, heightForWidth(800)};
}

void DashboardGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(width(), true);
}

} // namespace opsdeck::ui
