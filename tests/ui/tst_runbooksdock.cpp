#include "alarms/alarmservice.h"
#include "alarms/alertdetailview.h"
#include "common/statustexts.h"
#include "incidents/incidentservice.h"
#include "incidents/incidentsession.h"
#include "runbooks/commandrundialog.h"
#include "runbooks/runbookcatalog.h"
#include "runbooks/runbookchecklist.h"
#include "runbooks/runbookchecklistmodel.h"
#include "runbooks/runbookfilterproxy.h"
#include "runbooks/runbooklistmodel.h"
#include "runbooks/runbookprogress.h"
#include "runbooks/runbooksdock.h"
#include "runbooks/stepreasondialog.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

namespace {

const QString DiskKey = QStringLiteral("disk.md");
const QString StaleKey = QStringLiteral("stale.md");
const QString SsmKey = QStringLiteral("restart.yaml");

QByteArray diskRunbook()
{
    // Reviewed ten days ago: not stale.
    return QByteArrayLiteral("---\n"
                             "title: Disk full\n"
                             "owner: storage-oncall\n"
                             "services: [storage, postgres]\n"
                             "last_reviewed: ") +
           QDate::currentDate().addDays(-10).toString(Qt::ISODate).toUtf8() +
           QByteArrayLiteral("\n"
                             "alerts: alertname=\"DiskFull\"\n"
                             "---\n"
                             "# Disk full\n"
                             "\n"
                             "- [ ] Check disk usage\n"
                             "  ```sh\n"
                             "  printf 'disk ok\\n'; exit 0\n"
                             "  ```\n"
                             "- [ ] Wait for the volume to grow\n"
                             "  ```sh\n"
                             "  sleep 30\n"
                             "  ```\n"
                             "- [ ] Tell the storage owner\n");
}

const QByteArray StaleRunbook = "---\n"
                                "title: Scrape target down\n"
                                "owner: platform-oncall\n"
                                "last_reviewed: 2020-01-01\n"
                                "alerts: alertname=\"TargetDown\"\n"
                                "---\n"
                                "- [ ] Check the target\n";

// Line 3 has a key the parser does not know.
const QByteArray BrokenRunbook = "---\n"
                                 "title: Broken\n"
                                 "colour: red\n"
                                 "---\n"
                                 "- [ ] Nothing\n";

const QByteArray SsmDocument = "schemaVersion: '0.3'\n"
                               "description: Restart the web service\n"
                               "mainSteps:\n"
                               "  - name: pause\n"
                               "    action: aws:sleep\n"
                               "    inputs:\n"
                               "      Duration: PT1S\n"
                               "  - name: restartNginx\n"
                               "    action: aws:runCommand\n"
                               "    inputs:\n"
                               "      DocumentName: AWS-RunShellScript\n"
                               "      Parameters:\n"
                               "        commands:\n"
                               "          - sudo systemctl restart nginx\n";

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

Alert diskAlert()
{
    Alert alert;
    alert.fingerprint = QStringLiteral("diskfull0001");
    alert.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
    alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-300);
    alert.state = Alert::State::Active;
    return alert;
}

} // namespace

class TestRunbooksDock : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<IncidentService> m_service;
    std::unique_ptr<IncidentSession> m_session;
    AlarmService m_alarms; // no backends: matching comes from the timeline
    std::unique_ptr<RunbookCatalog> m_catalog;
    std::unique_ptr<RunbooksDock> m_dock;
    Incident m_incident;
    QString m_folder;

    RunbookChecklist *checklist() const { return m_dock->checklist(); }
    RunbookChecklistModel *steps() const { return m_dock->checklist()->model(); }
    QString stepText(int row, int column) const
    {
        return steps()->index(row, column).data().toString();
    }

    QList<TimelineEvent> eventsOfType(TimelineEvent::Type type) const
    {
        QList<TimelineEvent> result;
        for (const TimelineEvent &event : TimelineRepository(*m_store).eventsOf(m_incident.id)) {
            if (event.type == type) {
                result.append(event);
            }
        }
        return result;
    }

    QPointer<CommandRunDialog> openRunDialog(int step)
    {
        m_dock->showRunbook(DiskKey);
        checklist()->setCurrentStep(step);
        if (!checklist()->runButton()->isEnabled()) {
            return nullptr;
        }
        checklist()->runButton()->click();
        return m_dock->findChild<CommandRunDialog *>();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString name = QString::fromLatin1(QTest::currentTestFunction());
        QString error;
        m_store = WorkspaceStore::open(m_dir.filePath(name + QStringLiteral(".opsdeck")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_service = std::make_unique<IncidentService>(*m_store);
        m_session = std::make_unique<IncidentSession>(*m_store);
        m_incident = {};
        m_incident.title = QStringLiteral("Database disk filling");
        m_incident.severity = Incident::Severity::Sev2;
        QVERIFY2(m_service->declare(m_incident, {diskAlert()}, QStringLiteral("alice"), &error),
                 qPrintable(error));

        m_folder = m_dir.filePath(name + QStringLiteral("-runbooks"));
        QVERIFY(QDir().mkpath(m_folder));
        QVERIFY(writeFile(m_folder + QStringLiteral("/disk.md"), diskRunbook()));
        QVERIFY(writeFile(m_folder + QStringLiteral("/stale.md"), StaleRunbook));
        QVERIFY(writeFile(m_folder + QStringLiteral("/broken.md"), BrokenRunbook));
        QVERIFY(writeFile(m_folder + QStringLiteral("/restart.yaml"), SsmDocument));
        m_catalog = std::make_unique<RunbookCatalog>();
        QSignalSpy loaded(m_catalog.get(), &RunbookCatalog::loaded);
        m_catalog->setFolder(m_folder);
        QVERIFY(loaded.wait(5000));

        QSignalSpy opened(m_session.get(), &IncidentSession::opened);
        m_session->open(m_incident.id);
        QVERIFY(opened.wait(5000));

        m_dock = std::make_unique<RunbooksDock>(*m_catalog, *m_session, *m_service, m_alarms,
                                                QStringLiteral("alice"));
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        new QAbstractItemModelTester(m_dock->runbookModel(), mode, m_dock.get());
        new QAbstractItemModelTester(m_dock->filterProxy(), mode, m_dock.get());
        new QAbstractItemModelTester(steps(), mode, m_dock.get());
        m_dock->resize(900, 700);
        m_dock->show();
    }

    void cleanup()
    {
        m_dock.reset();
        m_catalog.reset();
        m_session.reset();
        m_service.reset();
        m_store.reset();
    }

    void listShowsRunbooksWithBadgesAndProblems()
    {
        RunbookListModel *model = m_dock->runbookModel();
        QCOMPARE(model->rowCount(), 3);
        const auto badges = [model](const QString &key) {
            return model->index(model->rowOf(key), RunbookListModel::Badges).data().toString();
        };
        QCOMPARE(badges(DiskKey), QString());
        QCOMPARE(badges(StaleKey), QStringLiteral("stale"));
        QCOMPARE(badges(SsmKey), QStringLiteral("read-only"));
        QCOMPARE(model->index(model->rowOf(DiskKey), RunbookListModel::Owner).data().toString(),
                 QStringLiteral("storage-oncall"));
        QCOMPARE(model->index(model->rowOf(DiskKey), RunbookListModel::Services).data().toString(),
                 QStringLiteral("storage, postgres"));

        QToolButton *problems = m_dock->problemsButton();
        QVERIFY(problems->isVisible());
        QCOMPARE(problems->text(), QStringLiteral("1 runbook(s) could not be read"));
        QVERIFY(!m_dock->problemsList()->isVisible());
        problems->click();
        QVERIFY(m_dock->problemsList()->isVisible());
        QVERIFY2(m_dock->problemsList()->toPlainText().contains(QStringLiteral("broken.md:3:")),
                 qPrintable(m_dock->problemsList()->toPlainText()));

        m_dock->filterField()->setText(QStringLiteral("postgres"));
        QTRY_COMPARE(m_dock->filterProxy()->rowCount(), 1);
        m_dock->filterField()->clear();
        QTRY_COMPARE(m_dock->filterProxy()->rowCount(), 3);

        // The incident's alert is DiskFull: only the disk runbook matches it.
        QVERIFY(m_dock->matchingToggle()->isEnabled());
        m_dock->matchingToggle()->setChecked(true);
        QCOMPARE(m_dock->filterProxy()->rowCount(), 1);
        QCOMPARE(m_dock->filterProxy()->index(0, 0).data(RunbookListModel::KeyRole).toString(),
                 DiskKey);
        m_dock->matchingToggle()->setChecked(false);
        QCOMPARE(m_dock->filterProxy()->rowCount(), 3);
    }

    void aNarrowListKeepsTheTitlesWhole()
    {
        auto *table = m_dock->findChild<QTableView *>(QStringLiteral("runbookTable"));
        QVERIFY(table != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        QTRY_VERIFY(!table->isColumnHidden(RunbookListModel::Services));
        // Incident Command's runbook column on a 1920 px screen.
        m_dock->resize(580, 700);
        QTRY_VERIFY(table->isColumnHidden(RunbookListModel::Services));
        QVERIFY(table->isColumnHidden(RunbookListModel::LastReviewed));
        int widest = 0;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString title =
                table->model()->index(row, RunbookListModel::Title).data().toString();
            widest = std::max(widest, table->fontMetrics().horizontalAdvance(title));
        }
        QVERIFY2(table->columnWidth(RunbookListModel::Title) > widest,
                 qPrintable(QStringLiteral("%1 <= %2")
                                .arg(table->columnWidth(RunbookListModel::Title))
                                .arg(widest)));
    }

    void folderChangesReloadTheList()
    {
        QVERIFY(writeFile(m_folder + QStringLiteral("/dns.md"),
                          "---\ntitle: DNS fails\nlast_reviewed: 2020-01-01\n---\n- [ ] dig\n"));
        QTRY_COMPARE_WITH_TIMEOUT(m_dock->runbookModel()->rowCount(), 4, 5000);
        QVERIFY(QFile::remove(m_folder + QStringLiteral("/broken.md")));
        QTRY_VERIFY_WITH_TIMEOUT(m_dock->problemsButton()->isHidden(), 5000);
    }

    void doneAndSkipAreRecordedAndShown()
    {
        m_dock->showRunbook(DiskKey);
        QCOMPARE(m_dock->selectedKey(), DiskKey);
        QCOMPARE(steps()->rowCount(), 3);
        QCOMPARE(checklist()->currentStep(), 0);
        QVERIFY(checklist()->doneButton()->isEnabled());
        // "When" is as wide as its header while no step is done, and the step gets the room.
        const auto *view = m_dock->findChild<QTableView *>(QStringLiteral("checklist"));
        QVERIFY(view != nullptr);
        const int emptyWhen = view->columnWidth(RunbookChecklistModel::When);
        QVERIFY2(emptyWhen < 90, qPrintable(QString::number(emptyWhen)));
        checklist()->doneButton()->click();

        QList<TimelineEvent> recorded = eventsOfType(TimelineEvent::Type::RunbookStep);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().payload.value("state", std::string()), "done");
        QCOMPARE(recorded.first().payload.value("runbook", std::string()), "disk.md");
        QCOMPARE(recorded.first().payload.value("step", -1), 0);
        QCOMPARE(recorded.first().author, QStringLiteral("alice"));
        QTRY_COMPARE(stepText(0, RunbookChecklistModel::State), QStringLiteral("done"));
        QCOMPARE(stepText(0, RunbookChecklistModel::By), QStringLiteral("alice"));
        QVERIFY(!stepText(0, RunbookChecklistModel::When).isEmpty());
        // ... and grows to show when it was done.
        QTRY_VERIFY(
            view->columnWidth(RunbookChecklistModel::When) >=
            view->fontMetrics().horizontalAdvance(stepText(0, RunbookChecklistModel::When)));
        QCOMPARE(steps()->index(0, 0).data(RunbookChecklistModel::StateRole).toString(),
                 QStringLiteral("done"));

        // On to the next step; skipping asks why, and a reason is required.
        QCOMPARE(checklist()->currentStep(), 1);
        checklist()->skipButton()->click();
        QPointer<StepReasonDialog> dialog = m_dock->findChild<StepReasonDialog *>();
        QVERIFY(dialog);
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->reasonField()->setText(QStringLiteral("volume grown already"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(dialog.isNull());

        recorded = eventsOfType(TimelineEvent::Type::RunbookStep);
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(recorded.last().payload.value("state", std::string()), "skipped");
        QCOMPARE(recorded.last().payload.value("step", -1), 1);
        QCOMPARE(recorded.last().payload.value("reason", std::string()), "volume grown already");
        QTRY_COMPARE(stepText(1, RunbookChecklistModel::State), QStringLiteral("skipped"));
        QCOMPARE(stepText(1, RunbookChecklistModel::Reason),
                 QStringLiteral("volume grown already"));
        QCOMPARE(stepText(2, RunbookChecklistModel::State), QStringLiteral("pending"));
    }

    void stepsRecordedElsewhereShowUp()
    {
        m_dock->showRunbook(DiskKey);
        QString error;
        const std::unique_ptr<WorkspaceStore> other = WorkspaceStore::open(m_store->path(), &error);
        QVERIFY2(other, qPrintable(error));
        const Runbook runbook = *m_catalog->library().find(DiskKey);
        TimelineEvent event =
            RunbookProgress::stepEvent(runbook, DiskKey, 2, RunbookProgress::Status::Done,
                                       QString(), QStringLiteral("script"));
        event.incidentId = m_incident.id;
        QVERIFY2(IncidentService(*other).record(event, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(stepText(2, RunbookChecklistModel::State), QStringLiteral("done"),
                                  1000);
        QCOMPARE(stepText(2, RunbookChecklistModel::By), QStringLiteral("script"));
    }

    void commandRunsOnlyAfterConfirmation()
    {
        QPointer<CommandRunDialog> dialog = openRunDialog(0);
        QVERIFY(dialog);
        const QString shown = dialog->commandLineView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("/bin/sh")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("-c")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("printf 'disk ok\\n'; exit 0")), qPrintable(shown));
        QCOMPARE(dialog->timeoutBox()->value(), 60);
        QVERIFY(dialog->runButton()->isEnabled());
        // Shown and waiting for the click: nothing runs, nothing has run.
        QSignalSpy finished(dialog->runner(), &CommandRunner::finished);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->runner()->isRunning());
        QCOMPARE(dialog->runner()->processId(), 0);
        QVERIFY(eventsOfType(TimelineEvent::Type::CommandRun).isEmpty());

        dialog->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->result().has_value(), 5000);
        QCOMPARE(finished.size(), 1); // one run, started by the click
        QVERIFY(dialog->outputView()->toPlainText().contains(QStringLiteral("disk ok")));
        const QList<TimelineEvent> runs = eventsOfType(TimelineEvent::Type::CommandRun);
        QCOMPARE(runs.size(), 1);
        const Json &payload = runs.first().payload;
        QCOMPARE(payload.value("exitCode", -1), 0);
        QCOMPARE(payload.value("output", std::string()), "disk ok\n");
        QCOMPARE(payload.value("outcome", std::string()), "exited");
        QCOMPARE(payload.value("runbook", std::string()), "disk.md");
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("code 0")));
        QTRY_COMPARE(stepText(0, RunbookChecklistModel::ExitCode), QStringLiteral("0"));
        QVERIFY(checklist()->commandView()->toPlainText().contains(QStringLiteral("disk ok")));

        QVERIFY(dialog->markDoneButton()->isVisible());
        dialog->markDoneButton()->click();
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(stepText(0, RunbookChecklistModel::State), QStringLiteral("done"));
        QCOMPARE(eventsOfType(TimelineEvent::Type::CommandRun).size(), 1);
    }

    void timeoutIsRecorded()
    {
        QPointer<CommandRunDialog> dialog = openRunDialog(1);
        QVERIFY(dialog);
        dialog->timeoutBox()->setValue(1);
        dialog->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->isRunning() || dialog->result(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->result().has_value(), 8000);
        QCOMPARE(dialog->result()->outcome, CommandResult::Outcome::TimedOut);
        const QList<TimelineEvent> runs = eventsOfType(TimelineEvent::Type::CommandRun);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().payload.value("outcome", std::string()), "timed_out");
        QVERIFY(runs.first().payload.at("exitCode").is_null());
        dialog->markFailedButton()->click();
        QTRY_COMPARE(stepText(1, RunbookChecklistModel::State), QStringLiteral("failed"));
        QCOMPARE(stepText(1, RunbookChecklistModel::Reason),
                 QStringLiteral("the command timed out"));
    }

    void cancelIsRecorded()
    {
        QPointer<CommandRunDialog> dialog = openRunDialog(1);
        QVERIFY(dialog);
        dialog->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->processId() > 0, 3000);
        QVERIFY(dialog->cancelButton()->isVisible());
        dialog->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->result().has_value(), 5000);
        QCOMPARE(dialog->result()->outcome, CommandResult::Outcome::Cancelled);
        QVERIFY(dialog); // still open, to show how it ended
        const QList<TimelineEvent> runs = eventsOfType(TimelineEvent::Type::CommandRun);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().payload.value("outcome", std::string()), "cancelled");
        dialog->closeButton()->click();
        QTRY_VERIFY(dialog.isNull());
    }

    void closingWhileRunningCancelsAndRecords()
    {
        QPointer<CommandRunDialog> dialog = openRunDialog(1);
        QVERIFY(dialog);
        dialog->runButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->runner()->processId() > 0, 3000);
        dialog->reject(); // Escape or the window's close button
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000);
        const QList<TimelineEvent> runs = eventsOfType(TimelineEvent::Type::CommandRun);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().payload.value("outcome", std::string()), "cancelled");
    }

    void ssmStepsAreNotRunHere()
    {
        m_dock->showRunbook(SsmKey);
        QCOMPARE(m_dock->selectedKey(), SsmKey);
        checklist()->setCurrentStep(1);
        QVERIFY(checklist()->commandView()->toPlainText().contains(
            QStringLiteral("sudo systemctl restart nginx")));
        QVERIFY(checklist()->copyButton()->isEnabled());
        QVERIFY(!checklist()->runButton()->isEnabled());
        QVERIFY(checklist()->runButton()->toolTip().contains(QStringLiteral("AWS")));

        const Runbook runbook = *m_catalog->library().find(SsmKey);
        int recordCalls = 0;
        QPointer<CommandRunDialog> dialog = new CommandRunDialog(
            runbook, SsmKey, 1, QStringLiteral("alice"),
            [&recordCalls](const TimelineEvent &, QString *) { return ++recordCalls > 0; },
            m_dock.get());
        dialog->open();
        QVERIFY(!dialog->canRun());
        QVERIFY(!dialog->runButton()->isEnabled());
        QVERIFY(dialog->runButton()->toolTip().contains(QStringLiteral("AWS")));
        QVERIFY(dialog->copyButton()->isEnabled());
        QVERIFY(dialog->commandLineView()->toPlainText().contains(
            QStringLiteral("sudo systemctl restart nginx")));
        dialog->runButton()->click();
        QVERIFY(!dialog->runner()->isRunning());
        QCOMPARE(recordCalls, 0);
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }

    void withoutAnIncidentTheRunbookCanStillBeRead()
    {
        m_session->close();
        m_dock->showRunbook(DiskKey);
        QVERIFY(checklist()->headerLabel()->text().contains(QStringLiteral("no incident")));
        QVERIFY(!checklist()->doneButton()->isEnabled());
        QVERIFY(!checklist()->skipButton()->isEnabled());
        QVERIFY(!checklist()->failedButton()->isEnabled());
        QVERIFY(!checklist()->runButton()->isEnabled());
        QVERIFY(!m_dock->matchingToggle()->isEnabled());
        QVERIFY(checklist()->commandView()->toPlainText().contains(QStringLiteral("disk ok")));
        QCOMPARE(stepText(0, RunbookChecklistModel::State), QStringLiteral("pending"));
    }

    void alertDetailsLinkToRunbooks()
    {
        Alert alert = diskAlert();
        alert.annotations.insert(QStringLiteral("runbook_url"),
                                 QStringLiteral("https://wiki.example.org/disk"));
        const QString html = AlertDetailView::html(alert, nullptr, m_catalog.get());
        QVERIFY2(html.contains(QStringLiteral("href=\"https://wiki.example.org/disk\"")),
                 qPrintable(html));
        QVERIFY2(html.contains(runbookLink(DiskKey).toString()), qPrintable(html));
        QVERIFY(!html.contains(runbookLink(StaleKey).toString()));

        AlertDetailView view;
        view.setRunbookCatalog(m_catalog.get());
        view.showAlert(&alert, nullptr);
        QVERIFY(view.toHtml().contains(QStringLiteral("Disk full")));
        QSignalSpy requested(m_catalog.get(), &RunbookCatalog::showRequested);
        m_dock->showRunbook(StaleKey);
        Q_EMIT view.anchorClicked(runbookLink(DiskKey));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), DiskKey);
        QCOMPARE(m_dock->selectedKey(), DiskKey);
        QCOMPARE(checklist()->runbookKey(), DiskKey);
    }

    void modelsPassTheTester()
    {
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        RunbookListModel list;
        QAbstractItemModelTester listTester(&list, mode);
        RunbookFilterProxy proxy(&list);
        QAbstractItemModelTester proxyTester(&proxy, mode);
        list.setLibrary(m_catalog->library(), QDate::currentDate());
        proxy.setText(QStringLiteral("disk"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setOnlyKeys(QSet<QString>{StaleKey});
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText(QString());
        QCOMPARE(proxy.rowCount(), 1);
        list.setLibrary(RunbookLibrary(), QDate::currentDate());
        QCOMPARE(proxy.rowCount(), 0);

        RunbookChecklistModel checklistModel;
        QAbstractItemModelTester checklistTester(&checklistModel, mode);
        const Runbook runbook = *m_catalog->library().find(DiskKey);
        checklistModel.setRunbook(runbook);
        QSignalSpy changed(&checklistModel, &QAbstractItemModel::dataChanged);
        QList<RunbookExecution::StepState> states = RunbookProgress::fold(runbook, DiskKey, {});
        states[1].status = RunbookProgress::Status::Failed;
        states[1].by = QStringLiteral("bob");
        checklistModel.setStates(states);
        QCOMPARE(changed.size(), 1); // only the row that changed
        QCOMPARE(changed.first().first().toModelIndex().row(), 1);
        checklistModel.setUtc(true);
        checklistModel.clear();
        QCOMPARE(checklistModel.rowCount(), 0);
    }
};

OPSDECK_TEST_MAIN(TestRunbooksDock)
#include "tst_runbooksdock.moc"
