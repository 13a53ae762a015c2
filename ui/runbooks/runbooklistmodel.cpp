#include "runbooks/runbooklistmodel.h"

#include "common/timedisplay.h"
#include "runbooks/runbooklibrary.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace opsdeck::ui {

RunbookListModel::RunbookListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunbookListModel::setLibrary(const RunbookLibrary &library, const QDate &today)
{
    beginResetModel();
    m_rows.clear();
    for (const Runbook &runbook : library.runbooks()) {
        m_rows.append({runbook, library.keyOf(runbook), RunbookLibrary::isStale(runbook, today)});
    }
    endResetModel();
}

int RunbookListModel::rowOf(const QString &key) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key) {
            return int(row);
        }
    }
    return -1;
}

QString RunbookListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

std::optional<Runbook> RunbookListModel::runbookAt(int row) const
{
    if (row < 0 || row >= m_rows.size()) {
        return std::nullopt;
    }
    return m_rows.at(row).runbook;
}

int RunbookListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunbookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunbookListModel::badgesText(const Row &row) const
{
    QStringList badges;
    if (row.stale) {
        badges.append(tr("stale"));
    }
    if (row.runbook.readOnly) {
        badges.append(tr("read-only"));
    }
    return badges.join(QStringLiteral(" · "));
}

QVariant RunbookListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Runbook &runbook = row.runbook;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return runbook.title;
        case Owner:
            return runbook.owner;
        case Services:
            return runbook.services.join(QStringLiteral(", "));
        case LastReviewed:
            return runbook.lastReviewed.isValid() ? TimeDisplay::date(runbook.lastReviewed)
                                                  : (runbook.readOnly ? QString() : tr("never"));
        case Badges:
            return badgesText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Badges || index.column() == Title) {
            QStringList lines{row.key};
            if (row.stale) {
                lines.append(tr("Not reviewed in the last %1 days: check it still holds.")
                                 .arg(RunbookLibrary::StaleAfterDays));
            }
            if (runbook.readOnly) {
                lines.append(tr("Imported from AWS Systems Manager: its commands run in AWS, "
                                "not on this machine."));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Badges && row.stale) {
            return QBrush(QColor(0xb2, 0x6a, 0x00)); // amber: needs a review
        }
        return {};
    case KeyRole:
        return row.key;
    case SearchTextRole:
        return QStringList{runbook.title, runbook.owner, runbook.services.join(QLatin1Char(' ')),
                           row.key, badgesText(row)}
            .join(QLatin1Char(' '));
    case StaleRole:
        return row.stale;
    case ReadOnlyRole:
        return runbook.readOnly;
    default:
        return {};
    }
}

QVariant RunbookListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Title:
        return tr("Runbook");
    case Owner:
        return tr("Owner");
    case Services:
        return tr("Services");
    case LastReviewed:
        return tr("Last reviewed");
    case Badges:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace opsdeck::ui
