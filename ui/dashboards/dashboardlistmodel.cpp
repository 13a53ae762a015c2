#include "dashboards/dashboardlistmodel.h"

namespace opsdeck::ui {

DashboardListModel::DashboardListModel(DashboardCatalog &catalog, QObject *parent)
    : CatalogTableModel(NewRows::Last, parent)
{
    follow(catalog);
}

int DashboardListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardListModel::data(const QModelIndex &index, int role) const
{
    const Dashboard *dashboard = index.isValid() ? rowAt(index.row()) : nullptr;
    if (dashboard == nullptr) {
        return {};
    }
    if (role == DashboardIdRole) {
        return dashboard->id;
    }
    if (role == Qt::ToolTipRole && index.column() == Title) {
        return dashboard->description.isEmpty() ? QVariant() : dashboard->description;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Title:
        return dashboard->title;
    case Panels:
        return int(dashboard->allPanels().size());
    case Variables:
        return int(dashboard->variables.size());
    case Tags:
        return dashboard->tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant DashboardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Title");
    case Panels:
        return tr("Panels");
    case Variables:
        return tr("Variables");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace opsdeck::ui
