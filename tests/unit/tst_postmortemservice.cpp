#include "incidents/incidentservice.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemmarkdown.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtemplatelibrary.h"
#include "store/timelinerepository.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

// Post-mortems in a workspace: creating, saving versions, review, autosave and recovery,
// import, templates. No backend anywhere.
class PostMortemServiceTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;

    PostMortem blank(const QString &title = QStringLiteral("Queue stall"))
    {
        QString error;
        const std::optional<PostMortem> made =
            PostMortemService(*m_store).createBlank(title, QStringLiteral("kim"), &error);
        if (!made) {
            qWarning("createBlank failed: %s", qPrintable(error));
            return {};
        }
        return *made;
    }

    static QString &summaryOf(PostMortem &postMortem) { return postMortem.sections[0].markdown; }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = WorkspaceStore::open(
            m_dir.filePath(
                QStringLiteral("%1.opsdeck").arg(QLatin1String(QTest::currentTestFunction()))),
            &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void cleanup() { m_store.reset(); }

    void createdFromAnIncidentByKeyWithThePickedEvents()
    {
        Incident incident;
        incident.title = QStringLiteral("Checkout errors");
        incident.severity = Incident::Severity::Sev1;
        incident.services = {QStringLiteral("checkout")};
        IncidentService incidents(*m_store);
        QString error;
        QVERIFY2(incidents.declare(incident, {}, QStringLiteral("alex"), &error),
                 qPrintable(error));
        const std::optional<TimelineEvent> note = incidents.addNote(
            incident.id, QStringLiteral("rolled back 1.42"), QStringLiteral("alex"), &error);
        QVERIFY2(note, qPrintable(error));

        PostMortemService service(*m_store);
        const std::optional<PostMortem> made = service.createFromIncident(
            incident.key, QStringLiteral("kim"), &error, QSet<QString>{note->id});
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(made->incidentId, incident.id);
        QCOMPARE(made->incidentKey, incident.key);
        QCOMPARE(made->severity, std::optional(Incident::Severity::Sev1));
        QCOMPARE(made->severityName(), QStringLiteral("SEV1"));
        QCOMPARE(made->timeline.size(), 1);
        QCOMPARE(made->timeline.first().text, QStringLiteral("rolled back 1.42"));
        QCOMPARE(made->versions.size(), 1);
        QCOMPARE(made->versions.first().reason, PostMortem::Version::Reason::Created);
        QCOMPARE(service.find(made->id.left(8), &error)->id, made->id);

        QVERIFY(!service.createFromIncident(QStringLiteral("INC-1999-0001"), QStringLiteral("kim"),
                                            &error));
        QVERIFY2(error.contains(QStringLiteral("INC-1999-0001")), qPrintable(error));
    }

    void everySaveKeepsAVersionAndRestoreBringsOneBack()
    {
        PostMortemService service(*m_store);
        PostMortem edited = blank();
        summaryOf(edited) = QStringLiteral("First words.\n");
        QString error;
        std::optional<PostMortem> saved = service.save(edited, QStringLiteral("kim"), &error);
        QVERIFY2(saved, qPrintable(error));
        summaryOf(*saved) = QStringLiteral("Second words.\n");
        saved = service.save(*saved, QStringLiteral("lee"), &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->versions.size(), 3);
        QCOMPARE(saved->versions.at(2).author, QStringLiteral("lee"));

        const std::optional<PostMortem> restored =
            service.restoreVersion(saved->id, 2, QStringLiteral("kim"), &error);
        QVERIFY2(restored, qPrintable(error));
        QCOMPARE(restored->sections.first().markdown, QStringLiteral("First words.\n"));
        QCOMPARE(restored->versions.size(), 4);
        QCOMPARE(restored->versions.last().reason, PostMortem::Version::Reason::Restored);
        QVERIFY(!service.restoreVersion(saved->id, 99, QStringLiteral("kim"), &error));
        QVERIFY2(error.contains(QStringLiteral("99")), qPrintable(error));
    }

    void aStaleSaveOverwritesNothing()
    {
        PostMortemService service(*m_store);
        const PostMortem opened = blank();
        QTest::qWait(5);
        PostMortem theirs = opened;
        summaryOf(theirs) = QStringLiteral("Theirs.\n");
        QString error;
        QVERIFY2(service.save(theirs, QStringLiteral("lee"), &error), qPrintable(error));
        PostMortem mine = opened;
        summaryOf(mine) = QStringLiteral("Mine.\n");
        QVERIFY(!service.save(mine, QStringLiteral("kim"), &error));
        QVERIFY2(error.contains(QStringLiteral("lee")), qPrintable(error));
        QCOMPARE(service.find(opened.id, &error)->sections.first().markdown,
                 QStringLiteral("Theirs.\n"));
    }

    void reviewPublishesReadOnlyAndReopeningIsRecorded()
    {
        PostMortemService service(*m_store);
        const PostMortem made = blank();
        QString error;
        QVERIFY(!service.setReviewState(made.id, PostMortem::ReviewState::Published,
                                        QStringLiteral("kim"),
                                        &error)); // not from draft
        QVERIFY(!service.setReviewState(made.id, PostMortem::ReviewState::InReview,
                                        QStringLiteral("kim"),
                                        &error)); // no reviewer yet
        QVERIFY2(error.contains(QStringLiteral("reviewer")), qPrintable(error));
        QVERIFY(service.setReviewers(made.id, {QStringLiteral(" lee "), QStringLiteral("lee")},
                                     &error));
        QVERIFY2(service.setReviewState(made.id, PostMortem::ReviewState::InReview,
                                        QStringLiteral("kim"), &error),
                 qPrintable(error));
        std::optional<PostMortem> published = service.setReviewState(
            made.id, PostMortem::ReviewState::Published, QStringLiteral("lee"), &error);
        QVERIFY2(published, qPrintable(error));
        QCOMPARE(published->reviewers, QStringList{QStringLiteral("lee")});
        QCOMPARE(published->versions.last().reason, PostMortem::Version::Reason::Published);

        PostMortem edited = *published;
        summaryOf(edited) = QStringLiteral("Late edit.\n");
        QVERIFY(!service.save(edited, QStringLiteral("kim"), &error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        QVERIFY(!service.autosave(edited, QStringLiteral("kim"), &error));

        const std::optional<PostMortem> reopened = service.setReviewState(
            made.id, PostMortem::ReviewState::Draft, QStringLiteral("kim"), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->reviewHistory.size(), 3);
        QCOMPARE(reopened->reviewHistory.last().from, PostMortem::ReviewState::Published);
        QCOMPARE(reopened->reviewHistory.last().to, PostMortem::ReviewState::Draft);
        QCOMPARE(reopened->reviewHistory.last().author, QStringLiteral("kim"));
        edited.updatedAt = reopened->updatedAt;
        QVERIFY2(service.save(edited, QStringLiteral("kim"), &error), qPrintable(error));
    }

    void theAutosavedTextIsOfferedUntilSavedOrDiscarded()
    {
        PostMortemService service(*m_store);
        PostMortem working = blank();
        summaryOf(working) = QStringLiteral("Typed but never saved.\n");
        QString error;
        QVERIFY2(service.autosave(working, QStringLiteral("kim"), &error), qPrintable(error));

        // A later start: another store on the same file.
        const QString path = m_store->path();
        m_store.reset();
        m_store = WorkspaceStore::open(path, &error);
        QVERIFY2(m_store, qPrintable(error));
        PostMortemService reopened(*m_store);
        const QList<RecoveredDraft> drafts = reopened.recoveredDrafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().document.sections.first().markdown,
                 QStringLiteral("Typed but never saved.\n"));
        QCOMPARE(drafts.first().author, QStringLiteral("kim"));
        QVERIFY(drafts.first().savedAt.isValid());
        // The stored text is untouched until the author saves.
        QVERIFY(reopened.find(working.id, &error)->sections.first().markdown !=
                drafts.first().document.sections.first().markdown);

        // Reviewers change: the working copy stays.
        QVERIFY(reopened.setReviewers(working.id, {QStringLiteral("lee")}, &error));
        QVERIFY(reopened.recovered(working.id));
        QVERIFY2(reopened.save(drafts.first().document, QStringLiteral("kim"), &error),
                 qPrintable(error));
        QVERIFY(!reopened.recovered(working.id));

        QVERIFY(reopened.autosave(working, QStringLiteral("kim"), &error));
        QVERIFY(reopened.discardRecovered(working.id, &error));
        QVERIFY(reopened.recoveredDrafts().isEmpty());
    }

    void importingReadsTheTemplateAndExplainsOtherFiles()
    {
        PostMortemService service(*m_store);
        PostMortem original = blank(QStringLiteral("Disk full on db-3"));
        summaryOf(original) = QStringLiteral("The WAL volume filled.\n");
        original.actionItems = {{newId(), QStringLiteral("Alert at 80 %"), QStringLiteral("kim"),
                                 PostMortem::ActionItem::Priority::P1, QDate(2026, 12, 24),
                                 QString(), PostMortem::ActionItem::Status::Open}};
        QString error;
        const std::optional<PostMortem> imported = service.importMarkdown(
            PostMortemMarkdown::write(original), QStringLiteral("lee"), &error);
        QVERIFY2(imported, qPrintable(error));
        QVERIFY(imported->id != original.id);
        QCOMPARE(imported->title, original.title);
        QCOMPARE(imported->sections.first().markdown, QStringLiteral("The WAL volume filled.\n"));
        QCOMPARE(imported->actionItems.size(), 1);
        QCOMPARE(imported->versions.first().reason, PostMortem::Version::Reason::Imported);

        QVERIFY(!service.importMarkdown("{\"alerts\": []}", QStringLiteral("lee"), &error));
        QVERIFY2(error.contains(QStringLiteral("expected a post-mortem")), qPrintable(error));
        QVERIFY(!service.importMarkdown(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10),
                                        QStringLiteral("lee"), &error));
        QVERIFY2(error.contains(QStringLiteral("binary")), qPrintable(error));
        QCOMPARE(service.list().size(), 2);
    }

    void aTeamEditsTheDefaultTemplateAndAddsItsOwn()
    {
        PostMortemTemplateLibrary library(*m_store);
        QCOMPARE(library.defaultTemplate().name, PostMortemTemplates::builtIn().name);
        QString error;
        PostMortemTemplate ours = PostMortemTemplates::builtIn();
        ours.name = QStringLiteral("Payments");
        ours.sections.append({QStringLiteral("custom_1"), QStringLiteral("Customer impact"),
                              QStringLiteral("<!-- Refunds, tickets. -->\n")});
        ours.isDefault = true;
        const std::optional<PostMortemTemplate> stored = library.save(ours, &error);
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(library.defaultTemplate().id, stored->id);
        QCOMPARE(library.templates().size(), 1); // the built-in one is no longer the default

        const PostMortem made = blank();
        QCOMPARE(made.sections.last().title, QStringLiteral("Customer impact"));

        PostMortemTemplate other = PostMortemTemplates::builtIn();
        other.name = QStringLiteral("Security");
        other.isDefault = true;
        QVERIFY(library.save(other, &error));
        const QList<PostMortemTemplate> all = library.templates();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().name, QStringLiteral("Security"));
        QVERIFY(!all.last().isDefault);

        other.sections.clear();
        QVERIFY(!library.save(other, &error));
        QVERIFY2(error.contains(QStringLiteral("section")), qPrintable(error));
        QVERIFY(!library.remove(QString(), &error));
        QVERIFY(library.remove(stored->id, &error));
    }

    void theCatalogueFollowsEveryChange()
    {
        PostMortemCatalog catalog(*m_store);
        const PostMortem first = blank(QStringLiteral("First"));
        QSignalSpy loaded(&catalog, &PostMortemCatalog::loaded);
        catalog.load();
        QVERIFY(loaded.wait());
        QCOMPARE(catalog.postMortems().size(), 1);

        QSignalSpy changed(&catalog, &PostMortemCatalog::documentChanged);
        QSignalSpy removed(&catalog, &PostMortemCatalog::documentRemoved);
        const PostMortem second = blank(QStringLiteral("Second"));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(catalog.postMortems().first().id, second.id); // newest first

        QSignalSpy opened(&catalog, &PostMortemCatalog::openRequested);
        catalog.open(first.id);
        QCOMPARE(opened.size(), 1);
        QString error;
        QVERIFY(PostMortemService(*m_store).remove(first.id, &error));
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(catalog.postMortems().size(), 1);
        QCOMPARE(catalog.openId(), QString()); // the editor lets go of a deleted one
    }
};

OPSDECK_TEST_GUILESS_MAIN(PostMortemServiceTest)
#include "tst_postmortemservice.moc"
