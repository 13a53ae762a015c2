#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdeck {

// The aggregates of a workspace, as the change log names them.
enum class Aggregate {
    Incident,
    Timeline, // ids are event ids; `incidentIds` of the change names their incidents
    Runbook,
    PostMortem,
    Assessment,
    Dashboard,
    Deployment,
    Backend,
    PostMortemTemplate,
};

enum class ChangeKind { Created, Updated, Deleted };

QString aggregateName(Aggregate aggregate);
std::optional<Aggregate> aggregateFromName(const QString &name);
QString changeKindName(ChangeKind kind);
std::optional<ChangeKind> changeKindFromName(const QString &name);

// What changed in a workspace, whoever changed it (this process or another one).
struct StoreChange {
    Aggregate aggregate = Aggregate::Incident;
    ChangeKind kind = ChangeKind::Created;
    QStringList ids;
    QString parentId;        // for timeline changes: the incident the events belong to
    qint64 lastSequence = 0; // the change log's sequence number of the newest entry
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::StoreChange)
