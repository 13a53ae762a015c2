#include "childprocess.h"
#include "commandrun.h"
#include "model/json.h"
#include "testhome.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `opsdeck incident`, `opsdeck incidents` and `opsdeck export timeline` run as a user would:
// the built binary, one process a command, against a workspace in a temporary folder.
class CliIncidentsTest : public QObject {
    Q_OBJECT

private:
    using Run = opsdeck::test::CommandRun;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_key; // the incident the tests walk through its lifecycle

    Run opsdeck(const QStringList &arguments) const
    {
        return opsdeck::test::runCommand(
            QStringLiteral(OPSDECK_BINARY),
            QStringList{QStringLiteral("--workspace"), m_workspace} + arguments,
            {m_home.path(), {{QStringLiteral("USER"), QStringLiteral("tester")}}, {}, {}});
    }

    QJsonObject listed(const QString &key) const
    {
        const Run list = opsdeck({QStringLiteral("incidents"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue &value : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
            if (value.toObject().value(QStringLiteral("key")).toString() == key) {
                return value.toObject();
            }
        }
        return {};
    }

    QJsonArray timeline(const QString &key) const
    {
        const Run run = opsdeck({QStringLiteral("export"), QStringLiteral("timeline"), key,
                                 QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    static QStringList field(const QJsonArray &events, const QString &name)
    {
        QStringList values;
        for (const QJsonValue &event : events) {
            values.append(event.toObject().value(name).toString());
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("workspace.opsdeck"));
    }

    void declareShowsInList()
    {
        const Run declared = opsdeck(
            {QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
             QStringLiteral("Checkout fails"), QStringLiteral("--severity"), QStringLiteral("SEV2"),
             QStringLiteral("--service"), QStringLiteral("checkout"), QStringLiteral("--tag"),
             QStringLiteral("payments"), QStringLiteral("--alert"), QStringLiteral("abc123")});
        QVERIFY2(declared.exitCode == 0, qPrintable(declared.err));
        m_key = declared.out.trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^INC-\\d{4}-0001$")).match(m_key).hasMatch(),
                 qPrintable(m_key));

        // Another process sees it: the table and the JSON.
        const Run table = opsdeck({QStringLiteral("incidents"), QStringLiteral("list")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(m_key) && table.out.contains(QStringLiteral("Checkout fails")),
                 qPrintable(table.out));
        const QJsonObject incident = listed(m_key);
        QCOMPARE(incident.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV2"));
        QCOMPARE(incident.value(QStringLiteral("status")).toString(), QStringLiteral("triage"));
        QCOMPARE(incident.value(QStringLiteral("services")).toArray().first().toString(),
                 QStringLiteral("checkout"));
        QCOMPARE(incident.value(QStringLiteral("alertFingerprints")).toArray().first().toString(),
                 QStringLiteral("abc123"));
        const QJsonArray events = timeline(m_key);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("status_changed"));
        QCOMPARE(events.first().toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("tester"));
    }

    void lifecycleIsRecordedInOrder()
    {
        const QStringList steps = {QStringLiteral("investigating"), QStringLiteral("identified"),
                                   QStringLiteral("mitigated"), QStringLiteral("resolved")};
        for (const QString &step : steps) {
            const Run run =
                opsdeck({QStringLiteral("incident"), QStringLiteral("status"), m_key, step});
            QVERIFY2(run.exitCode == 0, qPrintable(step + QLatin1Char(' ') + run.err));
            QCOMPARE(listed(m_key).value(QStringLiteral("status")).toString(), step);
        }
        const QJsonArray events = timeline(m_key);
        QCOMPARE(events.size(), 5);
        QStringList reached;
        const QStringList times = field(events, QStringLiteral("time"));
        for (qsizetype i = 1; i < events.size(); ++i) {
            const QJsonObject event = events.at(i).toObject();
            QCOMPARE(event.value(QStringLiteral("type")).toString(),
                     QStringLiteral("status_changed"));
            reached.append(event.value(QStringLiteral("payload"))
                               .toObject()
                               .value(QStringLiteral("to"))
                               .toString());
        }
        QCOMPARE(reached, steps);
        QStringList sorted = times;
        sorted.sort();
        QCOMPARE(times, sorted);
    }

    void refusedTransitionChangesNothing()
    {
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("status"), m_key,
                          QStringLiteral("closed")})
                     .exitCode,
                 0);
        const QJsonObject before = listed(m_key);
        const qsizetype eventsBefore = timeline(m_key).size();
        const Run refused = opsdeck({QStringLiteral("incident"), QStringLiteral("status"), m_key,
                                     QStringLiteral("investigating")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("closed incident cannot change")),
                 qPrintable(refused.err));
        QCOMPARE(listed(m_key), before);
        QCOMPARE(timeline(m_key).size(), eventsBefore);
        QCOMPARE(before.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));

        // Closing straight from triage needs --false-alarm.
        const Run second = opsdeck({QStringLiteral("incident"), QStringLiteral("declare"),
                                    QStringLiteral("--title"), QStringLiteral("Noise"),
                                    QStringLiteral("--severity"), QStringLiteral("sev4")});
        QCOMPARE(second.exitCode, 0);
        const QString noise = second.out.trimmed();
        const Run early = opsdeck({QStringLiteral("incident"), QStringLiteral("status"), noise,
                                   QStringLiteral("closed")});
        QCOMPARE(early.exitCode, 1);
        QVERIFY2(early.err.contains(QStringLiteral("false alarm")), qPrintable(early.err));
        QCOMPARE(listed(noise).value(QStringLiteral("status")).toString(),
                 QStringLiteral("triage"));
        // The flag belongs to closing; with another status it is a mistake, not ignored.
        const Run misplaced =
            opsdeck({QStringLiteral("incident"), QStringLiteral("status"), noise,
                     QStringLiteral("mitigated"), QStringLiteral("--false-alarm")});
        QCOMPARE(misplaced.exitCode, 2);
        QVERIFY2(misplaced.err.contains(QStringLiteral("closed")), qPrintable(misplaced.err));
        QCOMPARE(listed(noise).value(QStringLiteral("status")).toString(),
                 QStringLiteral("triage"));
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("status"), noise,
                          QStringLiteral("closed"), QStringLiteral("--false-alarm")})
                     .exitCode,
                 0);
        QCOMPARE(listed(noise).value(QStringLiteral("falseAlarm")).toBool(), true);
        const Run inTriage = opsdeck({QStringLiteral("incidents"), QStringLiteral("list"),
                                      QStringLiteral("--status"), QStringLiteral("triage")});
        QCOMPARE(inTriage.exitCode, 0);
        QVERIFY2(!inTriage.out.contains(m_key) && !inTriage.out.contains(noise),
                 qPrintable(inTriage.out));
    }

    void roleAndNoteAreRecorded()
    {
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("role"), m_key,
                          QStringLiteral("commander"), QStringLiteral("Alice")})
                     .exitCode,
                 0);
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("role"), m_key,
                          QStringLiteral("scribe"), QStringLiteral("Bob")})
                     .exitCode,
                 0);
        const Run note = opsdeck({QStringLiteral("incident"), QStringLiteral("note"), m_key,
                                  QStringLiteral("Rolled back, \"v2\" is out"),
                                  QStringLiteral("--author"), QStringLiteral("Carol")});
        QVERIFY2(note.exitCode == 0, qPrintable(note.err));
        const QJsonObject incident = listed(m_key);
        QCOMPARE(incident.value(QStringLiteral("commander")).toString(), QStringLiteral("Alice"));
        QCOMPARE(incident.value(QStringLiteral("roles"))
                     .toObject()
                     .value(QStringLiteral("scribe"))
                     .toString(),
                 QStringLiteral("Bob"));
        const QJsonArray events = timeline(m_key);
        const QStringList types = field(events, QStringLiteral("type"));
        QCOMPARE(types.mid(types.size() - 3),
                 (QStringList{QStringLiteral("role_assigned"), QStringLiteral("role_assigned"),
                              QStringLiteral("note")}));
        QCOMPARE(events.last().toObject().value(QStringLiteral("author")).toString(),
                 QStringLiteral("Carol"));
        QCOMPARE(events.last().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Rolled back, \"v2\" is out"));
    }

    void eventsCanBeRecordedAfterTheFact()
    {
        // A scribe writes up what happened while they were busy: --at names when.
        const Run declared = opsdeck({QStringLiteral("incident"), QStringLiteral("declare"),
                                      QStringLiteral("--title"), QStringLiteral("Late write-up"),
                                      QStringLiteral("--severity"), QStringLiteral("SEV3"),
                                      QStringLiteral("--at"), QStringLiteral("1h")});
        QCOMPARE(declared.exitCode, 0);
        const QString key = declared.out.trimmed();
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("status"), key,
                          QStringLiteral("investigating"), QStringLiteral("--at"),
                          QStringLiteral("50m")})
                     .exitCode,
                 0);
        const QString when = opsdeck::toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(-40 * 60));
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("note"), key,
                          QStringLiteral("rolled back"), QStringLiteral("--at"), when})
                     .exitCode,
                 0);
        const QJsonArray events = timeline(key);
        QCOMPARE(events.size(), 3);
        const auto minutesAgo = [](const QJsonValue &event) {
            const auto time = opsdeck::fromIsoUtc(event[QLatin1String("time")].toString());
            return time ? time->secsTo(QDateTime::currentDateTimeUtc()) / 60 : -1;
        };
        QCOMPARE(minutesAgo(events.at(0)), 60);
        QCOMPARE(minutesAgo(events.at(1)), 50);
        QCOMPARE(minutesAgo(events.at(2)), 40);
        QCOMPARE(events.at(2)[QLatin1String("time")].toString(), when);

        // Not before the incident started, and not in the future.
        const Run tooEarly =
            opsdeck({QStringLiteral("incident"), QStringLiteral("status"), key,
                     QStringLiteral("mitigated"), QStringLiteral("--at"), QStringLiteral("2h")});
        QCOMPARE(tooEarly.exitCode, 1);
        QVERIFY2(tooEarly.err.contains(QStringLiteral("before")), qPrintable(tooEarly.err));
        const Run future =
            opsdeck({QStringLiteral("incident"), QStringLiteral("note"), key, QStringLiteral("x"),
                     QStringLiteral("--at"), QStringLiteral("2099-01-01T00:00:00Z")});
        QCOMPARE(future.exitCode, 2);
        QVERIFY2(future.err.contains(QStringLiteral("--at")), qPrintable(future.err));
        QCOMPARE(timeline(key).size(), 3);
    }

    void exportsMarkdownAndCsv()
    {
        const Run markdown = opsdeck({QStringLiteral("export"), QStringLiteral("timeline"), m_key,
                                      QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY2(markdown.out.startsWith(QStringLiteral("# %1: Checkout fails\n").arg(m_key)),
                 qPrintable(markdown.out));
        QVERIFY(markdown.out.contains(QStringLiteral("| Carol | Rolled back, \"v2\" is out |")));
        QVERIFY(QRegularExpression(QStringLiteral("\\| \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\."
                                                  "\\d{3}Z \\| note \\|"))
                    .match(markdown.out)
                    .hasMatch());

        const QString file = m_dir.filePath(QStringLiteral("timeline.csv"));
        const Run csv = opsdeck({QStringLiteral("export"), QStringLiteral("timeline"), m_key,
                                 QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--output"), file});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.isEmpty());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(written.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("time,type,author,text"));
        QCOMPARE(lines.size(), 1 + timeline(m_key).size() + 1); // header, events, final CRLF
        QVERIFY2(lines.at(lines.size() - 2)
                     .endsWith(QStringLiteral(",note,Carol,\"Rolled back, \"\"v2\"\" is out\"")),
                 qPrintable(lines.at(lines.size() - 2)));
        QVERIFY(lines.at(1).contains(QStringLiteral(",status_changed,tester,")));
    }

    void failuresExitWithTheRightCode()
    {
        const Run unknown = opsdeck({QStringLiteral("incident"), QStringLiteral("note"),
                                     QStringLiteral("INC-1999-0042"), QStringLiteral("hello")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(
                     QStringLiteral("no incident INC-1999-0042 in %1").arg(m_workspace)),
                 qPrintable(unknown.err));
        QCOMPARE(opsdeck({QStringLiteral("export"), QStringLiteral("timeline"),
                          QStringLiteral("INC-1999-0042"), QStringLiteral("--format"),
                          QStringLiteral("json")})
                     .exitCode,
                 1);

        const Run severity = opsdeck({QStringLiteral("incident"), QStringLiteral("declare"),
                                      QStringLiteral("--title"), QStringLiteral("x"),
                                      QStringLiteral("--severity"), QStringLiteral("SEV9")});
        QCOMPARE(severity.exitCode, 2);
        QVERIFY2(severity.err.contains(QStringLiteral("--severity")) &&
                     severity.err.contains(QStringLiteral("SEV9")),
                 qPrintable(severity.err));
        const Run status = opsdeck(
            {QStringLiteral("incident"), QStringLiteral("status"), m_key, QStringLiteral("done")});
        QCOMPARE(status.exitCode, 2);
        QVERIFY(status.err.contains(QStringLiteral("done")));
        const Run role = opsdeck({QStringLiteral("incident"), QStringLiteral("role"), m_key,
                                  QStringLiteral("janitor"), QStringLiteral("Dan")});
        QCOMPARE(role.exitCode, 2);
        QVERIFY(role.err.contains(QStringLiteral("janitor")));
        const Run format = opsdeck({QStringLiteral("export"), QStringLiteral("timeline"), m_key,
                                    QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.err.contains(QStringLiteral("pdf")));
        // Nothing of the refused commands reached the workspace.
        const Run list = opsdeck({QStringLiteral("incidents"), QStringLiteral("list"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(),
                 3); // the three declared by the tests above
    }
};

OPSDECK_TEST_GUILESS_MAIN(CliIncidentsTest)
#include "tst_cliincidents.moc"
