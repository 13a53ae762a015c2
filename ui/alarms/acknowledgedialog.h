#pragma once

#include "model/alert.h"
#include "model/silence.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace opsdeck {
class AlarmService;
}

namespace opsdeck::ui {

// Acknowledges alerts by silencing exactly them: one silence per alert, matching every one of
// its labels, on the Alertmanagers that reported it. An alert only Prometheus reports cannot
// be silenced; the dialog says so and leaves it out.
class AcknowledgeDialog : public QDialog {
    Q_OBJECT
public:
    // Opens the dialog window-modal over `parent`; it deletes itself when closed.
    static AcknowledgeDialog *openFor(AlarmService *alarms, const QList<Alert> &alerts,
                                      QWidget *parent);

    // The silence that acknowledges `alert`: an exact matcher for each label.
    static Silence silenceFor(const Alert &alert, const QDateTime &start, qint64 seconds,
                              const QString &author, const QString &comment);

    AcknowledgeDialog(AlarmService *alarms, const QList<Alert> &alerts, QWidget *parent = nullptr);

    // Why Acknowledge is disabled ("" when it is not): shown under the form.
    QString missing() const;

Q_SIGNALS:
    // Every alert was silenced, until `endsAt` (UTC); the dialog closes.
    void acknowledged(const QStringList &alertNames, const QDateTime &endsAt);

private:
    QStringList targetsOf(const Alert &alert) const;
    qint64 durationSeconds() const;
    void validate();
    void acknowledge();

    QPointer<AlarmService> m_alarms;
    QList<Alert> m_pending; // silenceable alerts not acknowledged yet
    bool m_sending = false;

    QLabel *m_summary;
    QLabel *m_unsilenceable;
    QComboBox *m_durationCombo;
    QDateTimeEdit *m_endsEdit;
    QPlainTextEdit *m_commentEdit;
    QLineEdit *m_authorEdit;
    QLabel *m_errorLabel;
    QLabel *m_missingLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck::ui
