#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace opsdeck {

// How far bulk work has come, and a way to stop it.
struct BundleProgress {
    std::function<void(qint64 done, qint64 total)> report;
    const std::atomic<bool> *cancel = nullptr;
};

// Whole-workspace export to one JSON document and import from it. Both open their own
// connection, so they run on a worker thread while the console keeps working; they report
// progress and stop early when `cancel` becomes true.
class WorkspaceBundle {
public:
    static constexpr const char *Format = "opsdeck-workspace-bundle";
    static constexpr int SchemaVersion = 1;

    // Writes every document of the workspace in a stable order, so that exporting an imported
    // bundle gives the same bytes.
    static bool exportTo(const QString &workspacePath, const QString &bundlePath, QString *error,
                         const BundleProgress &progress = {});

    // Checks the whole bundle first (every field, every reference, no id already in the
    // workspace) and then writes it in one transaction: all of it, or nothing. Errors name the
    // field's path, e.g. "incidents[2].severity: expected one of SEV1, SEV2, SEV3, SEV4".
    static bool importFrom(const QString &bundlePath, const QString &workspacePath, QString *error,
                           const BundleProgress &progress = {});
};

} // namespace opsdeck
