#include "runbooks/runbookfilterproxy.h"

#include "runbooks/runbooklistmodel.h"

namespace opsdeck::ui {

RunbookFilterProxy::RunbookFilterProxy(RunbookListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RunbookFilterProxy::setText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateRowsFilter();
}

void RunbookFilterProxy::setOnlyKeys(const std::optional<QSet<QString>> &keys)
{
    if (keys == m_onlyKeys) {
        return;
    }
    m_onlyKeys = keys;
    invalidateRowsFilter();
}

bool RunbookFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyKeys && !m_onlyKeys->contains(index.data(RunbookListModel::KeyRole).toString())) {
        return false;
    }
    const QString text = index.data(RunbookListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace opsdeck::ui
