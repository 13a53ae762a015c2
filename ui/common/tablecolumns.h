#pragma once

class QTableView;

namespace opsdeck::ui {

// Fits a list's columns to their text when the list is (re)filled — not on every change, so a
// width the user chose stays — and again on every reset of the model. The text column stays
// readable in a narrow dock (the table scrolls sideways instead); no other column, however long
// its text, pushes the rest out of sight. The last column stretches.
void fitColumnsOnReset(QTableView *table, int textColumn);

} // namespace opsdeck::ui
