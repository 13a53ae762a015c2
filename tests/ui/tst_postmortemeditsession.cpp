#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditbuffer.h"
#include "postmortems/postmortemeditsession.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtimelinemodel.h"
#include "store/workspacestore.h"
#include "testhome.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

#include <memory>

using namespace opsdeck;
using namespace opsdeck::ui;

// The post-mortem editor's session on a real workspace file, with no window at all: the test
// runs under a QGuiApplication, so a widget anywhere in the session would abort it. What edits,
// undo, save, a change elsewhere, autosave and recovery do to the session and the stored
// document, seen through the session's signals and the service.
class PostMortemEditSessionTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<PostMortemService> m_service;
    std::unique_ptr<PostMortemCatalog> m_catalog;

    PostMortem create(const QString &title)
    {
        QString error;
        const std::optional<PostMortem> created =
            m_service->createBlank(title, QStringLiteral("alice"), &error);
        if (!created) {
            qWarning("createBlank: %s", qPrintable(error));
            return {};
        }
        return *created;
    }

    // A session with long autosave intervals (tests that need them shorten them), showing this
    // post-mortem because the catalogue opened it.
    std::unique_ptr<PostMortemEditSession> openSession(const QString &id)
    {
        auto session = std::make_unique<PostMortemEditSession>(*m_service, *m_catalog,
                                                               QStringLiteral("tester"));
        session->setAutosaveIntervals(60 * 1000, 120 * 1000);
        m_catalog->open(id);
        return session;
    }

    static QString sectionText(const PostMortemEditSession &session, int index = 0)
    {
        return PostMortemEditBuffer::markdownOf(session.buffer()->sectionDocument(index));
    }

    // Types `text` at the end of a section, as an editor's cursor does.
    static void typeAtEnd(PostMortemEditSession &session, const QString &text, int index = 0)
    {
        QTextCursor cursor(session.buffer()->sectionDocument(index));
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(text);
    }

    std::optional<PostMortem> stored(const QString &id)
    {
        QString error;
        std::optional<PostMortem> found = m_service->find(id, &error);
        if (!found) {
            qWarning("find: %s", qPrintable(error));
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QCoreApplication::instance()->inherits("QGuiApplication"));
        QVERIFY(!QCoreApplication::instance()->inherits("QApplication"));
        QString error;
        m_store = WorkspaceStore::open(m_dir.filePath(QStringLiteral("session.opsdeck")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_service = std::make_unique<PostMortemService>(*m_store);
        m_catalog = std::make_unique<PostMortemCatalog>(*m_store);
        QSignalSpy loaded(m_catalog.get(), &PostMortemCatalog::loaded);
        m_catalog->load();
        QVERIFY(loaded.wait(5000));
    }

    void opensWhatTheCatalogueOpens()
    {
        const PostMortem created = create(QStringLiteral("Checkout outage"));
        PostMortemEditSession session(*m_service, *m_catalog, QStringLiteral("tester"));
        QSignalSpy loaded(&session, &PostMortemEditSession::loaded);
        QSignalSpy cleared(&session, &PostMortemEditSession::cleared);
        m_catalog->open({});
        QCOMPARE(cleared.size(), 1);
        QVERIFY(session.postMortemId().isEmpty());
        QCOMPARE(session.buffer()->sectionDocuments().size(), 0);

        m_catalog->open(created.id);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toBool(), false); // a new post-mortem: nothing to keep
        QCOMPARE(session.postMortemId(), created.id);
        QCOMPARE(session.buffer()->title(), QStringLiteral("Checkout outage"));
        QCOMPARE(session.buffer()->sectionDocuments().size(), created.sections.size());
        QCOMPARE(sectionText(session), created.sections.at(0).markdown);
        QVERIFY(!session.isModified());
        QVERIFY(!session.isReadOnly());
        QVERIFY(!session.isAutosavePending());
        QVERIFY(session.workingCopy().contentJson() == created.contentJson());
    }

    void editsMarkItModifiedAndUndoTakesThemBack()
    {
        const PostMortem created = create(QStringLiteral("Undo"));
        auto session = openSession(created.id);
        const QString original = sectionText(*session);
        QSignalSpy modified(session.get(), &PostMortemEditSession::modifiedChanged);
        QUndoStack *stack = session->buffer()->undoStack();
        QVERIFY(stack);

        typeAtEnd(*session, QStringLiteral("abc"));
        QVERIFY(session->isModified());
        QVERIFY(!modified.isEmpty());
        QVERIFY(session->isAutosavePending()); // the pause in typing is being waited for
        QCOMPARE(stack->count(), 1);
        QVERIFY(stack->undoText().contains(created.sections.at(0).title));
        QVERIFY(session->workingCopy().sections.at(0).markdown.endsWith(QStringLiteral("abc")));

        stack->undo();
        QCOMPARE(sectionText(*session), original);
        QVERIFY(!session->isModified());
        stack->redo();
        QVERIFY(sectionText(*session).endsWith(QStringLiteral("abc")));
        QVERIFY(session->isModified());

        // A table edit is a step of its own; typing after it is another.
        QVERIFY(session->buffer()->timelineModel()->addEntry(QDateTime::currentDateTimeUtc()) >= 0);
        typeAtEnd(*session, QStringLiteral("xyz"));
        QCOMPARE(stack->count(), 3);
        stack->undo();
        QVERIFY(sectionText(*session).endsWith(QStringLiteral("abc")));
        QCOMPARE(session->buffer()->timelineModel()->rowCount(), int(created.timeline.size()) + 1);
        stack->undo();
        QCOMPARE(session->buffer()->timelineModel()->rowCount(), int(created.timeline.size()));
        stack->undo();
        QVERIFY(!session->isModified());

        // The title is not an undo step: it keeps the post-mortem modified until saved.
        session->setTitle(QStringLiteral("  Undone  "));
        QVERIFY(session->isModified());
        QCOMPARE(stack->count(), 3);
        QCOMPARE(session->workingCopy().title, QStringLiteral("Undone"));
    }

    void saveStoresAVersion()
    {
        const PostMortem created = create(QStringLiteral("Saving"));
        auto session = openSession(created.id);
        QSignalSpy saved(session.get(), &PostMortemEditSession::saved);
        typeAtEnd(*session, QStringLiteral("The checkout failed"));
        session->setTitle(QStringLiteral("Saved title"));
        QVERIFY(session->save());
        QCOMPARE(saved.size(), 1);
        QVERIFY(!session->isModified());
        QVERIFY(!session->isAutosavePending());
        QVERIFY(session->buffer()->undoStack()->isClean());

        const std::optional<PostMortem> after = stored(created.id);
        QVERIFY(after);
        QCOMPARE(after->title, QStringLiteral("Saved title"));
        QVERIFY(after->sections.at(0).markdown.endsWith(QStringLiteral("The checkout failed")));
        QCOMPARE(after->versions.size(), created.versions.size() + 1);
        QCOMPARE(saved.at(0).at(0).toInt(), after->versions.last().number);
        QCOMPARE(session->stored().updatedAt, after->updatedAt);
        QVERIFY(!m_service->recovered(created.id));

        // Editing on after the save is a modification again.
        typeAtEnd(*session, QStringLiteral("!"));
        QVERIFY(session->isModified());
    }

    void aChangeElsewhereKeepsTheEditsAndRefusesTheSave()
    {
        const PostMortem created = create(QStringLiteral("Elsewhere"));
        auto session = openSession(created.id);
        QSignalSpy changed(session.get(), &PostMortemEditSession::changedElsewhere);
        QSignalSpy failed(session.get(), &PostMortemEditSession::failed);
        typeAtEnd(*session, QStringLiteral("mine"));
        QTest::qWait(5); // a later time than the session's copy
        PostMortem theirs = created;
        theirs.sections[0].markdown = QStringLiteral("theirs");
        QString error;
        QVERIFY2(m_service->save(theirs, QStringLiteral("carol"), &error), qPrintable(error));
        // The change feed announces a save of this process at once, another's within 200 ms.
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("carol"));
        QVERIFY(sectionText(*session).endsWith(QStringLiteral("mine")));
        QVERIFY(session->isModified());

        QVERIFY(!session->save());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<PostMortemEditSession::Failure>(),
                 PostMortemEditSession::Failure::Save);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QCOMPARE(stored(created.id)->sections.at(0).markdown, QStringLiteral("theirs"));
        QVERIFY(sectionText(*session).endsWith(QStringLiteral("mine")));

        // Unmodified, a session follows the change, on the same post-mortem.
        auto fresh = openSession(created.id);
        QSignalSpy reloaded(fresh.get(), &PostMortemEditSession::loaded);
        PostMortem next = stored(created.id).value();
        next.sections[0].markdown = QStringLiteral("newer");
        QTest::qWait(5);
        QVERIFY2(m_service->save(next, QStringLiteral("carol"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 5000);
        QCOMPARE(reloaded.last().at(0).toBool(), true);
        QCOMPARE(sectionText(*fresh), QStringLiteral("newer"));
        QVERIFY(!fresh->isModified());
    }

    void autosaveAndRecoveryRoundTrip()
    {
        const PostMortem created = create(QStringLiteral("Autosave"));
        QDateTime autosavedAt;
        {
            auto session = openSession(created.id);
            session->setAutosaveIntervals(50, 1000);
            QSignalSpy autosaved(session.get(), &PostMortemEditSession::autosaved);
            typeAtEnd(*session, QStringLiteral("never lose a word"));
            QVERIFY(autosaved.wait(5000)); // after the pause in typing
            autosavedAt = autosaved.at(0).at(0).toDateTime();
            QCOMPARE(session->lastAutosave(), autosavedAt);
            QVERIFY(!session->isAutosavePending());
            QVERIFY(!session->autosaveNow()); // nothing changed since
            const std::optional<RecoveredDraft> draft = m_service->recovered(created.id);
            QVERIFY(draft);
            QVERIFY(draft->document.sections.at(0).markdown.endsWith(
                QStringLiteral("never lose a word")));
            // The stored document stays as it was: the copy is beside it.
            QCOMPARE(stored(created.id)->sections.at(0).markdown, created.sections.at(0).markdown);
        } // "the console is gone"

        // Opening it again offers the text; restoring makes it the working copy, unsaved.
        auto session = std::make_unique<PostMortemEditSession>(*m_service, *m_catalog,
                                                               QStringLiteral("tester"));
        QSignalSpy offered(session.get(), &PostMortemEditSession::recoveryOffered);
        QSignalSpy restored(session.get(), &PostMortemEditSession::recoveryRestored);
        m_catalog->open({});
        session->openRecovered(created.id);
        QCOMPARE(session->postMortemId(), created.id);
        QVERIFY(!offered.isEmpty());
        QVERIFY(session->recoveredDraft());
        QCOMPARE(sectionText(*session), created.sections.at(0).markdown);
        QVERIFY(!session->isModified());
        session->restoreRecovered();
        QCOMPARE(restored.size(), 1);
        QVERIFY(sectionText(*session).endsWith(QStringLiteral("never lose a word")));
        QVERIFY(session->isModified());
        QVERIFY(!session->recoveredDraft());
        QVERIFY(session->save());
        QVERIFY(!m_service->recovered(created.id));
        QVERIFY(stored(created.id)
                    ->sections.at(0)
                    .markdown.endsWith(QStringLiteral("never lose a word")));

        // Discarding throws a recovered text away.
        PostMortem again = stored(created.id).value();
        again.sections[0].markdown = QStringLiteral("more words");
        QString error;
        QVERIFY2(m_service->autosave(again, QStringLiteral("alice"), &error), qPrintable(error));
        auto other = std::make_unique<PostMortemEditSession>(*m_service, *m_catalog,
                                                             QStringLiteral("tester"));
        QSignalSpy discarded(other.get(), &PostMortemEditSession::recoveryDiscarded);
        m_catalog->open({});
        other->openRecovered(created.id);
        QVERIFY(other->recoveredDraft());
        other->discardRecovered();
        QCOMPARE(discarded.size(), 1);
        QVERIFY(!other->recoveredDraft());
        QVERIFY(!m_service->recovered(created.id));
    }

    void aLargeWorkingCopyIsAutosavedOnAWorker()
    {
        const PostMortem created = create(QStringLiteral("Large"));
        auto session = openSession(created.id);
        QSignalSpy autosaved(session.get(), &PostMortemEditSession::autosaved);
        const QString big = QString(499, QLatin1Char('y')) + QLatin1Char('\n');
        typeAtEnd(*session, big.repeated(1000)); // 500 kB
        QVERIFY(session->autosaveNow());
        QVERIFY(session->isAutosavePending()); // on the worker
        QVERIFY(autosaved.wait(10000));
        QVERIFY(!session->isAutosavePending());
        QVERIFY(m_service->recovered(created.id)->document.sections.at(0).markdown.size() >
                qsizetype(500) * 1000);

        // A save right after the next one started: the copy never lands after the save.
        typeAtEnd(*session, QStringLiteral("last words"));
        QVERIFY(session->autosaveNow());
        QVERIFY(session->save());
        QTRY_COMPARE_WITH_TIMEOUT(autosaved.size(), 2, 10000);
        QVERIFY(!session->isAutosavePending());
        QVERIFY(!m_service->recovered(created.id));
        QVERIFY(stored(created.id)->sections.at(0).markdown.endsWith(QStringLiteral("last words")));
    }

    void publishedIsReadOnlyUntilReopened()
    {
        const PostMortem created = create(QStringLiteral("Review"));
        auto session = openSession(created.id);
        QSignalSpy states(session.get(), &PostMortemEditSession::reviewStateChanged);
        QSignalSpy reviewers(session.get(), &PostMortemEditSession::reviewersChanged);
        QSignalSpy failed(session.get(), &PostMortemEditSession::failed);
        session->setReviewers({QStringLiteral("bob"), QStringLiteral("carol")});
        QCOMPARE(reviewers.size(), 1);
        QCOMPARE(stored(created.id)->reviewers,
                 (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));

        // Unsaved edits are saved before the review moves on.
        typeAtEnd(*session, QStringLiteral("ready"));
        session->requestReviewState(PostMortem::ReviewState::InReview);
        QVERIFY(stored(created.id)->sections.at(0).markdown.endsWith(QStringLiteral("ready")));
        session->requestReviewState(PostMortem::ReviewState::Published);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.last().at(0).value<PostMortem::ReviewState>(),
                 PostMortem::ReviewState::Published);
        QVERIFY(session->isReadOnly());
        QVERIFY(session->buffer()->timelineModel()->isReadOnly());
        QVERIFY(session->buffer()->actionItemModel()->addItem() < 0);
        QVERIFY(!session->save());
        QCOMPARE(failed.last().at(0).value<PostMortemEditSession::Failure>(),
                 PostMortemEditSession::Failure::SavePublished);
        typeAtEnd(*session, QStringLiteral(" more"));
        QVERIFY(!session->autosaveNow()); // a published text is not autosaved

        session->requestReviewState(PostMortem::ReviewState::Draft);
        QVERIFY(!session->isReadOnly());
        QVERIFY(!session->buffer()->timelineModel()->isReadOnly());
        QCOMPARE(stored(created.id)->reviewState, PostMortem::ReviewState::Draft);
    }

    void aRemovedPostMortemClosesAndAFailedOpenSaysWhy()
    {
        const PostMortem created = create(QStringLiteral("Removed"));
        auto session = openSession(created.id);
        QSignalSpy failed(session.get(), &PostMortemEditSession::failed);
        QSignalSpy cleared(session.get(), &PostMortemEditSession::cleared);
        QString error;
        QVERIFY2(m_service->remove(created.id, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!cleared.isEmpty(), 5000); // and the catalogue opens nothing
        const qsizetype clears = cleared.size();
        QVERIFY(session->postMortemId().isEmpty());
        QCOMPARE(session->buffer()->sectionDocuments().size(), 0);
        QVERIFY(!session->buffer()->undoStack());
        QVERIFY(!session->isModified());
        QVERIFY(!session->save());
        QVERIFY(!session->autosaveNow());

        session->open(created.id);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<PostMortemEditSession::Failure>(),
                 PostMortemEditSession::Failure::Open);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QCOMPARE(cleared.size(), clears + 1);
        QVERIFY(session->postMortemId().isEmpty());
    }
};

OPSDECK_TEST_MAIN_WITH(QGuiApplication, PostMortemEditSessionTest)
#include "tst_postmortemeditsession.moc"
