#include "postmortems/postmortemtablemodel.h"

#include "common/severitystyle.h"
#include "common/timedisplay.h"
#include "model/incident.h"
#include "postmortems/postmortemdraft.h"
#include "postmortems/postmortemtexts.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace opsdeck::ui {
PostMortemTableModel::PostMortemTableModel(PostMortemCatalog &catalog, QObject *parent)
    : CatalogTableModel(NewRows::First, parent)
    , m_utc(TimeDisplay::instance().isUtc())
{
    connect(&TimeDisplay::instance(), &TimeDisplay::changed, this, &PostMortemTableModel::setUtc);
    follow(catalog);
}

void PostMortemTableModel::setUtc(bool utc)
{
    if (utc == m_utc) {
        return;
    }
    m_utc = utc;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Updated), index(rowCount() - 1, Updated), {Qt::DisplayRole});
    }
}

QStringList PostMortemTableModel::services() const
{
    QStringList services;
    for (const PostMortem &postMortem : rows()) {
        for (const QString &service : postMortem.services) {
            if (!service.isEmpty() && !services.contains(service)) {
                services.append(service);
            }
        }
    }
    services.sort(Qt::CaseInsensitive);
    return services;
}

int PostMortemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PostMortemTableModel::openActionItems(const PostMortem &postMortem)
{
    return int(
        std::count_if(postMortem.actionItems.cbegin(), postMortem.actionItems.cend(),
                      [](const PostMortem::ActionItem &item) { return !item.isFinished(); }));
}

QVariant PostMortemTableModel::displayData(const PostMortem &postMortem, int column) const
{
    switch (column) {
    case Title:
        // The key is in its own column beside it.
        return PostMortemDraft::titleWithoutDefaultLead(postMortem);
    case IncidentKey:
        return postMortem.incidentKey.isEmpty() ? QStringLiteral("—") : postMortem.incidentKey;
    case Severity:
        return postMortem.severity ? postMortem.severityName() : QStringLiteral("—");
    case Services:
        return postMortem.services.join(QStringLiteral(", "));
    case State:
        return PostMortemTexts::reviewState(postMortem.reviewState);
    case ActionItems:
        return tr("%1/%2").arg(openActionItems(postMortem)).arg(postMortem.actionItems.size());
    case Updated: {
        return TimeDisplay::dateTime(postMortem.updatedAt, m_utc);
    }
    default:
        return {};
    }
}

QVariant PostMortemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const PostMortem &postMortem = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(postMortem, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Title:
            return postMortem.title;
        case ActionItems:
            return tr("%n action item(s) still to do", nullptr, openActionItems(postMortem));
        case Updated:
            return m_utc ? tr("Last saved (UTC)") : tr("Last saved (local time)");
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Severity && postMortem.severity) {
            return SeverityStyle::dot(
                SeverityStyle::standardSeverities().value(int(*postMortem.severity)));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Title && !postMortem.isPublished()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ActionItems && openActionItems(postMortem) == 0) {
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        }
        return {};
    case PostMortemIdRole:
        return postMortem.id;
    case ReviewStateRole:
        return PostMortem::reviewStateName(postMortem.reviewState);
    case ServicesRole:
        return postMortem.services;
    case SortRole:
        switch (index.column()) {
        case Severity: {
            // Without a severity: after SEV4.
            return postMortem.severity ? int(*postMortem.severity)
                                       : int(Incident::severityNames().size());
        }
        case State:
            return int(postMortem.reviewState);
        case ActionItems:
            return openActionItems(postMortem);
        case Updated:
            return postMortem.updatedAt;
        default:
            return displayData(postMortem, index.column());
        }
    default:
        return {};
    }
}

QVariant PostMortemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::ToolTipRole && section == ActionItems) {
        return tr("Action items still to do, of all the post-mortem's action items");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Title");
    case IncidentKey:
        return tr("Incident");
    case Severity:
        return tr("Severity");
    case Services:
        return tr("Services");
    case State:
        return tr("State");
    case ActionItems:
        return tr("Action items");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace opsdeck::ui
