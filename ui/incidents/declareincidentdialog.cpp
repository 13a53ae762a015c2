#include "incidents/declareincidentdialog.h"

#include "common/statustexts.h"
#include "common/timedisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck::ui {
namespace {

enum AlertColumn { NameColumn, SeverityColumn, StateColumn, SummaryColumn };

QString summaryOf(const Alert &alert)
{
    return alert.annotations.value(QStringLiteral("summary")).trimmed();
}

// "a, b,,c " -> a, b, c (each once).
QStringList commaList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item)) {
            items.append(item);
        }
    }
    return items;
}

Incident::Severity severityOfLabel(const QString &label)
{
    const QString value = label.trimmed().toLower();
    if (value == QLatin1String("critical")) {
        return Incident::Severity::Sev2;
    }
    if (value == QLatin1String("warning") || value == QLatin1String("error")) {
        return Incident::Severity::Sev3;
    }
    return Incident::Severity::Sev4;
}

} // namespace

QString DeclareIncidentDialog::titleFor(const QList<Alert> &alerts)
{
    if (alerts.isEmpty()) {
        return {};
    }
    const Alert &first = alerts.first();
    QString title = summaryOf(first).isEmpty() ? first.name() : summaryOf(first);
    QSet<QString> otherNames;
    for (const Alert &alert : alerts) {
        if (alert.name() != first.name()) {
            otherNames.insert(alert.name());
        }
    }
    if (otherNames.isEmpty()) {
        return title;
    }
    return tr("%1 + %2 more").arg(title, QString::number(otherNames.size()));
}

Incident::Severity DeclareIncidentDialog::severityFor(const QList<Alert> &alerts)
{
    if (alerts.isEmpty()) {
        return Incident().severity;
    }
    auto worst = Incident::Severity::Sev4;
    for (const Alert &alert : alerts) {
        worst = std::min(worst, severityOfLabel(alert.labels.value(QStringLiteral("severity"))));
    }
    return worst;
}

QStringList DeclareIncidentDialog::servicesFor(const QList<Alert> &alerts)
{
    QStringList services;
    for (const Alert &alert : alerts) {
        QString service = alert.labels.value(QStringLiteral("service")).trimmed();
        if (service.isEmpty()) {
            service = alert.labels.value(QStringLiteral("job")).trimmed();
        }
        if (!service.isEmpty() && !services.contains(service)) {
            services.append(service);
        }
    }
    return services;
}

DeclareIncidentDialog::DeclareIncidentDialog(const QList<Alert> &alerts, const QString &userName,
                                             Declare declare, QWidget *parent)
    : QDialog(parent)
    , m_alerts(alerts)
    , m_declare(std::move(declare))
    , m_titleEdit(new QLineEdit(this))
    , m_severityCombo(new QComboBox(this))
    , m_commanderEdit(new QLineEdit(this))
    , m_scribeEdit(new QLineEdit(this))
    , m_communicationsEdit(new QLineEdit(this))
    , m_operationsEdit(new QLineEdit(this))
    , m_servicesEdit(new QLineEdit(this))
    , m_tagsEdit(new QLineEdit(this))
    , m_gameDayCheck(new QCheckBox(tr("This is an exercise (&game day)"), this))
    , m_impactCheck(new QCheckBox(tr("&Impact started:"), this))
    , m_impactEdit(new QDateTimeEdit(this))
    , m_alertsLabel(new QLabel(this))
    , m_alertsList(new QTreeWidget(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("declareIncidentDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Declare Incident"));

    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_titleEdit->setPlaceholderText(tr("What users see, in a few words"));
    m_titleEdit->setText(titleFor(alerts));
    m_severityCombo->setObjectName(QStringLiteral("severityCombo"));
    m_severityCombo->addItem(tr("SEV1 — critical, all hands"), int(Incident::Severity::Sev1));
    m_severityCombo->addItem(tr("SEV2 — major impact"), int(Incident::Severity::Sev2));
    m_severityCombo->addItem(tr("SEV3 — minor impact"), int(Incident::Severity::Sev3));
    m_severityCombo->addItem(tr("SEV4 — little or no impact"), int(Incident::Severity::Sev4));
    m_severityCombo->setCurrentIndex(m_severityCombo->findData(int(severityFor(alerts))));
    m_commanderEdit->setObjectName(QStringLiteral("commanderEdit"));
    m_commanderEdit->setText(userName);
    m_scribeEdit->setObjectName(QStringLiteral("scribeEdit"));
    m_communicationsEdit->setObjectName(QStringLiteral("communicationsEdit"));
    m_operationsEdit->setObjectName(QStringLiteral("operationsEdit"));
    for (QLineEdit *optional : {m_scribeEdit, m_communicationsEdit, m_operationsEdit}) {
        optional->setPlaceholderText(tr("Optional"));
    }
    m_servicesEdit->setObjectName(QStringLiteral("servicesEdit"));
    m_servicesEdit->setPlaceholderText(tr("Comma-separated, e.g. checkout, payments"));
    m_servicesEdit->setText(servicesFor(alerts).join(QStringLiteral(", ")));
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagsEdit->setPlaceholderText(tr("Comma-separated"));
    m_gameDayCheck->setObjectName(QStringLiteral("gameDayCheck"));

    // Shown in local time, stored in UTC. The earliest alert start is the likeliest guess.
    QDateTime impactGuess = QDateTime::currentDateTime();
    for (const Alert &alert : alerts) {
        if (alert.startsAt.isValid() && alert.startsAt < impactGuess) {
            impactGuess = alert.startsAt;
        }
    }
    m_impactCheck->setObjectName(QStringLiteral("impactCheck"));
    m_impactEdit->setObjectName(QStringLiteral("impactEdit"));
    m_impactEdit->setDisplayFormat(TimeDisplay::dateTimeFormat());
    m_impactEdit->setCalendarPopup(true);
    m_impactEdit->setDateTime(impactGuess.toLocalTime());
    m_impactEdit->setEnabled(false);

    m_alertsLabel->setObjectName(QStringLiteral("alertsLabel"));
    m_alertsLabel->setText(tr("%n linked alert(s):", nullptr, int(alerts.size())));
    m_alertsList->setObjectName(QStringLiteral("alertsList"));
    m_alertsList->setRootIsDecorated(false);
    m_alertsList->setSelectionMode(QAbstractItemView::NoSelection);
    m_alertsList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alertsList->setHeaderLabels({tr("Name"), tr("Severity"), tr("State"), tr("Summary")});
    m_alertsList->setAccessibleName(tr("Linked alerts"));
    for (const Alert &alert : alerts) {
        auto *item = new QTreeWidgetItem(m_alertsList);
        item->setText(NameColumn, alert.name());
        item->setText(SeverityColumn, alert.labels.value(QStringLiteral("severity")));
        item->setText(StateColumn, StatusTexts::alertState(alert.state));
        item->setText(SummaryColumn, summaryOf(alert));
        item->setToolTip(SummaryColumn, summaryOf(alert));
    }
    m_alertsList->header()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_alertsLabel->setVisible(!alerts.isEmpty());
    m_alertsList->setVisible(!alerts.isEmpty());

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();
    QPushButton *declareButton = m_buttons->button(QDialogButtonBox::Ok);
    declareButton->setText(tr("&Declare"));
    declareButton->setToolTip(tr("Declare the incident (Ctrl+Enter)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("&Severity:"), m_severityCombo);
    form->addRow(tr("&Commander:"), m_commanderEdit);
    form->addRow(tr("Sc&ribe:"), m_scribeEdit);
    form->addRow(tr("C&ommunications:"), m_communicationsEdit);
    form->addRow(tr("O&perations:"), m_operationsEdit);
    form->addRow(tr("Affected ser&vices:"), m_servicesEdit);
    form->addRow(tr("T&ags:"), m_tagsEdit);
    form->addRow(m_impactCheck, m_impactEdit);
    form->addRow(QString(), m_gameDayCheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_alertsLabel);
    layout->addWidget(m_alertsList, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &DeclareIncidentDialog::submit);
    }
    connect(m_titleEdit, &QLineEdit::textChanged, this, &DeclareIncidentDialog::validate);
    connect(m_impactCheck, &QCheckBox::toggled, m_impactEdit, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeclareIncidentDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Incident DeclareIncidentDialog::incident() const
{
    Incident incident;
    incident.title = m_titleEdit->text().trimmed();
    incident.severity = Incident::Severity(m_severityCombo->currentData().toInt());
    incident.commander = m_commanderEdit->text().trimmed();
    const QList<std::pair<QString, QLineEdit *>> roles{
        {QStringLiteral("scribe"), m_scribeEdit},
        {QStringLiteral("communications"), m_communicationsEdit},
        {QStringLiteral("operations"), m_operationsEdit}};
    for (const auto &[role, edit] : roles) {
        if (!edit->text().trimmed().isEmpty()) {
            incident.roles.insert(role, edit->text().trimmed());
        }
    }
    incident.services = commaList(m_servicesEdit->text());
    incident.tags = commaList(m_tagsEdit->text());
    incident.gameDay = m_gameDayCheck->isChecked();
    if (m_impactCheck->isChecked()) {
        incident.impactStartedAt = m_impactEdit->dateTime().toUTC();
    }
    return incident;
}

void DeclareIncidentDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_titleEdit->text().trimmed().isEmpty());
}

void DeclareIncidentDialog::submit()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    Incident declaring = incident();
    QString error;
    if (!m_declare || !m_declare(declaring, m_alerts, &error)) {
        showError(error.isEmpty() ? tr("The incident could not be declared.")
                                  : tr("The incident could not be declared: %1").arg(error));
        return;
    }
    showError({});
    Q_EMIT declared(declaring);
    accept();
}

void DeclareIncidentDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace opsdeck::ui
