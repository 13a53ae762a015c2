#pragma once

#include "model/postmortem.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace opsdeck {
class PostMortemCatalog;
} // namespace opsdeck

namespace opsdeck::ui {

// The workspace's post-mortems as rows, one per post-mortem, kept current from the catalogue
// row by row: a new one is inserted at the top, a changed one updates its row, a removed one
// removes it. Only the catalogue's first load (or a reload) resets the model.
class PostMortemTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Title,
        IncidentKey,
        Severity,
        Services,
        State,
        ActionItems,
        Updated,
        ColumnCount
    };
    enum Role {
        PostMortemIdRole = Qt::UserRole + 1,
        SortRole,        // dates, numbers for severity, state and open action items
        ReviewStateRole, // draft, in_review, published
        ServicesRole,    // QStringList
    };

    // `catalog` may be null: the model is then filled with setPostMortems().
    explicit PostMortemTableModel(PostMortemCatalog *catalog, QObject *parent = nullptr);

    void setPostMortems(const QList<PostMortem> &postMortems);
    void upsert(const PostMortem &postMortem); // inserts at the top when new, else updates
    void remove(const QString &postMortemId);
    // Times in UTC or local time (the product's switch, TimeDisplay).
    void setUtc(bool utc);

    const PostMortem *postMortemAt(int row) const;
    int rowOf(const QString &postMortemId) const;
    // Every service named by a post-mortem, sorted, each once.
    QStringList services() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Draft", "In review", "Published" for a review state name.
    // How many action items are still to do (open or in progress).
    static int openActionItems(const PostMortem &postMortem);

private:
    QVariant displayData(const PostMortem &postMortem, int column) const;

    QPointer<PostMortemCatalog> m_catalog;
    QList<PostMortem> m_postMortems;
    bool m_utc = false;
};

} // namespace opsdeck::ui
