#pragma once

#include <QList>

#include <functional>

class QAbstractItemView;
class QTableView;
class QTreeView;

namespace opsdeck::ui {

// Fits a list's secondary columns to their text when the list is (re)filled — not on every
// change, so a width the user chose stays — and again on every reset of the model; no secondary
// column, however long its text, pushes the rest out of sight. The text column takes the width
// that is left, so the list does not scroll sideways while its columns fit.
// With Refit::OnEveryChange they also follow changed rows (a checklist's "When" and "By", empty
// until a step is done): for short lists whose columns mean little until filled.
enum class Refit { OnReset, OnEveryChange };
void fitColumnsOnReset(QTableView *table, int textColumn, Refit refit = Refit::OnReset);

// Shows `columns` only while the view is at least `minimumWidth` wide: in a narrow dock the
// secondary columns yield to the main one (the row's tooltip and detail still have them)
// instead of squeezing it to "…" or making the list scroll sideways.
void hideWhenNarrow(QTableView *table, const QList<int> &columns, int minimumWidth);
void hideWhenNarrow(QTreeView *tree, const QList<int> &columns, int minimumWidth);
// Calls `changed(narrow)` now and whenever the view's width crosses `minimumWidth`, for
// columns whose place depends on more than the width.
void followNarrow(QAbstractItemView *view, int minimumWidth, std::function<void(bool)> changed);

} // namespace opsdeck::ui
