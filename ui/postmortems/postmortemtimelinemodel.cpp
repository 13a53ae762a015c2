#include "postmortems/postmortemtimelinemodel.h"

#include "postmortems/timelineentrycommand.h"

#include <QTimeZone>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

namespace opsdeck::ui {

PostMortemTimelineModel::PostMortemTimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PostMortemTimelineModel::setEntries(const QList<PostMortem::TimelineEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const PostMortem::TimelineEntry &a, const PostMortem::TimelineEntry &b) {
                         return a.time < b.time;
                     });
    endResetModel();
}

void PostMortemTimelineModel::setUndoStack(QUndoStack *stack)
{
    m_stack = stack;
}

void PostMortemTimelineModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly) {
        return;
    }
    m_readOnly = readOnly;
    if (!m_entries.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

int PostMortemTimelineModel::addEntry(const QDateTime &time)
{
    if (m_readOnly) {
        return -1;
    }
    PostMortem::TimelineEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDateTime when = time.isValid() ? time.toUTC() : QDateTime::currentDateTimeUtc();
    when.setTime(QTime(when.time().hour(), when.time().minute(), when.time().second()));
    entry.time = when;
    change(std::nullopt, entry, tr("Add timeline event"));
    return rowOf(entry.id);
}

void PostMortemTimelineModel::removeEntry(int row)
{
    if (m_readOnly || row < 0 || row >= m_entries.size()) {
        return;
    }
    change(m_entries.at(row), std::nullopt, tr("Remove timeline event"));
}

int PostMortemTimelineModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int PostMortemTimelineModel::sortedRow(const QDateTime &time, int skipRow) const
{
    // The row after every entry at or before `time`, counted without `skipRow`.
    int row = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != skipRow && !(time < m_entries.at(i).time)) {
            ++row;
        }
    }
    return row;
}

void PostMortemTimelineModel::putEntry(const PostMortem::TimelineEntry &entry)
{
    const int row = rowOf(entry.id);
    if (row < 0) {
        const int target = sortedRow(entry.time, -1);
        beginInsertRows({}, target, target);
        m_entries.insert(target, entry);
        endInsertRows();
        Q_EMIT edited();
        return;
    }
    m_entries[row] = entry;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const int target = sortedRow(entry.time, row);
    if (target != row) {
        const int destination = target > row ? target + 1 : target;
        beginMoveRows({}, row, row, {}, destination);
        m_entries.move(row, target);
        endMoveRows();
    }
    Q_EMIT edited();
}

void PostMortemTimelineModel::takeEntry(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

void PostMortemTimelineModel::change(const std::optional<PostMortem::TimelineEntry> &before,
                                     const std::optional<PostMortem::TimelineEntry> &after,
                                     const QString &text)
{
    auto *command = new TimelineEntryCommand(this, before, after, text);
    if (m_stack) {
        m_stack->push(command); // runs redo()
    } else {
        command->redo();
        delete command;
    }
}

int PostMortemTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PostMortemTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostMortemTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PostMortem::TimelineEntry &entry = m_entries.at(index.row());
    if (role == EntryIdRole) {
        return entry.id;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case Time:
        if (role == Qt::ToolTipRole) {
            return entry.eventId.isEmpty() ? tr("Added to the post-mortem")
                                           : tr("From the incident's timeline");
        }
        return entry.time.isValid() ? entry.time.toUTC().toString(timeFormat()) : QString();
    case Who:
        return entry.author;
    case What:
        return entry.text;
    case Note:
        return entry.annotation;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PostMortemTimelineModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Time:
        return tr("Time (UTC)");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PostMortemTimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool PostMortemTimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const PostMortem::TimelineEntry &before = m_entries.at(index.row());
    PostMortem::TimelineEntry after = before;
    switch (Column(index.column())) {
    case Time: {
        QDateTime time;
        if (value.metaType().id() == QMetaType::QDateTime) {
            time = value.toDateTime().toUTC();
        } else {
            // Parsed as a wall-clock time in UTC (never through the local time zone).
            const QString text = value.toString().trimmed();
            const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
            const QTime clock = QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss"));
            if (text.size() == 19 && text.at(10) == QLatin1Char(' ') && date.isValid() &&
                clock.isValid()) {
                time = QDateTime(date, clock, QTimeZone::utc());
            }
        }
        if (!time.isValid()) {
            Q_EMIT editRefused(tr("Timeline row %1: “%2” is not a time; write it as "
                                  "yyyy-MM-dd HH:mm:ss (UTC).")
                                   .arg(index.row() + 1)
                                   .arg(value.toString()));
            return false;
        }
        after.time = time;
        break;
    }
    case Who:
        after.author = value.toString().trimmed();
        break;
    case What:
        after.text = value.toString();
        break;
    case Note:
        after.annotation = value.toString();
        break;
    case ColumnCount:
        return false;
    }
    if (after.time == before.time && after.author == before.author && after.text == before.text &&
        after.annotation == before.annotation) {
        return true;
    }
    change(before, after,
           index.column() == Note ? tr("Annotate timeline event") : tr("Edit timeline event"));
    return true;
}

void PostMortemTimelineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace opsdeck::ui
