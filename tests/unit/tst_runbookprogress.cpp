#include "runbooks/commandrunner.h"
#include "runbooks/runbookprogress.h"
#include "testhome.h"

#include <QTest>

using namespace opsdeck;

namespace {

const QString Key = QStringLiteral("storage/disk-full.md");
const QDateTime Start = QDateTime(QDate(2026, 11, 21), QTime(5, 0), Qt::UTC);

Runbook diskFull()
{
    Runbook runbook;
    runbook.id = newId();
    runbook.title = QStringLiteral("Disk full");
    runbook.steps = {{QStringLiteral("Note the time"), QStringLiteral("date -u")},
                     {QStringLiteral("Check disk usage"), QStringLiteral("df -h")},
                     {QStringLiteral("Clean up"), {}}};
    return runbook;
}

// A runbook_step event `seconds` after Start.
TimelineEvent stepAt(int seconds, int step, const QString &state, const QString &author,
                     const QString &key = Key)
{
    TimelineEvent event = RunbookProgress::stepEvent(
        diskFull(), key, step, *RunbookExecution::stepStatusFromName(state), QString(), author);
    event.time = Start.addSecs(seconds);
    return event;
}

TimelineEvent commandAt(int seconds, int step, int exitCode, const QString &output)
{
    CommandResult result;
    result.command = diskFull().steps.at(step).command;
    result.program = QStringLiteral("/bin/sh");
    result.arguments = {QStringLiteral("-c"), result.command};
    result.exitCode = exitCode;
    result.outcome = CommandResult::Outcome::Exited;
    result.output = output;
    result.outputBytes = output.size();
    TimelineEvent event =
        RunbookProgress::commandEvent(diskFull(), Key, step, result, QStringLiteral("ana"));
    event.time = Start.addSecs(seconds);
    return event;
}

QString dumped(const Json &json)
{
    return QString::fromStdString(json.dump());
}

QStringList statesOf(const QList<RunbookExecution::StepState> &steps)
{
    QStringList result;
    for (const RunbookExecution::StepState &step : steps) {
        result.append(RunbookExecution::stepStatusName(step.status));
    }
    return result;
}

} // namespace

class RunbookProgressTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stepEventFollowsTheContract()
    {
        const TimelineEvent event = RunbookProgress::stepEvent(
            diskFull(), Key, 1, RunbookProgress::Status::Done, QString(), QStringLiteral("ana"));
        QCOMPARE(event.type, TimelineEvent::Type::RunbookStep);
        QCOMPARE(event.text, QStringLiteral("Step 2 of Disk full: done — Check disk usage"));
        QCOMPARE(event.author, QStringLiteral("ana"));
        QVERIFY(!event.id.isEmpty());
        QVERIFY(event.time.isValid());
        QCOMPARE(dumped(event.payload), dumped(Json{{"runbook", "storage/disk-full.md"},
                                                    {"runbookTitle", "Disk full"},
                                                    {"step", 1},
                                                    {"stepTitle", "Check disk usage"},
                                                    {"state", "done"},
                                                    {"reason", ""}}));

        const TimelineEvent skipped =
            RunbookProgress::stepEvent(diskFull(), Key, 2, RunbookProgress::Status::Skipped,
                                       QStringLiteral("nothing to clean"), QStringLiteral("ana"));
        QCOMPARE(skipped.text,
                 QStringLiteral("Step 3 of Disk full: skipped — Clean up (nothing to clean)"));
        QCOMPARE(skipped.payload.at("reason").get<QString>(), QStringLiteral("nothing to clean"));
        // It survives the model's JSON round trip (as the timeline store does it).
        TimelineEvent stored = skipped;
        stored.incidentId = newId();
        QCOMPARE(dumped(TimelineEvent::fromJson(stored.toJson()).payload), dumped(skipped.payload));
    }

    void commandEventCarriesTheResult()
    {
        const TimelineEvent event = commandAt(0, 1, 0, QStringLiteral("/dev/sda1 91%\n"));
        QCOMPARE(event.type, TimelineEvent::Type::CommandRun);
        QCOMPARE(event.text, QStringLiteral("Ran the command of step 2 of Disk full: exit code 0"));
        QCOMPARE(event.payload.at("runbook").get<QString>(), Key);
        QCOMPARE(event.payload.at("step").get<int>(), 1);
        QCOMPARE(event.payload.at("command").get<QString>(), QStringLiteral("df -h"));
        QCOMPARE(event.payload.at("exitCode").get<int>(), 0);
    }

    void withoutEventsEveryStepIsPending()
    {
        const auto steps = RunbookProgress::fold(diskFull(), Key, {});
        QCOMPARE(statesOf(steps), (QStringList{QStringLiteral("pending"), QStringLiteral("pending"),
                                               QStringLiteral("pending")}));
        QCOMPARE(steps.at(2).index, 2);
        QVERIFY(steps.at(0).by.isEmpty());
        QCOMPARE(steps.at(0).exitCode, std::nullopt);
    }

    void theLatestEventWinsByTime()
    {
        const QList<TimelineEvent> events = {
            stepAt(30, 0, QStringLiteral("done"), QStringLiteral("ben")),
            stepAt(10, 0, QStringLiteral("failed"), QStringLiteral("ana")), // earlier, listed later
            stepAt(20, 1, QStringLiteral("started"), QStringLiteral("ana")),
            stepAt(40, 1, QStringLiteral("failed"), QStringLiteral("ana")),
            stepAt(50, 2, QStringLiteral("done"), QStringLiteral("ana"),
                   QStringLiteral("other.md")), // another runbook
        };
        const auto steps = RunbookProgress::fold(diskFull(), Key, events);
        QCOMPARE(statesOf(steps), (QStringList{QStringLiteral("done"), QStringLiteral("failed"),
                                               QStringLiteral("pending")}));
        QCOMPARE(steps.at(0).by, QStringLiteral("ben"));
        QCOMPARE(steps.at(0).at, Start.addSecs(30));
        QCOMPARE(steps.at(1).at, Start.addSecs(40));
    }

    void stepsKeepTheirStateWhenTheFileGainsAStep()
    {
        const QList<TimelineEvent> events = {
            stepAt(10, 1, QStringLiteral("done"), QStringLiteral("ana")), // "Check disk usage"
        };
        Runbook edited = diskFull();
        edited.steps.insert(0, {QStringLiteral("Open the dashboard"), {}});
        const auto steps = RunbookProgress::fold(edited, Key, events);
        QCOMPARE(statesOf(steps), (QStringList{QStringLiteral("pending"), QStringLiteral("pending"),
                                               QStringLiteral("done"), QStringLiteral("pending")}));
        edited.steps.removeAt(2); // the step is gone: its event no longer counts
        QCOMPARE(statesOf(RunbookProgress::fold(edited, Key, events)),
                 (QStringList{QStringLiteral("pending"), QStringLiteral("pending"),
                              QStringLiteral("pending")}));
    }

    void aCorrectedStepEventNoLongerCounts()
    {
        const TimelineEvent done = stepAt(10, 0, QStringLiteral("done"), QStringLiteral("ana"));
        const TimelineEvent wrong = stepAt(20, 1, QStringLiteral("done"), QStringLiteral("ana"));
        TimelineEvent correction;
        correction.id = newId();
        correction.type = TimelineEvent::Type::Note;
        correction.time = Start.addSecs(30);
        correction.text = QStringLiteral("Step 2 was not done: wrong host");
        correction.correctsId = wrong.id;

        auto steps = RunbookProgress::fold(diskFull(), Key, {done, wrong, correction});
        QCOMPARE(statesOf(steps), (QStringList{QStringLiteral("done"), QStringLiteral("pending"),
                                               QStringLiteral("pending")}));
        QVERIFY(steps.at(1).by.isEmpty());

        // A correction that is itself a runbook_step event states the step anew.
        TimelineEvent restated = stepAt(15, 0, QStringLiteral("skipped"), QStringLiteral("ben"));
        restated.payload["reason"] = "already clean";
        restated.correctsId = done.id;
        steps = RunbookProgress::fold(diskFull(), Key, {done, wrong, correction, restated});
        QCOMPARE(statesOf(steps), (QStringList{QStringLiteral("skipped"), QStringLiteral("pending"),
                                               QStringLiteral("pending")}));
        QCOMPARE(steps.at(0).reason, QStringLiteral("already clean"));
        QCOMPARE(steps.at(0).by, QStringLiteral("ben"));
    }

    void commandRunsGiveOutputAndExitCode()
    {
        const QList<TimelineEvent> events = {
            commandAt(10, 1, 1, QStringLiteral("df: cannot read\n")),
            commandAt(20, 1, 0, QStringLiteral("/dev/sda1 91%\n")),
            stepAt(30, 1, QStringLiteral("done"), QStringLiteral("ana")),
            commandAt(5, 0, 0, QStringLiteral("Sat Nov 21\n")),
        };
        const auto steps = RunbookProgress::fold(diskFull(), Key, events);
        QCOMPARE(statesOf(steps), (QStringList{QStringLiteral("pending"), QStringLiteral("done"),
                                               QStringLiteral("pending")}));
        QCOMPARE(steps.at(1).output, QStringLiteral("/dev/sda1 91%\n"));
        QCOMPARE(steps.at(1).exitCode, std::optional<int>(0));
        QCOMPARE(steps.at(0).output, QStringLiteral("Sat Nov 21\n"));
        QCOMPARE(steps.at(0).exitCode, std::optional<int>(0));
    }

    void malformedEventsAreLeftOut()
    {
        TimelineEvent noStep = stepAt(10, 0, QStringLiteral("done"), QStringLiteral("ana"));
        noStep.payload.erase("step");
        TimelineEvent outOfRange = stepAt(11, 7, QStringLiteral("done"), QStringLiteral("ana"));
        TimelineEvent badState = stepAt(12, 1, QStringLiteral("done"), QStringLiteral("ana"));
        badState.payload["state"] = "finished";
        TimelineEvent textStep = stepAt(13, 2, QStringLiteral("done"), QStringLiteral("ana"));
        textStep.payload["step"] = "2";
        TimelineEvent note = stepAt(14, 0, QStringLiteral("done"), QStringLiteral("ana"));
        note.type = TimelineEvent::Type::Note; // a note with a copied payload is no step
        const auto steps =
            RunbookProgress::fold(diskFull(), Key, {noStep, outOfRange, badState, textStep, note});
        QCOMPARE(statesOf(steps), (QStringList{QStringLiteral("pending"), QStringLiteral("pending"),
                                               QStringLiteral("pending")}));
    }
};

OPSDECK_TEST_GUILESS_MAIN(RunbookProgressTest)
#include "tst_runbookprogress.moc"
