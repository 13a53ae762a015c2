#include "alarms/alarmfilterproxy.h"
#include "alarms/alarmlistview.h"
#include "alarms/alarmsdock.h"
#include "alarms/alarmservice.h"
#include "alarms/alarmtablemodel.h"
#include "alarms/alarmtreeview.h"
#include "alarms/alertdetailssplitter.h"
#include "alarms/alertdetailview.h"
#include "alarms/alertparser.h"
#include "alarms/alertwindow.h"
#include "common/appsettings.h"
#include "recordingdeclarer.h"
#include "runbooks/runbookcatalog.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <nlohmann/json.hpp>

using namespace opsdeck;
using opsdeck::ui::AlarmCells;
using opsdeck::ui::AlarmsDock;
using opsdeck::ui::AlarmTableModel;
using opsdeck::ui::AlertDetailView;

namespace {

Alert makeAlert(int n)
{
    Alert alert;
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("Alert%1").arg(n)},
                    {QStringLiteral("severity"),
                     n % 2 == 0 ? QStringLiteral("critical") : QStringLiteral("warning")},
                    {QStringLiteral("service"), QStringLiteral("svc-%1").arg(n % 3)}};
    alert.annotations = {{QStringLiteral("summary"), QStringLiteral("summary %1").arg(n)}};
    alert.fingerprint = AlertParser::fingerprint(alert.labels);
    alert.sources = {QStringLiteral("am")};
    alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    return alert;
}

AlertSnapshot snapshotOf(const QList<int> &numbers)
{
    QList<Alert> alerts;
    for (const int n : numbers) {
        alerts.append(makeAlert(n));
    }
    return AlertSnapshot::merge({alerts});
}

} // namespace

// The Alarms dock as an on-call engineer uses it: filter bar, saved filters per perspective,
// grouping, selection that survives polls, copying.
class AlarmsDockTest : public QObject {
    Q_OBJECT

private:
    AlarmService m_alarms; // no backends: the tests feed the dock's model directly
    RunbookCatalog m_runbooks;
    RecordingDeclarer m_declarer;
    std::unique_ptr<AlarmsDock> m_dock;
    AlertSnapshot m_current;

    void show(const AlertSnapshot &next)
    {
        m_dock->model()->apply(next, AlertDiff::between(m_current, next));
        m_current = next;
    }

    int visibleAlerts() const
    {
        const QAbstractItemModel *proxy = m_dock->proxy();
        int count = 0;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, 0);
            count += proxy->hasChildren(index) ? proxy->rowCount(index) : 1;
        }
        return count;
    }

private Q_SLOTS:
    void init()
    {
        m_declarer = RecordingDeclarer(); // no followers of an earlier test's dock
        m_dock = std::make_unique<AlarmsDock>(m_alarms, m_runbooks, m_declarer);
        m_current = {};
        show(snapshotOf({0, 1, 2, 3, 4, 5}));
    }

    void cleanup() { m_dock.reset(); }

    void theFilterBarFiltersAndExplainsMistakes()
    {
        QAbstractItemModelTester tester(m_dock->proxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(visibleAlerts(), 6);
        QVERIFY(m_dock->applyFilter(QStringLiteral("severity=critical")));
        QCOMPARE(visibleAlerts(), 3);
        QVERIFY(m_dock->applyFilter(QStringLiteral("service=~\"svc-[01]\" Alert4")));
        QCOMPARE(visibleAlerts(), 1);

        // A broken expression is explained inline; the table keeps the last good filter.
        QVERIFY(!m_dock->applyFilter(QStringLiteral("severity=critical job=~\"(\"")));
        const auto *error = m_dock->findChild<QLabel *>(QStringLiteral("alarmFilterError"));
        QVERIFY(error->isVisibleTo(m_dock.get()));
        QVERIFY2(error->text().contains(QStringLiteral("Column 19")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QStringLiteral("job")), qPrintable(error->text()));
        QCOMPARE(visibleAlerts(), 1);
        QVERIFY(m_dock->applyFilter(QString()));
        QVERIFY(!error->isVisibleTo(m_dock.get()));
        QCOMPARE(visibleAlerts(), 6);
    }

    void typingFiltersAfterAPause()
    {
        auto *focus = m_dock->findChild<QAction *>(QStringLiteral("focusAlarmFilter"));
        QCOMPARE(focus->shortcut(), QKeySequence(QKeySequence::Find));
        auto *filter = m_dock->findChild<QLineEdit *>(QStringLiteral("alarmFilter"));
        filter->setText(QStringLiteral("@state=bogus"));
        const auto *error = m_dock->findChild<QLabel *>(QStringLiteral("alarmFilterError"));
        QTRY_VERIFY(error->text().contains(QStringLiteral("@state")));
        filter->setText(QStringLiteral("severity=warning"));
        QTRY_COMPARE(visibleAlerts(), 3);
    }

    void savedFiltersBelongToAPerspective()
    {
        m_dock->setPerspective(QStringLiteral("oncall"));
        auto *filter = m_dock->findChild<QLineEdit *>(QStringLiteral("alarmFilter"));
        auto *saved = m_dock->findChild<QComboBox *>(QStringLiteral("savedFilters"));
        filter->setText(QStringLiteral("severity=critical"));
        m_dock->findChild<QToolButton *>(QStringLiteral("saveFilter"))->click();
        QCOMPARE(saved->count(), 2);
        QCOMPARE(saved->itemText(1), QStringLiteral("severity=critical"));

        m_dock->setPerspective(QStringLiteral("incident"));
        QCOMPARE(saved->count(), 1);
        QCOMPARE(filter->text(), QString());
        QCOMPARE(visibleAlerts(), 6);

        // Back in On-call: its saved filter and its current filter return (also after a
        // restart, since both are in the settings).
        AlarmsDock again(m_alarms, m_runbooks, m_declarer);
        again.setPerspective(QStringLiteral("oncall"));
        auto *savedAgain = again.findChild<QComboBox *>(QStringLiteral("savedFilters"));
        QCOMPARE(savedAgain->count(), 2);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("alarmFilter"))->text(),
                 QStringLiteral("severity=critical"));

        m_dock->setPerspective(QStringLiteral("oncall"));
        saved->setCurrentIndex(1);
        m_dock->findChild<QToolButton *>(QStringLiteral("removeFilter"))->click();
        QCOMPARE(saved->count(), 1);
    }

    void groupingShowsATreeWithCounts()
    {
        m_dock->setGroupLabel(QStringLiteral("service"));
        const QAbstractItemModel *proxy = m_dock->proxy();
        QCOMPARE(proxy->rowCount(), 3);
        QCOMPARE(visibleAlerts(), 6);
        const QString group = proxy->index(0, AlarmCells::Name).data().toString();
        QVERIFY2(group.contains(QStringLiteral("(2 alerts)")), qPrintable(group));
        QVERIFY(m_dock->applyFilter(QStringLiteral("severity=critical")));
        QCOMPARE(visibleAlerts(), 3);
        // A group that appears with a later poll opens, like the others.
        QVERIFY(m_dock->applyFilter(QString()));
        show(snapshotOf({0, 1, 2, 3, 4, 5, 9, 10, 11}));
        QCOMPARE(proxy->rowCount(), 3);
        for (int row = 0; row < proxy->rowCount(); ++row) {
            QVERIFY(m_dock->list()->tree()->isExpanded(proxy->index(row, 0)));
        }
        Alert newService = makeAlert(12);
        newService.labels[QStringLiteral("service")] = QStringLiteral("billing");
        newService.fingerprint = AlertParser::fingerprint(newService.labels);
        AlertSnapshot withBilling = m_current;
        withBilling.alerts.append(newService);
        withBilling = AlertSnapshot::merge({withBilling.alerts});
        show(withBilling);
        QCOMPARE(proxy->rowCount(), 4);
        const QModelIndex billing = proxy
                                        ->match(proxy->index(0, AlarmCells::Name), Qt::DisplayRole,
                                                QStringLiteral("billing"), 1, Qt::MatchStartsWith)
                                        .value(0);
        QVERIFY(billing.isValid());
        QVERIFY(m_dock->list()->tree()->isExpanded(billing.siblingAtColumn(0)));
        QCOMPARE(m_dock->view(), m_dock->list()->tree());
        // Ungrouped, the list is a table again (it places rows without laying out them all).
        m_dock->setGroupLabel(QString());
        QCOMPARE(m_dock->view(), m_dock->list()->table());
        QCOMPARE(proxy->rowCount(), 10);
    }

    void selectionSurvivesPolls()
    {
        QAbstractItemView *view = m_dock->view();
        const QModelIndex alert3 =
            m_dock->proxy()
                ->match(m_dock->proxy()->index(0, AlarmCells::Name), Qt::DisplayRole,
                        QStringLiteral("Alert3"), 1, Qt::MatchExactly)
                .value(0);
        QVERIFY(alert3.isValid());
        view->selectionModel()->setCurrentIndex(alert3, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        QCOMPARE(m_dock->selectedAlerts().size(), 1);

        // Alerts come and go around it, and it changes itself.
        AlertSnapshot next = snapshotOf({1, 3, 5, 6, 7, 8, 9});
        for (Alert &alert : next.alerts) {
            if (alert.name() == QLatin1String("Alert3")) {
                alert.state = Alert::State::Suppressed;
            }
        }
        show(next);
        QCOMPARE(m_dock->selectedAlerts().size(), 1);
        QCOMPARE(m_dock->selectedAlerts().first().name(), QStringLiteral("Alert3"));
        QCOMPARE(m_dock->selectedAlerts().first().state, Alert::State::Suppressed);
        QCOMPARE(view->currentIndex().siblingAtColumn(AlarmCells::Name).data().toString(),
                 QStringLiteral("Alert3"));
    }

    void showsTheIncidentOfEachAlertAndOpensIt()
    {
        QAbstractItemView *view = m_dock->view();
        const auto rowOf = [this](const QString &name) {
            return m_dock->proxy()
                ->match(m_dock->proxy()->index(0, AlarmCells::Name), Qt::DisplayRole, name, 1,
                        Qt::MatchExactly)
                .value(0);
        };
        QVERIFY(rowOf(QStringLiteral("Alert3"))
                    .siblingAtColumn(AlarmCells::Incident)
                    .data()
                    .toString()
                    .isEmpty());
        // Incident command links Alert3 to an incident, then resolves it: the column follows.
        m_declarer.links.insert(makeAlert(3).fingerprint,
                                {QStringLiteral("inc-1"), QStringLiteral("INC-2026-0001"),
                                 QStringLiteral("Mitigated"), true});
        m_declarer.changed();
        QCOMPARE(rowOf(QStringLiteral("Alert3")).siblingAtColumn(AlarmCells::Incident).data(),
                 QStringLiteral("INC-2026-0001 · Mitigated"));
        m_declarer.links[makeAlert(3).fingerprint].status = QStringLiteral("Resolved");
        m_declarer.changed();
        QCOMPARE(rowOf(QStringLiteral("Alert3")).siblingAtColumn(AlarmCells::Incident).data(),
                 QStringLiteral("INC-2026-0001 · Resolved"));

        // The detail pane links to it; the link opens it in incident command.
        view->selectionModel()->setCurrentIndex(rowOf(QStringLiteral("Alert3")),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        auto *details = m_dock->findChild<AlertDetailView *>();
        if (details == nullptr) {
            QFAIL("no detail pane");
        }
        QVERIFY(details->toPlainText().contains(QStringLiteral("Incident: INC-2026-0001")));
        const QString html = details->toHtml();
        const qsizetype href = html.indexOf(QStringLiteral("opsdeck-incident:"));
        QVERIFY2(href >= 0, qPrintable(html));
        Q_EMIT details->anchorClicked(
            QUrl(html.mid(href, html.indexOf(QLatin1Char('"'), href) - href)));
        QCOMPARE(m_declarer.shown, QStringList{QStringLiteral("inc-1")});
    }

    void addsAlertsToTheOpenIncident()
    {
        auto *add = m_dock->findChild<QAction *>(QStringLiteral("addToOpenIncident"));
        if (add == nullptr) {
            QFAIL("no action adds alerts to the open incident");
        }
        QVERIFY(!add->isEnabled());
        QVERIFY(add->toolTip().contains(QStringLiteral("Open an incident")));
        m_dock->view()->selectAll();
        m_declarer.open = {QStringLiteral("inc-1"), QStringLiteral("INC-2026-0001"),
                           QStringLiteral("Investigating"), true};
        m_declarer.changed(); // an incident opened in Incident Command
        QVERIFY(add->isEnabled());
        QCOMPARE(add->text(), QStringLiteral("Add to INC-2026-0001"));
        add->trigger();
        QCOMPARE(m_declarer.added.size(), 1);
        QCOMPARE(m_declarer.added.first().size(), 6);
    }

    void copiesAlertsAsTextAndJson()
    {
        const QList<Alert> alerts{makeAlert(4)};
        const QString text = AlarmsDock::alertsAsText(alerts);
        QVERIFY2(text.startsWith(QStringLiteral("[critical] Alert4 (active)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("service=\"svc-1\"")));
        QVERIFY(text.contains(QStringLiteral("summary 4")));
        const auto json = nlohmann::json::parse(AlarmsDock::alertsAsJson(alerts).toStdString());
        QCOMPARE(json.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(json[0]["labels"]["alertname"].get<std::string>()),
                 QStringLiteral("Alert4"));
        QCOMPARE(Alert::fromJson(json[0]).fingerprint, alerts.first().fingerprint);
    }

    void severityMappingSaysWhatItDidNotUnderstand()
    {
        m_dock->findChild<QAction *>(QStringLiteral("severityMapping"))->trigger();
        QPointer<QInputDialog> dialog =
            m_dock->findChild<QInputDialog *>(QStringLiteral("severityMappingDialog"));
        QVERIFY(dialog != nullptr);
        dialog->setTextValue(QStringLiteral("P1=crit, sev2=warning"));
        dialog->accept();
        QTRY_VERIFY(dialog.isNull()); // it deletes itself when closed
        // Asked again, naming the entry; nothing stored.
        QPointer<QInputDialog> again;
        QTRY_VERIFY((again = m_dock->findChild<QInputDialog *>(
                         QStringLiteral("severityMappingDialog"))) != nullptr &&
                    again->isVisible());
        QVERIFY2(again->labelText().contains(QStringLiteral("Not understood: P1=crit")),
                 qPrintable(again->labelText()));
        QCOMPARE(m_dock->model()->cells().standardSeverity(QStringLiteral("sev2")), QString());
        again->setTextValue(QStringLiteral("P1=critical, sev2=warning"));
        again->accept();
        QTRY_COMPARE(m_dock->model()->cells().standardSeverity(QStringLiteral("sev2")),
                     QStringLiteral("warning"));
    }

    void acknowledgingNeedsAnAlertmanager()
    {
        const auto *acknowledge = m_dock->findChild<QAction *>(QStringLiteral("acknowledgeAlerts"));
        m_dock->view()->selectAll();
        // No Alertmanager is configured in this test: nothing could hold the silence.
        QVERIFY(!acknowledge->isEnabled());
        const auto *declare = m_dock->findChild<QAction *>(QStringLiteral("declareIncident"));
        QVERIFY(!declare->isEnabled());
        QVERIFY(m_dock->findChild<QAction *>(QStringLiteral("copyAlertsText"))->isEnabled());
    }

    void detailsSitBesideAWideTableAndKeepTheDraggedSplit()
    {
        QSplitter *splitter = m_dock->splitter();
        m_dock->resize(opsdeck::ui::AlertDetailsSplitter::BesideMinWidth + 200, 600);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        QTRY_VERIFY(splitter->sizes().at(1) > 300); // the details get whole lines

        // The user drags the handle; the split is kept for the next time the pane is beside.
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(150, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(150, 0));
        const int dragged = splitter->sizes().at(1);
        QVERIFY(dragged > 450);

        // Narrow (a tab in Incident Command): below the table.
        m_dock->resize(600, 600);
        QTRY_COMPARE(splitter->orientation(), Qt::Vertical);
        QVERIFY(splitter->sizes().at(0) > splitter->sizes().at(1));
        m_dock->resize(opsdeck::ui::AlertDetailsSplitter::BesideMinWidth + 200, 600);
        QTRY_COMPARE(splitter->orientation(), Qt::Horizontal);
        QTRY_COMPARE(splitter->sizes().at(1), dragged);

        // A new dock (the next start) places the pane where it was left.
        m_dock = std::make_unique<AlarmsDock>(m_alarms, m_runbooks, m_declarer);
        m_current = {};
        show(snapshotOf({0, 1}));
        m_dock->resize(opsdeck::ui::AlertDetailsSplitter::BesideMinWidth + 200, 600);
        m_dock->show();
        QTRY_COMPARE(m_dock->splitter()->orientation(), Qt::Horizontal);
        QTRY_COMPARE(m_dock->splitter()->sizes().at(1), dragged);
    }

    void theSummaryKeepsItsRoomBesideTheDetails()
    {
        // The default split (an earlier test dragged the detail pane wider).
        opsdeck::openAppSettings()->clear();
        m_declarer.links.clear();
        m_dock = std::make_unique<AlarmsDock>(m_alarms, m_runbooks, m_declarer);
        m_current = {};
        show(snapshotOf({0, 1, 2, 3, 4, 5}));
        QTableView *view = m_dock->list()->table(); // the flat list
        // A laptop screen: the table shares the width with the detail pane.
        m_dock->resize(1366, 600);
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        QTRY_COMPARE(m_dock->splitter()->orientation(), Qt::Horizontal);
        // No alert belongs to an incident: no Incident column; the labels are listed.
        QTRY_VERIFY(view->isColumnHidden(AlarmCells::Source));
        QVERIFY(view->isColumnHidden(AlarmCells::Incident));
        QVERIFY(!view->isColumnHidden(AlarmCells::Labels));
        const auto summaryReadable = [view] {
            return view->columnWidth(AlarmCells::Summary) >= 200 &&
                   !view->horizontalScrollBar()->isVisible();
        };
        QTRY_VERIFY2(summaryReadable(), qPrintable(QStringLiteral("summary %1 px of %2")
                                                       .arg(view->columnWidth(AlarmCells::Summary))
                                                       .arg(view->viewport()->width())));
        // One does: its incident takes the labels' place (the detail pane lists them).
        m_declarer.links.insert(makeAlert(3).fingerprint,
                                {QStringLiteral("inc-1"), QStringLiteral("INC-2026-0001"),
                                 QStringLiteral("Resolved"), false});
        m_declarer.changed();
        QVERIFY(!view->isColumnHidden(AlarmCells::Incident));
        QVERIFY(view->isColumnHidden(AlarmCells::Labels));
        QTRY_VERIFY(summaryReadable());

        // A large screen: every column, the summary still readable.
        m_dock->resize(1900, 700);
        QTRY_VERIFY(!view->isColumnHidden(AlarmCells::Source));
        QVERIFY(!view->isColumnHidden(AlarmCells::Incident));
        QVERIFY(!view->isColumnHidden(AlarmCells::Labels));
        QTRY_VERIFY(summaryReadable());

        // The alert leaves the list: its incident's column goes with it.
        show(snapshotOf({0, 1, 2, 4, 5}));
        QTRY_VERIFY(view->isColumnHidden(AlarmCells::Incident));
        m_declarer.links.clear();
    }

    void groupByStartsWithNoneAndOpensOnClick()
    {
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        auto *groupBy = m_dock->findChild<QComboBox *>(QStringLiteral("groupBy"));
        QCOMPARE(groupBy->itemText(0), QStringLiteral("(none)"));
        QCOMPARE(groupBy->currentText(), QStringLiteral("(none)"));
        QTest::mouseClick(groupBy->lineEdit(), Qt::LeftButton);
        QTRY_VERIFY(groupBy->view()->isVisible());
        groupBy->hidePopup();

        groupBy->setCurrentIndex(groupBy->findText(QStringLiteral("service")));
        Q_EMIT groupBy->activated(groupBy->currentIndex());
        QCOMPARE(m_dock->model()->groupLabel(), QStringLiteral("service"));
        groupBy->setCurrentIndex(0);
        Q_EMIT groupBy->activated(0);
        QVERIFY(m_dock->model()->groupLabel().isEmpty());
        QCOMPARE(visibleAlerts(), 6);
    }

    void enterOpensTheAlertInAWindowOfItsOwn()
    {
        m_dock->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        QAbstractItemView *view = m_dock->view();
        const QModelIndex alert2 =
            m_dock->proxy()
                ->match(m_dock->proxy()->index(0, AlarmCells::Name), Qt::DisplayRole,
                        QStringLiteral("Alert2"), 1, Qt::MatchExactly)
                .value(0);
        QVERIFY(alert2.isValid());
        view->setCurrentIndex(alert2);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        auto *window = m_dock->findChild<opsdeck::ui::AlertWindow *>();
        QVERIFY(window != nullptr);
        QCOMPARE(window->fingerprint(), alert2.data(AlarmTableModel::FingerprintRole).toString());
        QVERIFY(window->isVisible());
        window->close();
        QTRY_VERIFY(m_dock->findChild<opsdeck::ui::AlertWindow *>() ==
                    nullptr); // it deletes itself

        // A group row opens and closes its group, no window.
        m_dock->setGroupLabel(QStringLiteral("service"));
        view = m_dock->view();
        QCOMPARE(view, m_dock->list()->tree());
        view->setCurrentIndex(m_dock->proxy()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(m_dock->findChild<opsdeck::ui::AlertWindow *>() == nullptr);
    }
};

OPSDECK_TEST_MAIN(AlarmsDockTest)
#include "tst_alarmsdock.moc"
