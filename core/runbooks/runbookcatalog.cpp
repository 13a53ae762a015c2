#include "runbooks/runbookcatalog.h"

#include "common/appsettings.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace opsdeck {

RunbookCatalog::RunbookCatalog(QObject *parent)
    : QObject(parent)
    , m_loader(this)
{
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(ReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, &RunbookCatalog::load);
    const auto changed = [this]() {
        m_reloadDelay.start();
    };
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, changed);
}

RunbookCatalog::~RunbookCatalog()
{
    m_loader.waitForDone();
}

QString RunbookCatalog::folderFromSettings()
{
    return readSetting(settings::RunbooksFolder);
}

void RunbookCatalog::setFolder(const QString &folder)
{
    m_folder = folder;
    m_folderChosen = true;
    load();
}

void RunbookCatalog::load()
{
    m_reloadDelay.stop();
    if (!m_folderChosen) {
        m_folder = folderFromSettings();
        m_folderChosen = true;
    }
    m_loading = true;
    m_loader.start([folder = m_folder](const CancelToken &) { return read(folder); },
                   [this](Result result) { onLoaded(std::move(result)); });
}

RunbookCatalog::Result RunbookCatalog::read(const QString &folder)
{
    Result result;
    if (folder.isEmpty()) {
        return result; // no folder chosen: an empty library, not a problem
    }
    result.library = RunbookLibrary::load(folder);
    if (!QFileInfo(folder).isDir()) {
        return result;
    }
    result.watchedPaths.append(folder);
    // Hidden entries (.git) are left out: thousands of objects, none of them a runbook.
    QDirIterator entries(folder,
                         {QStringLiteral("*.md"), QStringLiteral("*.json"),
                          QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                         QDir::AllDirs | QDir::Files | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    while (entries.hasNext()) {
        result.watchedPaths.append(entries.next());
    }
    return result;
}

void RunbookCatalog::onLoaded(Result result)
{
    m_library = std::move(result.library);
    m_loading = false;
    m_loaded = true;
    watch(result.watchedPaths);
    Q_EMIT loaded();
}

void RunbookCatalog::watch(const QStringList &paths)
{
    // Editors that save by renaming drop the file from the watcher: watch afresh each time.
    const QStringList watched = m_files.files() + m_files.directories();
    if (!watched.isEmpty()) {
        m_files.removePaths(watched);
    }
    if (!paths.isEmpty()) {
        m_files.addPaths(paths);
    }
}

} // namespace opsdeck
