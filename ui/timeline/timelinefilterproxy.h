#pragma once

#include "model/timelineevent.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace opsdeck::ui {

class TimelineModel;

// Narrows a TimelineModel to some types, one author, pinned events and words of text. Every
// criterion left empty (or false) lets all events through; the order stays the model's.
class TimelineFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TimelineFilterProxy(TimelineModel *source, QObject *parent = nullptr);

    void setTypes(const QList<TimelineEvent::Type> &types); // empty: every type
    QList<TimelineEvent::Type> types() const;
    void setAuthor(const QString &author); // compared without case; empty: anyone
    QString author() const { return m_author; }
    void setPinnedOnly(bool pinnedOnly);
    bool pinnedOnly() const { return m_pinnedOnly; }
    // Every word must occur in the text, the author or the type's name (without case).
    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TimelineModel *m_source;
    quint32 m_typeMask = 0; // bit per TimelineEvent::Type; 0: every type
    QString m_author;
    bool m_pinnedOnly = false;
    QStringList m_words;
};

} // namespace opsdeck::ui
