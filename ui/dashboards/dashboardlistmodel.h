#pragma once

#include "common/catalogtablemodel.h"
#include "dashboards/dashboardcatalog.h"
#include "model/dashboard.h"

namespace opsdeck::ui {

// The workspace's dashboards as rows, by title, kept current from the catalogue row by row.
class DashboardListModel : public CatalogTableModel<Dashboard> {
    Q_OBJECT
public:
    enum Column { Title, Panels, Variables, Tags, ColumnCount };
    enum Role { DashboardIdRole = Qt::UserRole + 1 };

    explicit DashboardListModel(DashboardCatalog &catalog, QObject *parent = nullptr);

    const Dashboard *dashboardAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace opsdeck::ui
