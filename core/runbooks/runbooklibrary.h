#pragma once

#include "model/alert.h"
#include "runbooks/runbookparser.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace opsdeck {

// What the library has for one alert: runbooks to work through here, and a web page to open
// when the alert's runbook_url points at one (the wiki, say).
struct RunbookMatch {
    QList<Runbook> runbooks;
    QUrl webPage; // empty unless runbook_url is an http(s) address
};

// The team's folder of runbooks (kept in git), read in one go: Markdown runbooks (*.md) and
// AWS SSM Automation documents (*.json, *.yaml, *.yml; read-only). Broken files are listed as
// problems; the others still load.
class RunbookLibrary {
public:
    static constexpr int StaleAfterDays = 90;

    // Reads every runbook file under `folder`, recursively, in path order. A folder that does
    // not exist gives one problem naming it.
    static RunbookLibrary load(const QString &folder);

    QString folder() const { return m_folder; }
    QList<Runbook> runbooks() const;
    const QList<RunbookProblem> &problems() const { return m_problems; }

    // A runbook's stable key: its path relative to the library folder ("storage/disk.md").
    // Timeline events name runbooks by it. A runbook from elsewhere is keyed by its id.
    QString keyOf(const Runbook &runbook) const;
    std::optional<Runbook> find(const QString &key) const;

    // Not reviewed within StaleAfterDays of `today`; a runbook never reviewed is stale too.
    // Imported (read-only) documents are reviewed where they come from: never stale here.
    static bool isStale(const Runbook &runbook, const QDate &today);

    // The runbooks whose `alerts:` matchers all hold for the alert (none without matchers).
    QList<Runbook> matching(const Alert &alert) const;

    // The runbooks for an alert. Its `runbook_url` annotation decides first:
    // - a file of the library (file:// URL, absolute path inside the folder, a path relative to
    //   the folder, or a file name found in it) → that runbook only;
    // - an http(s) URL → `webPage`, plus the runbooks whose matchers hold;
    // - anything else, or no annotation → the runbooks whose matchers hold.
    RunbookMatch forAlert(const Alert &alert) const;

private:
    struct Entry {
        ParsedRunbook parsed;
        QString key;
    };

    QList<Runbook> byKey(const QString &runbookUrl) const;

    QString m_folder;
    QString m_absoluteFolder;
    QList<Entry> m_entries;
    QList<RunbookProblem> m_problems;
};

} // namespace opsdeck
