#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QString>
#include <QStringList>

namespace opsdeck::ui {

// How severities look everywhere (table, detail pane, tray): one colour per standard severity.
// These are the only fixed colours of the UI: they carry meaning that must not change with the
// palette, and each reads on light and dark backgrounds.
class SeverityStyle {
public:
    // critical, error, warning, info: most urgent first.
    static const QStringList &standardSeverities();
    // The standard severity a label value stands for: itself, the user's mapping ("P1" ->
    // "critical", keys in lower case), a common alias ("page", "high" ...), or "" if unknown.
    static QString standardSeverity(const QString &value, const QHash<QString, QString> &mapping);
    static int rank(const QString &standardSeverity); // 0 critical … 4 unknown
    // The mapping the user configured ("alarms/severityMapping": "P1=critical, sev3=warning").
    static QHash<QString, QString> mappingFromSettings();

    // critical, error, warning, info; anything else ("") is neutral.
    static QColor color(const QString &standardSeverity);
    static QIcon dot(const QString &standardSeverity); // a filled circle in that colour
};

} // namespace opsdeck::ui
