#include "common/tablecolumns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace opsdeck::ui {
namespace {
constexpr int TextMinimum = 180;
constexpr int TextMaximum = 320;
constexpr int OtherMaximum = 150;
// Hides or shows a table's secondary columns as its width crosses a threshold.
class NarrowColumns : public QObject {
public:
    NarrowColumns(QTableView *table, QList<int> columns, int minimumWidth)
        : QObject(table)
        , m_table(table)
        , m_columns(std::move(columns))
        , m_minimumWidth(minimumWidth)
    {
        table->installEventFilter(this);
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            apply();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        const bool narrow = m_table->width() < m_minimumWidth;
        for (const int column : std::as_const(m_columns)) {
            if (m_table->isColumnHidden(column) != narrow) {
                m_table->setColumnHidden(column, narrow);
            }
        }
    }

    QTableView *m_table;
    QList<int> m_columns;
    int m_minimumWidth;
};

} // namespace

void hideWhenNarrow(QTableView *table, const QList<int> &columns, int minimumWidth)
{
    new NarrowColumns(table, columns, minimumWidth);
}

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
