#pragma once

#include <QList>

class QTableView;

namespace opsdeck::ui {

// Fits a list's columns to their text when the list is (re)filled — not on every change, so a
// width the user chose stays — and again on every reset of the model. The text column stays
// readable in a narrow dock (the table scrolls sideways instead); no other column, however long
// its text, pushes the rest out of sight. The last column stretches.
void fitColumnsOnReset(QTableView *table, int textColumn);

// Shows `columns` only while the table is at least `minimumWidth` wide: in a narrow dock the
// secondary columns yield to the main one (the row's tooltip and detail still have them)
// instead of squeezing it to "…" or making the list scroll sideways.
void hideWhenNarrow(QTableView *table, const QList<int> &columns, int minimumWidth);

} // namespace opsdeck::ui
