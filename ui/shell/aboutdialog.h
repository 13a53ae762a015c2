#pragma once

#include <QDialog>

namespace opsdeck::ui {

// Version, Qt version, and where this Opsdeck keeps its log, settings and workspace: what a
// bug report needs, with a button that copies it.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &workspacePath, const QString &logFilePath,
                QWidget *parent = nullptr);

    // The details as plain text, one "name: value" line each (what "Copy" puts on the clipboard).
    QString detailsText() const { return m_details; }

private:
    QString m_details;
};

} // namespace opsdeck::ui
