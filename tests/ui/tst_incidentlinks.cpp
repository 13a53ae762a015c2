#include "common/appsettings.h"
#include "incidents/incidentservice.h"
#include "shell/incidentdeclarer.h"
#include "shell/mainwindow.h"
#include "store/incidentrepository.h"
#include "testconsole.h"
#include "testhome.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

Alert firingAlert(const QString &name)
{
    Alert alert;
    alert.fingerprint = name.toLower() + QStringLiteral("-fp");
    alert.labels = {{QStringLiteral("alertname"), name}};
    alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    return alert;
}

} // namespace

// Alerts and incidents as the whole console links them: declaring from alerts that belong to an
// open incident offers to add the others to it, and warns before a second incident.
class IncidentLinksTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestConsole> m_console;
    std::unique_ptr<MainWindow> m_window;
    Incident m_incident;

    IncidentDeclarer &declarer() const
    {
        for (Feature *feature : m_console->features()) {
            if (auto *found = dynamic_cast<IncidentDeclarer *>(feature)) {
                return *found;
            }
        }
        qFatal("no feature declares incidents");
    }

    QMessageBox *question() const
    {
        return m_window->findChild<QMessageBox *>(QStringLiteral("alreadyInIncident"));
    }

private Q_SLOTS:
    void init()
    {
        openAppSettings()->clear();
        m_console = std::make_unique<TestConsole>();
        m_incident = {};
        m_incident.title = QStringLiteral("Checkout failing");
        QString error;
        QVERIFY2(IncidentService(m_console->store())
                     .declare(m_incident, {firingAlert(QStringLiteral("CheckoutErrors"))},
                              QStringLiteral("alice"), &error),
                 qPrintable(error));
        m_window = std::make_unique<MainWindow>(
            m_console->features(),
            MainWindowContext{m_console->workspacePath(), QStringLiteral("/tmp/logs/opsdeck.log")});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_console->start(*m_window);
        QTRY_VERIFY(declarer()
                        .incidentOf(firingAlert(QStringLiteral("CheckoutErrors")).fingerprint)
                        .has_value());
    }

    void cleanup()
    {
        m_window.reset();
        m_console.reset();
    }

    void anAlertKnowsItsIncident()
    {
        const std::optional<IncidentLink> link =
            declarer().incidentOf(firingAlert(QStringLiteral("CheckoutErrors")).fingerprint);
        QCOMPARE(link->key, m_incident.key);
        QCOMPARE(link->status, QStringLiteral("Triage"));
        QVERIFY(link->open);
        QVERIFY(!declarer().incidentOf(QStringLiteral("unknown")).has_value());
    }

    void declaringFromItsAlertsOffersToAddThemInstead()
    {
        declarer().declareIncident({firingAlert(QStringLiteral("CheckoutErrors")),
                                    firingAlert(QStringLiteral("PaymentsLatency"))});
        QTRY_VERIFY(question() != nullptr && question()->isVisible());
        QVERIFY2(question()->text().contains(
                     QStringLiteral("CheckoutErrors is part of %1").arg(m_incident.key)),
                 qPrintable(question()->text()));
        QVERIFY(question()->informativeText().contains(QStringLiteral("second incident")));
        auto *add = question()->findChild<QPushButton *>(QStringLiteral("addToIncident"));
        QCOMPARE(question()->defaultButton(), add);
        QTest::mouseClick(add, Qt::LeftButton);

        // Added to the open incident, which is now open in Incident Command; no second one.
        const auto stored = [this]() {
            return *IncidentRepository(m_console->store()).get(m_incident.id);
        };
        QTRY_COMPARE(stored().alertFingerprints.size(), 2);
        QCOMPARE(IncidentRepository(m_console->store()).list().size(), 1);
        QTRY_COMPARE(declarer().openIncident()->id, m_incident.id);
        QVERIFY(declarer().incidentOf(QStringLiteral("paymentslatency-fp")).has_value());
    }

    void declaringAnywayMakesASecondIncidentOnlyWhenAsked()
    {
        declarer().declareIncident({firingAlert(QStringLiteral("CheckoutErrors"))});
        QTRY_VERIFY(question() != nullptr && question()->isVisible());
        QTest::mouseClick(question()->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(question() == nullptr);
        QCOMPARE(IncidentRepository(m_console->store()).list().size(), 1);

        declarer().declareIncident({firingAlert(QStringLiteral("CheckoutErrors"))});
        QTRY_VERIFY(question() != nullptr && question()->isVisible());
        QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("declareAnyway")),
                          Qt::LeftButton);
        // The declaration dialog opens, as for any declaration.
        QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("declareIncidentDialog")) !=
                    nullptr);
    }
};

OPSDECK_TEST_MAIN_WITH(QApplication, IncidentLinksTest)
#include "tst_incidentlinks.moc"
