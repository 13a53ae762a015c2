#include "postmortems/actionitemoverviewmodel.h"

#include "postmortems/postmortemcatalog.h"
#include "postmortems/postmortemtexts.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace opsdeck::ui {

ActionItemOverviewModel::ActionItemOverviewModel(PostMortemCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_today(QDate::currentDate())
{
    if (catalog == nullptr) {
        return;
    }
    connect(catalog, &PostMortemCatalog::loaded, this,
            [this]() { setPostMortems(m_catalog->postMortems()); });
    connect(catalog, &PostMortemCatalog::postMortemChanged, this,
            &ActionItemOverviewModel::updatePostMortem);
    connect(catalog, &PostMortemCatalog::postMortemRemoved, this,
            &ActionItemOverviewModel::removePostMortem);
    if (catalog->isLoaded()) {
        for (const PostMortem &postMortem : catalog->postMortems()) {
            m_rows += rowsOf(postMortem);
        }
    }
}

QList<ActionItemOverviewModel::Row> ActionItemOverviewModel::rowsOf(const PostMortem &postMortem)
{
    QList<Row> rows;
    rows.reserve(postMortem.actionItems.size());
    for (const PostMortem::ActionItem &item : postMortem.actionItems) {
        rows.append({postMortem.id, postMortem.title, item});
    }
    return rows;
}

void ActionItemOverviewModel::setPostMortems(const QList<PostMortem> &postMortems)
{
    beginResetModel();
    m_rows.clear();
    for (const PostMortem &postMortem : postMortems) {
        m_rows += rowsOf(postMortem);
    }
    endResetModel();
}

void ActionItemOverviewModel::appendRows(const QList<Row> &rows)
{
    if (rows.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

void ActionItemOverviewModel::updatePostMortem(const PostMortem &postMortem)
{
    QList<Row> fresh = rowsOf(postMortem);
    // Rows of items that are gone go; rows of items still there are updated in place.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).postMortemId != postMortem.id) {
            continue;
        }
        const auto found = std::find_if(fresh.begin(), fresh.end(), [&](const Row &candidate) {
            return candidate.item.id == m_rows.at(row).item.id;
        });
        if (found == fresh.end()) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            continue;
        }
        const bool changed = found->item.description != m_rows.at(row).item.description ||
                             found->item.owner != m_rows.at(row).item.owner ||
                             found->item.priority != m_rows.at(row).item.priority ||
                             found->item.due != m_rows.at(row).item.due ||
                             found->item.status != m_rows.at(row).item.status ||
                             found->item.ticketUrl != m_rows.at(row).item.ticketUrl ||
                             found->postMortemTitle != m_rows.at(row).postMortemTitle;
        m_rows[row] = *found;
        fresh.erase(found);
        if (changed) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    appendRows(fresh); // new items
}

void ActionItemOverviewModel::removePostMortem(const QString &postMortemId)
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).postMortemId == postMortemId) {
            // Neighbouring rows of one post-mortem go in one step.
            int first = row;
            while (first > 0 && m_rows.at(first - 1).postMortemId == postMortemId) {
                --first;
            }
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first;
        }
    }
}

void ActionItemOverviewModel::setToday(const QDate &today)
{
    if (today == m_today) {
        return;
    }
    m_today = today;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int ActionItemOverviewModel::rowOf(const QString &postMortemId, const QString &actionItemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).postMortemId == postMortemId && m_rows.at(row).item.id == actionItemId) {
            return row;
        }
    }
    return -1;
}

const PostMortem::ActionItem *ActionItemOverviewModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).item : nullptr;
}

int ActionItemOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionItemOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ActionItemOverviewModel::isDone(const QString &status)
{
    return status == QLatin1String("done") || status == QLatin1String("wont_do");
}

QColor ActionItemOverviewModel::overdueColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

bool ActionItemOverviewModel::isOverdue(const Row &row) const
{
    return !isDone(row.item.status) && row.item.due.isValid() && row.item.due < m_today;
}

QVariant ActionItemOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const PostMortem::ActionItem &item = row.item;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Due:
            return item.due.isValid() ? item.due.toString(Qt::ISODate) : QStringLiteral("—");
        case Description:
            return item.description;
        case Owner:
            return item.owner;
        case Priority:
            return item.priority;
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
                .arg(item.due.toString(Qt::ISODate));
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
        if (index.column() == Description && isDone(item.status)) {
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
        return isDone(item.status);
    case DueRole:
        return item.due;
    case PriorityRole:
        return item.priority;
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
