#include "dashboards/grafanalegacypanels.h"

#include "dashboards/grafanajson.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace opsdeck {
namespace {

using namespace grafana;
using Panel = DashboardPanel;

// An Angular threshold's colour, as Grafana's getThresholdColor.
QString thresholdColor(const Json &threshold)
{
    const QString mode = plain(member(threshold, "colorMode"));
    if (mode == QLatin1String("warning")) {
        return QStringLiteral("orange");
    }
    if (mode == QLatin1String("custom")) {
        const QString fill = plain(member(threshold, "fillColor"));
        return fill.isEmpty() ? plain(member(threshold, "lineColor")) : fill;
    }
    return QStringLiteral("red");
}

// A fill of 0 … 10 in flot as an opacity of 0 … 100.
int tenfold(const std::optional<double> &fill)
{
    return fill ? clampedInt(*fill * 10, 0, 100, 0) : 0;
}

} // namespace

GrafanaLegacyPanels::GrafanaLegacyPanels(ImportReport &report, QString where)
    : m_report(report)
    , m_where(std::move(where))
{}

void GrafanaLegacyPanels::graph(const Json &panel, Panel *into)
{
    const Json &yaxes = member(panel, "yaxes");
    const Json &left = yaxes.is_array() && !yaxes.empty() ? yaxes.at(0) : member(panel, "none");
    if (into->unit.isEmpty()) {
        into->unit = plain(member(left, "format"));
    }
    into->min = into->min ? into->min : numberOf(member(left, "min"));
    into->max = into->max ? into->max : numberOf(member(left, "max"));
    if (const auto decimals = numberOf(member(left, "decimals")); decimals && !into->decimals) {
        into->decimals = clampedInt(decimals, 0, 20, 0);
    }
    if (numberOf(member(left, "logBase")).value_or(1) > 1) {
        m_report.approximated(
            m_where,
            QCoreApplication::translate("GrafanaImport", "the logarithmic Y axis is drawn linear"));
    }
    into->drawStyle = truthy(member(panel, "bars"))    ? Panel::DrawStyle::Bars
                      : truthy(member(panel, "lines")) ? Panel::DrawStyle::Lines
                                                       : Panel::DrawStyle::Points;
    into->fillOpacity = tenfold(numberOf(member(panel, "fill")));
    if (const auto gradient = numberOf(member(panel, "fillGradient")); gradient && *gradient > 0) {
        into->fillOpacity = clampedInt(*gradient * 10, 0, 100, into->fillOpacity);
    }
    if (into->drawStyle == Panel::DrawStyle::Bars) {
        into->fillOpacity = 100; // flot's bars were always solid
    }
    into->lineWidth = std::clamp(numberOf(member(panel, "linewidth")).value_or(1), 0.0, 10.0);
    if (truthy(member(panel, "stack"))) {
        into->stacking = truthy(member(panel, "percentage")) ? Panel::Stacking::Percent
                                                             : Panel::Stacking::Normal;
    }
    if (truthy(member(panel, "steppedLine"))) {
        m_report.approximated(m_where, QCoreApplication::translate(
                                           "GrafanaImport", "stepped lines are drawn straight"));
    }
    const Json &legend = member(panel, "legend");
    if (legend.is_object()) {
        into->legendMode = !truthy(member(legend, "show"))          ? Panel::LegendMode::Hidden
                           : truthy(member(legend, "alignAsTable")) ? Panel::LegendMode::Table
                                                                    : Panel::LegendMode::List;
        if (truthy(member(legend, "rightSide"))) {
            into->legendPlacement = Panel::LegendPlacement::Right;
        }
        if (truthy(member(legend, "values"))) {
            // The order Grafana's graph legend showed them in.
            for (const char *name : {"min", "max", "avg", "current", "total"}) {
                if (truthy(member(legend, name))) {
                    into->legendValues.append(*reductionNamed(QLatin1String(name)));
                }
            }
        }
    }
    graphThresholds(panel, into);
    seriesOverrides(panel, into);
}

void GrafanaLegacyPanels::graphThresholds(const Json &panel, Panel *into)
{
    const Json &thresholds = member(panel, "thresholds");
    if (!thresholds.is_array() || thresholds.empty() || !into->thresholds.isEmpty()) {
        return;
    }
    QList<Json> sorted;
    for (const Json &threshold : thresholds) {
        if (numberOf(member(threshold, "value"))) {
            sorted.append(threshold);
        }
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Json &a, const Json &b) {
        return *numberOf(member(a, "value")) < *numberOf(member(b, "value"));
    });
    QList<Panel::Threshold> steps;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Json &threshold = sorted.at(i);
        const double value = *numberOf(member(threshold, "value"));
        const QString op = plain(member(threshold, "op"));
        const Json *next = i + 1 < sorted.size() ? &sorted.at(i + 1) : nullptr;
        if (op == QLatin1String("gt")) {
            steps.append({value, thresholdColor(threshold)});
        } else if (op == QLatin1String("lt")) {
            if (steps.isEmpty()) {
                steps.append({std::nullopt, thresholdColor(threshold)});
            }
            const bool nextBelow =
                next != nullptr && plain(member(*next, "op")) == QLatin1String("lt");
            steps.append(
                {value, nextBelow ? thresholdColor(*next) : QStringLiteral("transparent")});
        }
    }
    if (!steps.isEmpty() && steps.first().value) {
        steps.prepend({std::nullopt, QStringLiteral("transparent")});
    }
    into->thresholdMode = Panel::ThresholdMode::Absolute;
    into->thresholds = steps;
}

void GrafanaLegacyPanels::seriesOverrides(const Json &panel, Panel *into)
{
    const Json &colors = member(panel, "aliasColors");
    if (colors.is_object()) {
        for (auto it = colors.begin(); it != colors.end(); ++it) {
            if (!plain(it.value()).isEmpty()) {
                auto change = Panel::Override::matching(Panel::Match::ByName,
                                                        QString::fromStdString(it.key()));
                change.color = plain(it.value());
                into->overrides.append(change);
            }
        }
    }
    const Json &overrides = member(panel, "seriesOverrides");
    for (const Json &rule : overrides.is_array() ? overrides : Json::array()) {
        const QString alias = plain(member(rule, "alias"));
        if (alias.isEmpty()) {
            continue;
        }
        const bool regex = alias.size() > 1 && alias.startsWith(QLatin1Char('/')) &&
                           alias.endsWith(QLatin1Char('/'));
        auto change =
            Panel::Override::matching(regex ? Panel::Match::ByRegex : Panel::Match::ByName,
                                      regex ? alias.mid(1, alias.size() - 2) : alias);
        QStringList ignored;
        for (auto it = rule.begin(); it != rule.end(); ++it) {
            const std::string &key = it.key();
            const Json &value = it.value();
            if (key == "alias" || key == "$$hashKey") {
                continue;
            }
            if (key == "color") {
                change.color = plain(value);
            } else if (key == "transform") {
                change.negativeY = plain(value) == QLatin1String("negative-Y");
            } else if (key == "fill") {
                change.fillOpacity = tenfold(numberOf(value));
            } else if (key == "bars") {
                change.drawStyle = truthy(value) ? Panel::DrawStyle::Bars : Panel::DrawStyle::Lines;
                if (truthy(value)) {
                    change.fillOpacity = 100;
                }
            } else if (key == "points" && truthy(value) && !change.drawStyle) {
                change.drawStyle = Panel::DrawStyle::Points;
            } else {
                ignored.append(QString::fromStdString(key));
            }
        }
        if (!ignored.isEmpty()) {
            m_report.approximated(
                m_where, QCoreApplication::translate("GrafanaImport",
                                                     "series override \"%1\": %2 not applied")
                             .arg(alias, ignored.join(QLatin1String(", "))));
        }
        into->overrides.append(change);
    }
}

void GrafanaLegacyPanels::singlestat(const Json &panel, Panel *into)
{
    if (truthy(member(member(panel, "gauge"), "show"))) {
        into->kind = Panel::Kind::Gauge;
        into->min = numberOf(member(member(panel, "gauge"), "minValue"));
        into->max = numberOf(member(member(panel, "gauge"), "maxValue"));
    }
    if (into->unit.isEmpty()) {
        into->unit = plain(member(panel, "format"));
    }
    if (const auto decimals = numberOf(member(panel, "decimals")); decimals && !into->decimals) {
        into->decimals = clampedInt(decimals, 0, 20, 0);
    }
    const QString valueName = plain(member(panel, "valueName"));
    if (!valueName.isEmpty()) {
        if (const auto reduction = reductionNamed(valueName)) {
            into->reduction = *reduction;
        } else {
            m_report.approximated(
                m_where,
                QCoreApplication::translate("GrafanaImport", "value %1 is shown as the last value")
                    .arg(valueName));
        }
    }
    const QStringList values =
        plain(member(panel, "thresholds")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const Json &colors = member(panel, "colors");
    if (!values.isEmpty() && colors.is_array() && into->thresholds.isEmpty()) {
        const auto color = [&colors](std::size_t index) {
            return index < colors.size() ? plain(colors.at(index)) : QString();
        };
        into->thresholds.append({std::nullopt, color(0)});
        for (qsizetype i = 0; i < values.size(); ++i) {
            bool ok = false;
            const double value = values.at(i).trimmed().toDouble(&ok);
            if (ok && std::isfinite(value)) {
                into->thresholds.append({value, color(std::size_t(i) + 1)});
            }
        }
    }
    into->sparkline = truthy(member(member(panel, "sparkline"), "show"));
    if (!plain(member(panel, "prefix")).isEmpty() || !plain(member(panel, "postfix")).isEmpty()) {
        m_report.approximated(
            m_where,
            QCoreApplication::translate("GrafanaImport", "the prefix and postfix are not shown"));
    }
    const Json &valueMaps = member(panel, "valueMaps");
    const Json &rangeMaps = member(panel, "rangeMaps");
    if ((valueMaps.is_array() && !valueMaps.empty()) ||
        (rangeMaps.is_array() && !rangeMaps.empty())) {
        m_report.dropped(m_where, QCoreApplication::translate("GrafanaImport",
                                                              "value mappings are not applied"));
    }
    m_report.approximated(
        m_where, QCoreApplication::translate(
                     "GrafanaImport", "a Singlestat panel: drawn as a %1, as Grafana migrates it")
                     .arg(into->kind == Panel::Kind::Gauge ? QStringLiteral("gauge")
                                                           : QStringLiteral("stat")));
}

} // namespace opsdeck
