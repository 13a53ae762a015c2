#include "alarms/alarmcells.h"

#include "common/duration.h"
#include "common/severitystyle.h"
#include "common/statustexts.h"

#include <QDateTime>
#include <QStringList>

namespace opsdeck::ui {

void AlarmCells::setSeverityMapping(const QHash<QString, QString> &mapping)
{
    m_severityMapping.clear();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (SeverityStyle::standardSeverities().contains(it.value())) {
            m_severityMapping.insert(it.key().toLower(), it.value());
        }
    }
}

QString AlarmCells::standardSeverity(const QString &value) const
{
    return SeverityStyle::standardSeverity(value, m_severityMapping);
}

int AlarmCells::severityRank(const Alert &alert) const
{
    return SeverityStyle::rank(standardSeverity(alert.labels.value(QStringLiteral("severity"))));
}

QString AlarmCells::text(const Alert &alert, Column column) const
{
    switch (column) {
    case Severity:
        return alert.labels.value(QStringLiteral("severity"));
    case Name:
        return alert.name();
    case State:
        return StatusTexts::alertState(alert.state);
    case Summary:
        return alert.annotations.value(QStringLiteral("summary"));
    case Labels: {
        QStringList pairs;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it) {
            if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("severity")) {
                pairs.append(it.key() + QLatin1Char('=') + it.value());
            }
        }
        return pairs.join(QStringLiteral(", "));
    }
    case Age:
        return alert.startsAt.isValid()
                   ? formatDuration(alert.startsAt.secsTo(QDateTime::currentDateTimeUtc()))
                   : QString();
    case Source: {
        QStringList names;
        for (const QString &source : alert.sources) {
            names.append(m_backendNames.value(source, source));
        }
        return names.join(QStringLiteral(", "));
    }
    case Incident:
        return m_incidentText ? m_incidentText(alert.fingerprint) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AlarmCells::sortKey(const Alert &alert, Column column) const
{
    if (column == Severity) {
        return severityRank(alert);
    }
    if (column == Age) {
        return -alert.startsAt.toSecsSinceEpoch(); // the youngest first, like the text
    }
    return text(alert, column);
}

QString AlarmCells::toolTip(const Alert &alert, Column column) const
{
    if (column == Summary) {
        return alert.annotations.value(QStringLiteral("description"),
                                       alert.annotations.value(QStringLiteral("summary")));
    }
    return text(alert, column);
}

QString AlarmCells::header(Column column)
{
    switch (column) {
    case Severity:
        return tr("Severity");
    case Name:
        return tr("Alert");
    case State:
        return tr("State");
    case Summary:
        return tr("Summary");
    case Labels:
        return tr("Labels");
    case Age:
        return tr("Age");
    case Source:
        return tr("Source");
    case Incident:
        return tr("Incident");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace opsdeck::ui
