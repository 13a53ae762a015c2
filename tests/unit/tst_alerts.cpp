#include "alarms/alertanswerpipe.h"
#include "alarms/alertanswerreader.h"
#include "alarms/alertparser.h"
#include "alarms/alertsnapshot.h"
#include "alarms/alerttextreader.h"
#include "testhome.h"

#include <QRandomGenerator>
#include <QTest>

#include <optional>

using namespace opsdeck;
using namespace Qt::StringLiterals;

namespace {

Alert alertNamed(const QString &name, const QString &source,
                 Alert::State state = Alert::State::Active)
{
    Alert alert;
    alert.labels = {{QStringLiteral("alertname"), name},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
    alert.fingerprint = AlertParser::fingerprint(alert.labels);
    alert.state = state;
    alert.sources = {source};
    alert.startsAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    return alert;
}

// Two alerts that the parse cache keeps.
QByteArray twoAlerts()
{
    return "[{\"labels\":{\"alertname\":\"A\"},\"startsAt\":\"2026-11-21T10:00:00Z\"},"
           "{\"labels\":{\"alertname\":\"B\"},\"startsAt\":\"2026-11-21T10:00:00Z\"}]";
}

// `body` read through `pipe`, once its workers have answered.
ParsedAlerts readThrough(AlertAnswerPipe &pipe, const QByteArray &body)
{
    pipe.add(body);
    std::optional<ParsedAlerts> parsed;
    pipe.finish([&parsed](ParsedAlerts answer) { parsed = std::move(answer); });
    if (!QTest::qWaitFor([&parsed] { return parsed.has_value(); })) {
        return ParsedAlerts{{}, {}, QStringLiteral("no answer")};
    }
    return *parsed;
}

} // namespace

class AlertsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alertmanagerAnswersAreRead()
    {
        const QByteArray body =
            "[{\"labels\":{\"alertname\":\"DiskFull\",\"severity\":\"warning\"},"
            "\"annotations\":{\"summary\":\"Disk 91% full\"},\"fingerprint\":\"0123456789abcdef\","
            "\"startsAt\":\"2026-11-21T10:00:00.000Z\",\"endsAt\":\"2026-11-21T11:00:00.000Z\","
            "\"updatedAt\":\"2026-11-21T10:01:00.000Z\",\"generatorURL\":\"http://p/graph\","
            "\"status\":{\"state\":\"suppressed\",\"silencedBy\":[\"s1\"],\"inhibitedBy\":[]}},"
            "{\"labels\":{\"alertname\":\"Broken\"},\"startsAt\":\"yesterday\"},"
            "{\"labels\":{\"alertname\":\"NoFingerprint\"},\"startsAt\":\"2026-11-21T10:00:00Z\"}]";
        const ParsedAlerts parsed = AlertParser::parseAlertmanager(body, QStringLiteral("am-1"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.alerts.size(), 2);
        QCOMPARE(parsed.warnings.size(), 1);
        QVERIFY2(parsed.warnings.first().startsWith(QStringLiteral("[1].startsAt")),
                 qPrintable(parsed.warnings.first()));
        const Alert &disk = parsed.alerts.first();
        QCOMPARE(disk.name(), QStringLiteral("DiskFull"));
        QCOMPARE(disk.state, Alert::State::Suppressed);
        QCOMPARE(disk.silencedBy, QStringList{QStringLiteral("s1")});
        QCOMPARE(disk.sources, QStringList{QStringLiteral("am-1")});
        QCOMPARE(disk.fingerprint, QStringLiteral("0123456789abcdef"));
        QCOMPARE(parsed.alerts.at(1).fingerprint,
                 AlertParser::fingerprint(parsed.alerts.at(1).labels));
    }

    // Nearly every alert is read straight from its text; whatever that reading takes, Qt's JSON
    // reader reads alike, and what it declines is read fully, with the full reader's verdict.
    void theFastReadingReadsWhatTheFullReadingReads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("fast");
        const QByteArray start = "\"startsAt\":\"2026-11-21T10:00:00.123456789Z\"";
        QTest::newRow("Alertmanager's own")
            << "{\"annotations\":{\"summary\":\"Disk 91% full\"},\"endsAt\":"
               "\"2026-11-21T11:00:00.000Z\",\"fingerprint\":\"0123456789abcdef\",\"receivers\":"
               "[{\"name\":\"team\"}],\"startsAt\":\"2026-11-21T10:00:00.000Z\",\"status\":"
               "{\"inhibitedBy\":[],\"silencedBy\":[\"s1\"],\"state\":\"suppressed\"},"
               "\"updatedAt\":\"2026-11-21T10:01:00.000+01:00\",\"generatorURL\":\"http://p/g\","
               "\"labels\":{\"alertname\":\"DiskFull\",\"severity\":\"warning\"}}"_ba
            << true;
        QTest::newRow("escapes and unicode")
            << "{\"labels\":{\"alertname\":\"Say \\\"hi\\\"\\n\\u00e9\\ud83d\\ude00\\/\","
               "\"team\":\"\xc3\xa9quipe\"}," +
                   start + "}"
            << true;
        QTest::newRow("nulls and other types")
            << "{\"labels\":null,\"annotations\":null,\"fingerprint\":7,\"endsAt\":null,"
               "\"generatorURL\":[1,2.5,-0,true,false,null,{}],\"status\":{\"state\":1,"
               "\"silencedBy\":[\"a\",3,null],\"inhibitedBy\":{}}," +
                   start + " } \n"
            << true;
        QTest::newRow("status not an object") << "{" + start + ",\"status\":\"x\"}" << true;
        QTest::newRow("\\u0000 in a value")
            << "{\"labels\":{\"a\":\"x\\u0000y\"}," + start + "}" << true;
        QTest::newRow("a non-character")
            << "{\"labels\":{\"a\":\"\xef\xbf\xbe\"}," + start + "}" << true;
        // Found by fuzzing: bad UTF-8 before the first escape of a string was taken.
        QTest::newRow("bad UTF-8, then an escape")
            << "{\"labels\":{\"a\":\"x\xb0y\\u00fc\"}," + start + "}" << false;
        QTest::newRow("no start") << "{\"labels\":{\"alertname\":\"A\"}}"_ba << false;
        QTest::newRow("start null") << "{\"startsAt\":null}"_ba << false;
        QTest::newRow("bad start") << "{\"startsAt\":\"yesterday\"}"_ba << false;
        QTest::newRow("start with an offset")
            << "{\"startsAt\":\"2026-11-21T10:00:00+02:00\"}"_ba << true;
        QTest::newRow("bad end") << "{" + start + ",\"endsAt\":5}" << false;
        QTest::newRow("a label that is a number")
            << "{\"labels\":{\"a\":1}," + start + "}" << false;
        QTest::newRow("labels not an object") << "{\"labels\":[]," + start + "}" << false;
        QTest::newRow("a label twice")
            << "{\"labels\":{\"a\":\"1\",\"a\":\"2\"}," + start + "}" << false;
        QTest::newRow("labels twice") << "{\"labels\":{},\"labels\":{}," + start + "}" << false;
        QTest::newRow("an escaped name")
            << "{\"lab\\u0065ls\":{\"a\":\"1\"}," + start + "}" << false;
        QTest::newRow("an exponent") << "{\"n\":1e3," + start + "}" << false;
        QTest::newRow("a long number") << "{\"n\":1234567890123456," + start + "}" << false;
        QTest::newRow("a raw tab") << "{\"labels\":{\"a\":\"x\ty\"}," + start + "}" << false;
        QTest::newRow("a lone surrogate")
            << "{\"labels\":{\"a\":\"\\ud83d\"}," + start + "}" << false;
        QTest::newRow("bad UTF-8") << "{\"labels\":{\"a\":\"\xc3\"}," + start + "}" << false;
        QTest::newRow("an unknown escape") << "{\"labels\":{\"a\":\"\\x\"}," + start + "}" << false;
        QTest::newRow("trailing comma") << "{\"labels\":{\"a\":\"1\",}," + start + "}" << false;
        QTest::newRow("missing comma") << "{\"labels\":{\"a\":\"1\"}" + start + "}" << false;
        QTest::newRow("not closed") << "{" + start << false;
        QTest::newRow("after the object") << "{" + start + "}x" << false;
        QTest::newRow("deep") << "{\"n\":" + QByteArray(80, '[') + QByteArray(80, ']') + "," +
                                     start + "}"
                              << false;
    }

    void theFastReadingReadsWhatTheFullReadingReads()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, fast);
        const QString source = QStringLiteral("am-1");
        AlertTextPool pool;
        const std::optional<Alert> read = readAlertmanagerAlert(text, {source}, pool);
        QCOMPARE(read.has_value(), fast);
        const ParsedAlertTexts full = AlertParser::parseTextFully(text, source);
        if (read) {
            QVERIFY2(full.error.isEmpty() && full.warnings.isEmpty(),
                     qPrintable(full.error + full.warnings.join(u'\n')));
            QCOMPARE(full.alerts.size(), 1);
            QVERIFY(*read == full.alerts.first());
        }
        // An answer of the text reads what the full reading says, taken or declined.
        AlertTexts texts;
        texts.pieces = {text};
        texts.texts = {{0, 0, text.size(), 0}};
        const ParsedAlertTexts parsed = AlertParser::parseTexts(texts, source);
        QCOMPARE(parsed.error, full.error);
        QCOMPARE(parsed.warnings, full.warnings);
        QCOMPARE(parsed.alerts.size(), full.alerts.size());
        QVERIFY(parsed.alerts == full.alerts);
    }

    // A poll with the cache reads exactly what a parse without it reads, whatever the text
    // holds: braces and brackets in strings, escaped quotes, unicode, bad alerts, bad documents.
    void theParseCacheChangesNothingButSpeed_data()
    {
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("second");
        const QByteArray tricky =
            "[ {\"labels\":{\"alertname\":\"A{[\\\"}]\",\"x\":\"\\u00e9\\\\\"},"
            "\"startsAt\":\"2026-11-21T10:00:00Z\",\"annotations\":{\"summary\":\"]},{\"}},\n"
            "{\"labels\":{\"alertname\":\"B\"},\"startsAt\":\"2026-11-21T10:00:00Z\"} ]";
        const QByteArray changed =
            "[{\"labels\":{\"alertname\":\"B\"},\"startsAt\":\"2026-11-21T10:00:00Z\"},"
            "{\"labels\":{\"alertname\":\"C\"},\"startsAt\":\"nope\"}]";
        QTest::newRow("strings that look like structure") << tricky << tricky;
        QTest::newRow("one kept, one bad alert") << tricky << changed;
        QTest::newRow("empty") << QByteArray("[]") << QByteArray(" [ ] ");
        QTest::newRow("truncated") << tricky << tricky.left(tricky.size() - 30);
        QTest::newRow("bad element") << tricky << QByteArray("[{\"labels\": nope}]");
        QTest::newRow("object") << tricky << QByteArray("{\"status\":\"error\"}");
        QTest::newRow("html") << tricky << QByteArray("<html>502</html>");
    }

    void theParseCacheChangesNothingButSpeed()
    {
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, second);
        AlertParseCache cache;
        AlertParser::parseAlertmanager(first, QStringLiteral("am"), &cache);
        const ParsedAlerts cached =
            AlertParser::parseAlertmanager(second, QStringLiteral("am"), &cache);
        const ParsedAlerts plain = AlertParser::parseAlertmanager(second, QStringLiteral("am"));
        QCOMPARE(cached.error, plain.error);
        QCOMPARE(cached.warnings, plain.warnings);
        QCOMPARE(cached.alerts.size(), plain.alerts.size());
        for (qsizetype i = 0; i < plain.alerts.size(); ++i) {
            QVERIFY(sameContent(cached.alerts.at(i), plain.alerts.at(i)));
            QCOMPARE(cached.alerts.at(i).fingerprint, plain.alerts.at(i).fingerprint);
        }
        if (!plain.alerts.isEmpty() && first == second) {
            QCOMPARE(plain.alerts.first().labels.value(QStringLiteral("alertname")),
                     QStringLiteral("A{[\"}]"));
        }
    }

    // An answer read as it arrives, in pieces of any size (down to single bytes, cutting
    // escapes, strings and numbers in two), reads exactly as the whole answer does.
    void anAnswerInPiecesReadsAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray tricky =
            "[ {\"labels\":{\"alertname\":\"A{[\\\"}]\",\"x\":\"\\u00e9\\\\\"},"
            "\"startsAt\":\"2026-11-21T10:00:00Z\",\"annotations\":{\"summary\":\"]},{\"}},\n"
            "{\"labels\":{\"alertname\":\"B\"},\"startsAt\":\"2026-11-21T10:00:00Z\"} ]";
        QTest::newRow("strings that look like structure") << tricky;
        QTest::newRow("scalars among the alerts")
            << QByteArray("[12, \"text\", true, {\"labels\":{\"alertname\":\"C\"},"
                          "\"startsAt\":\"2026-11-21T10:00:00Z\"}, null]");
        QTest::newRow("cut short") << tricky.left(tricky.size() - 30);
        QTest::newRow("cut after a number") << QByteArray("[1, 2");
        QTest::newRow("bad literal") << QByteArray("[tru]");
        QTest::newRow("missing comma") << QByteArray("[{} {}]");
        QTest::newRow("trailing comma") << QByteArray("[{},]");
        QTest::newRow("text after the array") << QByteArray("[] x");
        QTest::newRow("bad inside an element") << QByteArray("[{\"labels\": nope}]");
        QTest::newRow("html") << QByteArray("  <html>502</html>");
        QTest::newRow("empty") << QByteArray();
    }

    void anAnswerInPiecesReadsAsAWhole()
    {
        QFETCH(QByteArray, body);
        const ParsedAlerts whole = AlertParser::parseAlertmanager(body, QStringLiteral("am"));
        for (const qsizetype piece : {qsizetype(1), qsizetype(2), qsizetype(7), qsizetype(64)}) {
            AlertmanagerAnswerReader reader(QStringLiteral("am"));
            for (qsizetype at = 0; at < body.size(); at += piece) {
                reader.feed(QByteArrayView(body).sliced(at, std::min(piece, body.size() - at)));
            }
            const ParsedAlerts pieces = reader.finish();
            QCOMPARE(pieces.error, whole.error);
            QCOMPARE(pieces.warnings, whole.warnings);
            QCOMPARE(pieces.alerts.size(), whole.alerts.size());
            for (qsizetype i = 0; i < whole.alerts.size(); ++i) {
                QVERIFY(sameContent(pieces.alerts.at(i), whole.alerts.at(i)));
            }
        }
    }

    // Read on workers, cut into batches (down to one alert each) that are parsed at once, the
    // answer reads exactly as it does whole: the same alerts in the same order, the same
    // warnings, the same first fault.
    void anAnswerReadOnWorkersReadsAsAWhole_data() { anAnswerInPiecesReadsAsAWhole_data(); }

    void anAnswerReadOnWorkersReadsAsAWhole()
    {
        QFETCH(QByteArray, body);
        const ParsedAlerts whole = AlertParser::parseAlertmanager(body, QStringLiteral("am"));
        for (const qsizetype batchBytes : {qsizetype(1), qsizetype(90), qsizetype(1 << 20)}) {
            QObject receiver;
            AlertAnswerPipe pipe(&receiver, QStringLiteral("am"), nullptr, batchBytes);
            for (qsizetype at = 0; at < body.size(); at += 5) {
                pipe.add(body.mid(at, 5));
            }
            std::optional<ParsedAlerts> read;
            pipe.finish([&read](ParsedAlerts parsed) { read = std::move(parsed); });
            QTRY_VERIFY(read.has_value());
            QCOMPARE(read->error, whole.error);
            QCOMPARE(read->warnings, whole.warnings);
            QCOMPARE(read->alerts.size(), whole.alerts.size());
            for (qsizetype i = 0; i < whole.alerts.size(); ++i) {
                QVERIFY(sameContent(read->alerts.at(i), whole.alerts.at(i)));
            }
        }
    }

    // A backend's cache holds what its last good answer held; a bad answer leaves it be.
    void aPipesCacheHoldsTheLastGoodAnswer()
    {
        const QByteArray good = twoAlerts();
        auto cache = std::make_shared<AlertAnswerCache>();
        QObject receiver;
        const auto read = [&](const QByteArray &body) {
            AlertAnswerPipe pipe(&receiver, QStringLiteral("am"), cache, 1);
            return readThrough(pipe, body);
        };
        QVERIFY(read(good).ok());
        QCOMPARE(cache->current()->alerts.size(), 2);
        const ParsedAlerts again = read(good);
        QVERIFY(again.ok());
        QCOMPARE(again.alerts.size(), 2);
        QCOMPARE(again.alerts.at(1).name(), QStringLiteral("B"));
        QVERIFY(!read(good.left(good.size() - 1)).ok());
        QCOMPARE(cache->current()->alerts.size(), 2);
        QVERIFY(read("[]").ok());
        QCOMPARE(cache->current()->alerts.size(), 0);
    }

    // The cache an answer replaces may hold the last copy of every alert of the answer before:
    // it is let go of with the join, on a worker, not when the pipe is destroyed on the GUI
    // thread.
    void aPipeLetsGoOfTheCacheItReplacedOnAWorker()
    {
        auto cache = std::make_shared<AlertAnswerCache>();
        QObject receiver;
        AlertAnswerPipe first(&receiver, QStringLiteral("am"), cache, 16);
        QVERIFY(readThrough(first, twoAlerts()).ok());
        const std::weak_ptr<const AlertParseCache> replaced = cache->current();
        QCOMPARE(replaced.lock()->alerts.size(), 2);
        AlertAnswerPipe second(&receiver, QStringLiteral("am"), cache, 16);
        QVERIFY(readThrough(second, twoAlerts()).ok());
        QVERIFY(cache->current() != replaced.lock());
        // Gone while the pipe that read it still exists (the last parse job may let go of its
        // copy just after its batch arrived).
        QVERIFY(QTest::qWaitFor([&replaced] { return replaced.expired(); }));
    }

    // A broken answer is refused whole, saying what is wrong and at which byte.
    void aBrokenAnswerNamesTheByte_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("missing comma")
            << QByteArray("[{\"labels\":{}} {}]")
            << "the answer is not JSON (expected ',' or ']' after an element of the array at "
               "byte 15)";
        QTest::newRow("bad value inside") << QByteArray("[{}, {\"labels\": nope}]")
                                          << "the answer is not JSON (illegal value at byte 18)";
        QTest::newRow("cut short")
            << QByteArray("[{\"labels\":{\"alertname\":\"X\"")
            << "the answer is not JSON (the answer ends before its array is closed at byte 27)";
        QTest::newRow("object") << QByteArray("{\"alerts\":[]}")
                                << "expected a JSON array of alerts, found object";
        QTest::newRow("empty") << QByteArray(" \n") << "the answer is empty";
    }

    void aBrokenAnswerNamesTheByte()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const ParsedAlerts parsed = AlertParser::parseAlertmanager(body, QStringLiteral("am"));
        QCOMPARE(parsed.error, error);
        QVERIFY(parsed.alerts.isEmpty());
    }

    void prometheusAnswersAreRead()
    {
        const QByteArray body =
            "{\"status\":\"success\",\"data\":{\"alerts\":["
            "{\"labels\":{\"alertname\":\"Lag\"},\"annotations\":{},\"state\":\"pending\","
            "\"activeAt\":\"2026-11-21T10:00:00.5Z\",\"value\":\"1e+00\"},"
            "{\"labels\":{\"alertname\":\"Odd\"},\"state\":\"sleeping\"}]}}";
        const ParsedAlerts parsed = AlertParser::parsePrometheus(body, QStringLiteral("prom"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.alerts.size(), 1);
        QCOMPARE(parsed.alerts.first().state, Alert::State::Pending);
        QCOMPARE(parsed.alerts.first().startsAt.time().msec(), 500);
        QVERIFY2(parsed.warnings.first().contains(QStringLiteral("data.alerts[1].state")),
                 qPrintable(parsed.warnings.first()));
    }

    void badAnswersSayWhatTheyAre_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("prometheus");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false
                              << "HTML";
        QTest::newRow("truncated")
            << QByteArray("[{\"labels\":{\"alertname\":\"X\"") << false << "not JSON";
        QTest::newRow("object for am") << QByteArray("{\"alerts\":[]}") << false << "array";
        QTest::newRow("array for prometheus") << QByteArray("[]") << true << "/api/v1/alerts";
    }

    void badAnswersSayWhatTheyAre()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, prometheus);
        QFETCH(QString, mentions);
        const ParsedAlerts parsed = prometheus
                                        ? AlertParser::parsePrometheus(body, QStringLiteral("b"))
                                        : AlertParser::parseAlertmanager(body, QStringLiteral("b"));
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.alerts.isEmpty());
        QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    }

    void haMembersReportingTheSameAlertShowItOnce()
    {
        const AlertSnapshot snapshot = AlertSnapshot::merge(
            {{alertNamed(QStringLiteral("A"), QStringLiteral("am-2")),
              alertNamed(QStringLiteral("B"), QStringLiteral("am-2"))},
             {alertNamed(QStringLiteral("A"), QStringLiteral("am-1"), Alert::State::Suppressed)}});
        QCOMPARE(snapshot.alerts.size(), 2);
        const auto a =
            std::find_if(snapshot.alerts.begin(), snapshot.alerts.end(),
                         [](const Alert &alert) { return alert.name() == QLatin1String("A"); });
        QCOMPARE(a->sources, (QStringList{QStringLiteral("am-1"), QStringLiteral("am-2")}));
        QCOMPARE(a->state, Alert::State::Active); // the state that asks for attention
        QVERIFY(std::is_sorted(
            snapshot.alerts.begin(), snapshot.alerts.end(),
            [](const Alert &x, const Alert &y) { return x.fingerprint < y.fingerprint; }));
    }

    // One backend's answer is usually merged by sorting alone; twice the same alert in it is
    // still shown once.
    void oneBackendReportingAnAlertTwiceShowsItOnce()
    {
        const QList<Alert> answer = {
            alertNamed(QStringLiteral("B"), QStringLiteral("am")),
            alertNamed(QStringLiteral("A"), QStringLiteral("am")),
            alertNamed(QStringLiteral("B"), QStringLiteral("am"), Alert::State::Suppressed)};
        const AlertSnapshot twice = AlertSnapshot::merge({answer});
        QCOMPARE(twice.alerts.size(), 2);
        const AlertSnapshot once = AlertSnapshot::merge({answer.first(2)});
        QCOMPARE(once.alerts.size(), 2);
        for (const AlertSnapshot &snapshot : {twice, once}) {
            QVERIFY(snapshot.alerts.first().fingerprint < snapshot.alerts.last().fingerprint);
        }
    }

    // Alertmanager answers in fingerprint order: that answer is the snapshot, shared rather
    // than copied; in that order with a twin it is still shown once.
    void anAnswerInFingerprintOrderIsTheSnapshot()
    {
        QList<Alert> answer = {alertNamed(QStringLiteral("A"), QStringLiteral("am")),
                               alertNamed(QStringLiteral("B"), QStringLiteral("am")),
                               alertNamed(QStringLiteral("C"), QStringLiteral("am"))};
        std::sort(answer.begin(), answer.end(),
                  [](const Alert &a, const Alert &b) { return a.fingerprint < b.fingerprint; });
        const AlertSnapshot snapshot = AlertSnapshot::merge({answer});
        QCOMPARE(snapshot.alerts.size(), 3);
        QCOMPARE(snapshot.alerts.constData(), answer.constData());

        QList<Alert> withTwin = answer;
        withTwin.insert(1, answer.at(0));
        withTwin[1].state = Alert::State::Suppressed;
        const AlertSnapshot once = AlertSnapshot::merge({withTwin});
        QCOMPARE(once.alerts.size(), 3);
        QCOMPARE(once.alerts.first().fingerprint, answer.first().fingerprint);
    }

    void alertmanagerSaysWhetherAnAlertIsSilenced()
    {
        Alert silenced =
            alertNamed(QStringLiteral("A"), QStringLiteral("am"), Alert::State::Suppressed);
        silenced.silencedBy = {QStringLiteral("s1")};
        const Alert firing =
            alertNamed(QStringLiteral("A"), QStringLiteral("prom"), Alert::State::Firing);
        // Whichever backend answers first, Prometheus's "firing" does not hide the silence.
        for (const auto &order : {QList<QList<Alert>>{{firing}, {silenced}},
                                  QList<QList<Alert>>{{silenced}, {firing}}}) {
            const AlertSnapshot snapshot = AlertSnapshot::merge(order);
            QCOMPARE(snapshot.alerts.size(), 1);
            QCOMPARE(snapshot.alerts.first().state, Alert::State::Suppressed);
            QCOMPARE(snapshot.alerts.first().silencedBy, QStringList{QStringLiteral("s1")});
            QCOMPARE(snapshot.alerts.first().sources.size(), 2);
        }
    }

    // Applying a diff's row operations to the old list gives the new list, for many random pairs.
    void diffsTurnOneSnapshotIntoTheNext()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round) {
            QList<Alert> before;
            QList<Alert> after;
            for (int n = 0; n < 40; ++n) {
                const QString name = QStringLiteral("alert-%1").arg(n);
                const int roll = int(random.bounded(6));
                if (roll != 0) {
                    before.append(alertNamed(name, QStringLiteral("am")));
                }
                if (roll != 1) {
                    after.append(
                        alertNamed(name, QStringLiteral("am"),
                                   roll == 2 ? Alert::State::Suppressed : Alert::State::Active));
                }
            }
            const AlertSnapshot old = AlertSnapshot::merge({before});
            const AlertSnapshot next = AlertSnapshot::merge({after});
            const AlertDiff diff = AlertDiff::between(old, next);

            QStringList rows;
            for (const Alert &alert : old.alerts) {
                rows.append(alert.fingerprint);
            }
            for (int index : diff.removed) {
                rows.removeAt(index);
            }
            for (int index : diff.inserted) {
                rows.insert(index, next.alerts.at(index).fingerprint);
            }
            QStringList expected;
            for (const Alert &alert : next.alerts) {
                expected.append(alert.fingerprint);
            }
            QCOMPARE(rows, expected);
            for (int index : diff.changed) {
                QCOMPARE(next.alerts.at(index).state, Alert::State::Suppressed);
            }
        }
        QVERIFY(AlertDiff::between(AlertSnapshot{}, AlertSnapshot{}).isEmpty());
    }
};

OPSDECK_TEST_GUILESS_MAIN(AlertsTest)
#include "tst_alerts.moc"
