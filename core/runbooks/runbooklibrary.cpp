#include "runbooks/runbooklibrary.h"

#include "runbooks/ssmdocumentparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace opsdeck {

namespace {

const QString RunbookUrlAnnotation = QStringLiteral("runbook_url");

QStringList runbookFilePatterns()
{
    return {QStringLiteral("*.md"), QStringLiteral("*.json"), QStringLiteral("*.yaml"),
            QStringLiteral("*.yml")};
}

} // namespace

namespace {

// A runbook repository also holds its README, a changelog, CI files …: those are not runbooks,
// and must not be reported as broken ones.
bool isRunbookFile(const QFileInfo &info)
{
    static const QStringList repositoryFiles{
        QStringLiteral("readme"),          QStringLiteral("changelog"),
        QStringLiteral("contributing"),    QStringLiteral("license"),
        QStringLiteral("code_of_conduct"), QStringLiteral("codeowners")};
    if (repositoryFiles.contains(info.completeBaseName().toLower())) {
        return false;
    }
    if (!SsmDocumentParser::handles(info.filePath())) {
        return true;
    }
    // YAML and JSON files are SSM Automation documents only when they have steps.
    QFile file(info.filePath());
    return !file.open(QIODevice::ReadOnly) || file.readAll().contains("mainSteps");
}

} // namespace

RunbookLibrary RunbookLibrary::load(const QString &folder)
{
    RunbookLibrary library;
    library.m_folder = folder;
    const QDir root(folder);
    if (!QFileInfo(folder).isDir()) {
        library.m_problems.append(
            {folder, 0, QCoreApplication::translate("RunbookParser", "no such folder")});
        return library;
    }
    // Paths relative to an absolute root, so that a relative `folder` works as well.
    library.m_absoluteFolder = root.absolutePath();
    const QDir absoluteRoot(library.m_absoluteFolder);
    QStringList relativePaths;
    QDirIterator files(folder, runbookFilePatterns(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo info(files.next());
        if (!isRunbookFile(info)) {
            continue;
        }
        relativePaths.append(absoluteRoot.relativeFilePath(info.absoluteFilePath()));
    }
    std::sort(relativePaths.begin(), relativePaths.end());
    for (const QString &relativePath : std::as_const(relativePaths)) {
        const QString path = root.filePath(relativePath);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            library.m_problems.append({path, 0, file.errorString()});
            continue;
        }
        RunbookProblem problem;
        std::optional<ParsedRunbook> parsed;
        if (SsmDocumentParser::handles(path)) {
            if (auto runbook = SsmDocumentParser::parse(file.readAll(), path, &problem)) {
                parsed = ParsedRunbook{std::move(*runbook), {}};
            }
        } else {
            parsed = RunbookParser::parse(file.readAll(), path, &problem);
        }
        if (parsed) {
            library.m_entries.append({std::move(*parsed), relativePath});
        } else {
            library.m_problems.append(problem);
        }
    }
    return library;
}

QList<Runbook> RunbookLibrary::runbooks() const
{
    QList<Runbook> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        result.append(entry.parsed.runbook);
    }
    return result;
}

QString RunbookLibrary::keyOf(const Runbook &runbook) const
{
    for (const Entry &entry : m_entries) {
        if (entry.parsed.runbook.id == runbook.id) {
            return entry.key;
        }
    }
    if (!runbook.sourcePath.isEmpty() && !m_absoluteFolder.isEmpty()) {
        const QString relative =
            QDir(m_absoluteFolder)
                .relativeFilePath(QFileInfo(runbook.sourcePath).absoluteFilePath());
        if (!relative.startsWith(QLatin1String("../"))) {
            return relative;
        }
    }
    return runbook.id;
}

std::optional<Runbook> RunbookLibrary::find(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.key == key) {
            return entry.parsed.runbook;
        }
    }
    return std::nullopt;
}

bool RunbookLibrary::isStale(const Runbook &runbook, const QDate &today)
{
    if (runbook.readOnly) {
        return false;
    }
    return !runbook.lastReviewed.isValid() || runbook.lastReviewed.daysTo(today) > StaleAfterDays;
}

QList<Runbook> RunbookLibrary::matching(const Alert &alert) const
{
    QList<Runbook> result;
    for (const Entry &entry : m_entries) {
        if (allMatch(entry.parsed.matchers, alert)) {
            result.append(entry.parsed.runbook);
        }
    }
    return result;
}

RunbookMatch RunbookLibrary::forAlert(const Alert &alert) const
{
    RunbookMatch match;
    const QString runbookUrl = alert.annotations.value(RunbookUrlAnnotation).trimmed();
    if (!runbookUrl.isEmpty()) {
        const QUrl url(runbookUrl);
        const QString scheme = url.scheme().toLower();
        if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
            url.isValid() && !url.host().isEmpty()) {
            match.webPage = url;
        } else if (QList<Runbook> named = byKey(runbookUrl); !named.isEmpty()) {
            match.runbooks = std::move(named);
            return match;
        }
    }
    match.runbooks = matching(alert);
    return match;
}

// The library's runbooks a runbook_url names: a file:// URL, an absolute path inside the
// folder, a path relative to it, or a bare file name (every file of that name).
QList<Runbook> RunbookLibrary::byKey(const QString &runbookUrl) const
{
    const QUrl url(runbookUrl);
    QString path;
    if (url.isLocalFile()) {
        path = url.toLocalFile();
    } else if (url.scheme().isEmpty()) {
        path = url.path(QUrl::FullyDecoded); // drops a #fragment or ?query
    } else {
        return {};
    }
    if (path.isEmpty() || m_absoluteFolder.isEmpty()) {
        return {};
    }
    QString key = QDir::cleanPath(path);
    if (QDir::isAbsolutePath(key)) {
        key = QDir(m_absoluteFolder).relativeFilePath(key);
        if (key.startsWith(QLatin1String("../")) || key == QLatin1String("..")) {
            return {};
        }
    }
    if (const auto runbook = find(key)) {
        return {*runbook};
    }
    QList<Runbook> result;
    const bool bareName = !key.contains(QLatin1Char('/'));
    for (const Entry &entry : m_entries) {
        if (bareName ? QFileInfo(entry.key).fileName() == key
                     : entry.key.endsWith(QLatin1Char('/') + key)) {
            result.append(entry.parsed.runbook);
        }
    }
    return result;
}

} // namespace opsdeck
