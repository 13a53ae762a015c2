#pragma once

#include "model/postmortem.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace opsdeck {
class PostMortemCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

// Every action item of every post-mortem, one row each (done ones too: the view's proxy hides
// them). A changed post-mortem updates, inserts and removes only its own items' rows.
class ActionItemOverviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, Description, Owner, Priority, Status, PostMortemTitle, ColumnCount };
    enum Role {
        PostMortemIdRole = Qt::UserRole + 1,
        ActionItemIdRole,
        OverdueRole, // bool: still to do and due before today
        DoneRole,    // bool: done or won't do
        DueRole,     // QDate, invalid without a due date
        PriorityRole // P1 ... P4
    };

    // `catalog` may be null: the model is then filled with setPostMortems().
    explicit ActionItemOverviewModel(PostMortemCatalog *catalog, QObject *parent = nullptr);

    void setPostMortems(const QList<PostMortem> &postMortems);
    void updatePostMortem(const PostMortem &postMortem);
    void removePostMortem(const QString &postMortemId);
    // The day against which items are overdue (the local date; a view timer moves it).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    int rowOf(const QString &postMortemId, const QString &actionItemId) const;
    const PostMortem::ActionItem *itemAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static bool isDone(const QString &status); // done or wont_do
    static QColor overdueColor();

private:
    struct Row {
        QString postMortemId;
        QString postMortemTitle;
        PostMortem::ActionItem item;
    };
    bool isOverdue(const Row &row) const;
    void appendRows(const QList<Row> &rows);
    static QList<Row> rowsOf(const PostMortem &postMortem);

    QPointer<PostMortemCatalog> m_catalog;
    QList<Row> m_rows;
    QDate m_today;
};

} // namespace opsdeck::ui
