#pragma once

#include "model/dashboard.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace opsdeck {

class WorkspaceStore;

// One saved state of a dashboard: every save keeps the whole dashboard as a new version.
struct DashboardVersion {
    enum class Reason { Created, Saved, Imported, Restored };

    int number = 0; // 1, 2, … per dashboard
    QDateTime savedAt;
    QString author;
    Reason reason = Reason::Saved;
    QString title; // the dashboard's title in this version

    static QStringList reasonNames(); // created, saved, imported, restored
};

// Every dashboard change, for the console and the command line: a save writes the dashboard
// and its new version in one transaction, so that the list and the history never disagree.
class DashboardService {
public:
    explicit DashboardService(WorkspaceStore &store);

    // Saves `dashboard` as its newest version; a new one gets an id. Returns the version's
    // number, or nothing with `error` saying why (and nothing stored changed).
    std::optional<int> save(Dashboard &dashboard, const QString &author,
                            DashboardVersion::Reason reason, QString *error);
    // A dashboard by its id, or else by its exact title when one dashboard has it.
    std::optional<Dashboard> find(const QString &idOrTitle, QString *error) const;
    QList<Dashboard> list(QString *error) const;                               // by title
    QList<DashboardVersion> versions(const QString &id, QString *error) const; // newest first
    std::optional<Dashboard> version(const QString &id, int number, QString *error) const;
    // Makes version `number` the newest again, as a new version; returns its number.
    std::optional<int> restore(const QString &id, int number, const QString &author,
                               QString *error);
    bool remove(const QString &id, QString *error);

private:
    WorkspaceStore &m_store;
};

} // namespace opsdeck
