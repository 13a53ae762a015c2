#pragma once

#include "model/json.h"

#include <QMap>
#include <QString>

namespace opsdeck {

// Which of a Grafana dashboard's data sources Opsdeck can ask. Opsdeck reads Prometheus (and
// what serves its API): a panel or query on Prometheus — named, by uid, the dashboard's default,
// or an `__inputs` placeholder such as `${DS_PROMETHEUS}` — maps to the backend chosen at import;
// one of another kind (Loki, Graphite, Grafana's own) cannot be asked.
class GrafanaDatasources {
public:
    enum class Verdict { Prometheus, Other, Mixed };

    // `dashboard`'s `__inputs` say what kind each placeholder stands for.
    explicit GrafanaDatasources(const Json &dashboard);

    // A `datasource` member as Grafana writes it: null, "default", a name, "${DS_X}",
    // "-- Mixed --", or {"type": …, "uid": …}. `inherited` is the panel's, for a query's.
    Verdict verdict(const Json &datasource, Verdict inherited = Verdict::Prometheus) const;
    // How the data source is named in messages: its kind and its uid, name or placeholder.
    QString describe(const Json &datasource) const;

private:
    QMap<QString, QString> m_inputKinds; // placeholder name → plugin id
};

} // namespace opsdeck
