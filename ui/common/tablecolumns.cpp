#include "common/tablecolumns.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace opsdeck::ui {
namespace {
constexpr int TextMinimum = 180;
constexpr int TextMaximum = 320;
constexpr int OtherMaximum = 150;
} // namespace

void fitColumnsOnReset(QTableView *table, int textColumn)
{
    table->horizontalHeader()->setStretchLastSection(true);
    const auto fit = [table, textColumn]() {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            table->resizeColumnToContents(column);
            const int width = table->columnWidth(column);
            table->setColumnWidth(column, column == textColumn
                                              ? std::clamp(width, TextMinimum, TextMaximum)
                                              : std::min(width, OtherMaximum));
        }
    };
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, fit);
    fit();
}

} // namespace opsdeck::ui
