#include "alarms/acknowledgedialog.h"

#include "alarms/alarmservice.h"
#include "alarms/silenceeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace opsdeck::ui {
namespace {

constexpr int CustomDuration = -1;
constexpr int ListedAlerts = 10;

} // namespace

AcknowledgeDialog *AcknowledgeDialog::openFor(AlarmService *alarms, const QList<Alert> &alerts,
                                              QWidget *parent)
{
    auto *dialog = new AcknowledgeDialog(alarms, alerts, parent);
    dialog->open();
    return dialog;
}

Silence AcknowledgeDialog::silenceFor(const Alert &alert, const QDateTime &start, qint64 seconds,
                                      const QString &author, const QString &comment)
{
    Silence silence;
    for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
        silence.matchers.append({it.key(), it.value(), /*isRegex=*/false, /*isEqual=*/true});
    }
    silence.startsAt = start.toUTC();
    silence.endsAt = silence.startsAt.addSecs(seconds);
    silence.createdBy = author;
    silence.comment = comment;
    silence.state = Silence::State::Active;
    return silence;
}

AcknowledgeDialog::AcknowledgeDialog(AlarmService *alarms, const QList<Alert> &alerts,
                                     QWidget *parent)
    : QDialog(parent)
    , m_alarms(alarms)
    , m_summary(new QLabel(this))
    , m_unsilenceable(new QLabel(this))
    , m_durationCombo(new QComboBox(this))
    , m_endsEdit(new QDateTimeEdit(this))
    , m_commentEdit(new QPlainTextEdit(this))
    , m_authorEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_missingLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Acknowledge Alerts"));

    QStringList listed;
    QStringList unsilenceable;
    for (const Alert &alert : alerts) {
        if (targetsOf(alert).isEmpty()) {
            unsilenceable.append(alert.name());
            continue;
        }
        m_pending.append(alert);
        if (listed.size() < ListedAlerts) {
            listed.append(alert.name());
        }
    }
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    m_summary->setWordWrap(true);
    QString summary =
        tr("Silence %n alert(s) exactly (every label must match):", nullptr, int(m_pending.size()));
    if (!listed.isEmpty()) {
        summary += QLatin1Char('\n') + listed.join(QStringLiteral(", "));
        if (m_pending.size() > listed.size()) {
            summary += QLatin1Char(' ') +
                       tr("and %n more", nullptr, int(m_pending.size() - listed.size()));
        }
    }
    m_summary->setText(summary);
    m_unsilenceable->setObjectName(QStringLiteral("unsilenceableLabel"));
    m_unsilenceable->setWordWrap(true);
    m_unsilenceable->setText(
        tr("%n alert(s) cannot be silenced without an Alertmanager (reported by Prometheus "
           "only): %1",
           nullptr, int(unsilenceable.size()))
            .arg(unsilenceable.join(QStringLiteral(", "))));
    m_unsilenceable->setVisible(!unsilenceable.isEmpty());

    m_durationCombo->setObjectName(QStringLiteral("durationCombo"));
    m_durationCombo->addItem(tr("15 minutes"), 15 * 60);
    m_durationCombo->addItem(tr("1 hour"), 3600);
    m_durationCombo->addItem(tr("4 hours"), 4 * 3600);
    m_durationCombo->addItem(tr("Custom end"), CustomDuration);
    m_durationCombo->setCurrentIndex(1);
    m_endsEdit->setObjectName(QStringLiteral("endsEdit"));
    m_endsEdit->setCalendarPopup(true);
    m_endsEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_endsEdit->setEnabled(false);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setPlaceholderText(tr("Required: what you are doing about it"));
    m_commentEdit->setFixedHeight(m_commentEdit->fontMetrics().lineSpacing() * 4);
    m_authorEdit->setObjectName(QStringLiteral("authorEdit"));
    m_authorEdit->setText(SilenceEditor::defaultAuthor());
    m_authorEdit->setPlaceholderText(tr("Required: who acknowledges"));
    m_missingLabel->setObjectName(QStringLiteral("missingLabel"));
    m_missingLabel->setWordWrap(true);
    m_missingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Acknowledge"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Duration:"), m_durationCombo);
    form->addRow(tr("&Ends:"), m_endsEdit);
    form->addRow(tr("&Comment*:"), m_commentEdit);
    form->addRow(tr("&Author*:"), m_authorEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_unsilenceable);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_missingLabel);
    layout->addWidget(m_buttons);

    connect(m_durationCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_endsEdit->setEnabled(m_durationCombo->currentData().toInt() == CustomDuration);
        validate();
    });
    connect(m_endsEdit, &QDateTimeEdit::dateTimeChanged, this, &AcknowledgeDialog::validate);
    connect(m_commentEdit, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::validate);
    connect(m_authorEdit, &QLineEdit::textChanged, this, &AcknowledgeDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::acknowledge);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QStringList AcknowledgeDialog::targetsOf(const Alert &alert) const
{
    // The Alertmanagers that report the alert; of those that are one HA cluster only one takes
    // the silence and gossips it to the others (AlarmClient's rule).
    QStringList targets = m_alarms ? m_alarms->alertmanagerIds() : QStringList();
    targets.removeIf([&alert](const QString &id) { return !alert.sources.contains(id); });
    return targets;
}

qint64 AcknowledgeDialog::durationSeconds() const
{
    const int preset = m_durationCombo->currentData().toInt();
    if (preset != CustomDuration) {
        return preset;
    }
    return QDateTime::currentDateTimeUtc().secsTo(m_endsEdit->dateTime().toUTC());
}

QString AcknowledgeDialog::missing() const
{
    if (m_pending.isEmpty()) {
        return tr("None of these alerts can be acknowledged here.");
    }
    if (durationSeconds() <= 0) {
        return tr("Choose an end in the future.");
    }
    if (m_commentEdit->toPlainText().trimmed().isEmpty()) {
        return tr("Write a comment: it tells the next person why the alerts are silent.");
    }
    if (m_authorEdit->text().trimmed().isEmpty()) {
        return tr("Name the author: the silence says who acknowledged.");
    }
    return {};
}

void AcknowledgeDialog::validate()
{
    const QString reason = missing();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(reason.isEmpty() && !m_sending);
    ok->setToolTip(reason);
    m_missingLabel->setText(reason);
    m_missingLabel->setVisible(!reason.isEmpty());
}

void AcknowledgeDialog::acknowledge()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled() || !m_alarms) {
        return;
    }
    m_sending = true;
    m_buttons->setEnabled(false);
    m_errorLabel->hide();
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const qint64 seconds = durationSeconds();
    const QString author = m_authorEdit->text().trimmed();
    SilenceEditor::rememberAuthor(author);
    const QString comment = m_commentEdit->toPlainText().trimmed();
    const QList<Alert> alerts = m_pending;
    auto remaining = std::make_shared<int>(int(alerts.size()));
    auto errors = std::make_shared<QStringList>();
    QPointer<AcknowledgeDialog> self(this);
    QStringList names;
    for (const Alert &alert : alerts) {
        names.append(alert.name());
    }
    for (const Alert &alert : alerts) {
        const QString fingerprint = alert.fingerprint;
        const QString name = alert.name();
        m_alarms->saveSilence(silenceFor(alert, start, seconds, author, comment), targetsOf(alert),
                              [self, remaining, errors, fingerprint, name, names, start,
                               seconds](const QString &, const QString &error) {
                                  if (!self) {
                                      return;
                                  }
                                  if (error.isEmpty()) {
                                      // Done: a retry after another alert's failure must not
                                      // silence it twice.
                                      self->m_pending.removeIf([&fingerprint](const Alert &each) {
                                          return each.fingerprint == fingerprint;
                                      });
                                  } else {
                                      errors->append(QStringLiteral("%1: %2").arg(name, error));
                                  }
                                  if (--*remaining > 0) {
                                      return;
                                  }
                                  self->m_sending = false;
                                  self->m_buttons->setEnabled(true);
                                  if (errors->isEmpty()) {
                                      Q_EMIT self->acknowledged(names, start.addSecs(seconds));
                                      self->accept();
                                      return;
                                  }
                                  self->m_errorLabel->setText(
                                      tr("Not every alert was acknowledged:\n%1")
                                          .arg(errors->join(QLatin1Char('\n'))));
                                  self->m_errorLabel->show();
                                  self->validate();
                              });
    }
}

} // namespace opsdeck::ui
