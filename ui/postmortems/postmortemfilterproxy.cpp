#include "postmortems/postmortemfilterproxy.h"

#include "postmortems/postmortemtablemodel.h"

namespace opsdeck::ui {

PostMortemFilterProxy::PostMortemFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PostMortemTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PostMortemFilterProxy::setReviewState(const QString &state)
{
    m_state = state;
    invalidateRowsFilter();
}

void PostMortemFilterProxy::setService(const QString &service)
{
    m_service = service;
    invalidateRowsFilter();
}

void PostMortemFilterProxy::setSearchResult(std::optional<QSet<QString>> postMortemIds)
{
    m_searchResult = std::move(postMortemIds);
    invalidateRowsFilter();
}

bool PostMortemFilterProxy::isFiltering() const
{
    return !m_state.isEmpty() || !m_service.isEmpty() || m_searchResult.has_value();
}

bool PostMortemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_state.isEmpty() && row.data(PostMortemTableModel::ReviewStateRole) != m_state) {
        return false;
    }
    if (!m_service.isEmpty() &&
        !row.data(PostMortemTableModel::ServicesRole).toStringList().contains(m_service)) {
        return false;
    }
    return !m_searchResult ||
           m_searchResult->contains(row.data(PostMortemTableModel::PostMortemIdRole).toString());
}

} // namespace opsdeck::ui
