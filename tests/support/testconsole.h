#pragma once

#include "consolefeatures.h"
#include "secrets/secretstore.h"
#include "store/workspacestore.h"

#include <QTemporaryDir>

#include <memory>

// Every feature of the console against a temporary workspace, as `--self-test` builds them: the
// window under test gets real services, never nulls. Nothing is started (no polling, no reads).
class TestConsole {
public:
    TestConsole()
        : m_store(openStore(m_dir))
        , m_secrets(QStringLiteral("test.opsdeck.org"))
        , m_features({*m_store, m_secrets, QStringLiteral("tester")})
    {}

    QList<opsdeck::ui::Feature *> features() const { return m_features.list(); }
    QString workspacePath() const { return m_store->path(); }
    opsdeck::WorkspaceStore &store() { return *m_store; }
    // What the console does once its window is shown: read the workspace, reopen the incident
    // that was open, poll the backends (none in a new workspace).
    void start(opsdeck::ui::WindowHost &host) { m_features.start(host); }

private:
    static std::unique_ptr<opsdeck::WorkspaceStore> openStore(const QTemporaryDir &dir)
    {
        QString error;
        auto store =
            opsdeck::WorkspaceStore::open(dir.filePath(QStringLiteral("console.opsdeck")), &error);
        if (!store) {
            qFatal("test workspace: %s", qPrintable(error));
        }
        return store;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<opsdeck::WorkspaceStore> m_store;
    opsdeck::SecretStore m_secrets;
    opsdeck::app::ConsoleFeatures m_features;
};
