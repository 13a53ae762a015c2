#include "postmortems/actionitemoverviewmodel.h"

#include "common/timedisplay.h"
#include "postmortems/postmortemtexts.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace opsdeck::ui {

ActionItemOverviewModel::ActionItemOverviewModel(PostMortemCatalog &catalog, QObject *parent)
    : CatalogTableModel(NewRows::Last, parent)
    , m_today(QDate::currentDate())
{
    follow(catalog);
}

QString ActionItemOverviewModel::keyOf(const ActionItemRow &row) const
{
    return row.postMortemId + u'/' + row.item.id;
}

QList<ActionItemRow> ActionItemOverviewModel::rowsOf(const PostMortem &postMortem) const
{
    QList<ActionItemRow> itemRows;
    itemRows.reserve(postMortem.actionItems.size());
    for (const PostMortem::ActionItem &item : postMortem.actionItems) {
        itemRows.append({postMortem.id, postMortem.title, item});
    }
    return itemRows;
}

bool ActionItemOverviewModel::differs(const ActionItemRow &before, const ActionItemRow &after) const
{
    return after.item != before.item || after.postMortemTitle != before.postMortemTitle;
}

void ActionItemOverviewModel::setToday(const QDate &today)
{
    if (today == m_today) {
        return;
    }
    m_today = today;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ActionItemOverviewModel::rowOf(const QString &postMortemId, const QString &actionItemId) const
{
    return CatalogTableModel::rowOf(postMortemId + u'/' + actionItemId);
}

const PostMortem::ActionItem *ActionItemOverviewModel::itemAt(int row) const
{
    const ActionItemRow *found = rowAt(row);
    return found != nullptr ? &found->item : nullptr;
}

int ActionItemOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ActionItemOverviewModel::overdueColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

bool ActionItemOverviewModel::isOverdue(const ActionItemRow &row) const
{
    return !row.item.isFinished() && row.item.due.isValid() && row.item.due < m_today;
}

QVariant ActionItemOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ActionItemRow &row = rows().at(index.row());
    const PostMortem::ActionItem &item = row.item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            return item.due.isValid() ? TimeDisplay::date(item.due) : QStringLiteral("—");
        case Description:
            return item.description;
        case Owner:
            return item.owner;
        case Priority:
            return PostMortemTexts::priority(item.priority);
        case Status:
            return PostMortemTexts::actionStatus(item.status);
        case PostMortemTitle:
            return row.postMortemTitle;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (isOverdue(row)) {
            const qint64 days = item.due.daysTo(m_today);
            return tr("Overdue by %n day(s): due %1", nullptr, int(days))
                .arg(TimeDisplay::date(item.due));
        }
        if (index.column() == Description) {
            return item.ticketUrl.isEmpty()
                       ? item.description
                       : tr("%1\nTicket: %2").arg(item.description, item.ticketUrl);
        }
        return index.column() == PostMortemTitle ? row.postMortemTitle : QVariant();
    case Qt::ForegroundRole:
        if (isOverdue(row)) {
            return QBrush(overdueColor());
        }
        return {};
    case Qt::FontRole:
        if (index.column() == Description && item.isFinished()) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        if (index.column() == Due && isOverdue(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return isOverdue(row) ? tr("overdue") : QVariant();
    case PostMortemIdRole:
        return row.postMortemId;
    case ActionItemIdRole:
        return item.id;
    case OverdueRole:
        return isOverdue(row);
    case DoneRole:
        return item.isFinished();
    case DueRole:
        return item.due;
    case PriorityRole:
        return int(item.priority);
    default:
        return {};
    }
}

QVariant ActionItemOverviewModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Due:
        return tr("Due");
    case Description:
        return tr("Description");
    case Owner:
        return tr("Owner");
    case Priority:
        return tr("Priority");
    case Status:
        return tr("Status");
    case PostMortemTitle:
        return tr("Post-mortem");
    default:
        return {};
    }
}

} // namespace opsdeck::ui
