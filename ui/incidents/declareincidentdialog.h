#pragma once

#include "model/alert.h"
#include "model/incident.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace opsdeck::ui {

// Declares an incident, usually from the alerts selected in the Alarms view: title, severity
// and affected services are prefilled from them. `declare` stores the incident (it fills in the
// id and key); when it fails, its error shows in the dialog and nothing typed is lost.
// Open it with open(); it deletes itself when closed.
class DeclareIncidentDialog : public QDialog {
    Q_OBJECT
public:
    using Declare =
        std::function<bool(Incident &incident, const QList<Alert> &alerts, QString *error)>;

    DeclareIncidentDialog(const QList<Alert> &alerts, const QString &userName, Declare declare,
                          QWidget *parent = nullptr);

    // The prefills: the first alert's summary (or name), "+ N more" other alert names;
    // the worst `severity` label (critical SEV2, warning/error SEV3, else SEV4, never SEV1);
    // the `service` (else `job`) labels without repeats.
    static QString titleFor(const QList<Alert> &alerts);
    static Incident::Severity severityFor(const QList<Alert> &alerts);
    static QStringList servicesFor(const QList<Alert> &alerts);

    // The incident as the fields describe it, before it is stored.
    Incident incident() const;

Q_SIGNALS:
    // The incident was stored (with its id and key).
    void declared(const opsdeck::Incident &incident);

private:
    void validate();
    void submit();
    void showError(const QString &message);

    QList<Alert> m_alerts;
    Declare m_declare;

    QLineEdit *m_titleEdit;
    QComboBox *m_severityCombo;
    QLineEdit *m_commanderEdit;
    QLineEdit *m_scribeEdit;
    QLineEdit *m_communicationsEdit;
    QLineEdit *m_operationsEdit;
    QLineEdit *m_servicesEdit;
    QLineEdit *m_tagsEdit;
    QCheckBox *m_gameDayCheck;
    QCheckBox *m_impactCheck;
    QDateTimeEdit *m_impactEdit;
    QLabel *m_alertsLabel;
    QTreeWidget *m_alertsList;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck::ui
