#include "backends/backendeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace opsdeck::ui {
namespace {

using Auth = BackendDefinition::Auth;
const QString SystemProxy = QStringLiteral("system");
const QString NoProxy = QStringLiteral("none");
const QString ProxyUrl = QStringLiteral("url");

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

BackendEditor::BackendEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_username(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_caFile(nullptr)
    , m_clientCertificate(nullptr)
    , m_clientKey(nullptr)
    , m_proxy(new QComboBox(this))
    , m_proxyUrl(new QLineEdit(this))
    , m_interval(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_verifyTls(new QCheckBox(this))
    , m_tlsWarning(new QWidget(this))
    , m_tlsWarningText(new QLabel(m_tlsWarning))
{
    setObjectName(QStringLiteral("backendEditor"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    // Product names: not translated.
    for (const BackendKind kind : {BackendKind::Prometheus, BackendKind::Alertmanager}) {
        m_kind->addItem(BackendEndpoint::kindName(kind), backendKindId(kind));
    }
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_auth->setObjectName(QStringLiteral("authCombo"));
    for (const Auth auth : {Auth::None, Auth::Basic, Auth::Bearer}) {
        m_auth->addItem(QString(), BackendDefinition::authName(auth));
    }
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);

    const QList<QWidget *> plainFields{m_kind, m_name, m_url, m_auth, m_username, m_secret};
    for (QWidget *field : plainFields) {
        addLabelledRow(field, field);
    }
    m_caFile = addFileRow(QStringLiteral("caFile"), &m_caFileBrowse);
    m_clientCertificate =
        addFileRow(QStringLiteral("clientCertificate"), &m_clientCertificateBrowse);
    m_clientKey = addFileRow(QStringLiteral("clientKey"), &m_clientKeyBrowse);

    auto *proxyRow = new QWidget(this);
    auto *proxyLayout = new QHBoxLayout(proxyRow);
    proxyLayout->setContentsMargins(0, 0, 0, 0);
    m_proxy->setObjectName(QStringLiteral("proxyCombo"));
    for (const QString &proxy : {SystemProxy, NoProxy, ProxyUrl}) {
        m_proxy->addItem(QString(), proxy);
    }
    m_proxyUrl->setObjectName(QStringLiteral("proxyUrlEdit"));
    proxyLayout->addWidget(m_proxy);
    proxyLayout->addWidget(m_proxyUrl, 1);
    addLabelledRow(proxyRow, m_proxy);

    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 3600);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    addLabelledRow(m_interval, m_interval);
    addLabelledRow(m_timeout, m_timeout);

    m_verifyTls->setObjectName(QStringLiteral("verifyTlsCheck"));
    m_verifyTls->setChecked(true);
    m_form->addRow(m_verifyTls);

    // Turning verification off must be impossible to overlook: an icon and a bold line.
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    auto *warningLayout = new QHBoxLayout(m_tlsWarning);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    auto *warningIcon = new QLabel(m_tlsWarning);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    warningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    warningIcon->setAlignment(Qt::AlignTop);
    m_tlsWarningText->setObjectName(QStringLiteral("tlsWarningText"));
    m_tlsWarningText->setWordWrap(true);
    QFont bold = m_tlsWarningText->font();
    bold.setBold(true);
    m_tlsWarningText->setFont(bold);
    warningLayout->addWidget(warningIcon);
    warningLayout->addWidget(m_tlsWarningText, 1);
    m_form->addRow(m_tlsWarning);

    connect(m_auth, &QComboBox::currentIndexChanged, this, &BackendEditor::updateVisibleRows);
    connect(m_proxy, &QComboBox::currentIndexChanged, this, &BackendEditor::updateVisibleRows);
    connect(m_verifyTls, &QCheckBox::toggled, this, &BackendEditor::updateVisibleRows);

    retranslateUi();
    setDefinition({}, false);
}

QLineEdit *BackendEditor::addFileRow(const QString &name, QToolButton **browse)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(name + QStringLiteral("Edit"));
    edit->setClearButtonEnabled(true);
    *browse = new QToolButton(row);
    (*browse)->setObjectName(name + QStringLiteral("BrowseButton"));
    (*browse)->setText(QStringLiteral("…"));
    layout->addWidget(edit, 1);
    layout->addWidget(*browse);
    QLabel *label = addLabelledRow(row, edit);
    connect(*browse, &QToolButton::clicked, this, [this, edit, label] {
        QString title = label->text().remove(QLatin1Char('&'));
        if (title.endsWith(QLatin1Char(':'))) {
            title.chop(1);
        }
        chooseFile(edit, title);
    });
    return edit;
}

QLabel *BackendEditor::addLabelledRow(QWidget *field, QWidget *buddy)
{
    auto *label = new QLabel(this);
    label->setBuddy(buddy);
    m_form->addRow(label, field);
    return label;
}

// Window-modal and self-deleting: no nested event loop.
void BackendEditor::chooseFile(QLineEdit *target, const QString &title)
{
    auto *picker = new QFileDialog(this, title, target->text());
    picker->setObjectName(QStringLiteral("filePicker"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    picker->setNameFilters({tr("PEM files (*.pem *.crt *.cer *.key)"), tr("All files (*)")});
    connect(picker, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    picker->open();
}

void BackendEditor::setDefinition(const BackendDefinition &definition, bool existing)
{
    m_definition = definition;
    m_existing = existing;
    selectData(m_kind, backendKindId(definition.kind));
    m_name->setText(definition.name);
    m_url->setText(definition.url);
    selectData(m_auth, BackendDefinition::authName(definition.auth));
    m_username->setText(definition.username);
    m_secret->clear();
    m_caFile->setText(definition.caFile);
    m_clientCertificate->setText(definition.clientCertificate);
    m_clientKey->setText(definition.clientKey);
    if (definition.proxy == SystemProxy || definition.proxy.isEmpty()) {
        selectData(m_proxy, SystemProxy);
        m_proxyUrl->clear();
    } else if (definition.proxy == NoProxy) {
        selectData(m_proxy, NoProxy);
        m_proxyUrl->clear();
    } else {
        selectData(m_proxy, ProxyUrl);
        m_proxyUrl->setText(definition.proxy);
    }
    m_interval->setValue(definition.intervalSeconds);
    m_timeout->setValue(definition.timeoutSeconds);
    m_verifyTls->setChecked(definition.verifyTls);
    retranslateUi(); // the secret's placeholder depends on `existing`
    updateVisibleRows();
}

BackendDefinition BackendEditor::definition() const
{
    BackendDefinition definition = m_definition;
    definition.kind =
        backendKindFromId(m_kind->currentData().toString()).value_or(BackendKind::Prometheus);
    definition.name = m_name->text().trimmed();
    definition.url = m_url->text().trimmed();
    definition.auth = currentAuth();
    definition.username = definition.auth == Auth::Basic ? m_username->text().trimmed() : QString();
    definition.caFile = m_caFile->text().trimmed();
    definition.clientCertificate = m_clientCertificate->text().trimmed();
    definition.clientKey = m_clientKey->text().trimmed();
    const QString proxy = m_proxy->currentData().toString();
    definition.proxy = proxy == ProxyUrl ? m_proxyUrl->text().trimmed() : proxy;
    definition.intervalSeconds = m_interval->value();
    definition.timeoutSeconds = m_timeout->value();
    definition.verifyTls = m_verifyTls->isChecked();
    return definition;
}

BackendDefinition::Auth BackendEditor::currentAuth() const
{
    return BackendDefinition::authFromName(m_auth->currentData().toString()).value_or(Auth::None);
}

QString BackendEditor::typedSecret() const
{
    return currentAuth() == Auth::None ? QString() : m_secret->text();
}

std::optional<QString> BackendEditor::secretToSave() const
{
    if (currentAuth() == Auth::None) {
        return QString(); // nothing to authenticate with: a stored secret goes
    }
    if (m_existing && m_secret->text().isEmpty()) {
        return std::nullopt;
    }
    return m_secret->text();
}

bool BackendEditor::isTlsWarningShown() const
{
    return !m_tlsWarning->isHidden();
}

void BackendEditor::updateVisibleRows()
{
    const Auth auth = currentAuth();
    m_form->setRowVisible(m_username, auth == Auth::Basic);
    m_form->setRowVisible(m_secret, auth != Auth::None);
    m_proxyUrl->setEnabled(m_proxy->currentData().toString() == ProxyUrl);
    m_form->setRowVisible(m_tlsWarning, !m_verifyTls->isChecked());
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret))) {
        label->setText(auth == Auth::Basic ? tr("&Password:") : tr("&Token:"));
    }
    Q_EMIT rowsChanged();
}

void BackendEditor::retranslateUi()
{
    const auto setLabel = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            label->setText(text);
        }
    };
    setLabel(m_kind, tr("&Kind:"));
    setLabel(m_name, tr("&Name:"));
    setLabel(m_url, tr("&URL:"));
    setLabel(m_auth, tr("&Authentication:"));
    setLabel(m_username, tr("&User name:"));
    setLabel(m_caFile->parentWidget(), tr("&CA file:"));
    setLabel(m_clientCertificate->parentWidget(), tr("C&lient certificate:"));
    setLabel(m_clientKey->parentWidget(), tr("Client &key:"));
    setLabel(m_proxy->parentWidget(), tr("Pro&xy:"));
    setLabel(m_interval, tr("Poll &interval:"));
    setLabel(m_timeout, tr("Request &timeout:"));

    m_auth->setItemText(0, tr("None"));
    m_auth->setItemText(1, tr("Basic (user name and password)"));
    m_auth->setItemText(2, tr("Bearer token"));
    m_proxy->setItemText(0, tr("System settings"));
    m_proxy->setItemText(1, tr("No proxy"));
    m_proxy->setItemText(2, tr("This proxy:"));

    m_name->setPlaceholderText(tr("e.g. prod-alertmanager"));
    m_url->setPlaceholderText(tr("e.g. https://alertmanager.example.org:9093/"));
    m_secret->setPlaceholderText(m_existing ? tr("Leave empty to keep the stored secret")
                                            : QString());
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    m_clientCertificate->setPlaceholderText(tr("None"));
    m_clientKey->setPlaceholderText(tr("None"));
    m_proxyUrl->setPlaceholderText(tr("http://proxy:3128"));
    for (QToolButton *browse : {m_caFileBrowse, m_clientCertificateBrowse, m_clientKeyBrowse}) {
        browse->setToolTip(tr("Choose a file"));
        browse->setAccessibleName(tr("Choose a file"));
    }
    m_interval->setSuffix(tr(" s"));
    m_timeout->setSuffix(tr(" s"));
    m_verifyTls->setText(tr("&Verify TLS certificates"));
    m_tlsWarningText->setText(tr("TLS verification is off: anyone between you and the server "
                                 "can read and change the answers."));
    updateVisibleRows();
}

void BackendEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace opsdeck::ui
