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

// Tells whether a view is narrower than a threshold, now and whenever its width crosses it.
class NarrowWatch : public QObject {
public:
    NarrowWatch(QAbstractItemView *view, int minimumWidth, std::function<void(bool)> changed)
        : QObject(view)
        , m_view(view)
        , m_minimumWidth(minimumWidth)
        , m_changed(std::move(changed))
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
        m_changed(narrow);
    }

    QAbstractItemView *m_view;
    int m_minimumWidth;
    std::function<void(bool)> m_changed;
    std::optional<bool> m_narrow;
};

} // namespace

void followNarrow(QAbstractItemView *view, int minimumWidth, std::function<void(bool)> changed)
{
    new NarrowWatch(view, minimumWidth, std::move(changed));
}

namespace {

QHeaderView *columnHeader(QTableView *table)
{
    return table->horizontalHeader();
}

QHeaderView *columnHeader(QTreeView *tree)
{
    return tree->header();
}

template <typename View>
void hideColumnsWhenNarrow(View *view, const QList<int> &columns, int minimumWidth)
{
    followNarrow(view, minimumWidth, [view, columns](bool narrow) {
        for (const int column : columns) {
            view->setColumnHidden(column, narrow);
            // Fitted while hidden, a column measured nothing: shown again, it is fitted anew,
            // as wide as fitColumnsOnReset would make it (a long title must not take the row).
            if (!narrow && view->columnWidth(column) <= columnHeader(view)->minimumSectionSize()) {
                view->resizeColumnToContents(column);
                view->setColumnWidth(column, std::min(view->columnWidth(column), OtherMaximum));
            }
        }
    });
}

} // namespace

void hideWhenNarrow(QTableView *table, const QList<int> &columns, int minimumWidth)
{
    hideColumnsWhenNarrow(table, columns, minimumWidth);
}

void hideWhenNarrow(QTreeView *tree, const QList<int> &columns, int minimumWidth)
{
    hideColumnsWhenNarrow(tree, columns, minimumWidth);
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
