#include "incidents/statusupdatedialog.h"

#include "incidents/statusupdate.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck::ui {

StatusUpdateDialog::StatusUpdateDialog(const Incident &incident, const QList<TimelineEvent> &events,
                                       bool utc, Record record, QWidget *parent)
    : QDialog(parent)
    , m_incident(incident)
    , m_events(events)
    , m_utc(utc)
    , m_record(std::move(record))
    , m_intervalCombo(new QComboBox(this))
    , m_textEdit(new QPlainTextEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statusUpdateDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Status Update — %1").arg(incident.key));

    m_intervalCombo->setObjectName(QStringLiteral("intervalCombo"));
    m_intervalCombo->addItem(tr("15 minutes"), 15);
    m_intervalCombo->addItem(tr("30 minutes"), 30);
    m_intervalCombo->addItem(tr("60 minutes"), 60);
    m_intervalCombo->setCurrentIndex(1);
    m_textEdit->setObjectName(QStringLiteral("textEdit"));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_textEdit->setAccessibleName(tr("Status update text"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Copy and record"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Next update in:"), m_intervalCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_textEdit, 1);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(640, 360);

    connect(m_intervalCombo, &QComboBox::currentIndexChanged, this,
            &StatusUpdateDialog::intervalChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusUpdateDialog::copyAndRecord);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    intervalChanged();
}

QString StatusUpdateDialog::text() const
{
    return m_textEdit->toPlainText();
}

void StatusUpdateDialog::intervalChanged()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_nextUpdate = now.addSecs(qint64(m_intervalCombo->currentData().toInt()) * 60);
    const bool edited = !m_composed.isNull() && m_textEdit->toPlainText() != m_composed;
    if (edited) {
        // The user's words stay; only the promise of the next update follows the choice.
        const QString replaced =
            StatusUpdate::replaceNextUpdate(m_textEdit->toPlainText(), m_nextUpdate, now, m_utc);
        m_textEdit->setPlainText(replaced);
        return;
    }
    m_composed = StatusUpdate::compose(m_incident, m_events, now, m_nextUpdate, m_utc);
    m_textEdit->setPlainText(m_composed);
}

void StatusUpdateDialog::copyAndRecord()
{
    const QString update = m_textEdit->toPlainText().trimmed();
    if (update.isEmpty()) {
        showError(tr("The status update is empty."));
        return;
    }
    QGuiApplication::clipboard()->setText(update);
    QString error;
    if (!m_record || !m_record(update, m_nextUpdate, &error)) {
        showError(tr("Copied to the clipboard, but not recorded in the timeline: %1")
                      .arg(error.isEmpty() ? tr("unknown error") : error));
        return;
    }
    showError({});
    accept();
}

void StatusUpdateDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace opsdeck::ui
