#include "dashboards/grafanavariables.h"

#include "dashboards/grafanajson.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdeck {
namespace {

using namespace grafana;
using Variable = DashboardVariable;

std::optional<Variable::Kind> kindOfType(const QString &type)
{
    static const QMap<QString, Variable::Kind> kinds = {
        {QStringLiteral("query"), Variable::Kind::Query},
        {QStringLiteral("custom"), Variable::Kind::Custom},
        {QStringLiteral("constant"), Variable::Kind::Constant},
        {QStringLiteral("textbox"), Variable::Kind::TextBox},
        {QStringLiteral("interval"), Variable::Kind::Interval},
        {QStringLiteral("datasource"), Variable::Kind::Datasource},
    };
    const auto found = kinds.constFind(type);
    return found == kinds.cend() ? std::nullopt : std::optional(*found);
}

} // namespace

GrafanaVariables::GrafanaVariables(const GrafanaDatasources &datasources, ImportReport &report)
    : m_datasources(datasources)
    , m_report(report)
{}

QList<DashboardVariable> GrafanaVariables::read(const Json &templating, const QString &path)
{
    QList<Variable> result;
    const Json &list = array(templating, "list", path);
    for (std::size_t i = 0; list.is_array() && i < list.size(); ++i) {
        if (auto variable = readOne(list.at(i), QStringLiteral("%1.list[%2]").arg(path).arg(i))) {
            result.append(std::move(*variable));
        }
    }
    return result;
}

std::optional<DashboardVariable> GrafanaVariables::readOne(const Json &json, const QString &path)
{
    if (!json.is_object()) {
        throw ModelError(path, QCoreApplication::translate("GrafanaImport", "expected an object"));
    }
    Variable variable;
    variable.name = text(json, "name", path);
    const QString where = QStringLiteral("$") + variable.name;
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!validName.match(variable.name).hasMatch()) {
        m_report.dropped(where, QCoreApplication::translate("GrafanaImport",
                                                            "a variable needs a name of letters, "
                                                            "digits and _; not kept"));
        return std::nullopt;
    }
    const QString type = text(json, "type", path);
    const auto kind = kindOfType(type.isEmpty() ? QStringLiteral("query") : type);
    if (!kind) {
        m_report.dropped(where, QCoreApplication::translate(
                                    "GrafanaImport", "%1 variables are not offered by Opsdeck")
                                    .arg(type));
        return std::nullopt;
    }
    variable.kind = *kind;
    if (variable.kind == Variable::Kind::Query &&
        m_datasources.verdict(member(json, "datasource")) == GrafanaDatasources::Verdict::Other) {
        m_report.dropped(where, QCoreApplication::translate(
                                    "GrafanaImport", "its values come from %1, not Prometheus")
                                    .arg(m_datasources.describe(member(json, "datasource"))));
        return std::nullopt;
    }
    variable.label = text(json, "label", path);
    const Json &query = member(json, "query");
    variable.query = query.is_object() ? plain(member(query, "query")) : plain(query);
    variable.regex = text(json, "regex", path);
    variable.multi = truthy(member(json, "multi"));
    variable.includeAll = truthy(member(json, "includeAll"));
    variable.allValue = plain(member(json, "allValue"));
    variable.refresh = numberOf(member(json, "refresh")).value_or(1) == 2
                           ? Variable::Refresh::OnTimeRangeChange
                           : Variable::Refresh::OnLoad;
    const int hide = int(numberOf(member(json, "hide")).value_or(0));
    variable.hide = hide == 2   ? Variable::Hide::Variable
                    : hide == 1 ? Variable::Hide::Label
                                : Variable::Hide::Nothing;
    const Json &current = member(member(json, "current"), "value");
    if (current.is_array()) {
        for (const Json &value : current) {
            variable.current.append(plain(value));
        }
    } else if (!plain(current).isEmpty()) {
        variable.current.append(plain(current));
    }
    m_report.kept(where, QCoreApplication::translate("GrafanaImport", "%1 variable")
                             .arg(Variable::kindNames().at(int(variable.kind))));
    if (variable.kind == Variable::Kind::Interval && truthy(member(json, "auto"))) {
        m_report.approximated(where, QCoreApplication::translate(
                                         "GrafanaImport", "the auto interval is not offered"));
    }
    return variable;
}

} // namespace opsdeck
