#pragma once

#include "model/runbook.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace opsdeck {
class RunbookLibrary;
} // namespace opsdeck

namespace opsdeck::ui {

// The runbooks of the library, one a row: title, owner, services, last review and the badges
// "stale" (not reviewed for RunbookLibrary::StaleAfterDays) and "read-only" (SSM imports).
class RunbookListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Owner, Services, LastReviewed, Badges, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the runbook's key in the library
        SearchTextRole,             // what the filter field searches
        StaleRole,
        ReadOnlyRole,
    };

    explicit RunbookListModel(QObject *parent = nullptr);

    // Replaces the rows (a reload of the folder); `today` decides what is stale.
    void setLibrary(const RunbookLibrary &library, const QDate &today);

    int rowOf(const QString &key) const;
    QString keyAt(int row) const;
    std::optional<Runbook> runbookAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Runbook runbook;
        QString key;
        bool stale = false;
    };
    QString badgesText(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace opsdeck::ui
