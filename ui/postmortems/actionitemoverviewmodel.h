#pragma once

#include "common/catalogtablemodel.h"
#include "model/postmortem.h"
#include "postmortems/postmortemcatalog.h"

namespace opsdeck::ui {

struct ActionItemRow {
    QString postMortemId;
    QString postMortemTitle;
    PostMortem::ActionItem item;
};

// Every action item of every post-mortem, one row each (done ones too: the view's proxy hides
// them). A changed post-mortem updates, inserts and removes only its own items' rows.
class ActionItemOverviewModel : public CatalogTableModel<PostMortem, ActionItemRow> {
    Q_OBJECT
public:
    enum Column { Due, Description, Owner, Priority, Status, PostMortemTitle, ColumnCount };
    enum Role {
        PostMortemIdRole = Qt::UserRole + 1,
        ActionItemIdRole,
        OverdueRole, // bool: still to do and due before today
        DoneRole,    // bool: done or won't do
        DueRole,     // QDate, invalid without a due date
        PriorityRole // 0 (P1) ... 3 (P4)
    };

    explicit ActionItemOverviewModel(PostMortemCatalog &catalog, QObject *parent = nullptr);

    // The day against which items are overdue (the local date; a view timer moves it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    int rowOf(const QString &postMortemId, const QString &actionItemId) const;
    const PostMortem::ActionItem *itemAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor overdueColor();

protected:
    QString keyOf(const ActionItemRow &row) const override;
    QString documentIdOf(const ActionItemRow &row) const override { return row.postMortemId; }
    QList<ActionItemRow> rowsOf(const PostMortem &postMortem) const override;
    bool differs(const ActionItemRow &before, const ActionItemRow &after) const override;

private:
    bool isOverdue(const ActionItemRow &row) const;

    QDate m_today;
};

} // namespace opsdeck::ui
