#include "common/messagelabel.h"
#include "postmortemeditorfixture.h"
#include "postmortems/actionitemdelegate.h"
#include "postmortems/findreplacebar.h"
#include "postmortems/postmortemactionitemmodel.h"
#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemreviewbar.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/postmortemtimelinemodel.h"
#include "postmortems/sectioneditor.h"
#include "testhome.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolBar>
#include <QUndoStack>

using namespace opsdeck;
using namespace opsdeck::ui;

// The post-mortem editor on a real workspace file: what typing, formatting, find/replace,
// undo, save, review and export do to the stored document, and the two table models on their
// own. Autosave and recovery are tst_postmortemrecovery's.
class PostMortemEditorTest : public QObject, protected PostMortemEditorFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = openWorkspace(QStringLiteral("editor.opsdeck"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void emptyStateWithoutAPostMortem()
    {
        m_catalog->open({});
        PostMortemEditorDock dock(*m_service, *m_catalog, QStringLiteral("tester"));
        QVERIFY(dock.isShowingEmptyState());
        const PostMortem created = create(QStringLiteral("Checkout outage"));
        m_catalog->open(created.id);
        QVERIFY(!dock.isShowingEmptyState());
        QCOMPARE(dock.postMortemId(), created.id);
        QCOMPARE(dock.titleField()->text(), QStringLiteral("Checkout outage"));
        QVERIFY(dock.factsLabel()->text().contains(QStringLiteral("alice")));
        QVERIFY(dock.sectionList()->count() > 0);
        QCOMPARE(dock.sectionList()->count(), int(created.sections.size()));
    }

    void longSectionTitlesWrapInsteadOfScrollingSideways()
    {
        const PostMortem created = create(QStringLiteral("Narrow"));
        auto dock = openDock(created.id);
        dock->resize(640, 480);
        showActive(*dock);
        QListWidget *sections = dock->sectionList();
        const auto longest =
            sections->findItems(QStringLiteral("Root causes"), Qt::MatchStartsWith);
        QCOMPARE(longest.size(), 1);
        QCOMPARE(longest.first()->toolTip(), longest.first()->text());
        QTRY_VERIFY(sections->visualItemRect(longest.first()).height() >
                    sections->visualItemRect(sections->item(0)).height());
        QVERIFY(!sections->horizontalScrollBar()->isVisible());
    }

    void typingThenCtrlSStoresAVersion()
    {
        const PostMortem created = create(QStringLiteral("Typing"));
        auto dock = openDock(created.id);
        showActive(*dock);
        dock->sectionEditor()->editor()->setFocus();
        typeAtEnd(*dock, QStringLiteral("The checkout failed"));
        QVERIFY(dock->isModified());
        QVERIFY(dock->windowTitle().contains(QLatin1Char('*')));
        QTest::keyClick(dock->sectionEditor()->editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!dock->isModified(), qPrintable(dock->messageLabel()->text()));
        QString error;
        const std::optional<PostMortem> stored = m_service->find(created.id, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(stored->sections.at(0).markdown.endsWith(QStringLiteral("The checkout failed")));
        QCOMPARE(stored->versions.size(), created.versions.size() + 1);
        QVERIFY(!dock->windowTitle().contains(QLatin1Char('*')));

        // More typing after the save is a new, modified step.
        typeAtEnd(*dock, QStringLiteral("!"));
        QVERIFY(dock->isModified());
    }

    void undoAndRedoGoThroughTheStack()
    {
        const PostMortem created = create(QStringLiteral("Undo"));
        auto dock = openDock(created.id);
        const QString original = sectionText(*dock);
        typeAtEnd(*dock, QStringLiteral("abc"));
        QUndoStack *stack = dock->undoStack();
        QVERIFY(stack->canUndo());
        QVERIFY(sectionText(*dock).endsWith(QStringLiteral("abc")));
        while (stack->canUndo()) {
            stack->undo();
        }
        QCOMPARE(sectionText(*dock), original);
        QVERIFY(!dock->isModified());
        while (stack->canRedo()) {
            stack->redo();
        }
        QVERIFY(sectionText(*dock).endsWith(QStringLiteral("abc")));

        // A table edit in between is its own step: undo takes back the typing after it first.
        QVERIFY(dock->timelineModel()->addEntry(QDateTime::currentDateTimeUtc()) >= 0);
        typeAtEnd(*dock, QStringLiteral("xyz"));
        stack->undo();
        QVERIFY(sectionText(*dock).endsWith(QStringLiteral("abc")));
        QCOMPARE(dock->timelineModel()->rowCount(), int(created.timeline.size()) + 1);
        stack->undo();
        QCOMPARE(dock->timelineModel()->rowCount(), int(created.timeline.size()));

        // The editor's own undo key goes to the stack as well.
        showActive(*dock);
        typeAtEnd(*dock, QStringLiteral("k"));
        const int index = stack->index();
        QTest::keyClick(dock->sectionEditor()->editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stack->index(), index - 1);
        QVERIFY(sectionText(*dock).endsWith(QStringLiteral("abc")));
    }

    void boldIsOneUndoStep()
    {
        const PostMortem created = create(QStringLiteral("Bold"));
        auto dock = openDock(created.id);
        QPlainTextEdit *editor = dock->sectionEditor()->editor();
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("make this bold"));
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(10);
        cursor.setPosition(14, QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("bold"));
        QUndoStack *stack = dock->undoStack();
        const int before = stack->count();
        showActive(*dock);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(sectionText(*dock), QStringLiteral("make this **bold**"));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("bold"));
        QCOMPARE(stack->count(), before + 1);
        stack->undo();
        QCOMPARE(sectionText(*dock), QStringLiteral("make this bold"));

        // Lists number every selected line in one step as well.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("first"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("second"));
        editor->selectAll();
        const int beforeList = stack->count();
        dock->action(QStringLiteral("numbers"))->trigger();
        QCOMPARE(sectionText(*dock), QStringLiteral("1. first\n2. second"));
        QCOMPARE(stack->count(), beforeList + 1);
    }

    void replaceAllIsOneUndoStep()
    {
        const PostMortem created = create(QStringLiteral("Replace"));
        auto dock = openDock(created.id);
        QPlainTextEdit *editor = dock->sectionEditor()->editor();
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("cat and cat and Cat"));
        FindReplaceBar *bar = dock->findBar();
        showActive(*dock);
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(bar->replaceField()->isVisible());
        bar->findField()->setText(QStringLiteral("cat"));
        QCOMPARE(bar->matchCount(), 3);
        QVERIFY(bar->countLabel()->text().contains(QLatin1Char('3')));
        bar->caseSensitive()->setChecked(true);
        QCOMPARE(bar->matchCount(), 2);
        bar->caseSensitive()->setChecked(false);
        QVERIFY(bar->findNext());
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("cat"));
        bar->replaceField()->setText(QStringLiteral("dog"));
        const int before = dock->undoStack()->count();
        QCOMPARE(bar->replaceAll(), 3);
        QCOMPARE(sectionText(*dock), QStringLiteral("dog and dog and dog"));
        QCOMPARE(dock->undoStack()->count(), before + 1);
        dock->undoStack()->undo();
        QCOMPARE(sectionText(*dock), QStringLiteral("cat and cat and Cat"));
        QTest::keyClick(bar->findField(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void aLargeSectionPreviewsOnAWorker()
    {
        const PostMortem created = create(QStringLiteral("Large preview"));
        auto dock = openDock(created.id);
        SectionEditor *sections = dock->sectionEditor();
        sections->setPreviewDelay(20);
        QString text;
        while (text.size() < SectionEditor::WorkerPreviewSize + 1000) {
            text += QStringLiteral("## Heading\n\nA paragraph of *findings* and more words.\n\n");
        }
        QSignalSpy previewed(sections, &SectionEditor::previewUpdated);
        sections->editor()->setPlainText(text);
        QVERIFY(previewed.wait(10000));
        QVERIFY(!sections->isPreviewPending());
        const QString shown = sections->preview()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("A paragraph of findings")));
        QVERIFY(!shown.contains(QStringLiteral("*findings*")));
        QVERIFY(!shown.contains(QStringLiteral("Preview paused")));

        // Small again: rendered on the spot after the pause.
        sections->editor()->setPlainText(QStringLiteral("**short**"));
        QTRY_VERIFY_WITH_TIMEOUT(
            sections->preview()->toPlainText().trimmed() == QStringLiteral("short"), 5000);
    }

    void publishedIsReadOnlyUntilReopened()
    {
        const PostMortem created = create(QStringLiteral("Review"));
        auto dock = openDock(created.id);
        dock->reviewBar()->reviewersField()->setText(QStringLiteral("bob, carol"));
        Q_EMIT dock->reviewBar()->reviewersField()->editingFinished();
        QString error;
        QCOMPARE(m_service->find(created.id, &error)->reviewers,
                 (QStringList{QStringLiteral("bob"), QStringLiteral("carol")}));
        QPushButton *submit = dock->reviewBar()->button(PostMortem::ReviewState::InReview);
        QVERIFY(submit);
        QCOMPARE(submit->text(), QStringLiteral("Submit for review"));
        submit->click();
        QPushButton *publish = dock->reviewBar()->button(PostMortem::ReviewState::Published);
        QVERIFY2(publish, qPrintable(dock->messageLabel()->text()));
        QCOMPARE(dock->reviewBar()->button(PostMortem::ReviewState::Draft)->text(),
                 QStringLiteral("Request changes"));
        publish->click();
        QVERIFY(dock->isReadOnly());
        QVERIFY(dock->sectionEditor()->editor()->isReadOnly());
        QVERIFY(dock->titleField()->isReadOnly());
        QVERIFY(!dock->toolBar()->isEnabled());
        QVERIFY(!dock->action(QStringLiteral("bold"))->isEnabled());
        QVERIFY(!dock->publishedBanner()->isHidden());
        QVERIFY(dock->timelineModel()->isReadOnly());
        QCOMPARE(dock->timelineTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
        QVERIFY(dock->actionItemModel()->addItem() < 0);
        QVERIFY(!dock->save());
        QVERIFY(!dock->messageLabel()->isHidden());

        QPushButton *reopen = dock->reviewBar()->button(PostMortem::ReviewState::Draft);
        QVERIFY(reopen);
        QCOMPARE(reopen->text(), QStringLiteral("Reopen"));
        reopen->click();
        QVERIFY(!dock->isReadOnly());
        QVERIFY(!dock->sectionEditor()->editor()->isReadOnly());
        QVERIFY(dock->publishedBanner()->isHidden());
        const PostMortem stored = m_service->find(created.id, &error).value();
        QCOMPARE(stored.reviewState, PostMortem::ReviewState::Draft);
        QCOMPARE(stored.reviewHistory.last().from, PostMortem::ReviewState::Published);
        QCOMPARE(stored.reviewHistory.last().to, PostMortem::ReviewState::Draft);
        QCOMPARE(stored.reviewHistory.last().author, QStringLiteral("tester"));
    }

    void changedElsewhereKeepsTheEdits()
    {
        const PostMortem created = create(QStringLiteral("Elsewhere"));
        auto dock = openDock(created.id);
        typeAtEnd(*dock, QStringLiteral("mine"));
        QTest::qWait(5);
        PostMortem theirs = created;
        theirs.sections[0].markdown = QStringLiteral("theirs");
        QString error;
        QVERIFY2(m_service->save(theirs, QStringLiteral("carol"), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!dock->changedBanner()->isHidden(), 5000);
        QVERIFY(dock->changedBanner()->text().contains(QStringLiteral("carol")));
        QVERIFY(sectionText(*dock).endsWith(QStringLiteral("mine")));
        QVERIFY(!dock->save());
        QVERIFY(!dock->messageLabel()->text().isEmpty());
        QCOMPARE(m_service->find(created.id, &error)->sections.at(0).markdown,
                 QStringLiteral("theirs"));

        // Unmodified, the view follows the change.
        auto fresh = openDock(created.id);
        PostMortem next = m_service->find(created.id, &error).value();
        next.sections[0].markdown = QStringLiteral("newer");
        QTest::qWait(5);
        QVERIFY2(m_service->save(next, QStringLiteral("carol"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sectionText(*fresh), QStringLiteral("newer"), 5000);
    }

    void timelineModelSortsAndRefusesBadTimes()
    {
        PostMortemTimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack stack;
        model.setUndoStack(&stack);
        const auto at = [](int hour) {
            return QDateTime(QDate(2026, 3, 1), QTime(hour, 0), QTimeZone::utc());
        };
        QList<PostMortem::TimelineEntry> entries;
        entries.append({QStringLiteral("c"),
                        at(12),
                        QStringLiteral("bob"),
                        QStringLiteral("recovered"),
                        {},
                        {}});
        entries.append({QStringLiteral("a"),
                        at(10),
                        QStringLiteral("alice"),
                        QStringLiteral("alert fired"),
                        {},
                        {}});
        entries.append({QStringLiteral("b"),
                        at(11),
                        QStringLiteral("bob"),
                        QStringLiteral("rolled back"),
                        {},
                        {}});
        model.setEntries(entries);
        QCOMPARE(model.index(0, PostMortemTimelineModel::What).data().toString(),
                 QStringLiteral("alert fired"));
        QCOMPARE(model.index(0, PostMortemTimelineModel::Time).data().toString(),
                 QStringLiteral("2026-03-01 10:00:00"));

        const QPersistentModelIndex first = model.index(0, PostMortemTimelineModel::What);
        QVERIFY(model.setData(model.index(0, PostMortemTimelineModel::Time),
                              QStringLiteral("2026-03-01 11:30:00")));
        QCOMPARE(first.row(), 1); // moved after "rolled back", the index followed it
        QCOMPARE(first.data().toString(), QStringLiteral("alert fired"));
        QCOMPARE(model.entries().at(1).time, at(11).addSecs(qint64(30) * 60));

        QSignalSpy refused(&model, &PostMortemTimelineModel::editRefused);
        QVERIFY(!model.setData(model.index(0, PostMortemTimelineModel::Time),
                               QStringLiteral("yesterday noon")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.index(0, PostMortemTimelineModel::Time).data().toString(),
                 QStringLiteral("2026-03-01 11:00:00"));

        QVERIFY(model.setData(model.index(2, PostMortemTimelineModel::Note),
                              QStringLiteral("the fix")));
        QCOMPARE(model.entries().at(2).annotation, QStringLiteral("the fix"));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(first.row(), 0);
        QCOMPARE(model.entries().at(0).time, at(10));
        QVERIFY(model.entries().at(2).annotation.isEmpty());

        const int added = model.addEntry(at(9));
        QCOMPARE(added, 0);
        model.removeEntry(added);
        QCOMPARE(model.rowCount(), 3);
        model.setReadOnly(true);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, PostMortemTimelineModel::Who), QStringLiteral("x")));
    }

    void actionItemModelRefusesFtpAndFlagsOverdue()
    {
        PostMortemActionItemModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack stack;
        model.setUndoStack(&stack);
        model.setToday(QDate(2026, 6, 1));
        PostMortem::ActionItem late;
        late.id = QStringLiteral("late");
        late.description = QStringLiteral("Add a disk alert");
        late.priority = PostMortem::ActionItem::Priority::P2;
        late.status = PostMortem::ActionItem::Status::Open;
        late.due = QDate(2026, 5, 1);
        PostMortem::ActionItem done = late;
        done.id = QStringLiteral("done");
        done.status = PostMortem::ActionItem::Status::Done;
        model.setItems({late, done});

        const QModelIndex lateDue = model.index(0, PostMortemActionItemModel::Due);
        QVERIFY(lateDue.data(PostMortemActionItemModel::OverdueRole).toBool());
        QCOMPARE(lateDue.data(Qt::ToolTipRole).toString(), QStringLiteral("Overdue"));
        QVERIFY(lateDue.data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, PostMortemActionItemModel::Due)
                     .data(PostMortemActionItemModel::OverdueRole)
                     .toBool());
        QCOMPARE(model.index(1, PostMortemActionItemModel::Status).data().toString(),
                 QStringLiteral("Done"));

        QSignalSpy refused(&model, &PostMortemActionItemModel::editRefused);
        const QModelIndex ticket = model.index(1, PostMortemActionItemModel::Ticket);
        QVERIFY(!model.setData(ticket, QStringLiteral("ftp://tickets.example.com/OPS-1")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("Action item 2")));
        QVERIFY(ticket.data().toString().isEmpty());
        QVERIFY(model.setData(ticket, QStringLiteral("https://tickets.example.com/OPS-1")));
        QCOMPARE(ticket.data().toString(), QStringLiteral("https://tickets.example.com/OPS-1"));
        QVERIFY(!model.setData(model.index(0, PostMortemActionItemModel::Priority),
                               QStringLiteral("P9")));

        // Done is no longer overdue; undo makes it overdue again.
        QVERIFY(model.setData(model.index(0, PostMortemActionItemModel::Status),
                              QStringLiteral("done")));
        QVERIFY(!lateDue.data(PostMortemActionItemModel::OverdueRole).toBool());
        stack.undo();
        QVERIFY(lateDue.data(PostMortemActionItemModel::OverdueRole).toBool());

        const int row = model.addItem();
        QCOMPARE(row, 2);
        model.removeItem(0);
        QCOMPARE(model.rowCount(), 2);
        stack.undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.items().at(0).id, QStringLiteral("late"));
    }

    void actionItemDueStartsEmptyAndTypedDatesAreRead()
    {
        PostMortemActionItemModel model;
        QUndoStack stack;
        model.setUndoStack(&stack);
        const int row = model.addItem();
        const QModelIndex due = model.index(row, PostMortemActionItemModel::Due);
        QVERIFY(due.data().toString().isEmpty());
        QVERIFY(!due.data(Qt::EditRole).toDate().isValid());

        QVERIFY(model.setData(due, QStringLiteral("2027-01-31")));
        QCOMPARE(model.items().at(row).due, QDate(2027, 1, 31));
        // The locale's own short form (two-digit years are this century's).
        const QDate march(2027, 3, 15);
        QVERIFY(model.setData(due, QLocale().toString(march, QLocale::ShortFormat)));
        QCOMPARE(model.items().at(row).due, march);
        QVERIFY(model.setData(due, QString()));
        QVERIFY(!model.items().at(row).due.isValid());

        QSignalSpy refused(&model, &PostMortemActionItemModel::editRefused);
        QVERIFY(!model.setData(due, QStringLiteral("next Tuesday")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("next Tuesday")));
    }

    void aRefusedTicketKeepsTheTypedTextInTheReopenedEditor()
    {
        PostMortemActionItemModel model;
        QUndoStack stack;
        model.setUndoStack(&stack);
        model.addItem();
        QTableView table;
        table.setModel(&model);
        table.setItemDelegate(new ActionItemDelegate(&table));
        table.resize(900, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));

        const QModelIndex ticket = model.index(0, PostMortemActionItemModel::Ticket);
        table.setCurrentIndex(ticket);
        table.edit(ticket);
        QPointer<QLineEdit> editor = qobject_cast<QLineEdit *>(table.indexWidget(ticket));
        QVERIFY(editor != nullptr);
        const QString typed = QStringLiteral("tickets.example.com/OPS-7");
        editor->setText(typed);
        QTest::keyClick(editor, Qt::Key_Return);

        // The model refused it; a new editor comes back with what was typed.
        QTRY_VERIFY(editor.isNull());
        QTRY_VERIFY(qobject_cast<QLineEdit *>(table.indexWidget(ticket)) != nullptr);
        editor = qobject_cast<QLineEdit *>(table.indexWidget(ticket));
        QCOMPARE(editor->text(), typed);
        QVERIFY(ticket.data().toString().isEmpty());
        QCOMPARE(table.currentIndex(), ticket);

        editor->setText(QStringLiteral("https://") + typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(ticket.data().toString(), QStringLiteral("https://") + typed);
    }

    void pastingTenMegabytesPausesThePreviewAndKeepsTyping()
    {
        const PostMortem created = create(QStringLiteral("Paste"));
        auto dock = openDock(created.id);
        dock->setPreviewDelay(50);
        QString line(99, QLatin1Char('x'));
        line += QLatin1Char('\n');
        QString big;
        constexpr qsizetype TenMegabytes = qsizetype(10) * 1024 * 1024;
        big.reserve(TenMegabytes);
        while (big.size() < TenMegabytes) {
            big += line;
        }
        QGuiApplication::clipboard()->setText(big);
        QPlainTextEdit *editor = dock->sectionEditor()->editor();
        editor->moveCursor(QTextCursor::End);
        QElapsedTimer timer;
        timer.start();
        editor->paste();
        const qint64 pasted = timer.elapsed();
        QSignalSpy previewed(dock->sectionEditor(), &SectionEditor::previewUpdated);
        QVERIFY(previewed.wait(5000));
        timer.restart();
        typeAtEnd(*dock, QStringLiteral("end"));
        const qint64 typed = timer.elapsed();
        qInfo("pasting %lld characters took %lld ms on the GUI thread; typing 3 more %lld ms",
              qint64(big.size()), pasted, typed);
        QVERIFY(sectionText(*dock).size() > big.size());
        QVERIFY(dock->sectionEditor()->preview()->toPlainText().contains(
            QStringLiteral("Preview paused")));
        // How long the paste and typing take is measured by bench_postmortem, not asserted here.
    }

    void exportWritesTheFile()
    {
        const PostMortem created = create(QStringLiteral("Exported outage"));
        auto dock = openDock(created.id);
        const QString path = m_dir.filePath(QStringLiteral("exported.md"));
        QSignalSpy finished(dock.get(), &PostMortemEditorDock::exportFinished);
        dock->exportTo(PostMortemExport::Format::Markdown, path);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).toString(), path);
        QVERIFY2(finished.at(0).at(1).toString().isEmpty(),
                 qPrintable(finished.at(0).at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Exported outage"));
        QVERIFY(dock->messageLabel()->text().contains(path));
    }
};

OPSDECK_TEST_MAIN(PostMortemEditorTest)
#include "tst_postmortemeditor.moc"
