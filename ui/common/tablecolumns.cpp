#include "common/tablecolumns.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <optional>

namespace opsdeck::ui {
namespace {
constexpr int OtherMaximum = 150;

// Hides or shows a view's secondary columns as its width crosses a threshold.
class NarrowColumns : public QObject {
public:
    using SetHidden = std::function<void(int column, bool hidden)>;

    NarrowColumns(QAbstractItemView *view, QList<int> columns, int minimumWidth,
                  SetHidden setHidden)
        : QObject(view)
        , m_view(view)
        , m_columns(std::move(columns))
        , m_minimumWidth(minimumWidth)
        , m_setHidden(std::move(setHidden))
    {
        view->installEventFilter(this);
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
        const bool narrow = m_view->width() < m_minimumWidth;
        if (narrow == m_narrow) {
            return;
        }
        m_narrow = narrow;
        for (const int column : std::as_const(m_columns)) {
            m_setHidden(column, narrow);
        }
    }

    QAbstractItemView *m_view;
    QList<int> m_columns;
    int m_minimumWidth;
    SetHidden m_setHidden;
    std::optional<bool> m_narrow;
};

} // namespace

void hideWhenNarrow(QTableView *table, const QList<int> &columns, int minimumWidth)
{
    new NarrowColumns(table, columns, minimumWidth,
                      [table](int column, bool hidden) { table->setColumnHidden(column, hidden); });
}

void hideWhenNarrow(QTreeView *tree, const QList<int> &columns, int minimumWidth)
{
    new NarrowColumns(tree, columns, minimumWidth,
                      [tree](int column, bool hidden) { tree->setColumnHidden(column, hidden); });
}

void fitColumnsOnReset(QTableView *table, int textColumn, Refit refit)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(textColumn, QHeaderView::Stretch);
    const auto fit = [table, textColumn]() {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            if (column != textColumn) {
                table->resizeColumnToContents(column);
                table->setColumnWidth(column, std::min(table->columnWidth(column), OtherMaximum));
            }
        }
    };
    QObject::connect(table->model(), &QAbstractItemModel::modelReset, table, fit);
    if (refit == Refit::OnEveryChange) {
        QObject::connect(table->model(), &QAbstractItemModel::dataChanged, table, fit);
        QObject::connect(table->model(), &QAbstractItemModel::rowsInserted, table, fit);
    }
    fit();
}

} // namespace opsdeck::ui
