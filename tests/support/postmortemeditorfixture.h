#pragma once

#include "postmortems/postmortemeditordock.h"
#include "postmortems/sectioneditor.h"
#include "postmortemworkspacefixture.h"

#include <QPlainTextEdit>
#include <QTest>

#include <memory>

// What the post-mortem editor's tests share (tst_postmortemeditor, tst_postmortemrecovery), so
// that neither copies it: the workspace of PostMortemWorkspaceFixture, and the steps the tests
// take with an editor dock. A test class derives from it (after QObject) and opens the workspace
// in initTestCase().
class PostMortemEditorFixture : protected PostMortemWorkspaceFixture {
protected:
    opsdeck::PostMortem create(const QString &title) { return blank(title); }

    // A dock showing this post-mortem, with short autosave intervals.
    std::unique_ptr<opsdeck::ui::PostMortemEditorDock> openDock(const QString &id)
    {
        auto dock = std::make_unique<opsdeck::ui::PostMortemEditorDock>(*m_service, *m_catalog,
                                                                        QStringLiteral("tester"));
        dock->setAutosaveIntervals(60 * 1000, 120 * 1000); // tests that need them shorten them
        m_catalog->open(id);
        return dock;
    }

    static QString sectionText(const opsdeck::ui::PostMortemEditorDock &dock, int index = 0)
    {
        return dock.sectionEditor()->markdown(index);
    }

    // Puts the cursor at the end of the first section and types `text`.
    static void typeAtEnd(opsdeck::ui::PostMortemEditorDock &dock, const QString &text)
    {
        QPlainTextEdit *editor = dock.sectionEditor()->editor();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, text);
    }

    static void showActive(opsdeck::ui::PostMortemEditorDock &dock)
    {
        dock.resize(1000, 700);
        dock.show();
        dock.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dock));
    }
};
