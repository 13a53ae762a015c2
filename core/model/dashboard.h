#pragma once

#include "model/dashboardpanel.h"
#include "model/json.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// A dashboard variable: a value (or several) that the panels' queries name as $name.
struct DashboardVariable {
    enum class Kind { Query, Custom, Constant, TextBox, Interval, Datasource };
    enum class Refresh { OnLoad, OnTimeRangeChange };
    enum class Hide { Nothing, Label, Variable };

    QString name;
    QString label;
    Kind kind = Kind::Query;
    // Query: label_values(metric, label), label_names(), query_result(expr) or a PromQL
    // expression; Custom: "a, b, c" (or "text : value" pairs); Constant and TextBox: the value;
    // Interval: "1m,5m,1h"; Datasource: the backend kind ("prometheus").
    QString query;
    QString regex;     // keeps the values it matches; a capture group extracts
    QString backendId; // Query: the backend asked; empty: the dashboard's
    Refresh refresh = Refresh::OnLoad;
    bool multi = false;
    bool includeAll = false;
    QString allValue;    // what "All" stands for; empty: every value, regex-escaped and joined
    QStringList current; // the chosen values ("$__all" for All)
    Hide hide = Hide::Nothing;

    bool operator==(const DashboardVariable &) const = default;

    static QStringList kindNames(); // query, custom, constant, textbox, interval, datasource
    static QStringList refreshNames();
    static QStringList hideNames();

    Json toJson() const;
    static DashboardVariable fromJson(const JsonReader &reader);
};

// A row of panels that folds away; a folded row runs none of its panels' queries.
struct DashboardRow {
    QString title;
    bool collapsed = false;
    int y = 0; // the row's place on the grid; its panels are below it
    QList<DashboardPanel> panels;

    bool operator==(const DashboardRow &) const = default;
};

// A dashboard: panels on a grid of 24 columns, rows of panels, variables and a time range, as
// Grafana's classic model has them, so that Grafana dashboards import and export faithfully.
struct Dashboard {
    // 2: panels with several queries, grid, rows, variables (1 had one query per panel).
    static constexpr int SchemaVersion = 2;

    QString id; // UUID
    QString title;
    QString description;
    QStringList tags;
    QString from = QStringLiteral("now-6h"); // Grafana's relative form, or an RFC 3339 time
    QString to = QStringLiteral("now");
    QString refresh; // "30s", "1m"; empty: no refresh
    bool sharedCrosshair = true;
    QString backendId; // the Prometheus the panels ask unless one names another; empty: the first
    QList<DashboardVariable> variables;
    QList<DashboardPanel> panels; // above the first row
    QList<DashboardRow> rows;

    bool operator==(const Dashboard &) const = default;

    // Every panel, the rows' too, in grid order.
    QList<const DashboardPanel *> allPanels() const;

    Json toJson() const;
    static Dashboard fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
