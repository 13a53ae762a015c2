#pragma once

#include "alarms/alertfilter.h"
#include "model/runbook.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace opsdeck {

// Where a runbook file is wrong: `line` is 1-based (0 when the problem is not on a line).
struct RunbookProblem {
    QString file;
    int line = 0;
    QString message;

    QString toString() const; // "file:line: message"
};

// A runbook read from Markdown, with its `alerts:` matchers ready to test alerts against.
struct ParsedRunbook {
    Runbook runbook;
    QList<LabelMatcher> matchers;
};

// Reads a runbook written as Markdown with a front matter block:
//
//   ---
//   title: Checkout error rate high          (required)
//   owner: payments-oncall
//   services: [checkout, payments]
//   last_reviewed: 2026-10-01                (YYYY-MM-DD)
//   alerts: alertname="CheckoutErrorRateHigh", severity=~"critical|warning"
//   ---
//
// The front matter is a strict YAML subset: one `key: value` a line, `[a, b]` lists, optional
// quotes, `#` comment lines. Anything else (no closing ---, a line that is not key: value, a
// nested value, a duplicate or UNKNOWN key, a bad date or matcher) is an error, not a warning:
// a typo in a key would otherwise silently detach the runbook from its alerts.
//
// Steps are the checklist items (`- [ ]`, `- [x]`, `* [ ]`); the first fenced code block after
// a step, before the next step or heading, is that step's command.
class RunbookParser {
public:
    static std::optional<ParsedRunbook> parse(const QByteArray &markdown, const QString &filePath,
                                              RunbookProblem *problem);
};

} // namespace opsdeck
