#include "runbooks/runbookchecklistmodel.h"

#include "runbooks/runbookprogress.h"
#include "timeline/timelinemodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace opsdeck::ui {
namespace {

bool sameState(const RunbookExecution::StepState &a, const RunbookExecution::StepState &b)
{
    return a.status == b.status && a.by == b.by && a.at == b.at && a.reason == b.reason &&
           a.output == b.output && a.exitCode == b.exitCode;
}

RunbookExecution::StepState pending(int index)
{
    RunbookExecution::StepState state;
    state.index = index;
    return state;
}

} // namespace

RunbookChecklistModel::RunbookChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RunbookChecklistModel::setRunbook(const Runbook &runbook)
{
    beginResetModel();
    m_runbook = runbook;
    m_states.clear();
    for (qsizetype index = 0; index < runbook.steps.size(); ++index) {
        m_states.append(pending(int(index)));
    }
    endResetModel();
}

void RunbookChecklistModel::clear()
{
    setRunbook(Runbook());
}

void RunbookChecklistModel::setStates(const QList<RunbookExecution::StepState> &states)
{
    for (qsizetype row = 0; row < m_states.size(); ++row) {
        const RunbookExecution::StepState next =
            row < states.size() ? states.at(row) : pending(int(row));
        if (!sameState(m_states.at(row), next)) {
            m_states[row] = next;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
    }
}

void RunbookChecklistModel::setUtc(bool utc)
{
    if (m_utc == utc) {
        return;
    }
    m_utc = utc;
    if (!m_states.isEmpty()) {
        Q_EMIT dataChanged(index(0, When), index(int(m_states.size()) - 1, When));
    }
}

QColor RunbookChecklistModel::statusColor(Status status)
{
    switch (status) {
    case Status::Pending:
        return {};
    case Status::Started:
        return {0x15, 0x65, 0xc0};
    case Status::Done:
        return {0x2e, 0x7d, 0x32};
    case Status::Skipped:
        return {0x75, 0x75, 0x75};
    case Status::Failed:
        return {0xc6, 0x28, 0x28};
    }
    return {};
}

int RunbookChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int RunbookChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunbookChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunbookExecution::StepState &state = m_states.at(index.row());
    const Runbook::Step step = m_runbook.steps.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Index:
            return index.row() + 1;
        case Step:
            return step.title;
        case State:
            return RunbookProgress::statusText(state.status);
        case By:
            return state.by;
        case When:
            return state.at.isValid() ? TimelineModel::timeText(state.at, m_utc) : QString();
        case Reason:
            return state.reason;
        case ExitCode:
            return state.exitCode ? QVariant(*state.exitCode) : QVariant();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == State && state.status != Status::Pending) {
            return QBrush(statusColor(state.status));
        }
        return {};
    case Qt::FontRole:
        if (index.column() == State && state.status != Status::Pending) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Step && !step.command.isEmpty()) {
            return step.command;
        }
        if (index.column() == ExitCode && !state.output.isEmpty()) {
            return state.output;
        }
        return {};
    case StateRole:
        return RunbookExecution::stepStatusName(state.status);
    default:
        return {};
    }
}

QVariant RunbookChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Index:
        return tr("#");
    case Step:
        return tr("Step");
    case State:
        return tr("State");
    case By:
        return tr("By");
    case When:
        return tr("When");
    case Reason:
        return tr("Reason");
    case ExitCode:
        return tr("Exit code");
    default:
        return {};
    }
}

} // namespace opsdeck::ui
