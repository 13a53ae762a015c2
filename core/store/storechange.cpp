#include "store/storechange.h"

namespace opsdeck {
namespace {

const QStringList &aggregateNames()
{
    static const QStringList names{QStringLiteral("incident"),
                                   QStringLiteral("timeline"),
                                   QStringLiteral("runbook"),
                                   QStringLiteral("postmortem"),
                                   QStringLiteral("assessment"),
                                   QStringLiteral("dashboard"),
                                   QStringLiteral("deployment"),
                                   QStringLiteral("backend"),
                                   QStringLiteral("postmortem_template")};
    return names;
}

const QStringList &kindNames()
{
    static const QStringList names{QStringLiteral("created"), QStringLiteral("updated"),
                                   QStringLiteral("deleted")};
    return names;
}

} // namespace

QString aggregateName(Aggregate aggregate)
{
    return aggregateNames().at(int(aggregate));
}

std::optional<Aggregate> aggregateFromName(const QString &name)
{
    const qsizetype index = aggregateNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional(Aggregate(index));
}

QString changeKindName(ChangeKind kind)
{
    return kindNames().at(int(kind));
}

std::optional<ChangeKind> changeKindFromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name);
    return index < 0 ? std::nullopt : std::optional(ChangeKind(index));
}

} // namespace opsdeck
