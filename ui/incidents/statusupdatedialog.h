#pragma once

#include "model/incident.h"
#include "model/timelineevent.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace opsdeck::ui {

// Composes a status update for chat (StatusUpdate::compose), lets the commander edit it, then
// copies it to the clipboard and records it (`record`, usually a timeline note) in one step.
// Open it with open(); it deletes itself when closed.
class StatusUpdateDialog : public QDialog {
    Q_OBJECT
public:
    using Record =
        std::function<bool(const QString &text, const QDateTime &nextUpdate, QString *error)>;

    StatusUpdateDialog(const Incident &incident, const QList<TimelineEvent> &events, bool utc,
                       Record record, QWidget *parent = nullptr);

    QString text() const;
    // Now plus the chosen interval, in UTC.
    QDateTime nextUpdate() const { return m_nextUpdate; }

private:
    void intervalChanged();
    void copyAndRecord();
    void showError(const QString &message);

    Incident m_incident;
    QList<TimelineEvent> m_events;
    bool m_utc;
    Record m_record;
    QDateTime m_nextUpdate;
    QString m_composed; // the text as composed: differs from the editor's once the user edits

    QComboBox *m_intervalCombo;
    QPlainTextEdit *m_textEdit;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck::ui
