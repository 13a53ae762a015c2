#include "incidents/declareincidentdialog.h"
#include "incidents/statusupdatedialog.h"
#include "testhome.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

// CTest runs this test with TZ=Asia/Kolkata (UTC+05:30): local and UTC times differ.

Alert alert(const QString &name, const QString &severity, const QString &service,
            const QString &summary = {})
{
    Alert result;
    result.fingerprint = name + service;
    result.labels = {{QStringLiteral("alertname"), name},
                     {QStringLiteral("severity"), severity},
                     {QStringLiteral("service"), service}};
    if (!summary.isEmpty()) {
        result.annotations.insert(QStringLiteral("summary"), summary);
    }
    result.state = Alert::State::Active;
    return result;
}

QList<Alert> twoAlerts()
{
    return {alert(QStringLiteral("HighErrorRate"), QStringLiteral("warning"),
                  QStringLiteral("checkout"), QStringLiteral("Checkout error rate above 5%")),
            alert(QStringLiteral("PaymentLatency"), QStringLiteral("critical"),
                  QStringLiteral("payments"))};
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

template <typename T>
T *child(QWidget *dialog, const char *name)
{
    T *found = dialog->findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no child %s", name);
    }
    return found;
}

// How a UTC status update ends (the date may come before it near midnight).
QString nextUpdateEnd(const StatusUpdateDialog *dialog)
{
    return dialog->nextUpdate().toUTC().toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
}

Incident declaredIncident()
{
    Incident incident;
    incident.id = QStringLiteral("inc-1");
    incident.key = QStringLiteral("INC-2026-0042");
    incident.title = QStringLiteral("Checkout errors");
    incident.severity = Incident::Severity::Sev2;
    incident.status = Incident::Status::Investigating;
    incident.commander = QStringLiteral("alice");
    incident.services = {QStringLiteral("checkout")};
    incident.alertFingerprints = {QStringLiteral("f1")};
    incident.declaredAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    return incident;
}

} // namespace

class IncidentDialogsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void prefillsFromTheAlerts()
    {
        QWidget window;
        auto *dialog = new DeclareIncidentDialog(twoAlerts(), QStringLiteral("alice"), {}, &window);
        dialog->open();
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        QCOMPARE(child<QLineEdit>(dialog, "titleEdit")->text(),
                 QStringLiteral("Checkout error rate above 5% + 1 more"));
        QCOMPARE(child<QComboBox>(dialog, "severityCombo")->currentData().toInt(),
                 int(Incident::Severity::Sev2));
        QCOMPARE(child<QLineEdit>(dialog, "servicesEdit")->text(),
                 QStringLiteral("checkout, payments"));
        QCOMPARE(child<QLineEdit>(dialog, "commanderEdit")->text(), QStringLiteral("alice"));
        QVERIFY(!child<QCheckBox>(dialog, "gameDayCheck")->isChecked());
        QVERIFY(!child<QDateTimeEdit>(dialog, "impactEdit")->isEnabled());
        auto *list = child<QTreeWidget>(dialog, "alertsList");
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("PaymentLatency"));
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("critical"));
        QCOMPARE(list->topLevelItem(1)->text(2), QStringLiteral("active"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Checkout error rate above 5%"));
        QVERIFY(child<QLabel>(dialog, "alertsLabel")->text().contains(QLatin1Char('2')));
        QCOMPARE(okButton(dialog)->text(), QStringLiteral("&Declare"));
        dialog->reject();
    }

    void prefillRules()
    {
        using Severity = Incident::Severity;
        const auto one = [](const char *severity) {
            return QList<Alert>{alert(QStringLiteral("A"), QString::fromLatin1(severity), {})};
        };
        QCOMPARE(DeclareIncidentDialog::severityFor(one("critical")), Severity::Sev2);
        QCOMPARE(DeclareIncidentDialog::severityFor(one("error")), Severity::Sev3);
        QCOMPARE(DeclareIncidentDialog::severityFor(one("warning")), Severity::Sev3);
        QCOMPARE(DeclareIncidentDialog::severityFor(one("info")), Severity::Sev4);
        QCOMPARE(DeclareIncidentDialog::severityFor(one("")), Severity::Sev4);

        // Same alert name twice is not "more"; the name stands in for a missing summary.
        QList<Alert> alerts{alert(QStringLiteral("DiskFull"), QStringLiteral("warning"), {}),
                            alert(QStringLiteral("DiskFull"), QStringLiteral("warning"), {})};
        alerts[0].labels.insert(QStringLiteral("job"), QStringLiteral("node"));
        alerts[1].labels.insert(QStringLiteral("service"), QStringLiteral("db"));
        QCOMPARE(DeclareIncidentDialog::titleFor(alerts), QStringLiteral("DiskFull"));
        alerts[0].labels.remove(QStringLiteral("service")); // the job stands in
        QCOMPARE(DeclareIncidentDialog::servicesFor(alerts),
                 QStringList({QStringLiteral("node"), QStringLiteral("db")}));
        alerts.append(alerts.at(1));
        QCOMPARE(DeclareIncidentDialog::servicesFor(alerts).size(), 2);
    }

    void declareNeedsATitle()
    {
        QWidget window;
        int calls = 0;
        auto *dialog = new DeclareIncidentDialog(
            {}, QStringLiteral("alice"),
            [&calls](Incident &, const QList<Alert> &, QString *) {
                ++calls;
                return true;
            },
            &window);
        dialog->open();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *title = child<QLineEdit>(dialog, "titleEdit");
        QVERIFY(title->text().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!child<QTreeWidget>(dialog, "alertsList")->isVisibleTo(dialog));
        title->setText(QStringLiteral("   "));
        QVERIFY(!okButton(dialog)->isEnabled());
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(calls, 0);
        title->setText(QStringLiteral("Checkout down"));
        QVERIFY(okButton(dialog)->isEnabled());
        dialog->reject();
    }

    void declareHandsOverTheFieldsAndShowsFailures()
    {
        QWidget window;
        auto received = std::make_shared<QList<Incident>>();
        auto receivedAlerts = std::make_shared<QList<Alert>>();
        auto *dialog = new DeclareIncidentDialog(
            twoAlerts(), QStringLiteral("alice"),
            [received, receivedAlerts](Incident &incident, const QList<Alert> &alerts,
                                       QString *error) {
                received->append(incident);
                *receivedAlerts = alerts;
                if (received->size() == 1) {
                    *error = QStringLiteral("the workspace is read-only");
                    return false;
                }
                incident.id = QStringLiteral("inc-7");
                incident.key = QStringLiteral("INC-2026-0007");
                return true;
            },
            &window);
        QPointer<DeclareIncidentDialog> guard(dialog);
        QSignalSpy declared(dialog, &DeclareIncidentDialog::declared);
        dialog->open();
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("  Checkout failing "));
        auto *severity = child<QComboBox>(dialog, "severityCombo");
        severity->setCurrentIndex(severity->findData(int(Incident::Severity::Sev1)));
        child<QLineEdit>(dialog, "commanderEdit")->setText(QStringLiteral("carol"));
        child<QLineEdit>(dialog, "scribeEdit")->setText(QStringLiteral(" bob "));
        child<QLineEdit>(dialog, "operationsEdit")->setText(QStringLiteral("   "));
        child<QLineEdit>(dialog, "servicesEdit")->setText(QStringLiteral("checkout,, payments "));
        child<QLineEdit>(dialog, "tagsEdit")->setText(QStringLiteral("db, edge, db"));
        child<QCheckBox>(dialog, "gameDayCheck")->setChecked(true);
        child<QCheckBox>(dialog, "impactCheck")->setChecked(true);
        auto *impact = child<QDateTimeEdit>(dialog, "impactEdit");
        QVERIFY(impact->isEnabled());
        impact->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(19, 32), Qt::LocalTime));

        okButton(dialog)->click();
        QCOMPARE(received->size(), 1);
        const Incident &incident = received->first();
        QCOMPARE(incident.title, QStringLiteral("Checkout failing"));
        QCOMPARE(incident.severity, Incident::Severity::Sev1);
        QCOMPARE(incident.commander, QStringLiteral("carol"));
        QCOMPARE(incident.roles,
                 (QMap<QString, QString>{{QStringLiteral("scribe"), QStringLiteral("bob")}}));
        QCOMPARE(incident.services,
                 QStringList({QStringLiteral("checkout"), QStringLiteral("payments")}));
        QCOMPARE(incident.tags, QStringList({QStringLiteral("db"), QStringLiteral("edge")}));
        QVERIFY(incident.gameDay);
        QCOMPARE(incident.impactStartedAt.timeSpec(), Qt::UTC);
        QCOMPARE(incident.impactStartedAt,
                 QDateTime::fromString(QStringLiteral("2026-03-10T14:02:00Z"), Qt::ISODate));
        QCOMPARE(receivedAlerts->size(), 2);

        // The failure is shown in the dialog, which keeps everything typed.
        QTest::qWait(0);
        QVERIFY(guard);
        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY(error->text().contains(QStringLiteral("the workspace is read-only")));
        QCOMPARE(child<QLineEdit>(dialog, "titleEdit")->text(),
                 QStringLiteral("  Checkout failing "));
        QCOMPARE(declared.size(), 0);

        // Ctrl+Enter declares as well; this time it is stored.
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(child<QLineEdit>(dialog, "tagsEdit"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(received->size(), 2);
        QCOMPARE(received->last().title, QStringLiteral("Checkout failing"));
        QCOMPARE(declared.size(), 1);
        const auto stored = declared.first().first().value<Incident>();
        QCOMPARE(stored.key, QStringLiteral("INC-2026-0007"));
        QCOMPARE(stored.title, QStringLiteral("Checkout failing"));
        QTRY_VERIFY(guard.isNull());
    }

    void statusUpdateCopiesAndRecords()
    {
        QWidget window;
        auto recorded = std::make_shared<QList<std::pair<QString, QDateTime>>>();
        auto fail = std::make_shared<bool>(true);
        const QList<TimelineEvent> events;
        auto *dialog = new StatusUpdateDialog(
            declaredIncident(), events, /*utc=*/true,
            [recorded, fail](const QString &text, const QDateTime &nextUpdate, QString *error) {
                recorded->append({text, nextUpdate});
                if (*fail) {
                    *error = QStringLiteral("disk full");
                    return false;
                }
                return true;
            },
            &window);
        QPointer<StatusUpdateDialog> guard(dialog);
        dialog->open();
        QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
        auto *text = child<QPlainTextEdit>(dialog, "textEdit");
        auto *interval = child<QComboBox>(dialog, "intervalCombo");
        QCOMPARE(interval->currentData().toInt(), 30);
        const auto minutesAhead = [dialog] {
            return double(QDateTime::currentDateTimeUtc().secsTo(dialog->nextUpdate())) / 60.0;
        };
        QVERIFY(minutesAhead() > 29 && minutesAhead() <= 30);
        QVERIFY(text->toPlainText().startsWith(
            QStringLiteral("[SEV2] INC-2026-0042 Checkout errors — Investigating\n")));
        QVERIFY(text->toPlainText().endsWith(nextUpdateEnd(dialog)));

        // Not edited yet: a new interval composes the text again.
        interval->setCurrentIndex(interval->findData(15));
        QVERIFY(minutesAhead() > 14 && minutesAhead() <= 15);
        QVERIFY(text->toPlainText().endsWith(nextUpdateEnd(dialog)));

        // Edited: the user's words stay, only the next update follows.
        text->setPlainText(text->toPlainText().replace(QStringLiteral("Needs: none stated."),
                                                       QStringLiteral("Needs: a DBA.")));
        interval->setCurrentIndex(interval->findData(60));
        QVERIFY(minutesAhead() > 59 && minutesAhead() <= 60);
        QVERIFY(text->toPlainText().contains(QStringLiteral("\nNeeds: a DBA.\n")));
        QVERIFY2(text->toPlainText().endsWith(nextUpdateEnd(dialog)),
                 qPrintable(text->toPlainText()));
        QCOMPARE(text->toPlainText().count(QStringLiteral("Next update:")), 1);

        // A failed record is said in the dialog; the text is on the clipboard anyway.
        QGuiApplication::clipboard()->clear();
        okButton(dialog)->click();
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), text->toPlainText());
        auto *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY(error->text().contains(QStringLiteral("disk full")));
        QTest::qWait(0);
        QVERIFY(guard);

        *fail = false;
        QGuiApplication::clipboard()->clear();
        const QString finalText = text->toPlainText();
        okButton(dialog)->click();
        QCOMPARE(recorded->size(), 2);
        QCOMPARE(recorded->last().first, finalText);
        QCOMPARE(recorded->last().second, dialog->nextUpdate());
        QCOMPARE(QGuiApplication::clipboard()->text(), finalText);
        QTRY_VERIFY(guard.isNull());
    }
};

OPSDECK_TEST_MAIN(IncidentDialogsTest)
#include "tst_incidentdialogs.moc"
