#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace opsdeck::ui {

// Which post-mortems the Post-mortems dock lists: by review state and service, and, while a
// search is active, only those the full-text search found.
class PostMortemFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PostMortemFilterProxy(QObject *parent = nullptr);

    void setReviewState(const QString &state);                        // empty: any
    void setService(const QString &service);                          // empty: any
    void setSearchResult(std::optional<QSet<QString>> postMortemIds); // nullopt: no search
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_state;
    QString m_service;
    std::optional<QSet<QString>> m_searchResult;
};

} // namespace opsdeck::ui
