#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace opsdeck::ui {

// The save dialog of every export: it starts in the folder of the last export (the user's
// documents folder the first time), suggests `fileName`, filters by its suffix ("PDF (*.pdf)")
// and remembers the folder once a file is chosen. Non-modal; `chosen` gets the path.
void openExportDialog(QWidget *parent, const QString &title, const QString &fileName,
                      const std::function<void(const QString &path)> &chosen);

// "PDF files (*.pdf)" for "pdf"; the file-type filter of an export's suffix.
QString exportNameFilter(const QString &suffix);

} // namespace opsdeck::ui
