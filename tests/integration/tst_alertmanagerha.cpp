#include "alarms/acknowledgedialog.h"
#include "alarms/alarmservice.h"
#include "alertmanagercluster.h"
#include "commandrun.h"
#include "httpfetch.h"
#include "testhome.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using opsdeck::AlarmService;
using opsdeck::Alert;
using opsdeck::BackendDefinition;
using opsdeck::Silence;
using opsdeck::test::AlertmanagerCluster;
using opsdeck::ui::AcknowledgeDialog;

namespace {

constexpr int kWaitMs = 30000; // the machine is slow; a passing test takes seconds

// The silences one Alertmanager holds with this comment that are not expired, by id.
QStringList liveSilenceIds(const QUrl &alertmanager, const QString &comment)
{
    const auto answer =
        opsdeck::test::httpGet(alertmanager.resolved(QUrl(QStringLiteral("api/v2/silences"))));
    QStringList ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(answer.body).array()) {
        const QJsonObject silence = value.toObject();
        const QString state = silence.value(QStringLiteral("status"))
                                  .toObject()
                                  .value(QStringLiteral("state"))
                                  .toString();
        if (silence.value(QStringLiteral("comment")).toString() == comment &&
            state != QLatin1String("expired")) {
            ids.append(silence.value(QStringLiteral("id")).toString());
        }
    }
    ids.sort();
    return ids;
}

BackendDefinition member(const QString &id, const QUrl &url)
{
    BackendDefinition definition;
    definition.id = id;
    definition.name = id;
    definition.kind = opsdeck::BackendKind::Alertmanager;
    definition.url = url.toString();
    definition.proxy = QStringLiteral("none"); // loopback; a desktop proxy must not interfere
    definition.intervalSeconds = 1;            // the console learns soon what the cluster gossiped
    return definition;
}

// An hour's silence of one alert name, by alice.
Silence silenceOf(const QString &alertname, const QString &comment)
{
    Silence silence;
    silence.matchers = {{QStringLiteral("alertname"), alertname, false, true}};
    silence.startsAt = QDateTime::currentDateTimeUtc();
    silence.endsAt = silence.startsAt.addSecs(3600);
    silence.createdBy = QStringLiteral("alice");
    silence.comment = comment;
    return silence;
}

struct Saved {
    bool answered = false;
    QString id;
    QString error;
};

// Saves through the console's service and waits for its answer.
Saved saveAndWait(AlarmService &alarms, const Silence &silence, const QStringList &targets)
{
    Saved saved;
    alarms.saveSilence(silence, targets, [&saved](const QString &id, const QString &error) {
        saved = {true, id, error};
    });
    (void)QTest::qWaitFor([&saved] { return saved.answered; }, kWaitMs);
    return saved;
}

} // namespace

// The console's Acknowledge and `opsdeck silence` against a real HA pair of Alertmanagers
// that gossip: both follow AlarmClient's rules, so each silence is made once, on one member,
// and both members hold it under the same id.
class AlertmanagerHaTest : public QObject {
    Q_OBJECT

private:
    AlertmanagerCluster m_cluster;
    QTemporaryDir m_home;
    QTemporaryDir m_dir;

    opsdeck::test::CommandRun opsdeck(const QStringList &arguments) const
    {
        return opsdeck::test::runCommand(
            QStringLiteral(OPSDECK_BINARY),
            QStringList{QStringLiteral("--workspace"),
                        m_dir.filePath(QStringLiteral("workspace.opsdeck"))} +
                arguments,
            {m_home.path(), {}, {}, {}});
    }

    QStringList bothUrls() const
    {
        return {QStringLiteral("--alertmanager"), m_cluster.url(0).toString(),
                QStringLiteral("--alertmanager"), m_cluster.url(1).toString()};
    }

    // Waits until both members hold exactly `ids` with this comment.
    bool bothHold(const QString &comment, const QStringList &ids) const
    {
        return QTest::qWaitFor(
            [&] {
                return liveSilenceIds(m_cluster.url(0), comment) == ids &&
                       liveSilenceIds(m_cluster.url(1), comment) == ids;
            },
            kWaitMs);
    }

    void startService(AlarmService &alarms) const
    {
        alarms.setBackends({member(QStringLiteral("am-a"), m_cluster.url(0)),
                            member(QStringLiteral("am-b"), m_cluster.url(1))});
        alarms.start();
    }

    static Alert reportedByBoth(const QString &name)
    {
        Alert alert;
        alert.labels = {{QStringLiteral("alertname"), name},
                        {QStringLiteral("service"), QStringLiteral("checkout")}};
        alert.fingerprint = name;
        alert.state = Alert::State::Active;
        alert.startsAt = QDateTime::currentDateTimeUtc();
        alert.sources = {QStringLiteral("am-a"), QStringLiteral("am-b")};
        return alert;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.start(2, &error), qPrintable(error));
    }

    void commandLineAddMakesOneSilenceThatBothMembersHold()
    {
        const auto added = opsdeck(QStringList{QStringLiteral("silence"), QStringLiteral("add"),
                                               QStringLiteral("alertname=HaCommandLine"),
                                               QStringLiteral("--duration"), QStringLiteral("1h"),
                                               QStringLiteral("--comment"),
                                               QStringLiteral("from the command line")} +
                                   bothUrls());
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QStringList ids = added.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(ids.size(), 1); // one cluster, one silence
        QVERIFY(bothHold(QStringLiteral("from the command line"), ids));

        // Listed once, held by both.
        const auto listed =
            opsdeck(QStringList{QStringLiteral("silence"), QStringLiteral("list"),
                                QStringLiteral("--format"), QStringLiteral("json")} +
                    bothUrls());
        QCOMPARE(listed.exitCode, 0);
        int found = 0;
        for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject silence = value.toObject();
            if (silence.value(QStringLiteral("id")).toString() == ids.first()) {
                ++found;
                QCOMPARE(silence.value(QStringLiteral("sources")).toArray().size(), 2);
            }
        }
        QCOMPARE(found, 1);
    }

    void acknowledgeInTheConsoleMakesTheSameSilences()
    {
        AlarmService alarms;
        startService(alarms);
        QWidget window;
        AcknowledgeDialog::openFor(&alarms, {reportedByBoth(QStringLiteral("HaConsole"))}, &window);
        auto *dialog = window.findChild<AcknowledgeDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("authorEdit"))
            ->setText(QStringLiteral("alice"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("commentEdit"))
            ->setPlainText(QStringLiteral("from the console"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChildren<AcknowledgeDialog *>().isEmpty(), kWaitMs);

        const QStringList onFirst =
            liveSilenceIds(m_cluster.url(0), QStringLiteral("from the console"));
        const QStringList onSecond =
            liveSilenceIds(m_cluster.url(1), QStringLiteral("from the console"));
        QVERIFY(onFirst.size() == 1 || onSecond.size() == 1); // made on one member ...
        const QStringList ids = onFirst.isEmpty() ? onSecond : onFirst;
        QCOMPARE(ids.size(), 1);
        QVERIFY(bothHold(QStringLiteral("from the console"), ids)); // ... and gossiped

        // The console then sees it once, held by both members.
        QTRY_VERIFY_WITH_TIMEOUT(alarms.silence(ids.first()) &&
                                     alarms.silence(ids.first())->sources.size() == 2,
                                 kWaitMs);
    }

    void editAndExpireGoToOneHolderAndReachBoth()
    {
        AlarmService alarms;
        startService(alarms);
        const Saved created =
            saveAndWait(alarms, silenceOf(QStringLiteral("HaEdit"), QStringLiteral("to be edited")),
                        alarms.alertmanagerIds());
        QVERIFY(created.answered);
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        const QString createdId = created.id;
        QVERIFY(bothHold(QStringLiteral("to be edited"), {createdId}));
        QTRY_VERIFY_WITH_TIMEOUT(
            alarms.silence(createdId) && alarms.silence(createdId)->sources.size() == 2, kWaitMs);

        // A longer end keeps the id; both members learn it.
        Silence edited = *alarms.silence(createdId);
        edited.comment = QStringLiteral("edited");
        edited.endsAt = edited.endsAt.addSecs(3600);
        const Saved saved = saveAndWait(alarms, edited, {});
        QVERIFY(saved.answered);
        QVERIFY2(saved.error.isEmpty(), qPrintable(saved.error));
        const QString editedId = saved.id;
        QVERIFY(bothHold(QStringLiteral("edited"), {editedId}));
        QVERIFY(bothHold(QStringLiteral("to be edited"), {}));

        // `opsdeck silence expire` finds its holders and expires it once for the cluster.
        const auto expired =
            opsdeck(QStringList{QStringLiteral("silence"), QStringLiteral("expire"), editedId} +
                    bothUrls());
        QVERIFY2(expired.exitCode == 0, qPrintable(expired.err));
        QVERIFY(expired.out.contains(editedId));
        QVERIFY(bothHold(QStringLiteral("edited"), {}));
    }

    // Last: it stops a member. HA is for this: the other member takes the silence, and the
    // command line says which one did not answer.
    void aMemberDownStillSilencesThroughTheOther()
    {
        m_cluster.stop(0);
        const auto added =
            opsdeck(QStringList{QStringLiteral("silence"), QStringLiteral("add"),
                                QStringLiteral("alertname=HaDown"), QStringLiteral("--duration"),
                                QStringLiteral("1h"), QStringLiteral("--comment"),
                                QStringLiteral("one member down")} +
                    bothUrls());
        QCOMPARE(added.exitCode, 1); // not every Alertmanager answered ...
        QVERIFY2(added.err.contains(m_cluster.url(0).authority()), qPrintable(added.err));
        const QStringList ids = added.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(ids.size(), 1); // ... but the silence exists
        QTRY_COMPARE_WITH_TIMEOUT(
            liveSilenceIds(m_cluster.url(1), QStringLiteral("one member down")), ids, kWaitMs);

        AlarmService alarms;
        startService(alarms);
        const Saved created = saveAndWait(
            alarms,
            silenceOf(QStringLiteral("HaDownConsole"), QStringLiteral("console, one member down")),
            alarms.alertmanagerIds());
        QVERIFY(created.answered);
        // Acknowledged: a retry would duplicate it.
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        QTRY_COMPARE_WITH_TIMEOUT(
            liveSilenceIds(m_cluster.url(1), QStringLiteral("console, one member down")),
            QStringList{created.id}, kWaitMs);
    }
};

OPSDECK_TEST_MAIN(AlertmanagerHaTest)
#include "tst_alertmanagerha.moc"
