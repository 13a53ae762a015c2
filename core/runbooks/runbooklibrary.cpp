#include "runbooks/runbooklibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace opsdeck {

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
    const QDir absoluteRoot(root.absolutePath());
    QStringList relativePaths;
    QDirIterator files(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        relativePaths.append(
            absoluteRoot.relativeFilePath(QFileInfo(files.next()).absoluteFilePath()));
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
        if (auto parsed = RunbookParser::parse(file.readAll(), path, &problem)) {
            library.m_entries.append(std::move(*parsed));
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
    for (const ParsedRunbook &entry : m_entries) {
        result.append(entry.runbook);
    }
    return result;
}

bool RunbookLibrary::isStale(const Runbook &runbook, const QDate &today)
{
    return !runbook.lastReviewed.isValid() || runbook.lastReviewed.daysTo(today) > StaleAfterDays;
}

QList<Runbook> RunbookLibrary::matching(const Alert &alert) const
{
    QList<Runbook> result;
    for (const ParsedRunbook &entry : m_entries) {
        if (allMatch(entry.matchers, alert)) {
            result.append(entry.runbook);
        }
    }
    return result;
}

} // namespace opsdeck
