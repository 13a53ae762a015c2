#include "alarms/alarmcells.h"

#include "common/duration.h"
#include "common/severitystyle.h"
#include "common/statustexts.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

#include <algorithm>

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

std::optional<std::pair<AlarmCells::Column, AlarmCells::Column>>
AlarmCells::changedColumns(const Alert &before, const Alert &after)
{
    // The state and the sources change how the whole row looks (greyed when suppressed,
    // stale when every source fails).
    if (before.state != after.state || before.silencedBy != after.silencedBy ||
        before.inhibitedBy != after.inhibitedBy || before.sources != after.sources) {
        return std::pair{Column(0), Column(ColumnCount - 1)};
    }
    std::optional<std::pair<Column, Column>> range;
    const auto add = [&range](Column first, Column last) {
        range = range ? std::pair{std::min(range->first, first), std::max(range->second, last)}
                      : std::pair{first, last};
    };
    if (before.labels != after.labels) {
        add(Severity, Labels); // severity, name and the labels (and a summary read from them)
    }
    if (before.annotations != after.annotations) {
        add(Summary, Summary);
    }
    if (before.startsAt != after.startsAt) {
        add(Age, Age);
    }
    return range;
}

QVariant AlarmCells::look(const Alert &alert, Column column, int role, bool isNew,
                          bool isStale) const
{
    switch (role) {
    case Qt::DecorationRole:
        return column == Severity ? QVariant(SeverityStyle::dot(standardSeverity(
                                        alert.labels.value(QStringLiteral("severity")))))
                                  : QVariant();
    case Qt::FontRole: {
        if (!isNew) {
            return {};
        }
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (isStale || alert.state == Alert::State::Suppressed) {
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::ToolTipRole:
        if (isStale) {
            return tr("Stale: every backend that reported this alert is failing; this is what "
                      "it said last.");
        }
        return toolTip(alert, column);
    case Qt::DisplayRole:
        return text(alert, column);
    default:
        return {};
    }
}

QVariant AlarmCells::groupLook(const QString &key, const QString &groupLabel, qsizetype alerts,
                               int worstRank, Column column, int role)
{
    switch (role) {
    case Qt::DecorationRole:
        return column == Severity ? QVariant(SeverityStyle::dot(
                                        SeverityStyle::standardSeverities().value(worstRank)))
                                  : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DisplayRole:
        if (column == Name) {
            const QString name = key.isEmpty() ? tr("no %1").arg(groupLabel) : key;
            return alerts == 1 ? tr("%1 (1 alert)").arg(name)
                               : tr("%1 (%2 alerts)").arg(name).arg(alerts);
        }
        return {};
    default:
        return {};
    }
}

} // namespace opsdeck::ui
