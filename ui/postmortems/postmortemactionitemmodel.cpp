#include "postmortems/postmortemactionitemmodel.h"

#include "common/timedisplay.h"
#include "postmortems/actionitemcommand.h"
#include "postmortems/postmortemtexts.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QUndoStack>
#include <QUuid>

namespace opsdeck::ui {

PostMortemActionItemModel::PostMortemActionItemModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

void PostMortemActionItemModel::setItems(const QList<PostMortem::ActionItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void PostMortemActionItemModel::setUndoStack(QUndoStack *stack)
{
    m_stack = stack;
}

void PostMortemActionItemModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly) {
        return;
    }
    m_readOnly = readOnly;
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void PostMortemActionItemModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::ToolTipRole, OverdueRole});
    }
}

int PostMortemActionItemModel::addItem()
{
    if (m_readOnly) {
        return -1;
    }
    PostMortem::ActionItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int row = int(m_items.size());
    change(std::nullopt, item, row, tr("Add action item"));
    return rowOf(item.id);
}

void PostMortemActionItemModel::removeItem(int row)
{
    if (m_readOnly || row < 0 || row >= m_items.size()) {
        return;
    }
    change(m_items.at(row), std::nullopt, row, tr("Remove action item"));
}

int PostMortemActionItemModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

bool PostMortemActionItemModel::isOverdue(const PostMortem::ActionItem &item) const
{
    return !item.isFinished() && item.due.isValid() && item.due < m_today;
}

void PostMortemActionItemModel::putItem(const PostMortem::ActionItem &item, int row)
{
    const int current = rowOf(item.id);
    if (current >= 0) {
        m_items[current] = item;
        Q_EMIT dataChanged(index(current, 0), index(current, ColumnCount - 1));
    } else {
        const int target = std::clamp(row, 0, int(m_items.size()));
        beginInsertRows({}, target, target);
        m_items.insert(target, item);
        endInsertRows();
    }
    Q_EMIT edited();
}

void PostMortemActionItemModel::takeItem(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

void PostMortemActionItemModel::change(const std::optional<PostMortem::ActionItem> &before,
                                       const std::optional<PostMortem::ActionItem> &after, int row,
                                       const QString &text)
{
    auto *command = new ActionItemCommand(this, before, after, row, text);
    if (m_stack) {
        m_stack->push(command); // runs redo()
    } else {
        command->redo();
        delete command;
    }
}

int PostMortemActionItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PostMortemActionItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostMortemActionItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PostMortem::ActionItem &item = m_items.at(index.row());
    const bool overdue = isOverdue(item);
    switch (role) {
    case ItemIdRole:
        return item.id;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
    case Qt::ToolTipRole:
        if (overdue) {
            return tr("Overdue");
        }
        return index.column() == Ticket ? QVariant(item.ticketUrl) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case Description:
        return item.description;
    case Owner:
        return item.owner;
    case Priority:
        return PostMortem::priorityName(item.priority);
    case Due:
        if (display) {
            return item.due.isValid() ? TimeDisplay::date(item.due) : QString();
        }
        return item.due;
    case Ticket:
        return item.ticketUrl;
    case Status:
        return display ? PostMortemTexts::actionStatus(item.status)
                       : PostMortem::actionStatusName(item.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PostMortemActionItemModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Description:
        return tr("Description");
    case Owner:
        return tr("Owner");
    case Priority:
        return tr("Priority");
    case Due:
        return tr("Due");
    case Ticket:
        return tr("Ticket URL");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PostMortemActionItemModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool PostMortemActionItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const PostMortem::ActionItem &before = m_items.at(index.row());
    PostMortem::ActionItem after = before;
    const QString text = value.toString().trimmed();
    switch (Column(index.column())) {
    case Description:
        after.description = value.toString();
        break;
    case Owner:
        after.owner = text;
        break;
    case Priority: {
        const std::optional<PostMortem::ActionItem::Priority> priority =
            PostMortem::priorityFromName(text);
        if (!priority) {
            Q_EMIT editRefused(tr("Action item %1: the priority must be one of %2.")
                                   .arg(index.row() + 1)
                                   .arg(PostMortem::priorityNames().join(QStringLiteral(", "))));
            return false;
        }
        after.priority = *priority;
        break;
    }
    case Due: {
        QDate due;
        if (value.metaType().id() == QMetaType::QDate) {
            due = value.toDate();
        } else if (!text.isEmpty()) {
            due = QDate::fromString(text, Qt::ISODate);
            if (!due.isValid()) {
                due = QLocale().toDate(text, TimeDisplay::dateFormat());
            }
            for (const QLocale::FormatType format : {QLocale::ShortFormat, QLocale::LongFormat}) {
                if (!due.isValid()) {
                    due = QLocale().toDate(text, format);
                }
            }
            // Short locale formats have two-digit years, which Qt reads as 19xx; a due date
            // is never in the last century.
            if (due.isValid() && due.year() < 2000) {
                due = due.addYears(100);
            }
            if (!due.isValid()) {
                Q_EMIT editRefused(tr("Action item %1: “%2” is not a date; write it like %3 or %4.")
                                       .arg(index.row() + 1)
                                       .arg(text, TimeDisplay::date(QDate(2026, 12, 31)),
                                            QStringLiteral("2026-12-31")));
                return false;
            }
        }
        after.due = due;
        break;
    }
    case Ticket:
        if (!text.isEmpty() && !PostMortem::isTicketUrl(text)) {
            Q_EMIT editRefused(tr("Action item %1: “%2” is not a ticket link; it must be an "
                                  "http(s) URL with a host.")
                                   .arg(index.row() + 1)
                                   .arg(text));
            return false;
        }
        after.ticketUrl = text;
        break;
    case Status: {
        const std::optional<PostMortem::ActionItem::Status> status =
            PostMortem::actionStatusFromName(text);
        if (!status) {
            Q_EMIT editRefused(
                tr("Action item %1: “%2” is not a status.").arg(index.row() + 1).arg(text));
            return false;
        }
        after.status = *status;
        break;
    }
    case ColumnCount:
        return false;
    }
    if (after == before) {
        return true;
    }
    change(before, after, index.row(), tr("Edit action item"));
    return true;
}

void PostMortemActionItemModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

} // namespace opsdeck::ui
