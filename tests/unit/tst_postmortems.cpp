#include "incidents/incidentservice.h"
#include "metrics/metricsnapshot.h"
#include "postmortems/postmortemdraft.h"
#include "postmortems/postmortemmarkdown.h"
#include "postmortems/postmortemtemplate.h"
#include "testhome.h"

#include <QTest>

using namespace opsdeck;

namespace {

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 21), QTime(hour, minute), Qt::UTC);
}

TimelineEvent eventOf(TimelineEvent::Type type, const QDateTime &time, const QString &text)
{
    TimelineEvent made;
    made.id = newId();
    made.type = type;
    made.time = time;
    made.author = QStringLiteral("sam");
    made.text = text;
    return made;
}

} // namespace

// Drafting a post-mortem from an incident, and Markdown out and back in.
class PostMortemsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDefaultTemplateIsBlameless()
    {
        const QList<PostMortem::Section> sections = PostMortemTemplates::blameless();
        QStringList keys;
        for (const PostMortem::Section &section : sections) {
            keys.append(section.key);
            QVERIFY(section.markdown.startsWith(QStringLiteral("<!-- ")));
        }
        QCOMPARE(keys, (QStringList{QStringLiteral("summary"), QStringLiteral("impact"),
                                    QStringLiteral("detection"), QStringLiteral("response"),
                                    QStringLiteral("recovery"), QStringLiteral("timeline"),
                                    QStringLiteral("root_causes"), QStringLiteral("went_well"),
                                    QStringLiteral("went_poorly"), QStringLiteral("lucky"),
                                    QStringLiteral("action_items"), QStringLiteral("lessons")}));
        QCOMPARE(PostMortemTemplates::keyOfTitle(sections, QStringLiteral("  what WENT well ")),
                 QStringLiteral("went_well"));
    }

    void aDraftKnowsWhatTheIncidentKnows()
    {
        Incident incident;
        incident.id = newId();
        incident.key = QStringLiteral("INC-2026-0007");
        incident.title = QStringLiteral("Checkout errors");
        incident.severity = Incident::Severity::Sev2;
        incident.commander = QStringLiteral("alex");
        incident.services = {QStringLiteral("checkout")};
        incident.declaredAt = at(10, 10);
        incident.firstAlertAt = at(10, 0);
        incident.statusTimes = {{QStringLiteral("triage"), at(10, 10)},
                                {QStringLiteral("investigating"), at(10, 15)},
                                {QStringLiteral("mitigated"), at(10, 40)},
                                {QStringLiteral("resolved"), at(11, 0)}};
        Alert alert;
        alert.fingerprint = QStringLiteral("f1");
        alert.labels = {{QStringLiteral("alertname"), QStringLiteral("CheckoutErrorRateHigh")},
                        {QStringLiteral("severity"), QStringLiteral("critical")}};
        alert.startsAt = at(10, 0);
        TimelineEvent fired = IncidentService::alertFired(alert, QStringLiteral("opsdeck"));
        fired.time = at(10, 10);
        TimelineEvent note = eventOf(TimelineEvent::Type::Note, at(10, 20), QStringLiteral("db-1"));
        note.pinned = true;
        TimelineEvent correction =
            eventOf(TimelineEvent::Type::Note, at(10, 21), QStringLiteral("db-2 | replica"));
        correction.correctsId = note.id;
        const TimelineEvent chatter =
            eventOf(TimelineEvent::Type::Note, at(10, 22), QStringLiteral("coffee"));
        const TimelineEvent role =
            eventOf(TimelineEvent::Type::RoleAssigned, at(10, 23), QStringLiteral("sam is scribe"));

        const PostMortem draft = PostMortemDraft::fromIncident(
            incident, {fired, note, correction, chatter, role}, PostMortemTemplates::blameless());
        QCOMPARE(draft.incidentId, incident.id);
        QVERIFY(draft.title.contains(incident.key));
        const auto section = [&draft](const char *key) {
            for (const PostMortem::Section &candidate : draft.sections) {
                if (candidate.key == QLatin1String(key)) {
                    return candidate.markdown;
                }
            }
            return QString();
        };
        QVERIFY(section("summary").contains(QStringLiteral("SEV2")));
        QVERIFY2(section("impact").contains(QStringLiteral("2026-11-21 10:00 UTC to 2026-11-21 "
                                                           "11:00 UTC (1h 00m)")),
                 qPrintable(section("impact")));
        QVERIFY2(section("detection").contains(QStringLiteral("Time to detect: 10m")),
                 qPrintable(section("detection")));
        QVERIFY(section("detection").contains(QStringLiteral("CheckoutErrorRateHigh (critical)")));
        QVERIFY(section("response").contains(QStringLiteral("commander: alex")));
        QVERIFY(section("recovery").contains(QStringLiteral("Time to mitigate: 40m")));
        QStringList timeline;
        for (const PostMortem::TimelineEntry &entry : draft.timeline) {
            timeline.append(entry.text);
        }
        QVERIFY2(timeline.contains(QStringLiteral("db-2 | replica")),
                 qPrintable(timeline.join(QLatin1Char('/'))));
        QVERIFY(!timeline.contains(QStringLiteral("db-1")));          // corrected
        QVERIFY(timeline.contains(QStringLiteral("coffee")));         // notes are key events
        QVERIFY(!timeline.contains(QStringLiteral("sam is scribe"))); // roles are not
        QCOMPARE(draft.severityName(), QStringLiteral("SEV2"));
        QCOMPARE(draft.incidentKey, incident.key);
        QCOMPARE(draft.services, incident.services);

        // The author picks the events: only those make the table.
        const PostMortem picked =
            PostMortemDraft::fromIncident(incident, {fired, note, correction, chatter},
                                          PostMortemTemplates::blameless(), QSet{chatter.id});
        QCOMPARE(picked.timeline.size(), 1);
        QCOMPARE(picked.timeline.first().text, QStringLiteral("coffee"));
        QCOMPARE(picked.timeline.first().eventId, chatter.id);
        QVERIFY(section("lessons").startsWith(QStringLiteral("<!-- ")));
    }

    // The list shows the incident's key in a column of its own: a draft's title there reads
    // "Checkout errors", not "Post-mortem: INC-2026-0007 Checkout errors"; a title the author
    // wrote stays whole.
    void aListTitleLeavesOutTheDraftsLead()
    {
        PostMortem postMortem;
        postMortem.incidentKey = QStringLiteral("INC-2026-0007");
        postMortem.title = PostMortemDraft::defaultTitle(postMortem.incidentKey,
                                                         QStringLiteral("Checkout errors"));
        QCOMPARE(postMortem.title, QStringLiteral("Post-mortem: INC-2026-0007 Checkout errors"));
        QCOMPARE(PostMortemDraft::titleWithoutDefaultLead(postMortem),
                 QStringLiteral("Checkout errors"));
        postMortem.title = QStringLiteral("Why checkout failed on 21 November");
        QCOMPARE(PostMortemDraft::titleWithoutDefaultLead(postMortem), postMortem.title);
        // Another incident's key is not this one's lead.
        postMortem.title = QStringLiteral("Post-mortem: INC-2026-0001 Checkout errors");
        QCOMPARE(PostMortemDraft::titleWithoutDefaultLead(postMortem), postMortem.title);
        // Nothing but the lead: the whole title, not an empty cell.
        postMortem.title = QStringLiteral("Post-mortem: INC-2026-0007 ");
        QCOMPARE(PostMortemDraft::titleWithoutDefaultLead(postMortem), postMortem.title);
    }

    void markdownRoundTripKeepsEveryWord()
    {
        PostMortem original;
        original.title = QStringLiteral("Post-mortem: INC-2026-0007 Checkout errors");
        original.sections = PostMortemTemplates::blameless();
        original.sections[0].markdown +=
            QStringLiteral("\nThe rollout broke checkout.\n\n```sh\n## not a heading\n```\n");
        // A heading the author typed inside a section, and a code block left open, stay text.
        original.sections[1].markdown += QStringLiteral("Intro\n## Not a section\nmore\n");
        original.sections[2].markdown += QStringLiteral("```\nlog excerpt, never closed\n");
        original.sections.append({QStringLiteral("custom_1"), QStringLiteral("Customer quotes"),
                                  QStringLiteral("> ouch\n")});
        original.actionItems = {{newId(), QStringLiteral("Alert on error budget | burn"),
                                 QStringLiteral("kim"), PostMortem::ActionItem::Priority::P2,
                                 QDate(2026, 12, 1), QStringLiteral("https://tickets/OPS-1"),
                                 PostMortem::ActionItem::Status::Open}};
        original.timeline = {{newId(), at(10, 5), QStringLiteral("sam"),
                              QStringLiteral("Deploy | 42 started"), QStringLiteral("the trigger"),
                              QString()},
                             {newId(), QDateTime(QDate(2026, 11, 21), QTime(10, 6, 7, 89), Qt::UTC),
                              QStringLiteral("opsdeck"), QStringLiteral("line one\nline two"),
                              QString(), QString()}};
        original.incidentId = newId();
        original.incidentKey = QStringLiteral("INC-2026-0007");
        original.severity = Incident::Severity::Sev2;
        original.services = {QStringLiteral("checkout"), QStringLiteral("payments")};
        MetricSnapshot snapshot;
        snapshot.query = QStringLiteral("rate(errors_total[5m]) > 0");
        snapshot.start = at(10, 0);
        snapshot.end = at(11, 0);
        snapshot.stepSeconds = 60;
        snapshot.series = {{{{QStringLiteral("job"), QStringLiteral("checkout")}},
                            {{at(10, 0).toMSecsSinceEpoch(), 1.5}}}};
        original.charts = {{newId(), QStringLiteral("Errors -->"), snapshot.toPayload()}};
        const QByteArray markdown = PostMortemMarkdown::write(original);
        QString error;
        const std::optional<PostMortem> back =
            PostMortemMarkdown::read(markdown, PostMortemTemplates::blameless(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->title, original.title);
        QCOMPARE(back->sections.size(), original.sections.size());
        for (qsizetype i = 0; i < original.sections.size(); ++i) {
            QCOMPARE(back->sections.at(i).key, original.sections.at(i).key);
            QCOMPARE(back->sections.at(i).title, original.sections.at(i).title);
            QCOMPARE(back->sections.at(i).markdown, original.sections.at(i).markdown);
        }
        QCOMPARE(back->actionItems.size(), 1);
        QCOMPARE(back->actionItems.first().description, original.actionItems.first().description);
        QCOMPARE(back->actionItems.first().due, QDate(2026, 12, 1));
        QCOMPARE(back->actionItems.first().status, PostMortem::ActionItem::Status::Open);
        QCOMPARE(back->timeline.size(), 2);
        for (qsizetype i = 0; i < original.timeline.size(); ++i) {
            QCOMPARE(back->timeline.at(i).time, original.timeline.at(i).time);
            QCOMPARE(back->timeline.at(i).author, original.timeline.at(i).author);
            QCOMPARE(back->timeline.at(i).text, original.timeline.at(i).text);
            QCOMPARE(back->timeline.at(i).annotation, original.timeline.at(i).annotation);
        }
        QCOMPARE(back->charts.size(), 1);
        QCOMPARE(back->charts.first().title, original.charts.first().title);
        QCOMPARE(MetricSnapshot::fromPayload(back->charts.first().snapshot), snapshot);
        QCOMPARE(back->incidentKey, original.incidentKey);
        QCOMPARE(back->severity, original.severity);
        QCOMPARE(back->services, original.services);
        QCOMPARE(PostMortemMarkdown::write(*back), markdown);
    }

    void aBrokenTableRowNamesItsLine()
    {
        PostMortem original;
        original.title = QStringLiteral("Queue stall");
        original.sections = PostMortemTemplates::blameless();
        original.actionItems = {{newId(), QStringLiteral("Page on queue age"),
                                 QStringLiteral("kim"), PostMortem::ActionItem::Priority::P2,
                                 QDate(2026, 12, 1), QString(),
                                 PostMortem::ActionItem::Status::Open}};
        const QString markdown = QString::fromUtf8(PostMortemMarkdown::write(original));
        const auto lineOf = [&markdown](const QString &needle) {
            return markdown.left(markdown.indexOf(needle)).count(QLatin1Char('\n')) + 1;
        };
        QString error;
        QString broken = markdown;
        broken.replace(QStringLiteral("| P2 |"), QStringLiteral("| urgent |"));
        QVERIFY(
            !PostMortemMarkdown::read(broken.toUtf8(), PostMortemTemplates::blameless(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("line %1:").arg(lineOf(QStringLiteral("| Page")))),
                 qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("P1, P2, P3, P4")));
        broken = markdown;
        broken.replace(QStringLiteral("| kim | P2 |"), QStringLiteral("| kim |"));
        QVERIFY(
            !PostMortemMarkdown::read(broken.toUtf8(), PostMortemTemplates::blameless(), &error));
        QVERIFY2(error.contains(QStringLiteral("expected a table row of 6 cells, found 5")),
                 qPrintable(error));
        broken = markdown + QStringLiteral("\n<!-- opsdeck:chart {\"id\": -->\n");
        QVERIFY(
            !PostMortemMarkdown::read(broken.toUtf8(), PostMortemTemplates::blameless(), &error));
        QVERIFY2(error.contains(QStringLiteral("chart")), qPrintable(error));
    }

    void aFileThatIsNotAPostMortemSaysWhatWasExpected()
    {
        QString error;
        QVERIFY(!PostMortemMarkdown::read("Shopping list\n- milk\n",
                                          PostMortemTemplates::blameless(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 1:")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("# Title")));
        QVERIFY(!PostMortemMarkdown::read("# Notes\n\njust text\n",
                                          PostMortemTemplates::blameless(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("line 3:")), qPrintable(error));
    }
};

OPSDECK_TEST_GUILESS_MAIN(PostMortemsTest)
#include "tst_postmortems.moc"
