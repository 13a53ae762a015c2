#pragma once

#include "model/runbook.h"

#include <QAbstractTableModel>

namespace opsdeck::ui {

// One runbook's steps inside the open incident: each step's state as the timeline says
// (RunbookProgress::fold), who set it and when, the reason and the last command's exit code.
class RunbookChecklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Index, Step, State, By, When, Reason, ExitCode, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 }; // the status's name: done, pending, …

    explicit RunbookChecklistModel(QObject *parent = nullptr);

    // A different runbook (or none): a reset; its steps are pending until setStates().
    void setRunbook(const Runbook &runbook);
    void clear();
    // The steps' states (one per step, in order); only the rows that changed are announced.
    void setStates(const QList<RunbookExecution::StepState> &states);
    void setUtc(bool utc);

    const Runbook &runbook() const { return m_runbook; }
    RunbookExecution::StepState stateAt(int row) const { return m_states.value(row); }

    using Status = RunbookExecution::StepState::Status;
    static QColor statusColor(Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Runbook m_runbook;
    QList<RunbookExecution::StepState> m_states;
    bool m_utc = false;
};

} // namespace opsdeck::ui
