#pragma once

#include "model/alert.h"
#include "runbooks/runbookparser.h"

#include <QDate>
#include <QList>
#include <QString>

namespace opsdeck {

// The team's folder of Markdown runbooks (kept in git), read in one go. Broken files are listed
// as problems; the others still load.
class RunbookLibrary {
public:
    static constexpr int StaleAfterDays = 90;

    // Reads every *.md file under `folder`, recursively, in path order. A folder that does not
    // exist gives one problem naming it.
    static RunbookLibrary load(const QString &folder);

    QString folder() const { return m_folder; }
    QList<Runbook> runbooks() const;
    const QList<RunbookProblem> &problems() const { return m_problems; }

    // Not reviewed within StaleAfterDays of `today`; a runbook never reviewed is stale too.
    static bool isStale(const Runbook &runbook, const QDate &today);

    // The runbooks whose `alerts:` matchers all hold for the alert (none without matchers).
    QList<Runbook> matching(const Alert &alert) const;

private:
    QString m_folder;
    QList<ParsedRunbook> m_entries;
    QList<RunbookProblem> m_problems;
};

} // namespace opsdeck
