#include "alarms/acknowledgedialog.h"
#include "alarms/alarmservice.h"
#include "alarms/silenceeditor.h"
#include "alarms/silencesdock.h"
#include "alarms/silencetablemodel.h"
#include "common/appsettings.h"
#include "model/json.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

Alert alertFrom(const QStringList &sources)
{
    Alert alert;
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                    {QStringLiteral("instance"), QStringLiteral("db-01")},
                    {QStringLiteral("severity"), QStringLiteral("warning")}};
    alert.fingerprint = QStringLiteral("f1");
    alert.sources = sources;
    return alert;
}

BackendDefinition backend(const QString &kind, const QString &name)
{
    BackendDefinition definition;
    definition.id = newId();
    definition.kind = *opsdeck::backendKindFromId(kind);
    definition.name = name;
    definition.url = QStringLiteral("http://127.0.0.1:9/"); // never polled: start() is not called
    return definition;
}

QPushButton *okButton(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    return buttons->button(buttons->standardButtons().testFlag(QDialogButtonBox::Save)
                               ? QDialogButtonBox::Save
                               : QDialogButtonBox::Ok);
}

} // namespace

class SilencesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void silenceForMatchesEveryLabelExactly()
    {
        const QDateTime start =
            QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate);
        const Silence silence = AcknowledgeDialog::silenceFor(
            alertFrom({}), start, 3600, QStringLiteral("alice"), QStringLiteral("on it"));
        QCOMPARE(silence.matchers.size(), 3);
        for (const Silence::Matcher &matcher : silence.matchers) {
            QVERIFY(matcher.isEqual);
            QVERIFY(!matcher.isRegex);
            QCOMPARE(matcher.value, alertFrom({}).labels.value(matcher.name));
        }
        QVERIFY(silence.id.isEmpty());
        QCOMPARE(silence.startsAt, start);
        QCOMPARE(silence.endsAt, start.addSecs(3600));
        QCOMPARE(silence.createdBy, QStringLiteral("alice"));
        QCOMPARE(silence.comment, QStringLiteral("on it"));
        QCOMPARE(
            SilenceTableModel::matchersText(silence),
            QStringLiteral("alertname=\"DiskFull\", instance=\"db-01\", severity=\"warning\""));
    }

    void timeLeftSaysWhatHappensNext()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Silence silence;
        silence.startsAt = now.addSecs(-60);
        silence.endsAt = now.addSecs(3600 + 7 * 60);
        QCOMPARE(SilenceTableModel::timeLeftText(silence, now), QStringLiteral("1h 07m"));
        silence.state = Silence::State::Pending;
        silence.startsAt = now.addSecs(300);
        QCOMPARE(SilenceTableModel::timeLeftText(silence, now), QStringLiteral("starts in 5m"));
        silence.state = Silence::State::Expired;
        silence.endsAt = now.addSecs(-180);
        QCOMPARE(SilenceTableModel::timeLeftText(silence, now), QStringLiteral("ended 3m ago"));
    }

    void modelWithoutServiceIsEmpty()
    {
        SilenceTableModel model(nullptr);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SilenceTableModel::ColumnCount));
        QCOMPARE(model.headerData(SilenceTableModel::TimeLeft, Qt::Horizontal).toString(),
                 QStringLiteral("Time left"));
    }

    void newBackendsResetTheModel()
    {
        AlarmService alarms;
        SilenceTableModel model(&alarms);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        alarms.setBackends({backend(QStringLiteral("alertmanager"), QStringLiteral("am"))});
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void dockShowsEmptyStateAndNeedsAnAlertmanager()
    {
        AlarmService alarms;
        SilencesDock dock(alarms);
        auto *newAction = dock.findChild<QAction *>(QStringLiteral("newSilenceAction"));
        auto *expireAction = dock.findChild<QAction *>(QStringLiteral("expireSilenceAction"));
        if (newAction == nullptr || expireAction == nullptr) {
            QFAIL("the dock has no New or Expire action");
        }
        QVERIFY(dock.isShowingEmptyState());
        QVERIFY(!newAction->isEnabled());
        QVERIFY(!expireAction->isEnabled());

        alarms.setBackends({backend(QStringLiteral("alertmanager"), QStringLiteral("am"))});
        SilencesDock withAlertmanager(alarms);
        QVERIFY(
            withAlertmanager.findChild<QAction *>(QStringLiteral("newSilenceAction"))->isEnabled());
        QVERIFY(withAlertmanager.isShowingEmptyState());
    }

    void acknowledgeNeedsAnAlertmanagerAndAComment()
    {
        AlarmService alarms;
        const BackendDefinition am = backend(QStringLiteral("alertmanager"), QStringLiteral("am"));
        const BackendDefinition prom =
            backend(QStringLiteral("prometheus"), QStringLiteral("prom"));
        alarms.setBackends({am, prom});
        QWidget window;
        AcknowledgeDialog::openFor(&alarms, {alertFrom({prom.id})}, &window);
        auto *dialog = window.findChild<AcknowledgeDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        auto *unsilenceable = dialog->findChild<QLabel *>(QStringLiteral("unsilenceableLabel"));
        QVERIFY(unsilenceable->isVisibleTo(dialog));
        QVERIFY(unsilenceable->text().contains(QStringLiteral("without an Alertmanager")));
        QVERIFY(unsilenceable->text().contains(QStringLiteral("DiskFull")));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))
            ->setPlainText(QStringLiteral("looking"));
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing it could silence
        // A disabled Acknowledge says why, beside it and in its tooltip.
        auto *missing = dialog->findChild<QLabel *>(QStringLiteral("missingLabel"));
        QVERIFY(missing->isVisibleTo(dialog));
        QVERIFY2(missing->text().contains(QStringLiteral("None of these alerts")),
                 qPrintable(missing->text()));
        QCOMPARE(okButton(dialog)->toolTip(), missing->text());
        dialog->reject();

        opsdeck::writeSetting(opsdeck::settings::UserName, QStringLiteral("sam"));
        AcknowledgeDialog::openFor(&alarms, {alertFrom({am.id, prom.id})}, &window);
        QTRY_COMPARE(window.findChildren<AcknowledgeDialog *>().size(), 1);
        dialog = window.findChild<AcknowledgeDialog *>();
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("unsilenceableLabel"))
                     ->isVisibleTo(dialog));
        QVERIFY(!okButton(dialog)->isEnabled()); // the comment is required
        QVERIFY(dialog->missing().contains(QStringLiteral("comment")));
        // The author starts as the configured user name.
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("authorEdit"))->text(),
                 QStringLiteral("sam"));
        dialog->findChild<QLineEdit *>(QStringLiteral("authorEdit"))
            ->setText(QStringLiteral("alice"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))
            ->setPlainText(QStringLiteral("looking"));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(dialog->missing().isEmpty());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("missingLabel"))->isVisibleTo(dialog));
        dialog->findChild<QLineEdit *>(QStringLiteral("authorEdit"))->clear();
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog->missing().contains(QStringLiteral("author")));
        dialog->reject();
    }

    void editorTakesAuthorFromSettingsAndShowsErrorsInline()
    {
        openAppSettings()->setValue(QStringLiteral("user/name"), QStringLiteral("Alice Example"));
        QCOMPARE(SilenceEditor::defaultAuthor(), QStringLiteral("Alice Example"));
        openAppSettings()->remove(QStringLiteral("user/name"));
        qputenv("USER", "alice");
        QCOMPARE(SilenceEditor::defaultAuthor(), QStringLiteral("alice"));
        openAppSettings()->setValue(QStringLiteral("user/name"), QStringLiteral("Alice Example"));

        AlarmService alarms;
        const BackendDefinition am = backend(QStringLiteral("alertmanager"), QStringLiteral("am"));
        alarms.setBackends({am, backend(QStringLiteral("prometheus"), QStringLiteral("prom"))});
        QWidget window;
        auto *editor = new SilenceEditor(&alarms, Silence(), &window);
        editor->open();
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("authorEdit"))->text(),
                 QStringLiteral("Alice Example"));
        const QList<QCheckBox *> targets =
            editor->findChild<QWidget *>(QStringLiteral("targets"))->findChildren<QCheckBox *>();
        QCOMPARE(targets.size(), 1); // Prometheus holds no silences
        QCOMPARE(targets.first()->objectName(), QStringLiteral("target-%1").arg(am.id));
        QVERIFY(targets.first()->isChecked());

        auto *matchers = editor->findChild<QLineEdit *>(QStringLiteral("matchersEdit"));
        auto *error = editor->findChild<QLabel *>(QStringLiteral("matchersError"));
        QVERIFY(!error->isVisibleTo(editor)); // empty is unfinished, not wrong
        matchers->setText(QStringLiteral("alertname=\"Foo\" instance=~\"web-(\""));
        QTRY_VERIFY(error->isVisibleTo(editor));
        QVERIFY2(error->text().startsWith(QStringLiteral("Column 17:")), qPrintable(error->text()));
        editor->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))
            ->setPlainText(QStringLiteral("maintenance"));
        QVERIFY(!okButton(editor)->isEnabled());
        matchers->setText(QStringLiteral("alertname=\"Foo\" instance=~\"web-.*\""));
        QTRY_VERIFY(!error->isVisibleTo(editor));
        QVERIFY(okButton(editor)->isEnabled());
        QCOMPARE(editor->previewCount(), 0);
        targets.first()->setChecked(false);
        QVERIFY(!okButton(editor)->isEnabled());
        editor->reject();
    }
};

OPSDECK_TEST_MAIN(SilencesTest)
#include "tst_silences.moc"
