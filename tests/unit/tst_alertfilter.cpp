#include "alarms/alertfilter.h"
#include "alarms/alertparser.h"
#include "alarms/silenceparser.h"
#include "testhome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opsdeck;

namespace {

Alert alertWith(const QMap<QString, QString> &labels, const QString &summary = {},
                Alert::State state = Alert::State::Active)
{
    Alert alert;
    alert.labels = labels;
    alert.annotations.insert(QStringLiteral("summary"), summary);
    alert.fingerprint = AlertParser::fingerprint(labels);
    alert.state = state;
    alert.sources = {QStringLiteral("am-1")};
    return alert;
}

// The demo's disk alert: the one most filters below are tried on.
Alert diskAlert()
{
    return alertWith({{QStringLiteral("alertname"), QStringLiteral("DiskWillFillIn4Hours")},
                      {QStringLiteral("severity"), QStringLiteral("warning")},
                      {QStringLiteral("instance"), QStringLiteral("db-01")},
                      {QStringLiteral("team"), QStringLiteral("site reliability")}},
                     QStringLiteral("Disk on db-01 fills up within 4 hours"));
}

Alert checkoutAlert()
{
    return alertWith({{QStringLiteral("alertname"), QStringLiteral("CheckoutErrorRateHigh")},
                      {QStringLiteral("severity"), QStringLiteral("critical")},
                      {QStringLiteral("service"), QStringLiteral("checkout")},
                      {QStringLiteral("comment"), QStringLiteral("say \"hi\"")}},
                     QStringLiteral("Checkout error rate above 5%"));
}

bool filterMatches(const QString &text, const Alert &alert,
                   const QHash<QString, QString> &backendNames = {})
{
    FilterError error;
    const AlertFilter filter = AlertFilter::parse(text, &error);
    if (!error.isEmpty()) {
        qWarning("unexpected error in %s: %s", qPrintable(text), qPrintable(error.message));
        return false;
    }
    return filter.matches(alert, backendNames);
}

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute), Qt::UTC);
}

Silence silenceOn(const QString &id, const QString &source, Silence::State state,
                  const QDateTime &endsAt)
{
    Silence silence;
    silence.id = id;
    silence.matchers = {{QStringLiteral("alertname"), QStringLiteral("DiskWillFillIn4Hours")}};
    silence.startsAt = at(9);
    silence.endsAt = endsAt;
    silence.state = state;
    silence.sources = {source};
    return silence;
}

} // namespace

// The filter language of the Alarms view and the silences' matchers, and reading and writing
// Alertmanager's silences.
class AlertFilterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labelMatchersFilter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("disk");
        QTest::addColumn<bool>("checkout");
        QTest::newRow("equal") << "severity=critical" << false << true;
        QTest::newRow("double equal") << "severity==warning" << true << false;
        QTest::newRow("not equal") << "severity!=critical" << true << false;
        QTest::newRow("missing label is empty") << "service!=checkout" << true << false;
        QTest::newRow("regex") << "instance=~db-0[0-9]" << true << false;
        QTest::newRow("regex is anchored at the end") << "instance=~db-0" << false << false;
        QTest::newRow("regex is anchored at the start") << "alertname=~Error.*" << false << false;
        QTest::newRow("regex alternation stays anchored")
            << "severity=~\"warn|crit\"" << false << false;
        QTest::newRow("regex alternation") << "severity=~\"warning|critical\"" << true << true;
        // Backslashes other than \" and \\ stay, as in Alertmanager: regexes need them.
        QTest::newRow("regex class in quotes") << "instance=~\"db-\\d+\"" << true << false;
        QTest::newRow("escaped dot in quotes") << "instance=~\"db\\.01\"" << false << false;
        QTest::newRow("not regex") << "alertname!~\"Disk.*\"" << false << true;
        QTest::newRow("quoted value with spaces") << "team=\"site reliability\"" << true << false;
        QTest::newRow("escaped quotes") << "comment=\"say \\\"hi\\\"\"" << false << true;
        QTest::newRow("braces and commas")
            << "{severity=\"critical\", alertname=~\"Check.*\"}" << false << true;
        QTest::newRow("all terms must hold")
            << "severity=critical instance=db-01" << false << false;
        QTest::newRow("free word in the name, any case") << "DISKWILL" << true << false;
        QTest::newRow("free word in a label value") << "db-01" << true << false;
        QTest::newRow("free word in the summary") << "5%" << false << true;
        QTest::newRow("quoted free words") << "\"fills up\"" << true << false;
        QTest::newRow("free word and matcher") << "checkout severity=critical" << false << true;
        QTest::newRow("unknown free word") << "kubernetes" << false << false;
        QTest::newRow("empty") << "  " << true << true;
    }

    void labelMatchersFilter()
    {
        QFETCH(QString, filter);
        QFETCH(bool, disk);
        QFETCH(bool, checkout);
        QCOMPARE(filterMatches(filter, diskAlert()), disk);
        QCOMPARE(filterMatches(filter, checkoutAlert()), checkout);
    }

    void pseudoLabelsFilter()
    {
        Alert silenced = diskAlert();
        silenced.state = Alert::State::Suppressed;
        silenced.silencedBy = {QStringLiteral("s-1")};
        silenced.sources = {QStringLiteral("am-1"), QStringLiteral("am-2")};
        const Alert active = checkoutAlert();
        const QHash<QString, QString> names{{QStringLiteral("am-1"), QStringLiteral("eu-west")},
                                            {QStringLiteral("am-2"), QStringLiteral("us-east")}};

        QVERIFY(filterMatches(QStringLiteral("@state=suppressed"), silenced));
        QVERIFY(!filterMatches(QStringLiteral("@state=suppressed"), active));
        QVERIFY(filterMatches(QStringLiteral("@state!=suppressed"), active));
        QVERIFY(filterMatches(QStringLiteral("@silenced=true"), silenced));
        QVERIFY(!filterMatches(QStringLiteral("@silenced=true"), active));
        QVERIFY(filterMatches(QStringLiteral("@silenced=false"), active));
        QVERIFY(!filterMatches(QStringLiteral("@silenced=false"), silenced));

        // @backend compares the backends' names, and holds when any source matches.
        QVERIFY(filterMatches(QStringLiteral("@backend=us-east"), silenced, names));
        QVERIFY(!filterMatches(QStringLiteral("@backend=us-east"), active, names));
        QVERIFY(filterMatches(QStringLiteral("@backend=eu-west"), active, names));
        QVERIFY(filterMatches(QStringLiteral("@backend=~\"eu-.*\""), silenced, names));
        // != excludes an alert any of whose backends is the one named.
        QVERIFY(!filterMatches(QStringLiteral("@backend!=us-east"), silenced, names));
        QVERIFY(filterMatches(QStringLiteral("@backend!=us-east"), active, names));
        // Without names, the id is compared.
        QVERIFY(filterMatches(QStringLiteral("@backend=am-2"), silenced));
        // A pseudo-label is not a label of that name.
        QVERIFY(!filterMatches(QStringLiteral("state=suppressed"), silenced));
        QVERIFY(
            filterMatches(QStringLiteral("@state=suppressed severity=warning db-01"), silenced));
    }

    void errorsNameTheirColumn_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad regex")
            << "severity=critical job=~\"(unclosed\"" << 19 << "not a regular expression";
        // Reported as the missing "]" it is, not as what the anchoring makes of it.
        QTest::newRow("unclosed bracket") << "job=~\"node[\"" << 1 << "terminating ]";
        QTest::newRow("unclosed bracket unquoted") << "disk job=~node[" << 6 << "terminating ]";
        QTest::newRow("unterminated quote")
            << "severity=critical team=\"pay ments" << 24 << "never closed";
        QTest::newRow("operator without a name") << "disk =value" << 6 << "label name";
        QTest::newRow("operator without a name first") << "!~x" << 1 << "label name";
        QTest::newRow("unknown field") << "severity=critical @unknown=x" << 19 << "@unknown";
        QTest::newRow("bad state") << "@state=bogus" << 1 << "bogus";
        QTest::newRow("state names the choices") << "@state=bogus" << 1 << "suppressed";
        QTest::newRow("bad silenced") << "disk @silenced=maybe" << 6 << "maybe";
    }

    void errorsNameTheirColumn()
    {
        QFETCH(QString, filter);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        FilterError error;
        const AlertFilter parsed = AlertFilter::parse(filter, &error);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QCOMPARE(error.column, column);
        QVERIFY(parsed.isEmpty());
    }

    void aGoodFilterClearsAnEarlierError()
    {
        FilterError error{QStringLiteral("old"), 3};
        const AlertFilter filter = AlertFilter::parse(QStringLiteral("severity=critical"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(error.column, 0);
        QVERIFY(!filter.isEmpty());
    }

    void matchersAreOnlyMatchers()
    {
        FilterError error;
        const QList<LabelMatcher> matchers = AlertFilter::parseMatchers(
            QStringLiteral("{alertname=\"DiskWillFillIn4Hours\", instance=~\"db-.*\", "
                           "team!=\"site reliability\", job!~node}"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error.message));
        QCOMPARE(matchers.size(), 4);
        QCOMPARE(matchers.at(0).toString(), QStringLiteral("alertname=\"DiskWillFillIn4Hours\""));
        QCOMPARE(matchers.at(1).toString(), QStringLiteral("instance=~\"db-.*\""));
        QCOMPARE(matchers.at(2).toString(), QStringLiteral("team!=\"site reliability\""));
        QCOMPARE(matchers.at(3).toString(), QStringLiteral("job!~\"node\""));
        QVERIFY(matchers.at(1).matches(QStringLiteral("db-01")));
        QVERIFY(!matchers.at(1).matches(QStringLiteral("old-db-01")));

        // Quotes and backslashes survive the round trip through toString().
        const QList<LabelMatcher> quoted =
            AlertFilter::parseMatchers(QStringLiteral("comment=\"say \\\"hi\\\" \\\\o/\""), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error.message));
        QCOMPARE(quoted.at(0).value, QStringLiteral("say \"hi\" \\o/"));
        const QList<LabelMatcher> again =
            AlertFilter::parseMatchers(quoted.at(0).toString(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error.message));
        QCOMPARE(again.at(0).value, quoted.at(0).value);

        const QList<LabelMatcher> regex =
            AlertFilter::parseMatchers(QStringLiteral("instance=~\"db-\\d+\""), &error);
        QCOMPARE(regex.at(0).value, QStringLiteral("db-\\d+"));
        QCOMPARE(regex.at(0).toString(), QStringLiteral("instance=~\"db-\\\\d+\""));
        QCOMPARE(AlertFilter::parseMatchers(regex.at(0).toString(), &error).at(0).value,
                 regex.at(0).value);

        QVERIFY(
            AlertFilter::parseMatchers(QStringLiteral("alertname=Disk disk"), &error).isEmpty());
        QCOMPARE(error.column, 16);
        QVERIFY2(error.message.contains(QStringLiteral("\"disk\"")), qPrintable(error.message));
        QVERIFY(AlertFilter::parseMatchers(QStringLiteral("alertname=Disk @state=active"), &error)
                    .isEmpty());
        QCOMPARE(error.column, 16);
        QVERIFY2(error.message.contains(QStringLiteral("@state")), qPrintable(error.message));
        QVERIFY(AlertFilter::parseMatchers(QStringLiteral(" , "), &error).isEmpty());
        QVERIFY2(error.message.contains(QStringLiteral("at least one")), qPrintable(error.message));
        QVERIFY(AlertFilter::parseMatchers(QStringLiteral("job=~\"[\""), &error).isEmpty());
        QCOMPARE(error.column, 1);
    }

    void matchersBecomeSilenceMatchersAndBack()
    {
        FilterError error;
        const QList<LabelMatcher> matchers =
            AlertFilter::parseMatchers(QStringLiteral("a=1 b!=2 c=~3 d!~4"), &error);
        QCOMPARE(matchers.size(), 4);
        for (const LabelMatcher &matcher : matchers) {
            const Silence::Matcher silenceMatcher = matcher.toSilenceMatcher();
            const LabelMatcher back = LabelMatcher::fromSilenceMatcher(silenceMatcher);
            QCOMPARE(back.toString(), matcher.toString());
        }
        QCOMPARE(matchers.at(1).toSilenceMatcher().isEqual, false);
        QCOMPARE(matchers.at(1).toSilenceMatcher().isRegex, false);
        QCOMPARE(matchers.at(3).toSilenceMatcher().isEqual, false);
        QCOMPARE(matchers.at(3).toSilenceMatcher().isRegex, true);
    }

    void silencesCoverWhatAllTheirMatchersMatch()
    {
        Silence silence;
        silence.matchers = {
            {QStringLiteral("alertname"), QStringLiteral("DiskWillFillIn4Hours")},
            {QStringLiteral("instance"), QStringLiteral("db-.*"), true, true},
            {QStringLiteral("severity"), QStringLiteral("critical"), false, false},
        };
        QVERIFY(silenceCovers(silence, diskAlert()));
        QVERIFY(!silenceCovers(silence, checkoutAlert()));

        Alert elsewhere = diskAlert();
        elsewhere.labels.insert(QStringLiteral("instance"), QStringLiteral("old-db-01"));
        QVERIFY(!silenceCovers(silence, elsewhere)); // anchored regex
        Alert critical = diskAlert();
        critical.labels.insert(QStringLiteral("severity"), QStringLiteral("critical"));
        QVERIFY(!silenceCovers(silence, critical));

        silence.matchers[1].isEqual = false; // instance!~"db-.*"
        QVERIFY(!silenceCovers(silence, diskAlert()));
        QVERIFY(silenceCovers(silence, elsewhere));

        // A silence without matchers covers nothing (Alertmanager refuses to create one).
        QVERIFY(!silenceCovers(Silence{}, diskAlert()));
    }

    void alertmanagerSilencesAreRead()
    {
        // As Alertmanager 0.25 answers GET /api/v2/silences, plus entries it never sends.
        const QByteArray body = R"([
  {"id":"1e6a1b3c-7a5e-4c1d-9d6e-2b8f0c3a4d5e","status":{"state":"active"},
   "updatedAt":"2026-11-21T09:00:00.123Z","comment":"Disk swap on db-01",
   "createdBy":"alice","endsAt":"2026-11-21T13:00:00.000Z",
   "matchers":[{"isEqual":true,"isRegex":false,"name":"alertname","value":"DiskWillFillIn4Hours"},
               {"isEqual":false,"isRegex":true,"name":"instance","value":"db-0[2-9]"}],
   "startsAt":"2026-11-21T09:00:00.123Z"},
  {"id":"no-start","status":{"state":"active"},"endsAt":"2026-11-21T13:00:00.000Z",
   "matchers":[]},
  {"id":"2f7b2c4d-8b6f-4d2e-8e7f-3c9a1d4b5e6f","status":{"state":"expired"},
   "updatedAt":"2026-11-20T12:00:00.000Z","comment":"","createdBy":"bob",
   "endsAt":"2026-11-20T12:00:00.000Z",
   "matchers":[{"isEqual":true,"isRegex":true,"name":"service","value":"checkout|cart"}],
   "startsAt":"2026-11-20T10:00:00.000Z"},
  {"id":"bad-state","status":{"state":"sleeping"},"endsAt":"2026-11-21T13:00:00.000Z",
   "startsAt":"2026-11-21T09:00:00.000Z","matchers":[]},
  "not an object",
  {"id":"3a8c3d5e-9c7a-4e3f-9f8a-4d0b2e5c6f7a","status":{"state":"pending"},
   "updatedAt":"2026-11-21T10:00:00.000Z","comment":"Deploy window","createdBy":"carol",
   "endsAt":"2026-11-21T14:00:00.000Z",
   "matchers":[{"isEqual":true,"isRegex":false,"name":"team","value":"payments"}],
   "startsAt":"2026-11-21T12:00:00.000Z"}
])";
        const ParsedSilences parsed = SilenceParser::parse(body, QStringLiteral("am-1"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.silences.size(), 3);

        const Silence &first = parsed.silences.at(0);
        QCOMPARE(first.id, QStringLiteral("1e6a1b3c-7a5e-4c1d-9d6e-2b8f0c3a4d5e"));
        QCOMPARE(first.state, Silence::State::Active);
        QCOMPARE(first.startsAt, QDateTime(QDate(2026, 11, 21), QTime(9, 0, 0, 123), Qt::UTC));
        QCOMPARE(first.endsAt, at(13));
        QCOMPARE(first.updatedAt, first.startsAt);
        QCOMPARE(first.createdBy, QStringLiteral("alice"));
        QCOMPARE(first.comment, QStringLiteral("Disk swap on db-01"));
        QCOMPARE(first.sources, QStringList{QStringLiteral("am-1")});
        QCOMPARE(first.matchers.size(), 2);
        QCOMPARE(first.matchers.at(0).name, QStringLiteral("alertname"));
        QCOMPARE(first.matchers.at(0).value, QStringLiteral("DiskWillFillIn4Hours"));
        QVERIFY(first.matchers.at(0).isEqual && !first.matchers.at(0).isRegex);
        QVERIFY(!first.matchers.at(1).isEqual && first.matchers.at(1).isRegex);
        QCOMPARE(matchersOf(first).at(1).toString(), QStringLiteral("instance!~\"db-0[2-9]\""));
        // db-01 is not excluded by instance!~"db-0[2-9]": the silence covers the disk alert.
        QVERIFY(silenceCovers(first, diskAlert()));

        QCOMPARE(parsed.silences.at(1).state, Silence::State::Expired);
        QCOMPARE(parsed.silences.at(1).createdBy, QStringLiteral("bob"));
        QCOMPARE(parsed.silences.at(2).state, Silence::State::Pending);
        QCOMPARE(parsed.silences.at(2).startsAt, at(12));

        QCOMPARE(parsed.warnings.size(), 3);
        QVERIFY2(parsed.warnings.at(0).startsWith(QStringLiteral("[1].startsAt: ")),
                 qPrintable(parsed.warnings.at(0)));
        QVERIFY2(parsed.warnings.at(1).startsWith(QStringLiteral("[3].status.state: ")),
                 qPrintable(parsed.warnings.at(1)));
        QVERIFY2(parsed.warnings.at(1).contains(QStringLiteral("active, pending, expired")),
                 qPrintable(parsed.warnings.at(1)));
        QVERIFY2(parsed.warnings.at(2).startsWith(QStringLiteral("[4].")),
                 qPrintable(parsed.warnings.at(2)));
    }

    void badSilenceDocumentsAreErrors()
    {
        ParsedSilences parsed = SilenceParser::parse("<html>login</html>", QStringLiteral("am"));
        QVERIFY2(parsed.error.contains(QStringLiteral("not JSON")), qPrintable(parsed.error));
        QVERIFY(parsed.silences.isEmpty());
        parsed = SilenceParser::parse("{\"silences\":[]}", QStringLiteral("am"));
        QVERIFY2(parsed.error.contains(QStringLiteral("array")), qPrintable(parsed.error));
        parsed = SilenceParser::parse("[]", QStringLiteral("am"));
        QVERIFY(parsed.ok());
        QVERIFY(parsed.silences.isEmpty() && parsed.warnings.isEmpty());
    }

    void apiJsonRoundTrips()
    {
        Silence silence;
        silence.id = QStringLiteral("1e6a1b3c-7a5e-4c1d-9d6e-2b8f0c3a4d5e");
        silence.matchers = {{QStringLiteral("alertname"), QStringLiteral("Disk\"Full\"")},
                            {QStringLiteral("instance"), QStringLiteral("db-.*"), true, false}};
        silence.startsAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0, 0, 250), Qt::UTC);
        silence.endsAt = at(13);
        silence.createdBy = QStringLiteral("alice");
        silence.comment = QStringLiteral("Disk swap — ticket OPS-42");

        QJsonObject object = QJsonDocument::fromJson(SilenceParser::toApiJson(silence)).object();
        QCOMPARE(object.value(QStringLiteral("id")).toString(), silence.id);
        QVERIFY(!object.contains(QStringLiteral("status"))); // Alertmanager sets the state
        // Alertmanager answers with the state; the rest must read back unchanged.
        object.insert(QStringLiteral("status"),
                      QJsonObject{{QStringLiteral("state"), QStringLiteral("active")}});
        const ParsedSilences parsed = SilenceParser::parse(
            QJsonDocument(QJsonArray{object}).toJson(), QStringLiteral("am-1"));
        QVERIFY2(parsed.ok() && parsed.warnings.isEmpty(),
                 qPrintable(parsed.error + parsed.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(parsed.silences.size(), 1);
        const Silence &back = parsed.silences.first();
        QCOMPARE(back.id, silence.id);
        QCOMPARE(back.startsAt, silence.startsAt);
        QCOMPARE(back.endsAt, silence.endsAt);
        QCOMPARE(back.createdBy, silence.createdBy);
        QCOMPARE(back.comment, silence.comment);
        QCOMPARE(back.matchers.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(back.matchers.at(i).name, silence.matchers.at(i).name);
            QCOMPARE(back.matchers.at(i).value, silence.matchers.at(i).value);
            QCOMPARE(back.matchers.at(i).isRegex, silence.matchers.at(i).isRegex);
            QCOMPARE(back.matchers.at(i).isEqual, silence.matchers.at(i).isEqual);
        }

        // A new silence goes without an id: Alertmanager makes one.
        silence.id.clear();
        QVERIFY(!QJsonDocument::fromJson(SilenceParser::toApiJson(silence))
                     .object()
                     .contains(QStringLiteral("id")));
    }

    void createdIdIsReadFromThePostAnswer()
    {
        QString error;
        QCOMPARE(SilenceParser::createdId("{\"silenceID\":\"4b1a0c2e\"}", &error),
                 QStringLiteral("4b1a0c2e"));
        QVERIFY(error.isEmpty());
        QVERIFY(SilenceParser::createdId("{\"status\":\"ok\"}", &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("silenceID")), qPrintable(error));
        error.clear();
        QVERIFY(SilenceParser::createdId("bad matcher: unexpected '='", &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("bad matcher")), qPrintable(error));
    }

    void haDuplicatesBecomeOneSilence()
    {
        // Two Alertmanagers of one cluster report the same silences; the second lags behind
        // and has not heard yet that "shared" was expired.
        Silence sharedOld = silenceOn(QStringLiteral("shared"), QStringLiteral("am-1"),
                                      Silence::State::Active, at(14));
        sharedOld.updatedAt = at(9);
        Silence sharedNew = sharedOld;
        sharedNew.sources = {QStringLiteral("am-2")};
        sharedNew.state = Silence::State::Expired;
        sharedNew.endsAt = at(10);
        sharedNew.updatedAt = at(10);

        const QList<Silence> merged = SilenceParser::merge({
            {sharedOld,
             silenceOn(QStringLiteral("gone"), QStringLiteral("am-1"), Silence::State::Expired,
                       at(8)),
             silenceOn(QStringLiteral("soon"), QStringLiteral("am-1"), Silence::State::Active,
                       at(11))},
            {silenceOn(QStringLiteral("soon"), QStringLiteral("am-2"), Silence::State::Active,
                       at(11)),
             sharedNew,
             silenceOn(QStringLiteral("later"), QStringLiteral("am-2"), Silence::State::Pending,
                       at(20))},
        });
        QStringList ids;
        for (const Silence &silence : merged) {
            ids.append(silence.id);
        }
        // Newest end first, expired last.
        QCOMPARE(ids, (QStringList{QStringLiteral("later"), QStringLiteral("soon"),
                                   QStringLiteral("shared"), QStringLiteral("gone")}));
        QCOMPARE(merged.at(1).sources,
                 (QStringList{QStringLiteral("am-1"), QStringLiteral("am-2")}));
        QCOMPARE(merged.at(0).sources, QStringList{QStringLiteral("am-2")});
        // The most recently updated copy wins; its sources are everyone's.
        QCOMPARE(merged.at(2).state, Silence::State::Expired);
        QCOMPARE(merged.at(2).endsAt, at(10));
        QCOMPARE(merged.at(2).sources,
                 (QStringList{QStringLiteral("am-1"), QStringLiteral("am-2")}));
        QCOMPARE(merged.at(3).sources, QStringList{QStringLiteral("am-1")});
    }
};

OPSDECK_TEST_GUILESS_MAIN(AlertFilterTest)
#include "tst_alertfilter.moc"
