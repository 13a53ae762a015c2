#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The kill suite: a workspace_churn process writes one kind of change over and over, is killed
// with SIGKILL at a chosen moment, and the workspace is then checked: SQLite's integrity check,
// the full-text index's own check, and every write the process reported as committed.
namespace opsdeck::test {

enum class WriteKind { Note, Status, Save, Autosave, Import, Index };

QStringList writeKindNames(); // note, status, save, autosave, import, index
QString writeKindName(WriteKind kind);
std::optional<WriteKind> writeKindFromName(const QString &name);

struct KilledWrite {
    int committed = 0;        // writes the process reported as committed before it died
    bool insideWrite = false; // the kill landed between a write's start and its commit
    qint64 checkMs = 0;       // how long the check of the workspace took
    QString problem;          // empty: the workspace passed every check
};

// Starts `churn` (the workspace_churn executable) writing `kind` into a new workspace at
// `workspace`, kills it `delayMs` after its first commit and checks what it left.
KilledWrite killDuringWrites(const QString &churn, const QString &workspace, WriteKind kind,
                             int delayMs);

} // namespace opsdeck::test
