#pragma once

#include "common/catalogtablemodel.h"
#include "model/postmortem.h"
#include "postmortems/postmortemcatalog.h"

namespace opsdeck::ui {

// The workspace's post-mortems as rows, one per post-mortem, kept current from the catalogue
// row by row (a new one is inserted at the top).
class PostMortemTableModel : public CatalogTableModel<PostMortem> {
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

    explicit PostMortemTableModel(PostMortemCatalog &catalog, QObject *parent = nullptr);

    // Times in UTC or local time (the product's switch, TimeDisplay).
    void setUtc(bool utc);

    const PostMortem *postMortemAt(int row) const { return rowAt(row); }
    // Every service named by a post-mortem, sorted, each once.
    QStringList services() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Draft", "In review", "Published" for a review state name.
    // How many action items are still to do (open or in progress).
    static int openActionItems(const PostMortem &postMortem);

private:
    QVariant displayData(const PostMortem &postMortem, int column) const;

    bool m_utc = false;
};

} // namespace opsdeck::ui
