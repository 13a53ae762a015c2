#include "dashboards/grafanaimport.h"

#include "dashboards/grafanadatasources.h"
#include "dashboards/grafanajson.h"
#include "dashboards/grafanapanelimport.h"
#include "dashboards/grafanarows.h"
#include "dashboards/grafanavariables.h"
#include "model/jsontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace opsdeck {
namespace {

using namespace grafana;

// Grafana keeps a time as "now-6h", an ISO time or milliseconds since the epoch.
QString timeText(const Json &value, const QString &fallback)
{
    if (value.is_string()) {
        return QString::fromStdString(value.get<std::string>());
    }
    // Beyond ±10^15 ms (about 31,700 years) no time is meant, and a cast would overflow.
    if (const auto milliseconds = numberOf(value); milliseconds && std::abs(*milliseconds) < 1e15) {
        return toIsoUtc(QDateTime::fromMSecsSinceEpoch(qint64(*milliseconds), QTimeZone::utc()));
    }
    return fallback;
}

// The panels of schema 16 and newer in grid order, with the rows' panels (Grafana's list is
// flat: a row panel, then the panels under it until the next row; a collapsed row holds its
// own). Stable, so that panels in one place keep the file's order. The order is that of the
// places the panels get (clamped to the grid, a row at column 0), so that an export, which
// writes those places, reads back in the same order.
Json gridOrder(const Json &panels)
{
    std::vector<Json> sorted(panels.begin(), panels.end());
    const auto place = [](const Json &panel) {
        const Json &grid = member(panel, "gridPos");
        const bool row = plain(member(panel, "type")) == QLatin1String("row");
        return std::pair(
            clampedInt(numberOf(member(grid, "y")), 0, DashboardPanel::MaxY, 0),
            row ? 0 : clampedInt(numberOf(member(grid, "x")), 0, DashboardPanel::Columns - 1, 0));
    };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&place](const Json &a, const Json &b) { return place(a) < place(b); });
    return Json(sorted);
}

class DashboardReading {
public:
    DashboardReading(const Json &root, DashboardImport &result)
        : m_root(root)
        , m_result(result)
        , m_datasources(root)
        , m_panels(m_datasources, result.report)
    {}

    Dashboard read()
    {
        Dashboard dashboard;
        dashboard.id = newId();
        dashboard.title = text(m_root, "title", QString());
        if (dashboard.title.isEmpty()) {
            dashboard.title = QCoreApplication::translate("GrafanaImport", "Imported dashboard");
        }
        dashboard.description = text(m_root, "description", QString());
        const Json &tags = array(m_root, "tags", QString());
        for (const Json &tag : tags.is_array() ? tags : Json::array()) {
            if (tag.is_string()) {
                dashboard.tags.append(QString::fromStdString(tag.get<std::string>()));
            }
        }
        const Json &time = object(m_root, "time", QString());
        dashboard.from = timeText(member(time, "from"), dashboard.from);
        dashboard.to = timeText(member(time, "to"), dashboard.to);
        dashboard.refresh =
            member(m_root, "refresh").is_string() ? plain(member(m_root, "refresh")) : QString();
        dashboard.sharedCrosshair = numberOf(member(m_root, "graphTooltip")).value_or(0) != 0;
        readDashboardNotes();
        dashboard.variables = GrafanaVariables(m_datasources, m_result.report)
                                  .read(member(m_root, "templating"), QStringLiteral("templating"));
        readLayout(&dashboard);
        return dashboard;
    }

private:
    void readDashboardNotes()
    {
        const QString where = QCoreApplication::translate("GrafanaImport", "dashboard");
        if (plain(member(m_root, "timezone")) == QLatin1String("utc")) {
            m_result.report.approximated(
                where, QCoreApplication::translate(
                           "GrafanaImport",
                           "the time zone UTC: times follow the console's local/UTC switch"));
        }
        const Json &annotations = member(member(m_root, "annotations"), "list");
        for (const Json &annotation : annotations.is_array() ? annotations : Json::array()) {
            const QString name = plain(member(annotation, "name"));
            if (truthy(member(annotation, "builtIn"))) {
                m_result.report.approximated(
                    where, QCoreApplication::translate(
                               "GrafanaImport",
                               "Grafana's built-in annotations: Opsdeck marks the workspace's "
                               "incidents and the alerts of a panel's series instead"));
            } else {
                m_result.report.dropped(
                    where, QCoreApplication::translate("GrafanaImport",
                                                       "the annotation query \"%1\" is not run")
                               .arg(name));
            }
        }
        const Json &links = member(m_root, "links");
        if (links.is_array() && !links.empty()) {
            m_result.report.dropped(where, QCoreApplication::translate(
                                               "GrafanaImport", "dashboard links are not kept"));
        }
    }

    void readLayout(Dashboard *dashboard)
    {
        const Json &rows = array(m_root, "rows", QString());
        const Json &panels = array(m_root, "panels", QString());
        const int schema = int(numberOf(member(m_root, "schemaVersion")).value_or(0));
        Json flat;
        if (rows.is_array() && (schema < 16 || panels.is_null() || panels.empty())) {
            flat = GrafanaRows::toGrid(rows);
            m_result.report.kept(
                QCoreApplication::translate("GrafanaImport", "dashboard"),
                QCoreApplication::translate(
                    "GrafanaImport", "the rows of schema %1 laid out on the grid as Grafana does")
                    .arg(schema));
            m_pathBase = QStringLiteral("rows");
        } else {
            flat = panels.is_array() ? panels : Json::array();
            m_pathBase = QStringLiteral("panels");
        }
        // Paths name the panel's place in the file, not in the sorted list.
        for (std::size_t i = 0; i < flat.size(); ++i) {
            if (flat.at(i).is_object()) {
                flat.at(i)["__opsdeckIndex"] = i;
            }
        }
        DashboardRow *row = nullptr;
        for (const Json &panel : gridOrder(flat)) {
            const QString path = pathOf(panel);
            if (plain(member(panel, "type")) != QLatin1String("row")) {
                QList<DashboardPanel> &into = row != nullptr ? row->panels : dashboard->panels;
                into.append(readPanel(panel, path));
                continue;
            }
            dashboard->rows.append(readRow(panel, path));
            row = &dashboard->rows.last();
        }
    }

    DashboardRow readRow(const Json &panel, const QString &path)
    {
        DashboardRow row;
        row.title = text(panel, "title", path);
        row.collapsed = truthy(member(panel, "collapsed"));
        row.y =
            clampedInt(numberOf(member(member(panel, "gridPos"), "y")), 0, DashboardPanel::MaxY, 0);
        const QString where =
            QCoreApplication::translate("GrafanaImport", "row \"%1\"").arg(row.title);
        m_result.report.kept(where, row.collapsed
                                        ? QCoreApplication::translate("GrafanaImport", "collapsed")
                                        : QCoreApplication::translate("GrafanaImport", "open"));
        if (truthy(member(panel, "repeat"))) {
            m_result.report.approximated(
                where, QCoreApplication::translate("GrafanaImport",
                                                   "repeated for each value of $%1; shown once")
                           .arg(plain(member(panel, "repeat"))));
        }
        const Json &inner = array(panel, "panels", path);
        for (std::size_t i = 0; inner.is_array() && i < inner.size(); ++i) {
            // A collapsed row keeps its panels inside it; an open row's are after it.
            row.panels.append(
                readPanel(inner.at(i), QStringLiteral("%1.panels[%2]").arg(path).arg(i)));
        }
        return row;
    }

    DashboardPanel readPanel(const Json &json, const QString &path)
    {
        DashboardPanel panel = m_panels.read(json, path);
        if (panel.id.isEmpty() || m_ids.contains(panel.id)) {
            int next = int(m_ids.size()) + 1;
            while (m_ids.contains(QString::number(next))) {
                ++next;
            }
            panel.id = QString::number(next);
        }
        m_ids.insert(panel.id);
        return panel;
    }

    QString pathOf(const Json &panel) const
    {
        const Json &index = member(panel, "__opsdeckIndex");
        return QStringLiteral("%1[%2]")
            .arg(m_pathBase)
            .arg(index.is_number() ? index.get<qint64>() : 0);
    }

    const Json &m_root;
    DashboardImport &m_result;
    GrafanaDatasources m_datasources;
    GrafanaPanelImport m_panels;
    QSet<QString> m_ids;
    QString m_pathBase;
};

} // namespace

DashboardImport GrafanaImport::read(QByteArrayView text, const QString &backendId)
{
    DashboardImport result;
    const auto json = parseJsonText(text, &result.error);
    if (!json) {
        return result;
    }
    return fromJson(*json, backendId);
}

DashboardImport GrafanaImport::fromJson(const Json &json, const QString &backendId)
{
    DashboardImport result;
    if (!json.is_object()) {
        result.error = QCoreApplication::translate("GrafanaImport",
                                                   "expected a JSON object: a Grafana dashboard");
        return result;
    }
    const Json &wrapped = member(json, "dashboard");
    const Json &root = wrapped.is_object() ? wrapped : json;
    if (member(root, "spec").is_object() || member(root, "kind").is_string()) {
        result.error = QCoreApplication::translate(
            "GrafanaImport",
            "this is a Grafana schema v2 or Perses dashboard (it has kind and spec), "
            "not a Grafana classic one");
        return result;
    }
    if (!member(root, "panels").is_array() && !member(root, "rows").is_array()) {
        result.error = QCoreApplication::translate(
            "GrafanaImport", "not a Grafana dashboard: it has neither panels nor rows");
        return result;
    }
    try {
        Dashboard dashboard = DashboardReading(root, result).read();
        dashboard.backendId = backendId;
        result.dashboard = std::move(dashboard);
    } catch (const ModelError &problem) {
        result.error =
            (wrapped.is_object() ? QStringLiteral("dashboard.") : QString()) + problem.text();
        result.report = {};
    }
    return result;
}

} // namespace opsdeck
