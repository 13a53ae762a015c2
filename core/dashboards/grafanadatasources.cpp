#include "dashboards/grafanadatasources.h"

#include <QRegularExpression>

namespace opsdeck {
namespace {

QString textOf(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

// "${DS_PROMETHEUS}" or "$DS_PROMETHEUS" → "DS_PROMETHEUS"; anything else: empty.
QString placeholder(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\$\{?([A-Za-z0-9_]+)\}?$)"));
    const QRegularExpressionMatch match = form.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

bool isPrometheusKind(const QString &kind)
{
    return kind == QLatin1String("prometheus") || kind.endsWith(QLatin1String("-prometheus")) ||
           kind == QLatin1String("victoriametrics-datasource") ||
           kind == QLatin1String("victoriametrics-metrics-datasource");
}

} // namespace

GrafanaDatasources::GrafanaDatasources(const Json &dashboard)
{
    const Json inputs = dashboard.is_object() ? dashboard.value("__inputs", Json()) : Json();
    if (!inputs.is_array()) {
        return;
    }
    for (const Json &input : inputs) {
        if (input.is_object() &&
            textOf(input.value("type", Json())) == QLatin1String("datasource")) {
            m_inputKinds.insert(textOf(input.value("name", Json())),
                                textOf(input.value("pluginId", Json())));
        }
    }
}

GrafanaDatasources::Verdict GrafanaDatasources::verdict(const Json &datasource,
                                                        Verdict inherited) const
{
    QString name;
    QString kind;
    if (datasource.is_null()) {
        return inherited;
    }
    if (datasource.is_object()) {
        kind = textOf(datasource.value("type", Json()));
        name = textOf(datasource.value("uid", Json()));
    } else {
        name = textOf(datasource);
    }
    if (name == QLatin1String("-- Mixed --")) {
        return Verdict::Mixed;
    }
    if (name == QLatin1String("-- Grafana --") || name == QLatin1String("grafana") ||
        kind == QLatin1String("grafana") || kind == QLatin1String("datasource")) {
        return Verdict::Other;
    }
    if (!kind.isEmpty()) {
        return isPrometheusKind(kind) ? Verdict::Prometheus : Verdict::Other;
    }
    const QString input = placeholder(name);
    if (!input.isEmpty() && m_inputKinds.contains(input)) {
        return isPrometheusKind(m_inputKinds.value(input)) ? Verdict::Prometheus : Verdict::Other;
    }
    // A name or uid without a kind, or a variable ($datasource): Grafana would look it up;
    // Opsdeck takes it for the Prometheus chosen at import.
    return name.isEmpty() ? inherited : Verdict::Prometheus;
}

QString GrafanaDatasources::describe(const Json &datasource) const
{
    QString kind;
    QString name;
    if (datasource.is_object()) {
        kind = textOf(datasource.value("type", Json()));
        name = textOf(datasource.value("uid", Json()));
    } else {
        name = datasource.is_null() ? QStringLiteral("default") : textOf(datasource);
    }
    if (kind.isEmpty()) {
        kind = m_inputKinds.value(placeholder(name));
    }
    return kind.isEmpty()   ? name
           : name.isEmpty() ? kind
                            : QStringLiteral("%1 (%2)").arg(kind, name);
}

} // namespace opsdeck
