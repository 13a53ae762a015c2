#include "backends/backendsettingsdialog.h"

#include "backends/backendconfiguration.h"
#include "backends/backendeditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck::ui {
namespace {

QString kindName(const BackendDefinition &definition)
{
    return BackendEndpoint::kindName(definition.kind);
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->hide();
    return label;
}

// Wrapped lines (the TLS warning, errors) need more height than the layout's minimum says:
// once the layout has settled, the window grows to fit them. It never shrinks what the user chose.
void growToFit(QWidget *window)
{
    QTimer::singleShot(0, window,
                       [window] { window->resize(window->size().expandedTo(window->sizeHint())); });
}

void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    growToFit(label->window());
}

} // namespace

BackendSettingsDialog::BackendSettingsDialog(BackendConfiguration &configuration, QWidget *parent)
    : QDialog(parent)
    , m_configuration(configuration)
    , m_pages(new QStackedWidget(this))
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_closeButton(nullptr)
    , m_listMessage(messageLabel(QStringLiteral("listMessage"), this))
    , m_editorTitle(new QLabel(this))
    , m_editor(new BackendEditor(this))
    , m_editorError(messageLabel(QStringLiteral("editorError"), this))
    , m_testResult(messageLabel(QStringLiteral("testResult"), this))
    , m_testButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_test(new ConnectionTest(configuration, this))
{
    setObjectName(QStringLiteral("BackendSettingsDialog"));
    connect(m_test, &ConnectionTest::finished, this, &BackendSettingsDialog::showTestResult);
    setMinimumWidth(560);

    // The list page.
    auto *listPage = new QWidget(m_pages);
    m_list->setObjectName(QStringLiteral("backendList"));
    m_list->setParent(listPage);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_list->setIconSize(QSize(iconSize, iconSize));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    auto *listButtons = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_editButton, m_removeButton}) {
        button->setParent(listPage);
        button->setAutoDefault(false);
        listButtons->addWidget(button);
    }
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listRow, 1);
    m_listMessage->setParent(listPage);
    listLayout->addWidget(m_listMessage);
    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, listPage);
    m_closeButton = closeBox->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    listLayout->addWidget(closeBox);
    m_pages->addWidget(listPage);

    // The editor page.
    auto *editorPage = new QWidget(m_pages);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editorTitle->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    m_editorTitle->setFont(titleFont);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_editorTitle, m_editor, m_editorError, m_testResult}) {
        widget->setParent(editorPage);
        editorLayout->addWidget(widget);
    }
    // Errors must stand out from the form.
    QPalette errorPalette = m_editorError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_editorError->setPalette(errorPalette);
    m_listMessage->setPalette(errorPalette);
    editorLayout->addStretch();
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto *editorButtons = new QDialogButtonBox(editorPage);
    editorButtons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    editorButtons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    editorButtons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    editorLayout->addWidget(editorButtons);
    m_pages->addWidget(editorPage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_addButton, &QPushButton::clicked, this, &BackendSettingsDialog::addBackend);
    connect(m_editButton, &QPushButton::clicked, this, &BackendSettingsDialog::editSelectedBackend);
    connect(m_removeButton, &QPushButton::clicked, this,
            &BackendSettingsDialog::removeSelectedBackend);
    connect(m_list, &QListWidget::itemActivated, this, &BackendSettingsDialog::editSelectedBackend);
    connect(m_list, &QListWidget::currentRowChanged, this, &BackendSettingsDialog::updateButtons);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_testButton, &QPushButton::clicked, this, &BackendSettingsDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &BackendSettingsDialog::saveBackend);
    connect(m_cancelButton, &QPushButton::clicked, this, &BackendSettingsDialog::cancelEditing);
    connect(m_editor, &BackendEditor::rowsChanged, this, [this] { growToFit(this); });
    // Someone else (another dialog, the command line) may change the list too.
    connect(&m_configuration, &BackendConfiguration::changed, this,
            [this] { reloadList(selectedId()); });

    retranslateUi(); // fills the list too
}

BackendSettingsDialog *BackendSettingsDialog::openFor(BackendConfiguration *configuration,
                                                      QWidget *parent)
{
    if (configuration == nullptr) {
        return nullptr;
    }
    auto *dialog = new BackendSettingsDialog(*configuration, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString BackendSettingsDialog::unavailableReason()
{
    return tr("The backends of this session come from the command line (--prometheus, "
              "--alertmanager). Start Opsdeck without them to configure the workspace's "
              "backends.");
}

bool BackendSettingsDialog::isEditing() const
{
    return m_pages->currentIndex() == 1;
}

void BackendSettingsDialog::reloadList(const QString &selectId)
{
    QString error;
    const QList<BackendDefinition> definitions = m_configuration.list(&error);
    m_list->clear();
    for (const BackendDefinition &definition : definitions) {
        QString text = QStringLiteral("%1 — %2 — %3")
                           .arg(definition.name, kindName(definition), definition.url);
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, definition.id);
        if (!definition.verifyTls) {
            text += QStringLiteral(" — ") + tr("TLS verification off");
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(tr("TLS verification is off: anyone between you and the server "
                                "can read and change the answers."));
        }
        item->setText(text);
        if (definition.id == selectId) {
            m_list->setCurrentItem(item);
        }
    }
    if (m_list->currentRow() < 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    showListMessage(error.isEmpty() ? QString()
                                    : tr("The backends could not be read: %1").arg(error));
    updateButtons();
}

QString BackendSettingsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString() : QString();
}

void BackendSettingsDialog::addBackend()
{
    edit(BackendDefinition{}, false);
}

void BackendSettingsDialog::editSelectedBackend()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    const std::optional<BackendDefinition> definition = m_configuration.find(id);
    if (!definition) {
        reloadList();
        showListMessage(tr("This backend does not exist anymore."));
        return;
    }
    edit(*definition, true);
}

void BackendSettingsDialog::edit(const BackendDefinition &definition, bool existing)
{
    stopTest();
    m_editor->setDefinition(definition, existing);
    m_editorTitle->setText(existing ? tr("Edit Backend %1").arg(definition.name)
                                    : tr("New Backend"));
    showEditorError({});
    showText(m_testResult, {});
    m_pages->setCurrentIndex(1);
    growToFit(this);
    m_editor->setFocus();
    m_saveButton->setDefault(true);
}

void BackendSettingsDialog::cancelEditing()
{
    stopTest();
    showEditorError({});
    m_pages->setCurrentIndex(0);
    m_list->setFocus();
}

void BackendSettingsDialog::reject()
{
    if (m_busy) {
        return; // the keychain is answering; closing now would hide its verdict
    }
    QDialog::reject();
}

void BackendSettingsDialog::keyPressEvent(QKeyEvent *event)
{
    // Escape in the form goes back to the list; the window's close button still closes.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isEditing()) {
        if (!m_busy) {
            cancelEditing();
        }
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void BackendSettingsDialog::saveBackend()
{
    if (m_busy) {
        return;
    }
    const BackendDefinition definition = m_editor->definition();
    // Checked here first so the answer is immediate and the keychain is not asked in vain.
    const QString problem = m_configuration.validate(definition);
    if (!problem.isEmpty()) {
        showEditorError(problem);
        return;
    }
    showEditorError({});
    setBusy(true);
    QPointer<BackendSettingsDialog> self(this);
    m_configuration.save(definition, m_editor->secretToSave(),
                         [self](const QString &error, const QString &id) {
                             if (!self) {
                                 return;
                             }
                             self->setBusy(false);
                             if (!error.isEmpty()) {
                                 self->showEditorError(error);
                                 return;
                             }
                             self->cancelEditing();
                             self->reloadList(id);
                             Q_EMIT self->backendSaved(id);
                         });
}

void BackendSettingsDialog::removeSelectedBackend()
{
    const QString id = selectedId();
    const std::optional<BackendDefinition> definition =
        id.isEmpty() ? std::nullopt : m_configuration.find(id);
    if (!definition || m_busy) {
        return;
    }
    // Window-modal and opened with open(): no nested event loop.
    auto *question = new QMessageBox(
        QMessageBox::Warning, tr("Remove Backend"),
        tr("Remove the backend %1? Its password or token is removed from the keychain too.")
            .arg(definition->name),
        QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("removeConfirmation"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setWindowModality(Qt::WindowModal);
    QPushButton *confirm = question->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = question->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRemoveButton"));
    question->setDefaultButton(cancel);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, confirm, id](QAbstractButton *clicked) {
                if (clicked == confirm) {
                    remove(id);
                }
            });
    question->open();
}

void BackendSettingsDialog::remove(const QString &id)
{
    showListMessage({});
    setBusy(true);
    QPointer<BackendSettingsDialog> self(this);
    m_configuration.remove(id, [self, id](const QString &error) {
        if (!self) {
            return;
        }
        self->setBusy(false);
        self->reloadList();
        self->showListMessage(error);
        if (error.isEmpty()) {
            Q_EMIT self->backendRemoved(id);
        }
    });
}

void BackendSettingsDialog::stopTest()
{
    m_test->cancel();
    m_testButton->setEnabled(!m_busy);
}

void BackendSettingsDialog::testConnection()
{
    const BackendDefinition definition = m_editor->definition();
    m_testedKind = kindName(definition);
    m_testButton->setEnabled(false);
    showText(m_testResult, tr("Asking %1…").arg(definition.url));
    const bool useStoredSecret = m_editor->isExisting() &&
                                 definition.auth != BackendDefinition::Auth::None &&
                                 m_editor->typedSecret().isEmpty();
    m_test->start(definition,
                  useStoredSecret ? std::nullopt : std::optional<QString>(m_editor->typedSecret()));
}

void BackendSettingsDialog::showTestResult(const ConnectionTest::Result &result)
{
    m_testButton->setEnabled(!m_busy);
    if (result.ok) {
        showText(m_testResult,
                 tr("%1 %2 answered in %3 ms")
                     .arg(m_testedKind,
                          result.version.isEmpty() ? tr("(version unknown)") : result.version)
                     .arg(result.latencyMs));
        return;
    }
    showText(m_testResult, tr("Test failed: %1").arg(result.error));
}

void BackendSettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_cancelButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy && !m_test->isRunning());
    m_closeButton->setEnabled(!busy);
    m_addButton->setEnabled(!busy);
    m_saveButton->setText(busy ? tr("Saving…") : tr("&Save"));
    updateButtons();
}

void BackendSettingsDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_editButton->setEnabled(selected && !m_busy);
    m_removeButton->setEnabled(selected && !m_busy);
}

void BackendSettingsDialog::showEditorError(const QString &error)
{
    showText(m_editorError, error);
}

void BackendSettingsDialog::showListMessage(const QString &message)
{
    showText(m_listMessage, message);
}

void BackendSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Backends"));
    m_list->setAccessibleName(tr("Backends"));
    m_addButton->setText(tr("&Add…"));
    m_editButton->setText(tr("&Edit…"));
    m_removeButton->setText(tr("&Remove"));
    m_testButton->setText(tr("&Test Connection"));
    m_testButton->setToolTip(tr("Ask the server for its version with the values in this form"));
    m_saveButton->setText(m_busy ? tr("Saving…") : tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
    reloadList(selectedId());
}

void BackendSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace opsdeck::ui
