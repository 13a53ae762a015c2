#include "alarms/acknowledgedialog.h"
#include "alarms/alarmservice.h"
#include "alarms/silenceeditor.h"
#include "alarms/silencesdock.h"
#include "alarms/silencetablemodel.h"
#include "common/appsettings.h"
#include "model/json.h"
#include "monitoringstack.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

// The Silences dock, the silence editor and the acknowledge dialog against a real Alertmanager
// and Prometheus; what they did is checked with the real amtool.
class SilencesDockTest : public QObject {
    Q_OBJECT

private:
    opsdeck::test::MonitoringStack m_stack;
    AlarmService m_alarms;
    QString m_alertmanagerId;
    std::unique_ptr<QWidget> m_window;
    SilencesDock *m_dock = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    // Runs amtool against the stack's Alertmanager; false (with a warning) when it fails.
    bool runAmtool(const QStringList &arguments, QString *output = nullptr) const
    {
        QProcess process;
        process.start(
            QStringLiteral("amtool"),
            QStringList{
                arguments.first(),
                QStringLiteral("--alertmanager.url=%1").arg(m_stack.alertmanagerUrl().toString())} +
                arguments.mid(1));
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("amtool failed: %s", process.readAllStandardError().constData());
            return false;
        }
        if (output) {
            *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        }
        return true;
    }

    QString amtool(const QStringList &arguments) const
    {
        QString output;
        runAmtool(arguments, &output);
        return output;
    }

    // The alert's state as Alertmanager itself reports it ("active", "suppressed").
    QString alertmanagerState(const QString &alertName) const
    {
        const QJsonArray alerts =
            QJsonDocument::fromJson(
                amtool({QStringLiteral("alert"), QStringLiteral("query"),
                        QStringLiteral("--active"), QStringLiteral("--silenced"),
                        QStringLiteral("-o"), QStringLiteral("json"),
                        QStringLiteral("alertname=%1").arg(alertName)})
                    .toUtf8())
                .array();
        return alerts.isEmpty()
                   ? QString()
                   : alerts.first()[QLatin1String("status")][QLatin1String("state")].toString();
    }

    // Every silence amtool lists (with `expired` also the expired ones), by id.
    QHash<QString, QJsonObject> amtoolSilences(bool expired = false) const
    {
        QStringList arguments{QStringLiteral("silence"), QStringLiteral("query"),
                              QStringLiteral("-o"), QStringLiteral("json")};
        if (expired) {
            arguments.append(QStringLiteral("--expired"));
        }
        QHash<QString, QJsonObject> result;
        const QJsonArray silences = QJsonDocument::fromJson(amtool(arguments).toUtf8()).array();
        for (const auto &value : silences) {
            result.insert(value[QLatin1String("id")].toString(), value.toObject());
        }
        return result;
    }

    Alert alertNamed(const QString &name) const
    {
        for (const Alert &alert : m_alarms.snapshot().alerts) {
            if (alert.name() == name) {
                return alert;
            }
        }
        return {};
    }

    template <typename Dialog>
    Dialog *openDialog() const
    {
        const QList<Dialog *> dialogs = m_window->findChildren<Dialog *>();
        for (Dialog *dialog : dialogs) {
            if (dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

    static QPushButton *acceptButton(QWidget *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QPushButton *save = buttons->button(QDialogButtonBox::Save);
        return save ? save : buttons->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void initTestCase()
    {
        openAppSettings()->setValue(QStringLiteral("user/name"), QStringLiteral("tester"));
        QString error;
        QVERIFY2(m_stack.start(&error), qPrintable(error));
        BackendDefinition alertmanager;
        alertmanager.id = newId();
        alertmanager.kind = opsdeck::BackendKind::Alertmanager;
        alertmanager.name = QStringLiteral("am-demo");
        alertmanager.url = m_stack.alertmanagerUrl().toString();
        alertmanager.intervalSeconds = 1;
        BackendDefinition prometheus;
        prometheus.id = newId();
        prometheus.kind = opsdeck::BackendKind::Prometheus;
        prometheus.name = QStringLiteral("prom-demo");
        prometheus.url = m_stack.prometheusUrl().toString();
        prometheus.intervalSeconds = 1;
        m_alertmanagerId = alertmanager.id;
        m_alarms.setBackends({alertmanager, prometheus});
        m_alarms.start();

        m_window = std::make_unique<QWidget>();
        m_dock = new SilencesDock(m_alarms, m_window.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(
            alertNamed(QStringLiteral("CheckoutErrorRateHigh")).sources.contains(m_alertmanagerId),
            60000);
        QVERIFY(m_dock->isShowingEmptyState());
    }

    void acknowledgeSilencesExactlyThatAlert()
    {
        const Alert alert = alertNamed(QStringLiteral("CheckoutErrorRateHigh"));
        const Alert prometheusOnly = alertNamed(QStringLiteral("ReplicationLagGrowing"));
        QVERIFY(!prometheusOnly.fingerprint.isEmpty());
        AcknowledgeDialog::openFor(&m_alarms, {alert, prometheusOnly}, m_window.get());
        QPointer<AcknowledgeDialog> dialog = openDialog<AcknowledgeDialog>();
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("unsilenceableLabel"))
                    ->text()
                    .contains(QStringLiteral("ReplicationLagGrowing")));
        auto *duration = dialog->findChild<QComboBox *>(QStringLiteral("durationCombo"));
        duration->setCurrentIndex(duration->findData(15 * 60));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))
            ->setPlainText(QStringLiteral("looking into it"));
        dialog->findChild<QLineEdit *>(QStringLiteral("authorEdit"))
            ->setText(QStringLiteral("tester"));
        QSignalSpy acknowledged(dialog.data(), &AcknowledgeDialog::acknowledged);
        QTest::mouseClick(acceptButton(dialog), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
        QCOMPARE(acknowledged.size(), 1);
        QCOMPARE(acknowledged.at(0).at(0).toStringList(),
                 QStringList{QStringLiteral("CheckoutErrorRateHigh")});

        const QHash<QString, QJsonObject> silences = amtoolSilences();
        QCOMPARE(silences.size(), 1);
        const QJsonObject silence = silences.cbegin().value();
        QCOMPARE(silence[QLatin1String("createdBy")].toString(), QStringLiteral("tester"));
        QCOMPARE(silence[QLatin1String("comment")].toString(), QStringLiteral("looking into it"));
        const QJsonArray matchers = silence[QLatin1String("matchers")].toArray();
        QCOMPARE(matchers.size(), alert.labels.size());
        for (const auto &matcher : matchers) {
            QVERIFY(!matcher[QLatin1String("isRegex")].toBool());
            QVERIFY(matcher[QLatin1String("isEqual")].toBool(true));
            QCOMPARE(matcher[QLatin1String("value")].toString(),
                     alert.labels.value(matcher[QLatin1String("name")].toString()));
        }
        const qint64 minutes = QDateTime::currentDateTimeUtc().secsTo(QDateTime::fromString(
                                   silence[QLatin1String("endsAt")].toString(), Qt::ISODate)) /
                               60;
        QVERIFY2(minutes >= 13 && minutes <= 15, qPrintable(QString::number(minutes)));

        const QString id = silence[QLatin1String("id")].toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->model()->rowOf(id) >= 0, 20000);
        QVERIFY(!m_dock->isShowingEmptyState());
        const int row = m_dock->model()->rowOf(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->model()->coveredCount(row), 1, 20000);
        QCOMPARE(m_dock->model()->index(row, SilenceTableModel::Alertmanager).data().toString(),
                 QStringLiteral("am-demo"));
        QTRY_COMPARE_WITH_TIMEOUT(alertmanagerState(QStringLiteral("CheckoutErrorRateHigh")),
                                  QStringLiteral("suppressed"), 30000);
        // Alertmanager polls every second: a few seconds are plenty for the service to see it.
        // Prometheus also reports it as firing; Alertmanager's word on silences wins.
        QTRY_COMPARE_WITH_TIMEOUT(alertNamed(QStringLiteral("CheckoutErrorRateHigh")).state,
                                  Alert::State::Suppressed, 5000);
    }

    void expireFromTheDockEndsTheSilence()
    {
        const QHash<QString, QJsonObject> silences = amtoolSilences();
        QCOMPARE(silences.size(), 1);
        const QString id = silences.cbegin().key();
        m_dock->selectSilence(id);
        QCOMPARE(m_dock->selectedId(), id);
        auto *expireAction = m_dock->findChild<QAction *>(QStringLiteral("expireSilenceAction"));
        QVERIFY(expireAction->isEnabled());
        expireAction->trigger();
        auto *confirmation = m_dock->findChild<QMessageBox *>(QStringLiteral("expireConfirmation"));
        QVERIFY(confirmation);
        QVERIFY(confirmation->isVisible());
        QCOMPARE(confirmation->windowModality(), Qt::WindowModal);
        QTest::mouseClick(confirmation->findChild<QPushButton *>(QStringLiteral("expireButton")),
                          Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!amtoolSilences().contains(id), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(amtoolSilences(true).contains(id), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(alertmanagerState(QStringLiteral("CheckoutErrorRateHigh")),
                                  QStringLiteral("active"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(alertNamed(QStringLiteral("CheckoutErrorRateHigh")).state !=
                                     Alert::State::Suppressed,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_alarms.silence(id) && m_alarms.silence(id)->state == Silence::State::Expired, 20000);
        QVERIFY(m_dock->messageText().isEmpty());
        // Expired silences are hidden until asked for.
        QTRY_VERIFY(m_dock->isShowingEmptyState());
        m_dock->findChild<QAction *>(QStringLiteral("showExpiredAction"))->setChecked(true);
        QVERIFY(!m_dock->isShowingEmptyState());
        QCOMPARE(m_dock->table()->model()->rowCount(), 1);
        m_dock->findChild<QAction *>(QStringLiteral("showExpiredAction"))->setChecked(false);
    }

    void amtoolSilenceAppearsInTheDock()
    {
        const QString id =
            amtool({QStringLiteral("silence"), QStringLiteral("add"), QStringLiteral("-a"),
                    QStringLiteral("amtool-user"), QStringLiteral("-c"),
                    QStringLiteral("disk work"), QStringLiteral("-d"), QStringLiteral("2h"),
                    QStringLiteral("alertname=DiskWillFillIn4Hours")});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->model()->rowOf(id) >= 0, 20000);
        const int row = m_dock->model()->rowOf(id);
        SilenceTableModel *model = m_dock->model();
        QCOMPARE(model->index(row, SilenceTableModel::CreatedBy).data().toString(),
                 QStringLiteral("amtool-user"));
        QCOMPARE(model->index(row, SilenceTableModel::Matchers).data().toString(),
                 QStringLiteral("alertname=\"DiskWillFillIn4Hours\""));
        QCOMPARE(model->index(row, SilenceTableModel::State).data().toString(),
                 QStringLiteral("active"));
        QVERIFY2(model->index(row, SilenceTableModel::TimeLeft)
                     .data()
                     .toString()
                     .startsWith(QStringLiteral("1h 5")),
                 qPrintable(model->index(row, SilenceTableModel::TimeLeft).data().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->model()->coveredCount(m_dock->model()->rowOf(id)), 1,
                                  20000);
    }

    void editorPreviewsAndSavesThenTheDockSelectsTheNewId()
    {
        m_dock->findChild<QAction *>(QStringLiteral("newSilenceAction"))->trigger();
        QPointer<SilenceEditor> editor = m_dock->findChild<SilenceEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        auto *matchers = editor->findChild<QLineEdit *>(QStringLiteral("matchersEdit"));
        auto *error = editor->findChild<QLabel *>(QStringLiteral("matchersError"));
        auto *preview = editor->findChild<QListWidget *>(QStringLiteral("previewList"));
        matchers->setText(QStringLiteral("alertname=~\"(CheckoutErrorRate|DiskWillFillIn4).*\""));
        QTRY_COMPARE(editor->previewCount(), 2);
        QCOMPARE(preview->count(), 2);
        QVERIFY(editor->findChild<QLabel *>(QStringLiteral("previewSummary"))
                    ->text()
                    .contains(QStringLiteral("2")));
        matchers->setText(QStringLiteral("severity=critical alertname=~\"Checkout(\""));
        QTRY_VERIFY(error->isVisibleTo(editor));
        QVERIFY2(error->text().startsWith(QStringLiteral("Column 19:")), qPrintable(error->text()));
        QCOMPARE(preview->count(), 0);

        matchers->setText(QStringLiteral("alertname=\"TLSCertificateExpiresSoon\""));
        QTRY_COMPARE(editor->previewCount(), 1);
        editor->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))
            ->setPlainText(QStringLiteral("renewing"));
        QVERIFY(acceptButton(editor)->isEnabled());
        const QSet<QString> before(amtoolSilences().keyBegin(), amtoolSilences().keyEnd());
        QTest::mouseClick(acceptButton(editor), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor, 20000);
        QString created;
        for (const QString &id : amtoolSilences().keys()) {
            if (!before.contains(id)) {
                created = id;
            }
        }
        QVERIFY(!created.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->selectedId(), created, 20000);

        // Editing the matchers of an active silence: Alertmanager gives it a new id, and the
        // dock selects that one once it arrives.
        m_dock->findChild<QAction *>(QStringLiteral("editSilenceAction"))->trigger();
        editor = m_dock->findChild<SilenceEditor *>();
        QVERIFY(editor);
        matchers = editor->findChild<QLineEdit *>(QStringLiteral("matchersEdit"));
        QCOMPARE(matchers->text(), QStringLiteral("alertname=\"TLSCertificateExpiresSoon\""));
        matchers->setText(
            QStringLiteral("alertname=\"TLSCertificateExpiresSoon\" severity=\"info\""));
        QTRY_COMPARE(editor->previewCount(), 1);
        QTest::mouseClick(acceptButton(editor), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dock->selectedId().isEmpty() && m_dock->selectedId() != created,
                                 20000);
        const QString edited = m_dock->selectedId();
        QTRY_VERIFY_WITH_TIMEOUT(amtoolSilences().contains(edited), 20000);
        QCOMPARE(amtoolSilences().value(edited)[QLatin1String("matchers")].toArray().size(), 2);
    }

    // Last: it stops the Alertmanager, a failure no server setting can make otherwise.
    void expireErrorsShowInTheDock()
    {
        const QString id = m_dock->selectedId();
        QVERIFY(m_alarms.silence(id));
        m_stack.stopAlertmanager();
        auto *expireAction = m_dock->findChild<QAction *>(QStringLiteral("expireSilenceAction"));
        QVERIFY(expireAction->isEnabled());
        expireAction->trigger();
        auto *confirmation = m_dock->findChild<QMessageBox *>(QStringLiteral("expireConfirmation"));
        QVERIFY(confirmation);
        QTest::mouseClick(confirmation->findChild<QPushButton *>(QStringLiteral("expireButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dock->messageText().isEmpty(), 30000);
        QVERIFY2(m_dock->messageText().contains(QStringLiteral("am-demo")),
                 qPrintable(m_dock->messageText()));
        QVERIFY(m_dock->findChild<QWidget *>(QStringLiteral("messageBar"))->isVisible());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
    }
};

OPSDECK_TEST_MAIN(SilencesDockTest)
#include "tst_silencesdock.moc"
