#include "dashboards/variableinterpolation.h"

#include "common/duration.h"

#include <QRegularExpression>

namespace opsdeck {
namespace {

QString builtIn(const QString &name, const InterpolationScope &scope, bool *known)
{
    *known = true;
    if (name == QLatin1String("__interval")) {
        return formatPrometheusDuration(scope.intervalMs);
    }
    if (name == QLatin1String("__interval_ms")) {
        return QString::number(scope.intervalMs);
    }
    if (name == QLatin1String("__rate_interval")) {
        return formatPrometheusDuration(scope.rateIntervalMs);
    }
    if (name == QLatin1String("__range")) {
        return formatPrometheusDuration(scope.rangeMs);
    }
    if (name == QLatin1String("__range_s")) {
        return QString::number(scope.rangeMs / 1000);
    }
    if (name == QLatin1String("__range_ms")) {
        return QString::number(scope.rangeMs);
    }
    *known = false;
    return {};
}

QString formatted(const QStringList &values, bool regexValued, const QString &format)
{
    if (format == QLatin1String("pipe")) {
        return values.join(QLatin1Char('|'));
    }
    if (format == QLatin1String("csv") || format == QLatin1String("raw")) {
        return values.join(QLatin1Char(','));
    }
    const bool asRegex = format == QLatin1String("regex") || regexValued;
    if (!asRegex) {
        return values.join(QLatin1Char(','));
    }
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString &value : values) {
        escaped.append(escapePromQlRegex(value));
    }
    return escaped.size() == 1
               ? escaped.constFirst()
               : QLatin1Char('(') + escaped.join(QLatin1Char('|')) + QLatin1Char(')');
}

} // namespace

QString escapePromQlRegex(const QString &value)
{
    static const QString special = QStringLiteral("$^*{}[]'+?.()|");
    QString escaped;
    escaped.reserve(value.size() * 2);
    for (const QChar c : value) {
        if (c == QLatin1Char('\\')) {
            escaped += QStringLiteral("\\\\\\\\"); // a regex backslash, in a PromQL string
        } else if (special.contains(c)) {
            escaped += QStringLiteral("\\\\");
            escaped += c;
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QString interpolateVariables(const QString &text, const InterpolationScope &scope)
{
    // ${name:format}, ${name}, [[name]], $name: Grafana's forms, longest first.
    static const QRegularExpression variable(QStringLiteral(
        R"(\$\{([A-Za-z0-9_]+)(?::([A-Za-z]+))?\}|\[\[([A-Za-z0-9_]+)\]\]|\$([A-Za-z0-9_]+))"));
    QString result;
    qsizetype at = 0;
    for (auto matches = variable.globalMatch(text); matches.hasNext();) {
        const QRegularExpressionMatch match = matches.next();
        result += text.mid(at, match.capturedStart() - at);
        at = match.capturedEnd();
        QString name = match.captured(1);
        if (name.isEmpty()) {
            name = match.captured(3);
        }
        if (name.isEmpty()) {
            name = match.captured(4);
        }
        bool known = false;
        const QString value = builtIn(name, scope, &known);
        if (known) {
            result += value;
        } else if (const auto found = scope.values.constFind(name); found != scope.values.cend()) {
            result += formatted(*found, scope.regexValued.contains(name), match.captured(2));
        } else {
            result += match.captured(0); // not a variable of this dashboard
        }
    }
    return result + text.mid(at);
}

} // namespace opsdeck
