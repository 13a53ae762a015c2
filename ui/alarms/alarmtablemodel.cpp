#include "alarms/alarmtablemodel.h"

#include "common/severitystyle.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace opsdeck::ui {
namespace {

// A slice of a large fill: rows go in, a chunk at a time (the filter/sort proxy and the view
// take each chunk as one insertion), until this much time has passed; the event loop then gets
// its turn. Well inside the 16 ms of a frame, which also has the view's layout and painting.
constexpr qint64 SliceNs = 6'000'000;
constexpr qsizetype ChunkRows = 1000;

// Consecutive indexes as (first, last) ranges, keeping their order.
QList<QPair<int, int>> ranges(const QList<int> &indexes, bool descending)
{
    QList<QPair<int, int>> result;
    for (const int index : indexes) {
        if (!result.isEmpty() &&
            (descending ? result.last().first - 1 == index : result.last().second + 1 == index)) {
            (descending ? result.last().first : result.last().second) = index;
        } else {
            result.append({index, index});
        }
    }
    return result;
}

} // namespace

AlarmTableModel::AlarmTableModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_sliceNs(SliceNs)
    , m_fillTimer(new QTimer(this))
{
    m_fillTimer->setSingleShot(true);
    m_fillTimer->setInterval(0);
    connect(m_fillTimer, &QTimer::timeout, this, [this] {
        if (m_fill) {
            continueFill(m_sliceNs);
        }
    });
}

AlarmTableModel::~AlarmTableModel() = default;

void AlarmTableModel::setSeverityMapping(const QHash<QString, QString> &mapping)
{
    m_cells.setSeverityMapping(mapping);
    for (int group = 0; group < m_groups.groupCount(); ++group) {
        m_groups.group(group).worstRank = -1;
    }
    if (rowCount() > 0) {
        Q_EMIT layoutAboutToBeChanged();
        Q_EMIT layoutChanged(); // colours and sort ranks only; no row moves
    }
}

void AlarmTableModel::setBackendNames(const QHash<QString, QString> &names)
{
    m_cells.setBackendNames(names);
    if (rowCount() > 0) {
        Q_EMIT layoutAboutToBeChanged();
        Q_EMIT layoutChanged();
    }
}

void AlarmTableModel::setIncidentText(std::function<QString(const QString &)> text)
{
    m_cells.setIncidentText(std::move(text));
    refreshIncidents();
}

void AlarmTableModel::refreshIncidents()
{
    // One range a parent: the column's cells, not the rows.
    const auto refresh = [this](const QModelIndex &parent) {
        if (const int rows = rowCount(parent); rows > 0) {
            Q_EMIT dataChanged(index(0, AlarmCells::Incident, parent),
                               index(rows - 1, AlarmCells::Incident, parent),
                               {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
        }
    };
    refresh({});
    for (int group = 0; m_groups.isGrouping() && group < rowCount(); ++group) {
        refresh(index(group, 0));
    }
}

void AlarmTableModel::setStaleBackends(const QSet<QString> &backendIds)
{
    if (backendIds == m_staleBackends) {
        return;
    }
    const QSet<QString> changedBackends =
        (backendIds - m_staleBackends) + (m_staleBackends - backendIds);
    m_staleBackends = backendIds;
    for (const Alert &alert : std::as_const(m_snapshot.alerts)) {
        for (const QString &source : alert.sources) {
            if (changedBackends.contains(source)) {
                const QModelIndex first = indexOf(alert.fingerprint);
                Q_EMIT dataChanged(first, first.siblingAtColumn(AlarmCells::ColumnCount - 1));
                break;
            }
        }
    }
}

void AlarmTableModel::setGroupLabel(const QString &label)
{
    if (label == m_groups.label()) {
        return;
    }
    beginResetModel();
    m_groups.regroup(label, m_snapshot.alerts);
    endResetModel();
}

void AlarmTableModel::removeFromGroups(const Alert &alert)
{
    const std::optional<AlarmGroups::Place> place = m_groups.find(alert);
    if (!place) {
        return;
    }
    if (m_groups.group(place->group).alerts.size() == 1) {
        beginRemoveRows({}, place->group, place->group);
        m_groups.remove(*place);
        endRemoveRows();
        return;
    }
    beginRemoveRows(createIndex(place->group, 0, nullptr), place->row, place->row);
    m_groups.remove(*place);
    endRemoveRows();
    groupRowChanged(place->group);
}

void AlarmTableModel::insertIntoGroups(const Alert &alert)
{
    const AlarmGroups::Place place = m_groups.placeFor(alert);
    if (place.newGroup) {
        beginInsertRows({}, place.group, place.group);
        m_groups.insert(place, alert);
        endInsertRows();
        return;
    }
    beginInsertRows(createIndex(place.group, 0, nullptr), place.row, place.row);
    m_groups.insert(place, alert);
    endInsertRows();
    groupRowChanged(place.group);
}

void AlarmTableModel::updateInGroups(const Alert &alert)
{
    if (const std::optional<AlarmGroups::Place> place = m_groups.find(alert)) {
        m_groups.replace(*place, alert);
        const QModelIndex row = createIndex(place->row, 0, &m_groups.group(place->group));
        Q_EMIT dataChanged(row, row.siblingAtColumn(AlarmCells::ColumnCount - 1));
    }
}

// A group row's count and worst severity after its alerts changed.
void AlarmTableModel::groupRowChanged(int group)
{
    Q_EMIT dataChanged(createIndex(group, 0, nullptr),
                       createIndex(group, AlarmCells::ColumnCount - 1, nullptr));
}

QModelIndex AlarmTableModel::indexOf(const QString &fingerprint) const
{
    if (m_groups.isGrouping()) {
        const std::optional<AlarmGroups::Place> place = m_groups.findFingerprint(fingerprint);
        return place ? createIndex(place->row, 0, &m_groups.group(place->group)) : QModelIndex();
    }
    const int row = AlarmGroups::rowOfFingerprint(m_snapshot.alerts, fingerprint);
    return row >= 0 ? createIndex(row, 0, nullptr) : QModelIndex();
}

void AlarmTableModel::apply(const AlertSnapshot &next, const AlertDiff &diff)
{
    if (m_fill) {
        continueFill(std::numeric_limits<qint64>::max());
    }
    const bool flat = !m_groups.isGrouping();
    for (const auto &[first, last] : ranges(diff.removed, true)) {
        for (int row = first; row <= last; ++row) {
            m_unseen.remove(m_snapshot.alerts.at(row).fingerprint);
            if (!flat) {
                removeFromGroups(m_snapshot.alerts.at(row));
            }
        }
        if (flat) {
            beginRemoveRows({}, first, last);
        }
        m_snapshot.alerts.remove(first, last - first + 1);
        if (flat) {
            endRemoveRows();
        }
    }
    m_fill = Fill{next, diff.inserted, 0, diff.changed, m_hadSnapshot, false};
    // A poll's few new alerts go in at once; only a large fill is spread out.
    continueFill(diff.inserted.size() > ChunkRows ? m_sliceNs : std::numeric_limits<qint64>::max());
}

// Inserts the fill's next rows, lowest first, in chunks of consecutive rows until `budgetNs`
// has passed; each row's place in the snapshot is right as soon as the rows before it are in.
void AlarmTableModel::continueFill(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    Fill &fill = *m_fill;
    const bool flat = !m_groups.isGrouping();
    const QList<int> &inserted = fill.inserted;
    while (fill.position < inserted.size()) {
        qsizetype end = fill.position + 1;
        while (end < inserted.size() && end - fill.position < ChunkRows &&
               inserted.at(end) == inserted.at(end - 1) + 1) {
            ++end;
        }
        if (flat) {
            beginInsertRows({}, inserted.at(fill.position), inserted.at(end - 1));
        }
        for (qsizetype i = fill.position; i < end; ++i) {
            const Alert &alert = fill.next.alerts.at(inserted.at(i));
            m_snapshot.alerts.insert(inserted.at(i), alert);
            if (fill.markNew) {
                m_unseen.insert(alert.fingerprint);
            }
            if (!flat) {
                insertIntoGroups(alert);
            }
        }
        if (flat) {
            endInsertRows();
        }
        fill.position = end;
        if (clock.nsecsElapsed() >= budgetNs && fill.position < inserted.size()) {
            fill.sliced = true;
            Q_EMIT filling(int(fill.position), int(inserted.size()));
            m_fillTimer->start();
            return;
        }
    }
    finishFill();
}

void AlarmTableModel::finishFill()
{
    m_fillTimer->stop();
    const Fill fill = std::move(*m_fill);
    m_fill.reset();
    const bool flat = !m_groups.isGrouping();
    for (const int row : fill.changed) {
        const std::optional<std::pair<Column, Column>> columns =
            AlarmCells::changedColumns(m_snapshot.alerts.at(row), fill.next.alerts.at(row));
        m_snapshot.alerts[row] = fill.next.alerts.at(row);
        if (flat && columns) {
            Q_EMIT dataChanged(index(row, columns->first), index(row, columns->second));
        } else if (!flat) {
            updateInGroups(fill.next.alerts.at(row));
        }
    }
    m_hadSnapshot = m_hadSnapshot || !m_snapshot.alerts.isEmpty();
    if (fill.sliced) {
        Q_EMIT filling(int(fill.inserted.size()), int(fill.inserted.size()));
    }
}

const Alert *AlarmTableModel::alertAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    if (const auto *group = static_cast<const AlarmGroups::Group *>(index.internalPointer())) {
        return &group->alerts.at(index.row());
    }
    return m_groups.isGrouping() ? nullptr : &m_snapshot.alerts.at(index.row());
}

void AlarmTableModel::markSeen(const QString &fingerprint)
{
    if (m_unseen.remove(fingerprint)) {
        const QModelIndex found = indexOf(fingerprint);
        Q_EMIT dataChanged(found, found.siblingAtColumn(AlarmCells::ColumnCount - 1));
    }
}

void AlarmTableModel::markAllSeen()
{
    const QSet<QString> unseen = std::exchange(m_unseen, {});
    for (const QString &fingerprint : unseen) {
        const QModelIndex found = indexOf(fingerprint);
        Q_EMIT dataChanged(found, found.siblingAtColumn(AlarmCells::ColumnCount - 1));
    }
}

QModelIndex AlarmTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, nullptr);
    }
    return createIndex(row, column, &m_groups.group(parent.row()));
}

QModelIndex AlarmTableModel::parent(const QModelIndex &child) const
{
    const auto *group = static_cast<const AlarmGroups::Group *>(child.internalPointer());
    if (group == nullptr) {
        return {};
    }
    return createIndex(m_groups.rowOf(group), 0, nullptr);
}

int AlarmTableModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return m_groups.isGrouping() ? m_groups.groupCount() : int(m_snapshot.alerts.size());
    }
    if (parent.column() != 0 || parent.internalPointer() != nullptr || !m_groups.isGrouping()) {
        return 0;
    }
    return int(m_groups.group(parent.row()).alerts.size());
}

int AlarmTableModel::columnCount(const QModelIndex &) const
{
    return AlarmCells::ColumnCount;
}

QVariant AlarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (const Alert *alert = alertAt(index)) {
        return alertData(*alert, index.column(), role);
    }
    return groupData(m_groups.group(index.row()), index.column(), role);
}

Qt::ItemFlags AlarmTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalPointer() != nullptr || !m_groups.isGrouping()
               ? flags | Qt::ItemNeverHasChildren
               : flags;
}

QVariant AlarmTableModel::groupData(const AlarmGroups::Group &group, int column, int role) const
{
    if (group.worstRank < 0) {
        // Once per change, not on every repaint of the group row.
        group.worstRank = int(SeverityStyle::standardSeverities().size());
        for (const Alert &alert : group.alerts) {
            group.worstRank = std::min(group.worstRank, m_cells.severityRank(alert));
        }
    }
    const int worst = group.worstRank;
    switch (role) {
    case IsGroupRole:
        return true;
    case SeverityRankRole:
        return worst;
    case SortRole:
        return column == AlarmCells::Severity ? QVariant(worst) : QVariant(group.key);
    default:
        return AlarmCells::groupLook(group.key, m_groups.label(), group.alerts.size(), worst,
                                     AlarmCells::Column(column), role);
    }
}

QVariant AlarmTableModel::alertData(const Alert &alert, int column, int role) const
{
    const auto cell = AlarmCells::Column(column);
    switch (role) {
    case FingerprintRole:
        return alert.fingerprint;
    case IsGroupRole:
        return false;
    case SeverityRankRole:
        return m_cells.severityRank(alert);
    case IsNewRole:
        return m_unseen.contains(alert.fingerprint);
    case IsStaleRole:
        return isStale(alert);
    case SortRole:
        return m_cells.sortKey(alert, cell);
    case Qt::FontRole:
        return m_cells.look(alert, cell, role, m_unseen.contains(alert.fingerprint), false);
    case Qt::ForegroundRole:
    case Qt::ToolTipRole:
        return m_cells.look(alert, cell, role, false, isStale(alert));
    default:
        return m_cells.look(alert, cell, role, false, false);
    }
}

bool AlarmTableModel::isStale(const Alert &alert) const
{
    return !alert.sources.isEmpty() &&
           std::all_of(alert.sources.cbegin(), alert.sources.cend(),
                       [this](const QString &source) { return m_staleBackends.contains(source); });
}

QVariant AlarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return AlarmCells::header(AlarmCells::Column(section));
}

} // namespace opsdeck::ui
