#include "timeline/timelinefilterproxy.h"

#include "timeline/timelinemodel.h"

namespace opsdeck::ui {
namespace {

quint32 bitOf(TimelineEvent::Type type)
{
    return quint32(1) << unsigned(type);
}

} // namespace

TimelineFilterProxy::TimelineFilterProxy(TimelineModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

void TimelineFilterProxy::setTypes(const QList<TimelineEvent::Type> &types)
{
    quint32 mask = 0;
    for (const TimelineEvent::Type type : types) {
        mask |= bitOf(type);
    }
    if (mask != m_typeMask) {
        m_typeMask = mask;
        invalidateRowsFilter();
    }
}

QList<TimelineEvent::Type> TimelineFilterProxy::types() const
{
    QList<TimelineEvent::Type> result;
    for (int type = 0; type <= int(TimelineEvent::Type::Custom); ++type) {
        if ((m_typeMask & bitOf(TimelineEvent::Type(type))) != 0) {
            result.append(TimelineEvent::Type(type));
        }
    }
    return result;
}

void TimelineFilterProxy::setAuthor(const QString &author)
{
    if (author != m_author) {
        m_author = author;
        invalidateRowsFilter();
    }
}

void TimelineFilterProxy::setPinnedOnly(bool pinnedOnly)
{
    if (pinnedOnly != m_pinnedOnly) {
        m_pinnedOnly = pinnedOnly;
        invalidateRowsFilter();
    }
}

void TimelineFilterProxy::setText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words != m_words) {
        m_words = words;
        invalidateRowsFilter();
    }
}

bool TimelineFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid()) {
        return false;
    }
    const TimelineEvent &event = m_source->eventAt(sourceRow);
    if (m_typeMask != 0 && (m_typeMask & bitOf(event.type)) == 0) {
        return false;
    }
    if (m_pinnedOnly && !event.pinned) {
        return false;
    }
    if (!m_author.isEmpty() && event.author.compare(m_author, Qt::CaseInsensitive) != 0) {
        return false;
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString text = TimelineModel::summary(event);
    const QString type = TimelineModel::typeLabel(event.type);
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive) &&
            !event.author.contains(word, Qt::CaseInsensitive) &&
            !type.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace opsdeck::ui
