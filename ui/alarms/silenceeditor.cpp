#include "alarms/silenceeditor.h"

#include "alarms/alarmservice.h"
#include "alarms/alertfilter.h"
#include "alarms/silencetablemodel.h"
#include "common/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck::ui {
namespace {

constexpr int CustomDuration = -1;

// The labels that tell alerts of one name apart in a short list.
QString describe(const Alert &alert)
{
    QStringList parts;
    for (const char *key : {"severity", "service", "instance", "job"}) {
        const QString value = alert.labels.value(QString::fromLatin1(key));
        if (!value.isEmpty()) {
            parts.append(QStringLiteral("%1=%2").arg(QString::fromLatin1(key), value));
        }
    }
    return parts.isEmpty()
               ? alert.name()
               : QStringLiteral("%1  (%2)").arg(alert.name(), parts.join(QStringLiteral(", ")));
}

} // namespace

QString SilenceEditor::defaultAuthor()
{
    const QString configured = readSetting(settings::UserName);
    if (!configured.trimmed().isEmpty()) {
        return configured.trimmed();
    }
    return qEnvironmentVariable("USER");
}

void SilenceEditor::rememberAuthor(const QString &author)
{
    // The name typed last is the default next time: set once, used for every silence.
    if (!author.isEmpty()) {
        writeSetting(settings::UserName, author);
    }
}

SilenceEditor::SilenceEditor(AlarmService *alarms, const Silence &silence, QWidget *parent)
    : QDialog(parent)
    , m_alarms(alarms)
    , m_original(silence)
    , m_matchersEdit(new QLineEdit(this))
    , m_matchersError(new QLabel(this))
    , m_startsEdit(new QDateTimeEdit(this))
    , m_durationCombo(new QComboBox(this))
    , m_endsEdit(new QDateTimeEdit(this))
    , m_commentEdit(new QPlainTextEdit(this))
    , m_authorEdit(new QLineEdit(this))
    , m_previewSummary(new QLabel(this))
    , m_previewList(new QListWidget(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_previewTimer(new QTimer(this))
{
    const bool editing = !silence.id.isEmpty();
    setObjectName(QStringLiteral("silenceEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(editing ? tr("Edit Silence") : tr("New Silence"));

    m_matchersEdit->setObjectName(QStringLiteral("matchersEdit"));
    m_matchersEdit->setPlaceholderText(QStringLiteral("alertname=\"Foo\" instance=~\"web-.*\""));
    QStringList matchers;
    for (const Silence::Matcher &matcher : silence.matchers) {
        matchers.append(LabelMatcher::fromSilenceMatcher(matcher).toString());
    }
    m_matchersEdit->setText(matchers.join(QLatin1Char(' ')));
    m_matchersError->setObjectName(QStringLiteral("matchersError"));
    m_matchersError->setForegroundRole(QPalette::Highlight);
    m_matchersError->setWordWrap(true);
    m_matchersError->hide();

    const QDateTime now = QDateTime::currentDateTime();
    m_startsEdit->setObjectName(QStringLiteral("startsEdit"));
    m_startsEdit->setCalendarPopup(true);
    m_startsEdit->setDateTime(editing && silence.startsAt.isValid() ? silence.startsAt.toLocalTime()
                                                                    : now);
    m_durationCombo->setObjectName(QStringLiteral("durationCombo"));
    m_durationCombo->addItem(tr("15 minutes"), 15 * 60);
    m_durationCombo->addItem(tr("1 hour"), 3600);
    m_durationCombo->addItem(tr("4 hours"), 4 * 3600);
    m_durationCombo->addItem(tr("1 day"), 86400);
    m_durationCombo->addItem(tr("Custom end"), CustomDuration);
    m_durationCombo->setCurrentIndex(editing ? m_durationCombo->count() - 1 : 1);
    m_endsEdit->setObjectName(QStringLiteral("endsEdit"));
    m_endsEdit->setCalendarPopup(true);
    m_endsEdit->setDateTime(editing && silence.endsAt.isValid() ? silence.endsAt.toLocalTime()
                                                                : now.addSecs(3600));

    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setPlainText(silence.comment);
    m_commentEdit->setTabChangesFocus(true);
    m_commentEdit->setFixedHeight(m_commentEdit->fontMetrics().lineSpacing() * 4);
    m_authorEdit->setObjectName(QStringLiteral("authorEdit"));
    m_authorEdit->setText(editing && !silence.createdBy.isEmpty() ? silence.createdBy
                                                                  : defaultAuthor());

    auto *targetsBox = new QGroupBox(tr("Alertmanagers"), this);
    targetsBox->setObjectName(QStringLiteral("targets"));
    auto *targetsLayout = new QVBoxLayout(targetsBox);
    const QStringList ids = alarms ? alarms->alertmanagerIds() : QStringList();
    const QHash<QString, QString> names =
        alarms ? alarms->backendNames() : QHash<QString, QString>();
    for (const QString &id : ids) {
        auto *box = new QCheckBox(names.value(id, id), targetsBox);
        box->setObjectName(QStringLiteral("target-%1").arg(id));
        box->setProperty("backendId", id);
        // An edit stays where the silence is. A new one goes to the first Alertmanager by
        // default: the members of an HA cluster share silences, so ticking them all would make
        // copies; independent Alertmanagers are ticked by hand.
        box->setChecked(editing ? silence.sources.contains(id) : id == ids.constFirst());
        box->setEnabled(!editing);
        targetsLayout->addWidget(box);
        m_targets.append(box);
        connect(box, &QCheckBox::toggled, this, &SilenceEditor::validate);
    }
    if (ids.isEmpty()) {
        targetsLayout->addWidget(new QLabel(tr("No Alertmanager is configured."), targetsBox));
    }

    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewList->setObjectName(QStringLiteral("previewList"));
    m_previewList->setAccessibleName(tr("Covered alerts"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Matchers:"), m_matchersEdit);
    form->addRow(QString(), m_matchersError);
    form->addRow(tr("&Starts:"), m_startsEdit);
    form->addRow(tr("&Duration:"), m_durationCombo);
    form->addRow(tr("&Ends:"), m_endsEdit);
    form->addRow(tr("&Comment:"), m_commentEdit);
    form->addRow(tr("&Author:"), m_authorEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(targetsBox);
    layout->addWidget(m_previewSummary);
    layout->addWidget(m_previewList, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_previewTimer->setObjectName(QStringLiteral("previewTimer"));
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150); // typing fast should not recount on every key
    connect(m_previewTimer, &QTimer::timeout, this, &SilenceEditor::updatePreview);
    connect(m_matchersEdit, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    if (alarms) {
        connect(alarms, &AlarmService::alertsChanged, m_previewTimer, qOverload<>(&QTimer::start));
    }
    connect(m_startsEdit, &QDateTimeEdit::dateTimeChanged, this, &SilenceEditor::updateEnd);
    connect(m_durationCombo, &QComboBox::currentIndexChanged, this, &SilenceEditor::updateEnd);
    connect(m_endsEdit, &QDateTimeEdit::dateTimeChanged, this, &SilenceEditor::validate);
    connect(m_commentEdit, &QPlainTextEdit::textChanged, this, &SilenceEditor::validate);
    connect(m_authorEdit, &QLineEdit::textChanged, this, &SilenceEditor::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SilenceEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateEnd();
    updatePreview();
    resize(640, 560);
}

void SilenceEditor::updateEnd()
{
    const int seconds = m_durationCombo->currentData().toInt();
    const bool custom = seconds == CustomDuration;
    m_endsEdit->setEnabled(custom);
    if (!custom) {
        m_endsEdit->setDateTime(m_startsEdit->dateTime().addSecs(seconds));
    }
    validate();
}

QDateTime SilenceEditor::endsAt() const
{
    return m_endsEdit->dateTime().toUTC();
}

void SilenceEditor::updatePreview()
{
    FilterError error;
    const QString text = m_matchersEdit->text();
    // An empty line is not wrong yet, only unfinished.
    const QList<LabelMatcher> matchers =
        text.trimmed().isEmpty() ? QList<LabelMatcher>() : AlertFilter::parseMatchers(text, &error);
    m_matchers.clear();
    m_previewList->clear();
    m_previewCount = 0;
    if (!error.isEmpty()) {
        m_matchersError->setText(tr("Column %1: %2").arg(error.column).arg(error.message));
        m_matchersError->show();
        m_previewSummary->setText(tr("Fix the matchers to see which alerts they cover."));
        validate();
        return;
    }
    m_matchersError->hide();
    m_matchersError->clear();
    for (const LabelMatcher &matcher : matchers) {
        m_matchers.append(matcher.toSilenceMatcher());
    }
    if (matchers.isEmpty()) {
        m_previewSummary->setText(tr("Type matchers to see which alerts they cover."));
        validate();
        return;
    }
    const QList<Alert> alerts = m_alarms ? m_alarms->snapshot().alerts : QList<Alert>();
    for (const Alert &alert : alerts) {
        if (!allMatch(matchers, alert)) {
            continue;
        }
        if (++m_previewCount <= PreviewLimit) {
            m_previewList->addItem(describe(alert));
        }
    }
    m_previewSummary->setText(
        m_previewCount > PreviewLimit
            ? tr("Covers %1 alerts; the first %2 are listed.").arg(m_previewCount).arg(PreviewLimit)
            : tr("Covers %n alert(s).", nullptr, m_previewCount));
    validate();
}

void SilenceEditor::validate()
{
    bool targetChosen = false;
    for (const QCheckBox *box : std::as_const(m_targets)) {
        targetChosen = targetChosen || box->isChecked();
    }
    const bool complete = !m_matchers.isEmpty() && m_matchersError->isHidden() &&
                          !m_commentEdit->toPlainText().trimmed().isEmpty() &&
                          !m_authorEdit->text().trimmed().isEmpty() && targetChosen &&
                          endsAt() > QDateTime::currentDateTimeUtc() &&
                          endsAt() > m_startsEdit->dateTime().toUTC();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(complete && !m_saving);
}

void SilenceEditor::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void SilenceEditor::save()
{
    // The preview may still be waiting for its timer: the matchers saved are the ones shown.
    if (m_previewTimer->isActive()) {
        m_previewTimer->stop();
        updatePreview();
    }
    validate();
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled() || !m_alarms) {
        return;
    }
    Silence silence = m_original;
    silence.matchers = m_matchers;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime start = m_startsEdit->dateTime().toUTC();
    const bool startUnchanged =
        m_original.startsAt.isValid() && start.secsTo(m_original.startsAt.toUTC()) == 0;
    if (startUnchanged) {
        start = m_original.startsAt; // keep the exact start so Alertmanager can keep the id
    } else if (start < now) {
        start = now;
    }
    silence.startsAt = start;
    silence.endsAt = endsAt();
    silence.comment = m_commentEdit->toPlainText().trimmed();
    silence.createdBy = m_authorEdit->text().trimmed();
    rememberAuthor(silence.createdBy);
    QStringList targets;
    for (const QCheckBox *box : std::as_const(m_targets)) {
        if (box->isChecked()) {
            targets.append(box->property("backendId").toString());
        }
    }
    m_saving = true;
    m_buttons->setEnabled(false);
    showError({});
    QPointer<SilenceEditor> self(this);
    m_alarms->saveSilence(silence, targets, [self](const QString &newId, const QString &error) {
        if (!self) {
            return;
        }
        self->m_saving = false;
        self->m_buttons->setEnabled(true);
        if (!error.isEmpty()) {
            self->showError(tr("The silence was not saved: %1").arg(error));
            self->validate();
            return;
        }
        Q_EMIT self->saved(newId);
        self->accept();
    });
}

} // namespace opsdeck::ui
