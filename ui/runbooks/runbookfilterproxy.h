#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace opsdeck::ui {

class RunbookListModel;

// The runbook list as filtered: every word of the filter text somewhere in the row (title,
// owner, services, file), and, when set, only the runbooks with the given keys (those that
// match the open incident's alerts).
class RunbookFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    RunbookFilterProxy(RunbookListModel *source, QObject *parent = nullptr);

    void setText(const QString &text);
    void setOnlyKeys(const std::optional<QSet<QString>> &keys);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<QSet<QString>> m_onlyKeys;
};

} // namespace opsdeck::ui
