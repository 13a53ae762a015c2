#pragma once

#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemeditordock.h"
#include "postmortems/postmortemservice.h"
#include "postmortems/sectioneditor.h"
#include "store/workspacestore.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// What the post-mortem editor's tests share (tst_postmortemeditor, tst_postmortemrecovery), so
// that neither copies it: a workspace file in a temporary folder with the service and catalog an
// editor dock is built on, and the steps the tests take with a dock. A test class derives from
// it (after QObject) and opens the workspace in initTestCase().
class PostMortemEditorFixture {
protected:
    // Opens `fileName` in the temporary folder and reads the catalog: empty, or what failed.
    QString openWorkspace(const QString &fileName)
    {
        QString error;
        m_store = opsdeck::WorkspaceStore::open(m_dir.filePath(fileName), &error);
        if (!m_store) {
            return error;
        }
        m_service = std::make_unique<opsdeck::PostMortemService>(*m_store);
        m_catalog = std::make_unique<opsdeck::PostMortemCatalog>(*m_store);
        QSignalSpy loaded(m_catalog.get(), &opsdeck::PostMortemCatalog::loaded);
        m_catalog->load();
        if (!loaded.wait(5000)) {
            return QStringLiteral("the post-mortem catalog did not load within 5 s");
        }
        return {};
    }

    opsdeck::PostMortem create(const QString &title)
    {
        QString error;
        const std::optional<opsdeck::PostMortem> created =
            m_service->createBlank(title, QStringLiteral("alice"), &error);
        if (!created) {
            qWarning("createBlank: %s", qPrintable(error));
            return {};
        }
        return *created;
    }

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

    QTemporaryDir m_dir;
    std::unique_ptr<opsdeck::WorkspaceStore> m_store;
    std::unique_ptr<opsdeck::PostMortemService> m_service;
    std::unique_ptr<opsdeck::PostMortemCatalog> m_catalog;
};
