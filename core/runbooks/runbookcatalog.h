#pragma once

#include "common/backgroundjob.h"
#include "runbooks/runbooklibrary.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace opsdeck {

// The console's runbook library: the team's folder read on a worker and read again whenever a
// file in it changes (a `git pull`, an editor saving), so the views always show the folder as
// it is. A newer load supersedes one under way, whose result is dropped.
class RunbookCatalog : public QObject {
    Q_OBJECT
public:
    static constexpr int ReloadDelayMs = 300; // one reload for a burst of file changes

    explicit RunbookCatalog(QObject *parent = nullptr);
    ~RunbookCatalog() override;

    // The `runbooks/folder` setting the command line reads too (empty when never chosen).
    static QString folderFromSettings();

    // Reads `folder` from now on (empty: no library). Does not store the setting.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    // Reads the folder again; before any setFolder(), the folder of the settings.
    void load();

    bool isLoading() const { return m_loading; }
    bool isLoaded() const { return m_loaded; }
    const RunbookLibrary &library() const { return m_library; }

    // Asks the Runbooks view to show the runbook with this key (from an alert's details).
    void requestShow(const QString &key) { Q_EMIT showRequested(key); }

Q_SIGNALS:
    void loaded();
    void showRequested(const QString &key);

private:
    struct Result {
        RunbookLibrary library;
        QStringList watchedPaths; // the folder, its sub-folders and the runbook files
    };
    static Result read(const QString &folder);
    void onLoaded(Result result);
    void watch(const QStringList &paths);

    JobTracker m_loader; // a newer load supersedes one under way
    QString m_folder;
    bool m_folderChosen = false;
    RunbookLibrary m_library;
    bool m_loading = false;
    bool m_loaded = false;
    QFileSystemWatcher m_files;
    QTimer m_reloadDelay;
};

} // namespace opsdeck
