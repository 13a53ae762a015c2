#pragma once

#include <QDialog>
#include <QString>

namespace opsdeck {
class AlarmService;
class RunbookCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

class AlertDetailView;

// One alert in a window of its own (double-click or Enter in the alert table): every label,
// annotation, runbook and silence without scrolling a pane. It follows the alert as polls
// change it and says so when the alert is gone.
class AlertWindow final : public QDialog {
    Q_OBJECT
public:
    AlertWindow(const QString &fingerprint, const AlarmService &alarms, RunbookCatalog &runbooks,
                QWidget *parent);

    QString fingerprint() const { return m_fingerprint; }
    AlertDetailView *details() const { return m_details; }

private:
    void refresh();

    QString m_fingerprint;
    QString m_name; // the alert's name, kept for when it is gone
    const AlarmService &m_alarms;
    AlertDetailView *m_details;
};

} // namespace opsdeck::ui
