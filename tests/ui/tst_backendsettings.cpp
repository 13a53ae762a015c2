#include "alarms/alarmservice.h"
#include "backends/backendconfiguration.h"
#include "backends/backendsdock.h"
#include "backends/backendsettingsaction.h"
#include "backends/backendsettingsdialog.h"
#include "monitoringstack.h"
#include "privatekeyring.h"
#include "secrets/secretstore.h"
#include "store/documentrepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <optional>

using namespace opsdeck;
using opsdeck::ui::BackendSettingsDialog;

// The backend settings dialog against a real workspace file, a real keychain (private
// gnome-keyring) and a real Alertmanager; every step goes through the dialog's widgets.
class BackendSettingsTest : public QObject {
    Q_OBJECT

private:
    test::PrivateKeyring m_keyring;
    test::MonitoringStack m_stack;
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<BackendConfiguration> m_configuration;
    std::unique_ptr<BackendSettingsDialog> m_dialog;

    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (found == nullptr) {
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        }
        return found;
    }

    std::optional<SecretResult> readSecret(const QString &id)
    {
        std::optional<SecretResult> result;
        m_secrets->read(id, [&result](const SecretResult &done) { result = done; });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        }();
        return result;
    }

    QByteArray workspaceBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_store->path() + suffix);
            if (file.open(QIODevice::ReadOnly)) {
                bytes += file.readAll();
            }
        }
        return bytes;
    }

    // Opens the form for a new backend and fills what every test needs.
    void startNewBackend(const QString &name, const QString &url)
    {
        QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
        QVERIFY(m_dialog->isEditing());
        auto *kind = child<QComboBox>("kindCombo");
        kind->setCurrentIndex(kind->findData(QStringLiteral("alertmanager")));
        QTest::keyClicks(child<QLineEdit>("nameEdit"), name);
        QTest::keyClicks(child<QLineEdit>("urlEdit"), url);
    }

    QListWidgetItem *listed(const QString &name) const
    {
        auto *list = m_dialog->findChild<QListWidget *>(QStringLiteral("backendList"));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(name + QLatin1Char(' '))) {
                return list->item(row);
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("settings.opsdeck")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("opsdeck.org.test-settings"));
        m_configuration = std::make_unique<BackendConfiguration>(*m_store, *m_secrets);
    }

    void init()
    {
        m_dialog = std::make_unique<BackendSettingsDialog>(*m_configuration);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void cleanupTestCase()
    {
        m_configuration.reset();
        m_secrets.reset();
        m_store.reset();
    }

    void addingABearerBackendStoresTheTokenOnlyInTheKeychain()
    {
        const QString token = QStringLiteral("glsa_Zm9vYmFy-settings-token");
        startNewBackend(QStringLiteral("prod-am"), m_stack.alertmanagerUrl().toString());
        auto *auth = child<QComboBox>("authCombo");
        auth->setCurrentIndex(auth->findData(QStringLiteral("bearer")));
        auto *secret = child<QLineEdit>("secretEdit");
        QVERIFY(secret->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, token);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isEditing(), 20000);
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(listed(QStringLiteral("prod-am")));

        const QList<BackendDefinition> stored = BackendRepository(*m_store).list();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("prod-am"));
        QCOMPARE(stored.first().kind, opsdeck::BackendKind::Alertmanager);
        QCOMPARE(stored.first().auth, BackendDefinition::Auth::Bearer);
        QVERIFY(stored.first().verifyTls);

        const std::optional<SecretResult> read = readSecret(stored.first().id);
        QVERIFY(read);
        QVERIFY2(read->ok, qPrintable(read->error));
        QCOMPARE(read->secret, token);
        const QByteArray bytes = workspaceBytes();
        QVERIFY(bytes.contains("prod-am"));
        QVERIFY(!bytes.contains(token.toUtf8()));
    }

    void editingKeepsTheStoredSecretWhenTheFieldStaysEmpty()
    {
        QListWidgetItem *item = listed(QStringLiteral("prod-am"));
        QVERIFY(item);
        item->listWidget()->setCurrentItem(item);
        QTest::mouseClick(child<QPushButton>("editButton"), Qt::LeftButton);
        auto *secret = child<QLineEdit>("secretEdit");
        QVERIFY(secret->text().isEmpty());
        QVERIFY(secret->placeholderText().contains(QLatin1String("keep")));
        auto *interval = m_dialog->findChild<QWidget *>(QStringLiteral("intervalSpin"));
        QVERIFY(interval);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isEditing(), 20000);

        const std::optional<BackendDefinition> stored =
            m_configuration->find(QStringLiteral("prod-am"));
        QVERIFY(stored);
        const std::optional<SecretResult> read = readSecret(stored->id);
        QVERIFY(read && read->ok);
        QCOMPARE(read->secret, QStringLiteral("glsa_Zm9vYmFy-settings-token"));
    }

    void anInvalidUrlIsShownInlineAndNothingIsSaved()
    {
        startNewBackend(QStringLiteral("broken"), QStringLiteral("not a url"));
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

        auto *error = child<QLabel>("editorError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(m_dialog->isEditing()); // the form stays, with what was typed
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("broken"));
        QCOMPARE(child<QLineEdit>("urlEdit")->text(), QStringLiteral("not a url"));
        QVERIFY(m_dialog->findChildren<QMessageBox *>().isEmpty());
        QCOMPARE(m_configuration->list().size(), 1);
        QVERIFY(!m_configuration->find(QStringLiteral("broken")));

        // Escape leaves the form, not the dialog.
        QTest::keyClick(child<QLineEdit>("urlEdit"), Qt::Key_Escape);
        QVERIFY(!m_dialog->isEditing());
        QVERIFY(m_dialog->isVisible());
    }

    void turningTlsVerificationOffIsWarnedAboutAndListed()
    {
        startNewBackend(QStringLiteral("insecure"), QStringLiteral("https://127.0.0.1:9/"));
        auto *warning = child<QWidget>("tlsWarning");
        auto *verify = child<QCheckBox>("verifyTlsCheck");
        QVERIFY(verify->isChecked());
        QVERIFY(!warning->isVisible());
        verify->click(); // the centre of a stretched check box is not its hit area
        QVERIFY(!verify->isChecked());
        QVERIFY(warning->isVisible());
        auto *warningText = child<QLabel>("tlsWarningText");
        QVERIFY(warningText->text().contains(QLatin1String("TLS verification is off")));
        // The dialog grows until the wrapped warning is readable in full.
        QTRY_VERIFY(warningText->height() >= warningText->heightForWidth(warningText->width()));

        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isEditing(), 20000);
        QListWidgetItem *item = listed(QStringLiteral("insecure"));
        QVERIFY(item);
        QVERIFY(item->text().contains(QLatin1String("TLS verification off")));
        QVERIFY(!item->icon().isNull());
        QVERIFY(!listed(QStringLiteral("prod-am"))->text().contains(QLatin1String("TLS")));
        const std::optional<BackendDefinition> stored =
            m_configuration->find(QStringLiteral("insecure"));
        QVERIFY(stored && !stored->verifyTls);
    }

    void testConnectionShowsTheAlertmanagerVersion()
    {
        startNewBackend(QStringLiteral("test-am"), m_stack.alertmanagerUrl().toString());
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        auto *result = child<QLabel>("testResult");
        const QRegularExpression answered(
            QStringLiteral("^Alertmanager \\d+\\.\\d+\\.\\d+\\S* answered in \\d+ ms$"));
        QTRY_VERIFY_WITH_TIMEOUT(answered.match(result->text()).hasMatch(), 15000);
        QVERIFY(result->isVisible());
        QVERIFY(child<QPushButton>("testButton")->isEnabled());
        QVERIFY(!m_configuration->find(QStringLiteral("test-am"))); // testing saves nothing
    }

    void testConnectionOfAStoredBackendUsesItsStoredSecret()
    {
        QListWidgetItem *item = listed(QStringLiteral("prod-am"));
        QVERIFY(item);
        item->listWidget()->setCurrentItem(item);
        QTest::mouseClick(child<QPushButton>("editButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>("testResult")->text().contains(QLatin1String("answered in")), 20000);
        QVERIFY(!child<QLabel>("testResult")->text().contains(QLatin1String("keychain")));
    }

    void testConnectionToAClosedPortSaysRefused()
    {
        const quint16 closedPort = test::MonitoringStack::freeLoopbackPort();
        startNewBackend(QStringLiteral("nobody"),
                        QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        auto *result = child<QLabel>("testResult");
        QTRY_VERIFY_WITH_TIMEOUT(
            result->text().contains(QLatin1String("refused"), Qt::CaseInsensitive), 15000);
        QVERIFY(child<QPushButton>("testButton")->isEnabled());
    }

    void removeAsksAndDeletesTheDefinitionAndItsSecret()
    {
        const std::optional<BackendDefinition> stored =
            m_configuration->find(QStringLiteral("prod-am"));
        QVERIFY(stored);
        QListWidgetItem *item = listed(QStringLiteral("prod-am"));
        QVERIFY(item);
        item->listWidget()->setCurrentItem(item);

        // Cancelling keeps it.
        QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
        QMessageBox *question = nullptr;
        question = child<QMessageBox>("removeConfirmation");
        QVERIFY(question);
        QCOMPARE(question->windowModality(), Qt::WindowModal);
        question->findChild<QPushButton *>(QStringLiteral("cancelRemoveButton"))->click();
        QTRY_VERIFY(m_dialog->findChild<QMessageBox *>() == nullptr);
        QVERIFY(m_configuration->find(stored->id));

        QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
        question = child<QMessageBox>("removeConfirmation");
        QVERIFY(question);
        question->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!listed(QStringLiteral("prod-am")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
        QVERIFY(child<QLabel>("listMessage")->text().isEmpty());
        QVERIFY(!m_configuration->find(stored->id));
        QVERIFY(!BackendRepository(*m_store).get(stored->id));
        const std::optional<SecretResult> read = readSecret(stored->id);
        QVERIFY(read);
        QVERIFY(read->notFound);
    }

    void withoutAConfigurationTheEntryPointsSayWhy()
    {
        QWidget window;
        ui::BackendSettingsAction unavailable(nullptr, &window);
        QVERIFY(!unavailable.isEnabled());
        QVERIFY(unavailable.toolTip().contains(QLatin1String("command line")));
        QVERIFY(!BackendSettingsDialog::openFor(nullptr, &window));

        AlarmService alarms;
        ui::BackendsDock dock(alarms, nullptr, &window);
        auto *button = dock.findChild<QToolButton *>(QStringLiteral("configureBackendsButton"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(QLatin1String("command line")));
    }

    void theActionAndTheDockButtonOpenTheDialog()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::BackendSettingsAction action(m_configuration.get(), &window);
        QVERIFY(action.isEnabled());
        action.trigger();
        auto *dialog = window.findChild<BackendSettingsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        QTRY_VERIFY(window.findChild<BackendSettingsDialog *>() == nullptr);

        AlarmService alarms;
        auto *dock = new ui::BackendsDock(alarms, m_configuration.get(), &window);
        dock->show();
        auto *button = dock->findChild<QToolButton *>(QStringLiteral("configureBackendsButton"));
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QVERIFY(button->isVisible()); // above the empty state too
        QVERIFY(dock->isShowingEmptyState());
        QVERIFY(dock->findChild<QStackedWidget *>()->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<BackendSettingsDialog *>() != nullptr);
    }
};

OPSDECK_TEST_MAIN(BackendSettingsTest)
#include "tst_backendsettings.moc"
