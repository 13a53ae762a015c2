#include "alarms/alarmservice.h"
#include "incidents/incidentcatalog.h"
#include "incidents/incidentdock.h"
#include "incidents/incidentfilterproxy.h"
#include "incidents/incidentsdock.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "incidents/incidenttablemodel.h"
#include "incidents/statusupdatedialog.h"
#include "metrics/metricqueryservice.h"
#include "recordingdeclarer.h"
#include "runbooks/runbookcatalog.h"
#include "store/workspacestore.h"
#include "testhome.h"
#include "timeline/timelinechart.h"
#include "timeline/timelinedock.h"
#include "timeline/timelinefilterproxy.h"
#include "timeline/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

// The Incidents list, the Incident view and the Timeline on a real workspace file, without
// backends: what they show and what their actions store.
class IncidentViewsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<IncidentService> m_service;
    std::unique_ptr<IncidentCatalog> m_catalog;
    std::unique_ptr<IncidentSession> m_session;
    AlarmService m_alarms;        // no backends: no live alert states
    RunbookCatalog m_runbooks;    // never loaded: no runbooks offered
    MetricQueryService m_metrics; // no Prometheus to query
    RecordingDeclarer m_declarer;
    Incident m_checkout; // SEV1 game day, open, service checkout
    Incident m_disk;     // SEV3, resolved, service storage

    Incident declare(const QString &title, Incident::Severity severity, const QString &service,
                     bool gameDay)
    {
        Incident incident;
        incident.title = title;
        incident.severity = severity;
        incident.services = {service};
        incident.gameDay = gameDay;
        QString error;
        if (!m_service->declare(incident, {}, QStringLiteral("alice"), &error)) {
            qWarning("declare: %s", qPrintable(error));
        }
        return incident;
    }

    QStringList listedKeys(const IncidentsDock &dock) const
    {
        QStringList keys;
        for (int row = 0; row < dock.proxy()->rowCount(); ++row) {
            keys.append(dock.proxy()->index(row, IncidentTableModel::Key).data().toString());
        }
        keys.sort();
        return keys;
    }

    // An incident declared from one alert of that name, firing for a minute.
    Incident declareFromAlert(const QString &title, const QString &alertName)
    {
        Alert alert;
        alert.fingerprint = alertName.toLower() + QStringLiteral("-fp");
        alert.labels = {{QStringLiteral("alertname"), alertName}};
        alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        Incident incident;
        incident.title = title;
        QString error;
        if (!m_service->declare(incident, {alert}, QStringLiteral("alice"), &error)) {
            qWarning("declare failed: %s", qPrintable(error));
            incident.key.clear();
        }
        return incident;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("views.opsdeck")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_service = std::make_unique<IncidentService>(*m_store);
        m_checkout = declare(QStringLiteral("Checkout drill"), Incident::Severity::Sev1,
                             QStringLiteral("checkout"), true);
        m_disk = declare(QStringLiteral("Disk full on db-01"), Incident::Severity::Sev3,
                         QStringLiteral("storage"), false);
        QVERIFY(m_service->changeStatus(m_disk.id, Incident::Status::Resolved, false,
                                        QStringLiteral("alice"), &error));
        QVERIFY(m_service->addNote(m_disk.id, QStringLiteral("grew the volume by 200 GiB"),
                                   QStringLiteral("bob"), &error));
        m_catalog = std::make_unique<IncidentCatalog>(*m_store);
        m_session = std::make_unique<IncidentSession>(*m_store);
        QSignalSpy loaded(m_catalog.get(), &IncidentCatalog::loaded);
        m_catalog->load();
        QVERIFY(loaded.wait(5000));
    }

    void aNarrowListShowsTheSeverityBesideTheKey()
    {
        IncidentsDock dock(*m_catalog, *m_session, m_declarer, m_store->path());
        QAbstractItemModelTester modelTester(
            dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dock.resize(340, 400); // Incident Command's list on a laptop screen
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        const QModelIndex key = dock.proxy()->index(0, IncidentTableModel::Key);
        QTRY_VERIFY(dock.table()->isColumnHidden(IncidentTableModel::Severity));
        QVERIFY(key.data(Qt::DecorationRole).isValid());
        QVERIFY(key.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("SEV")));
        // Titles take two lines there rather than ending in "…" after a few words.
        const int lineSpacing = dock.table()->fontMetrics().lineSpacing();
        QVERIFY(dock.table()->wordWrap());
        const int twoLines = dock.table()->rowHeight(0);
        QVERIFY(twoLines >= 2 * lineSpacing + 4);
        dock.resize(440, 400); // the same column on a 1920 px screen
        QTRY_VERIFY(dock.table()->width() > 380);
        QVERIFY(dock.table()->isColumnHidden(IncidentTableModel::Severity));
        QVERIFY(dock.table()->wordWrap());
        dock.resize(900, 400);
        QTRY_VERIFY(!dock.table()->isColumnHidden(IncidentTableModel::Severity));
        QVERIFY(!key.data(Qt::DecorationRole).isValid());
        QVERIFY(!dock.table()->wordWrap());
        QVERIFY(dock.table()->rowHeight(0) < twoLines);
    }

    void theListFiltersAndSearches()
    {
        IncidentsDock dock(*m_catalog, *m_session, m_declarer, m_store->path());
        QAbstractItemModelTester modelTester(
            dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            dock.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!dock.isShowingEmptyState());
        QCOMPARE(dock.model()->rowCount(), 2);
        // The default lists open incidents and those that ended in the last day.
        QCOMPARE(dock.statusFilter()->currentData().toString(), QStringLiteral("recent"));
        QCOMPARE(listedKeys(dock), (QStringList{m_checkout.key, m_disk.key}));
        dock.proxy()->setNow(
            QDateTime::currentDateTimeUtc().addSecs(IncidentFilterProxy::RecentSeconds + 3600));
        QCOMPARE(listedKeys(dock), QStringList{m_checkout.key}); // resolved over a day ago
        dock.proxy()->setNow(QDateTime::currentDateTimeUtc());
        dock.statusFilter()->setCurrentIndex(dock.statusFilter()->findData(QStringLiteral("open")));
        QCOMPARE(listedKeys(dock), QStringList{m_checkout.key}); // "Open" hides the resolved one
        QVERIFY(dock.hiddenByFilters()->isHidden());
        dock.statusFilter()->setCurrentIndex(dock.statusFilter()->findData(QString()));
        QCOMPARE(listedKeys(dock), (QStringList{m_checkout.key, m_disk.key}));
        auto *severity = dock.findChildren<QComboBox *>().at(1);
        severity->setCurrentIndex(severity->findData(QStringLiteral("SEV3")));
        QCOMPARE(listedKeys(dock), QStringList{m_disk.key});
        severity->setCurrentIndex(0);
        auto *service = dock.findChildren<QComboBox *>().at(2);
        QCOMPARE(service->count(), 3); // any, checkout, storage
        service->setCurrentIndex(service->findData(QStringLiteral("checkout")));
        QCOMPARE(listedKeys(dock), QStringList{m_checkout.key});
        service->setCurrentIndex(0);
        auto *gameDays = dock.findChildren<QComboBox *>().at(3);
        gameDays->setCurrentIndex(2); // without game days
        QCOMPARE(listedKeys(dock), QStringList{m_disk.key});
        // Filters that hide every incident say how many and offer to show them all.
        severity->setCurrentIndex(severity->findData(QStringLiteral("SEV1")));
        QVERIFY(listedKeys(dock).isEmpty());
        QVERIFY(!dock.isShowingEmptyState());
        QVERIFY(!dock.hiddenByFilters()->isHidden());
        QVERIFY2(dock.hiddenByFilters()->text().contains(QStringLiteral("2 incident")),
                 qPrintable(dock.hiddenByFilters()->text()));
        Q_EMIT dock.hiddenByFilters()->linkActivated(QStringLiteral("all"));
        QCOMPARE(listedKeys(dock), (QStringList{m_checkout.key, m_disk.key}));
        QVERIFY(dock.hiddenByFilters()->isHidden());
        gameDays->setCurrentIndex(0);

        // Words of a note in the timeline find its incident (full-text index, on a worker).
        dock.searchField()->setText(QStringLiteral("volume"));
        QTRY_COMPARE_WITH_TIMEOUT(listedKeys(dock), QStringList{m_disk.key}, 5000);
        dock.searchField()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(dock.proxy()->rowCount(), 2, 5000);

        // A change from anyone updates its row in place.
        QString error;
        QVERIFY(m_service->changeStatus(m_checkout.id, Incident::Status::Investigating, false,
                                        QStringLiteral("bob"), &error));
        const int row = dock.model()->rowOf(m_checkout.id);
        QTRY_COMPARE_WITH_TIMEOUT(
            dock.model()->index(row, IncidentTableModel::Status).data().toString(),
            QStringLiteral("Investigating"), 1000);
        QVERIFY(dock.model()->index(row, IncidentTableModel::TimeToAcknowledge).data() !=
                QStringLiteral("—"));
    }

    void theIncidentViewChangesStatusAndRoles()
    {
        IncidentDock dock(*m_session, *m_service, m_alarms, m_runbooks, m_metrics,
                          QStringLiteral("tester"));
        dock.show();
        QVERIFY(dock.isShowingEmptyState());
        QSignalSpy opened(m_session.get(), &IncidentSession::opened);
        m_session->open(m_checkout.id);
        QVERIFY(opened.wait(5000));
        QVERIFY(!dock.isShowingEmptyState());
        QVERIFY(dock.bannerText().contains(QStringLiteral("SEV1")));
        QVERIFY(dock.bannerText().contains(QStringLiteral("game day")));
        // Closing an unresolved incident is refused: the button says why.
        QToolButton *close = dock.lifecycleButton(QStringLiteral("closed"));
        QVERIFY(!close->isEnabled());
        QVERIFY(close->toolTip().contains(QStringLiteral("resolved before it is closed")));
        QTest::mouseClick(dock.lifecycleButton(QStringLiteral("mitigated")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->incident()->status, Incident::Status::Mitigated, 1000);
        QVERIFY(dock.bannerText().contains(QStringLiteral("Mitigated")));
        QLineEdit *scribe = dock.roleField(QStringLiteral("scribe"));
        scribe->setText(QStringLiteral("carol"));
        Q_EMIT scribe->editingFinished();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->incident()->roles.value(QStringLiteral("scribe")),
                                  QStringLiteral("carol"), 1000);
        QCOMPARE(m_session->events().last().type, TimelineEvent::Type::RoleAssigned);
        QCOMPARE(m_session->events().last().author, QStringLiteral("tester"));

        // A status update: written from the incident, copied, and kept in its timeline.
        QTest::mouseClick(dock.findChild<QToolButton *>(QStringLiteral("statusUpdateButton")),
                          Qt::LeftButton);
        QPointer<StatusUpdateDialog> update = dock.findChild<StatusUpdateDialog *>();
        QVERIFY(update);
        QVERIFY(update->text().contains(m_checkout.key));
        QTest::mouseClick(update->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!update, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->events().last().type, TimelineEvent::Type::Custom,
                                  1000);
        QCOMPARE(m_session->events().last().payload.value("kind", std::string()),
                 std::string("status_update"));
        QVERIFY(m_session->events().last().text.contains(QStringLiteral("Mitigated")));
        QCOMPARE(QGuiApplication::clipboard()->text(), m_session->events().last().text);
    }

    void resolvingWhileAnAlertFiresAsksFirst()
    {
        const Incident incident = declareFromAlert(QStringLiteral("Checkout failing"),
                                                   QStringLiteral("CheckoutErrorRateHigh"));
        QVERIFY(!incident.key.isEmpty());
        IncidentDock dock(*m_session, *m_service, m_alarms, m_runbooks, m_metrics,
                          QStringLiteral("tester"));
        dock.show();
        QSignalSpy opened(m_session.get(), &IncidentSession::opened);
        m_session->open(incident.id);
        QVERIFY(opened.wait(5000));

        const auto question = [&dock]() {
            return dock.findChild<QMessageBox *>(QStringLiteral("resolveWhileFiring"));
        };
        QTest::mouseClick(dock.lifecycleButton(QStringLiteral("resolved")), Qt::LeftButton);
        QTRY_VERIFY(question() != nullptr && question()->isVisible());
        QVERIFY2(
            question()->text().contains(QStringLiteral("CheckoutErrorRateHigh is still firing")),
            qPrintable(question()->text()));
        // Cancel leaves the incident as it was.
        QTest::mouseClick(question()->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(question() == nullptr);
        QCOMPARE(m_session->incident()->status, Incident::Status::Triage);

        QTest::mouseClick(dock.lifecycleButton(QStringLiteral("resolved")), Qt::LeftButton);
        QTRY_VERIFY(question() != nullptr && question()->isVisible());
        QTest::mouseClick(question()->findChild<QPushButton *>(QStringLiteral("resolveAnyway")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->incident()->status, Incident::Status::Resolved, 1000);
        m_session->close();
    }

    void theIncidentViewOffersTheRunbooksOfItsAlerts()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("checkout.md")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: Checkout errors\nalerts: alertname=\"CheckoutErrors\"\n---\n"
                   "- [ ] Look at the dashboard\n");
        file.close();
        RunbookCatalog catalog;
        QSignalSpy loaded(&catalog, &RunbookCatalog::loaded);
        catalog.setFolder(folder.path());
        QVERIFY(loaded.wait(5000));
        const Incident incident =
            declareFromAlert(QStringLiteral("Checkout errors"), QStringLiteral("CheckoutErrors"));
        QVERIFY(!incident.key.isEmpty());

        IncidentDock dock(*m_session, *m_service, m_alarms, catalog, m_metrics,
                          QStringLiteral("tester"));
        QSignalSpy opened(m_session.get(), &IncidentSession::opened);
        m_session->open(incident.id);
        QVERIFY(opened.wait(5000));
        QVERIFY2(dock.runbooksLine()->text().contains(QStringLiteral("Checkout errors</a>")),
                 qPrintable(dock.runbooksLine()->text()));
        QSignalSpy shown(&catalog, &RunbookCatalog::showRequested);
        Q_EMIT dock.runbooksLine()->linkActivated(QStringLiteral("opsdeck-runbook:checkout.md"));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().toString(), QStringLiteral("checkout.md"));
    }

    void theTimelineListFollowsNewEventsUnlessTheReaderScrolledAway()
    {
        Incident incident;
        incident.title = QStringLiteral("Search is slow");
        QString error;
        QVERIFY2(m_service->declare(incident, {}, QStringLiteral("alice"), &error),
                 qPrintable(error));
        for (int note = 0; note < 40; ++note) {
            QVERIFY(m_service->addNote(incident.id, QStringLiteral("observation %1").arg(note),
                                       QStringLiteral("bob"), &error));
        }
        TimelineDock dock(*m_session, *m_service, QStringLiteral("tester"));
        dock.resize(600, 500);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QSignalSpy opened(m_session.get(), &IncidentSession::opened);
        m_session->open(incident.id);
        QVERIFY(opened.wait(5000));
        QScrollBar *scroll = dock.table()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        auto *newEvents = dock.findChild<QPushButton *>(QStringLiteral("newEventsButton"));
        QVERIFY(newEvents != nullptr);

        // At the newest end: a new note scrolls into view.
        dock.table()->scrollToBottom();
        QVERIFY(m_service->addNote(incident.id, QStringLiteral("newest"), QStringLiteral("bob"),
                                   &error));
        QTRY_COMPARE(dock.model()->rowCount(), int(m_session->events().size()));
        QTRY_COMPARE(scroll->value(), scroll->maximum());
        QVERIFY(newEvents->isHidden());

        // Scrolled up to read: the place is kept and a button says what came.
        scroll->setValue(0);
        QVERIFY(m_service->addNote(incident.id, QStringLiteral("while reading"),
                                   QStringLiteral("bob"), &error));
        QVERIFY(m_service->addNote(incident.id, QStringLiteral("and another"),
                                   QStringLiteral("bob"), &error));
        QTRY_VERIFY(newEvents->isVisible());
        QCOMPARE(scroll->value(), 0);
        QTRY_VERIFY2(newEvents->text().startsWith(QStringLiteral("↓ 2 new event")),
                     qPrintable(newEvents->text()));
        QTest::mouseClick(newEvents, Qt::LeftButton);
        QCOMPARE(scroll->value(), scroll->maximum());
        QVERIFY(newEvents->isHidden());
        m_session->close();
    }

    void theTimelineRecordsPinsCorrectsAndSyncsSelection()
    {
        TimelineDock dock(*m_session, *m_service, QStringLiteral("tester"));
        QAbstractItemModelTester tester(dock.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(m_session.get(), &IncidentSession::opened);
        m_session->open(m_checkout.id);
        QVERIFY(opened.wait(5000));
        const int before = dock.model()->rowCount();
        QCOMPARE(before, int(m_session->events().size()));

        dock.noteField()->setPlainText(QStringLiteral("   "));
        dock.recordNote(); // blank: nothing recorded
        QCOMPARE(dock.model()->rowCount(), before);
        dock.noteField()->setPlainText(QStringLiteral("paged the payments team"));
        QTest::keyClick(dock.noteField(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), before + 1, 1000);
        QVERIFY(dock.noteField()->toPlainText().isEmpty());
        const TimelineEvent note = dock.model()->eventAt(before);
        QCOMPARE(note.text, QStringLiteral("paged the payments team"));

        dock.setPinned(note.id, true);
        QTRY_VERIFY_WITH_TIMEOUT(
            dock.model()->index(before, 0).data(TimelineModel::PinnedRole).toBool(), 1000);
        dock.proxy()->setPinnedOnly(true);
        QCOMPARE(dock.proxy()->rowCount(), 1);
        dock.proxy()->setPinnedOnly(false);

        dock.correctEvent(note.id, QStringLiteral("paged the checkout team"));
        QTRY_COMPARE_WITH_TIMEOUT(dock.model()->rowCount(), before + 2, 1000);
        const QModelIndex corrected = dock.model()->index(before, TimelineModel::Text);
        QVERIFY(!corrected.data(TimelineModel::CorrectedByRole).toString().isEmpty());
        QVERIFY(corrected.data(Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(dock.model()->eventAt(before).text, QStringLiteral("paged the payments team"));

        // Selecting in the list selects in the graphical timeline, and the other way round.
        dock.table()->setCurrentIndex(dock.proxy()->index(0, 0));
        QCOMPARE(dock.chart()->selectedEventId(), dock.model()->eventAt(0).id);
        Q_EMIT dock.chart()->eventSelected(note.id);
        QCOMPARE(dock.table()->currentIndex().data(TimelineModel::EventIdRole).toString(), note.id);

        dock.jumpTo(note.time);
        QCOMPARE(dock.table()->currentIndex().data(TimelineModel::TimeRole).toDateTime(),
                 note.time);
        dock.jumpTo(note.time.addDays(1));
        QVERIFY(!dock.messageLabel()->isHidden()); // nothing after that: said so
        QVERIFY(dock.messageLabel()->text().startsWith(QStringLiteral("No event")));
    }
};

OPSDECK_TEST_MAIN(IncidentViewsTest)
#include "tst_incidentviews.moc"
