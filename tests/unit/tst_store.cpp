#include "model/postmortem.h"
#include "store/changefeed.h"
#include "store/documentrepository.h"
#include "store/incidentrepository.h"
#include "store/migrations.h"
#include "store/searchindex.h"
#include "store/searchindexer.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Incident newIncident(const QString &title)
{
    Incident incident;
    incident.title = title;
    incident.severity = Incident::Severity::Sev2;
    incident.declaredAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    return incident;
}

QString pragma(WorkspaceStore &store, const char *name)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class StoreTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void aNewWorkspaceIsMigratedAndTuned()
    {
        QString error;
        auto store = WorkspaceStore::open(path("new.opsdeck"), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        QCOMPARE(pragma(*store, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*store, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*store, "synchronous"), QStringLiteral("1")); // NORMAL
        QCOMPARE(WorkspaceStore::inspect(path("new.opsdeck")).verdict,
                 WorkspaceInspection::Verdict::Workspace);
    }

    void incidentsGetYearlyKeysAndSurviveReopening()
    {
        QString error;
        QString firstId;
        {
            auto store = WorkspaceStore::open(path("keys.opsdeck"), &error);
            QVERIFY2(store, qPrintable(error));
            IncidentRepository incidents(*store);
            Incident first = newIncident(QStringLiteral("Checkout down"));
            QVERIFY2(incidents.create(first, &error), qPrintable(error));
            Incident second = newIncident(QStringLiteral("Disk full"));
            QVERIFY2(incidents.create(second, &error), qPrintable(error));
            QCOMPARE(first.key, QStringLiteral("INC-2026-0001"));
            QCOMPARE(second.key, QStringLiteral("INC-2026-0002"));
            firstId = first.id;
        }
        auto store = WorkspaceStore::open(path("keys.opsdeck"), &error);
        QVERIFY2(store, qPrintable(error));
        IncidentRepository incidents(*store);
        QCOMPARE(incidents.list().size(), 2);
        const auto found = incidents.findByKey(QStringLiteral("INC-2026-0001"));
        QVERIFY(found);
        QCOMPARE(found->id, firstId);
        QCOMPARE(found->title, QStringLiteral("Checkout down"));
    }

    void timelineKeepsTimeOrderAndRefusesUnknownIncidents()
    {
        QString error;
        auto store = WorkspaceStore::open(path("timeline.opsdeck"), &error);
        QVERIFY(store);
        IncidentRepository incidents(*store);
        TimelineRepository timeline(*store);
        Incident incident = newIncident(QStringLiteral("Latency"));
        QVERIFY(incidents.create(incident, &error));
        QList<TimelineEvent> events;
        for (int minute : {5, 1, 3}) {
            TimelineEvent event;
            event.incidentId = incident.id;
            event.time = incident.declaredAt.addSecs(qint64{60} * minute).addMSecs(7);
            event.text = QStringLiteral("minute %1").arg(minute);
            events.append(event);
        }
        QVERIFY2(timeline.appendBatch(events, &error), qPrintable(error));
        const QList<TimelineEvent> read = timeline.eventsOf(incident.id);
        QCOMPARE(read.size(), 3);
        QCOMPARE(read.at(0).text, QStringLiteral("minute 1"));
        QCOMPARE(read.at(2).text, QStringLiteral("minute 5"));
        QCOMPARE(read.at(0).time.time().msec(), 7);

        TimelineEvent stray;
        stray.incidentId = newId();
        stray.text = QStringLiteral("lost");
        QVERIFY(!timeline.append(stray, &error));
        QVERIFY2(error.contains(stray.incidentId), qPrintable(error));
        QCOMPARE(timeline.count(), 3);
    }

    void writesAnnounceTypedChanges()
    {
        QString error;
        auto store = WorkspaceStore::open(path("changes.opsdeck"), &error);
        QVERIFY(store);
        QSignalSpy spy(store->feed(), &ChangeFeed::changed);
        IncidentRepository incidents(*store);
        TimelineRepository timeline(*store);
        Incident incident = newIncident(QStringLiteral("Queue stuck"));
        QVERIFY(incidents.create(incident, &error));
        QCOMPARE(spy.size(), 1);
        auto change = spy.takeFirst().at(0).value<StoreChange>();
        QCOMPARE(change.aggregate, Aggregate::Incident);
        QCOMPARE(change.kind, ChangeKind::Created);
        QCOMPARE(change.ids, QStringList{incident.id});

        QList<TimelineEvent> events(3);
        for (TimelineEvent &event : events) {
            event.incidentId = incident.id;
        }
        QVERIFY(timeline.appendBatch(events, &error));
        QCOMPARE(spy.size(), 1);
        change = spy.takeFirst().at(0).value<StoreChange>();
        QCOMPARE(change.aggregate, Aggregate::Timeline);
        QCOMPARE(change.parentId, incident.id);
        QCOMPARE(change.ids, (QStringList{events.at(0).id, events.at(1).id, events.at(2).id}));

        incident.title = QStringLiteral("Queue stuck again");
        QVERIFY(incidents.update(incident, &error));
        QCOMPARE(spy.takeFirst().at(0).value<StoreChange>().kind, ChangeKind::Updated);
    }

    void aSecondConnectionSeesWritesWithinASecond()
    {
        QString error;
        auto writer = WorkspaceStore::open(path("shared.opsdeck"), &error);
        auto reader = WorkspaceStore::open(path("shared.opsdeck"), &error);
        QVERIFY(writer && reader);
        QSignalSpy spy(reader->feed(), &ChangeFeed::changed);
        Incident incident = newIncident(QStringLiteral("Seen elsewhere"));
        QVERIFY(IncidentRepository(*writer).create(incident, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), 1000);
        QCOMPARE(spy.first().at(0).value<StoreChange>().ids, QStringList{incident.id});
    }

    void fullTextSearchFindsIncidentsEventsAndPostMortems()
    {
        QString error;
        auto store = WorkspaceStore::open(path("search.opsdeck"), &error);
        QVERIFY(store);
        Incident incident = newIncident(QStringLiteral("Replication lag on db-02"));
        QVERIFY(IncidentRepository(*store).create(incident, &error));
        QList<TimelineEvent> events;
        for (const char *text : {"failover to db-03 started", "disk on db-02 is full",
                                 "\"quoted\" AND (syntax) NEAR* text"}) {
            TimelineEvent event;
            event.incidentId = incident.id;
            event.text = QString::fromLatin1(text);
            events.append(event);
        }
        QVERIFY(TimelineRepository(*store).appendBatch(events, &error));
        QSqlDatabase db = store->database();

        auto hits = SearchIndex::search(db, QStringLiteral("db-02"), 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList kinds;
        for (const SearchHit &hit : hits) {
            kinds.append(hit.kind);
            QCOMPARE(hit.incidentId, incident.id);
        }
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("incident"), QStringLiteral("timeline")}));

        hits = SearchIndex::search(db, QStringLiteral("disk ful"), 50, &error); // prefix
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, events.at(1).id);

        // What the user types is never FTS syntax.
        hits = SearchIndex::search(db, QStringLiteral("\"quoted\" AND (syntax"), 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 1);
        QVERIFY(SearchIndex::search(db, QStringLiteral("   "), 50, &error).isEmpty());

        // Updating an incident's title updates the index.
        incident.title = QStringLiteral("Primary database overloaded");
        QVERIFY(IncidentRepository(*store).update(incident, &error));
        QCOMPARE(SearchIndex::search(db, QStringLiteral("overloaded"), 50, &error).size(), 1);
        QCOMPARE(SearchIndex::search(db, QStringLiteral("replication"), 50, &error).size(), 0);
    }

    void aCommonWordFindsTheNewestEvents()
    {
        QString error;
        auto store = WorkspaceStore::open(path("common.opsdeck"), &error);
        QVERIFY(store);
        Incident incident = newIncident(QStringLiteral("Chatty"));
        QVERIFY(IncidentRepository(*store).create(incident, &error));
        QList<TimelineEvent> events;
        for (int i = 0; i < 120; ++i) {
            TimelineEvent event;
            event.incidentId = incident.id;
            event.time = incident.declaredAt.addSecs(i);
            event.text = QStringLiteral("Heartbeat number %1 from the Zürich datacenter").arg(i);
            events.append(event);
        }
        QVERIFY(TimelineRepository(*store).appendBatch(events, &error));
        QSqlDatabase db = store->database();
        // Common: answered from the newest events, newest first.
        QList<SearchHit> hits = SearchIndex::search(db, QStringLiteral("heartbeat"), 50, &error);
        QCOMPARE(hits.size(), 50);
        QCOMPARE(hits.first().text,
                 QStringLiteral("Heartbeat number 119 from the Zürich datacenter"));
        QCOMPARE(hits.last().text,
                 QStringLiteral("Heartbeat number 70 from the Zürich datacenter"));
        // The direct scan follows the index's word rules: case, diacritics, prefixes.
        QCOMPARE(SearchIndex::search(db, QStringLiteral("zurich DATACENT"), 50, &error).size(), 50);
        QCOMPARE(
            SearchIndex::tokens(QStringLiteral("Zürich db-02!")),
            (QStringList{QStringLiteral("zurich"), QStringLiteral("db"), QStringLiteral("02")}));
        // Rare: ranked by FTS5 over all matches, wherever they are.
        hits = SearchIndex::search(db, QStringLiteral("number 7"), 50, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(hits.size(), 11); // 7 and 70..79 ("7" is a prefix of those)
    }

    void timelineTextIsIndexedInTheBackground()
    {
        QString error;
        auto store = WorkspaceStore::open(path("indexer.opsdeck"), &error);
        QVERIFY(store);
        Incident incident = newIncident(QStringLiteral("Indexer"));
        QVERIFY(IncidentRepository(*store).create(incident, &error));
        QSignalSpy indexed(store->indexer(), &SearchIndexer::indexed);
        QList<TimelineEvent> events(250);
        for (TimelineEvent &event : events) {
            event.incidentId = incident.id;
            event.text = QStringLiteral("background indexing works");
        }
        QVERIFY(TimelineRepository(*store).appendBatch(events, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!indexed.isEmpty(), 5000);
        QCOMPARE(indexed.first().at(0).toLongLong(), 250);
        QSqlQuery query(store->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM timeline_search WHERE timeline_search MATCH 'indexing'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 250);
        // Nothing left to do: a search's own catch-up finds no backlog.
        QSqlDatabase db = store->database();
        QCOMPARE(SearchIndex::catchUp(db, &error), 0);
    }

    void theIndexNeverMistakesANewEventForAnOldOne()
    {
        QString error;
        auto store = WorkspaceStore::open(path("reuse.opsdeck"), &error);
        QVERIFY(store);
        IncidentRepository incidents(*store);
        TimelineRepository timeline(*store);
        QSqlDatabase db = store->database();
        Incident first = newIncident(QStringLiteral("First"));
        Incident newest = newIncident(QStringLiteral("Newest"));
        QVERIFY(incidents.create(first, &error) && incidents.create(newest, &error));
        QList<TimelineEvent> events(5);
        for (TimelineEvent &event : events) {
            event.incidentId = newest.id;
            event.text = QStringLiteral("alpha");
        }
        QVERIFY(timeline.appendBatch(events, &error));
        QCOMPARE(SearchIndex::catchUp(db, &error), 5);
        // Deleting the newest rows must not let new rows take their numbers.
        QVERIFY2(incidents.remove(newest.id, &error), qPrintable(error));
        QList<TimelineEvent> later(3);
        for (TimelineEvent &event : later) {
            event.incidentId = first.id;
            event.text = QStringLiteral("bravo");
        }
        QVERIFY(timeline.appendBatch(later, &error));
        QCOMPARE(SearchIndex::search(db, QStringLiteral("bravo"), 50, &error).size(), 3);
        QCOMPARE(SearchIndex::search(db, QStringLiteral("alpha"), 50, &error).size(), 0);
        QSqlQuery check(db);
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO timeline_search(timeline_search, rank) "
                                           "VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }

    void aFailedWriteLeavesNoTransactionOpen()
    {
        QString error;
        auto store = WorkspaceStore::open(path("throwing.opsdeck"), &error);
        QVERIFY(store);
        QVERIFY(!store->write(
            [](QSqlDatabase &, QString *) -> bool { throw std::runtime_error("boom"); }, {},
            &error));
        QCOMPARE(error, QStringLiteral("boom"));
        Incident incident = newIncident(QStringLiteral("After the failure"));
        QVERIFY2(IncidentRepository(*store).create(incident, &error), qPrintable(error));
        // Bytes that are not UTF-8 (command output) are stored, not refused.
        TimelineEvent output;
        output.incidentId = incident.id;
        output.type = TimelineEvent::Type::CommandRun;
        output.payload = {{"output", std::string("ok \xff\xfe done")}};
        QVERIFY2(TimelineRepository(*store).append(output, &error), qPrintable(error));
        QCOMPARE(TimelineRepository(*store).count(), 1);
    }

    void createNeverOverwritesAndDeletesKeepPostMortemsWhole()
    {
        QString error;
        auto store = WorkspaceStore::open(path("overwrite.opsdeck"), &error);
        QVERIFY(store);
        IncidentRepository incidents(*store);
        Incident incident = newIncident(QStringLiteral("Original"));
        QVERIFY(incidents.create(incident, &error));
        Incident copy = incident;
        copy.key.clear();
        copy.title = QStringLiteral("Impostor");
        QVERIFY(!incidents.create(copy, &error));
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
        QCOMPARE(incidents.get(incident.id)->title, QStringLiteral("Original"));

        PostMortem postMortem;
        postMortem.title = QStringLiteral("What happened");
        postMortem.incidentId = incident.id;
        postMortem.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY2(PostMortemRepository(*store).save(postMortem, &error), qPrintable(error));
        QVERIFY(!incidents.remove(incident.id, &error));
        QVERIFY2(error.contains(QStringLiteral("post-mortems")), qPrintable(error));
        QVERIFY(incidents.get(incident.id).has_value());

        PostMortem undated;
        undated.title = QStringLiteral("No time");
        QVERIFY(!PostMortemRepository(*store).save(undated, &error)); // would not read back
        QVERIFY2(error.contains(QStringLiteral("updatedAt")), qPrintable(error));
    }

    void anInterruptedCreationIsCreatedAgain()
    {
        const QString file = path("interrupted.opsdeck");
        {
            QString error;
            QSqlDatabase db =
                WorkspaceStore::openConnection(file, QStringLiteral("interrupted"), false, &error);
            QVERIFY(
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 1"))); // a file, no tables
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("interrupted"));
        QString error;
        auto store = WorkspaceStore::open(file, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
    }

    void foreignFilesAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text file") << "text"
                                   << "not an Opsdeck workspace";
        QTest::newRow("other sqlite") << "other"
                                      << "not an Opsdeck workspace";
        QTest::newRow("newer schema") << "newer"
                                      << "newer Opsdeck";
        QTest::newRow("corrupted") << "corrupted"
                                   << "corrupted";
    }

    void foreignFilesAreRefusedAndLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        const QString file = m_dir.filePath(kind + QStringLiteral(".opsdeck"));
        if (kind == QLatin1String("text")) {
            QFile text(file);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("incident notes, not a database\n");
        } else if (kind == QLatin1String("other")) {
            QString error;
            {
                QSqlDatabase db =
                    WorkspaceStore::openConnection(file, QStringLiteral("other"), false, &error);
                QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        } else {
            QString error;
            QVERIFY(WorkspaceStore::open(file, &error));
            if (kind == QLatin1String("newer")) {
                {
                    QSqlDatabase db = WorkspaceStore::openConnection(file, QStringLiteral("newer"),
                                                                     false, &error);
                    QVERIFY(
                        QSqlQuery(db).exec(QStringLiteral("INSERT INTO schema_migrations (version, "
                                                          "applied_at) VALUES (99, 'later')")));
                    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                    db.close();
                }
                QSqlDatabase::removeDatabase(QStringLiteral("newer"));
            } else {
                QFile damaged(file);
                QVERIFY(damaged.open(QIODevice::ReadWrite));
                damaged.seek(20);
                damaged.write(QByteArray(200, '\xA5'));
            }
        }
        const QByteArray before = fileHash(file);
        QString error;
        QVERIFY(!WorkspaceStore::open(file, &error));
        QVERIFY2(error.contains(mentions) && error.contains(file), qPrintable(error));
        QCOMPARE(fileHash(file), before);
    }
};

OPSDECK_TEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
