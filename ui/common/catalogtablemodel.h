#pragma once

#include "store/livecatalog.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <algorithm>
#include <type_traits>

namespace opsdeck::ui {

// The base of every table that shows a live catalogue (incidents, post-mortems, action items,
// and the features to come): it follows the catalogue row by row — a new document inserts its
// rows, a changed one updates, inserts and removes only its own rows, a removed one removes
// them. Only the first fill resets the model; a reload after it is applied row by row, so
// selection and scroll position survive.
//
// A Row is keyed by a string; one document gives one row (Row = Document, keyed by id) or
// several (rowsOf(): action items, keyed by post-mortem and item).
template <typename Document, typename Row = Document>
class CatalogTableModel : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int rowOf(const QString &key) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == key) {
                return row;
            }
        }
        return -1;
    }

    // Removes a row ahead of the catalogue (a delete the user just made; the catalogue
    // confirms it shortly).
    void remove(const QString &key)
    {
        const int row = rowOf(key);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }

protected:
    enum class NewRows { First, Last };

    explicit CatalogTableModel(NewRows newRows, QObject *parent = nullptr)
        : QAbstractTableModel(parent)
        , m_newRows(newRows)
    {}

    // Subscribes to `catalog`; the derived model calls it at the end of its constructor (it
    // calls rowsOf() and keyOf()).
    void follow(LiveCatalog<Document> &catalog)
    {
        m_catalog = &catalog;
        QObject::connect(&catalog, &CatalogSignals::loaded, this, [this]() { fill(); });
        QObject::connect(&catalog, &CatalogSignals::documentChanged, this,
                         [this](const QString &id) {
                             if (const Document *document = m_catalog->find(id)) {
                                 update(id, rowsOf(*document));
                             }
                         });
        QObject::connect(&catalog, &CatalogSignals::documentRemoved, this,
                         [this](const QString &id) { update(id, {}); });
        if (catalog.isLoaded()) {
            fill();
        }
    }

    // A model whose Row is not its Document overrides these three.
    virtual QString keyOf(const Row &row) const
    {
        if constexpr (std::is_same_v<Document, Row>) {
            return row.id;
        } else {
            Q_UNUSED(row);
            return {};
        }
    }
    // The id of the document a row comes from.
    virtual QString documentIdOf(const Row &row) const { return keyOf(row); }
    // One document's rows, in their order.
    virtual QList<Row> rowsOf(const Document &document) const
    {
        if constexpr (std::is_same_v<Document, Row>) {
            return {document};
        } else {
            Q_UNUSED(document);
            return {};
        }
    }
    // Whether a changed row looks different (false spares the view a repaint).
    virtual bool differs(const Row &before, const Row &after) const
    {
        Q_UNUSED(before);
        Q_UNUSED(after);
        return true;
    }

private:
    void fill()
    {
        QList<Row> fresh;
        for (const Document &document : m_catalog->documents()) {
            fresh += rowsOf(document);
        }
        if (!m_filled || m_rows.isEmpty()) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            m_filled = true;
            return;
        }
        // A reload: documents gone lose their rows, the others are updated row by row.
        QStringList gone;
        for (const Row &row : std::as_const(m_rows)) {
            const QString id = documentIdOf(row);
            if (m_catalog->find(id) == nullptr && !gone.contains(id)) {
                gone.append(id);
            }
        }
        for (const QString &id : std::as_const(gone)) {
            update(id, {});
        }
        for (const Document &document : m_catalog->documents()) {
            update(document.id, rowsOf(document));
        }
    }

    // Makes the rows of document `id` equal to `fresh`: rows of items gone go, rows still
    // there are updated in place, new ones are inserted.
    void update(const QString &id, QList<Row> fresh)
    {
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (documentIdOf(m_rows.at(row)) != id) {
                continue;
            }
            const QString key = keyOf(m_rows.at(row));
            const auto found = std::find_if(fresh.begin(), fresh.end(), [&](const Row &candidate) {
                return keyOf(candidate) == key;
            });
            if (found == fresh.end()) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
                continue;
            }
            const bool changed = differs(m_rows.at(row), *found);
            m_rows[row] = std::move(*found);
            fresh.erase(found);
            if (changed) {
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        const int first = m_newRows == NewRows::First ? 0 : int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        if (m_newRows == NewRows::First) {
            fresh += std::move(m_rows);
            m_rows = std::move(fresh);
        } else {
            m_rows += std::move(fresh);
        }
        endInsertRows();
    }

    const NewRows m_newRows;
    QPointer<LiveCatalog<Document>> m_catalog;
    QList<Row> m_rows;
    bool m_filled = false;
};

} // namespace opsdeck::ui
