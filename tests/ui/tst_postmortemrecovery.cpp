#include "postmortemeditorfixture.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemeditsession.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/sectioneditor.h"
#include "testhome.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::ui;

// The post-mortem editor's working copy on a real workspace file: when typing is autosaved (after
// a pause, while typing on, on hiding; large copies on a worker), that an autosave never outlives
// a save, and how a recovered draft is offered, restored or discarded.
class PostMortemRecoveryTest : public QObject, protected PostMortemEditorFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = openWorkspace(QStringLiteral("recovery.opsdeck"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void aLargeWorkingCopyIsAutosavedOnAWorkerAndNeverOutlivesASave()
    {
        const PostMortem created = create(QStringLiteral("Large"));
        auto dock = openDock(created.id);
        QPlainTextEdit *editor = dock->sectionEditor()->editor();
        editor->moveCursor(QTextCursor::End);
        const QString big = QString(499, QLatin1Char('y')) + QLatin1Char('\n');
        editor->insertPlainText(big.repeated(1000)); // 500 kB: written on a worker
        QVERIFY(dock->autosaveNow());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->recovered(created.id).has_value(), 5000);
        QVERIFY(m_service->recovered(created.id)->document.sections.at(0).markdown.size() >
                qint64(500) * 1000);
        QTRY_VERIFY(dock->statusLabel()->text().contains(QStringLiteral("Autosaved")));

        // A save right after an autosave started: the working copy never lands after the save.
        QSignalSpy autosaved(dock->session(), &PostMortemEditSession::autosaved);
        typeAtEnd(*dock, QStringLiteral("last words"));
        QVERIFY(dock->autosaveNow());
        QVERIFY(dock->save());
        // The worker's result arrives after the save; once it has, nothing more is to come.
        QTRY_COMPARE_WITH_TIMEOUT(autosaved.size(), 1, 5000);
        QVERIFY(!dock->session()->isAutosavePending());
        QVERIFY(!m_service->recovered(created.id));
        QString error;
        QVERIFY(m_service->find(created.id, &error)
                    ->sections.at(0)
                    .markdown.contains(QStringLiteral("last words")));
    }

    void autosaveAfterAPauseWritesARecoveredDraft()
    {
        const PostMortem created = create(QStringLiteral("Autosave"));
        auto dock = openDock(created.id);
        dock->setAutosaveIntervals(150, 2000);
        QVERIFY(!m_service->recovered(created.id));
        typeAtEnd(*dock, QStringLiteral("never lose a word"));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->recovered(created.id).has_value(), 5000);
        const std::optional<RecoveredDraft> draft = m_service->recovered(created.id);
        QVERIFY(
            draft->document.sections.at(0).markdown.endsWith(QStringLiteral("never lose a word")));
        QVERIFY(dock->statusLabel()->text().contains(QStringLiteral("Autosaved")));

        // Nothing changed since: no autosave is due, and asking for one writes nothing.
        QString error;
        QVERIFY2(m_service->discardRecovered(created.id, &error), qPrintable(error));
        QSignalSpy autosaved(dock->session(), &PostMortemEditSession::autosaved);
        QVERIFY(!dock->session()->isAutosavePending());
        QVERIFY(!dock->autosaveNow());
        QVERIFY(!m_service->recovered(created.id));

        // Typing on without a pause still autosaves within the continuous interval, and that
        // is the first write since the discard: the unchanged text was never written again.
        dock->setAutosaveIntervals(100000, 400);
        QElapsedTimer typing;
        typing.start();
        while (!m_service->recovered(created.id) && typing.elapsed() < 5000) {
            typeAtEnd(*dock, QStringLiteral("x"));
            QTest::qWait(50);
        }
        QVERIFY(m_service->recovered(created.id).has_value());
        QVERIFY(typing.elapsed() < 5000);
        QCOMPARE(autosaved.size(), 1);
        QVERIFY(m_service->recovered(created.id)
                    ->document.sections.at(0)
                    .markdown.endsWith(QLatin1Char('x')));

        // Hiding the view writes what was typed at once.
        QString discardError;
        QVERIFY(m_service->discardRecovered(created.id, &discardError));
        dock->setAutosaveIntervals(100000, 100000);
        dock->show();
        typeAtEnd(*dock, QStringLiteral(" before hiding"));
        QVERIFY(!m_service->recovered(created.id));
        dock->hide();
        QVERIFY(m_service->recovered(created.id)
                    ->document.sections.at(0)
                    .markdown.endsWith(QStringLiteral(" before hiding")));
    }

    void openingWithARecoveredDraftOffersIt()
    {
        const PostMortem created = create(QStringLiteral("Recovery"));
        PostMortem working = created;
        working.sections[0].markdown = QStringLiteral("recovered words");
        QString error;
        QVERIFY2(m_service->autosave(working, QStringLiteral("alice"), &error), qPrintable(error));
        auto dock = openDock(created.id);
        QVERIFY(!dock->recoveryBanner()->isHidden());
        QVERIFY(dock->recoveryBanner()->findChild<QLabel *>()->text().contains(
            QStringLiteral("was recovered")));
        QVERIFY(sectionText(*dock) != QStringLiteral("recovered words"));
        dock->recoveryBanner()->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        QCOMPARE(sectionText(*dock), QStringLiteral("recovered words"));
        QVERIFY(dock->isModified());
        QVERIFY(dock->recoveryBanner()->isHidden());
        QVERIFY(dock->save());
        QVERIFY(!m_service->recovered(created.id));

        // Discard throws it away; showRecovered() opens the post-mortem with the banner.
        PostMortem again = m_service->find(created.id, &error).value();
        again.sections[0].markdown = QStringLiteral("more words");
        QVERIFY2(m_service->autosave(again, QStringLiteral("alice"), &error), qPrintable(error));
        PostMortemEditorDock other(*m_service, *m_catalog, QStringLiteral("tester"));
        m_catalog->open({});
        other.showRecovered(created.id);
        QCOMPARE(other.postMortemId(), created.id);
        QVERIFY(!other.recoveryBanner()->isHidden());
        other.discardRecovered();
        QVERIFY(other.recoveryBanner()->isHidden());
        QVERIFY(!m_service->recovered(created.id));
    }
};

OPSDECK_TEST_MAIN(PostMortemRecoveryTest)
#include "tst_postmortemrecovery.moc"
