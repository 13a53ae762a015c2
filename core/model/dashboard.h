#pragma once

#include "model/json.h"

#include <QList>

namespace opsdeck {

// A dashboard: panels, each a PromQL query charted over a time range.
struct Dashboard {
    static constexpr int SchemaVersion = 1;

    struct Panel {
        QString title;
        QString query;
        QString backendId; // empty: the first Prometheus
        qint64 rangeSeconds = 3600;
        qint64 stepSeconds = 0; // 0: chosen from the chart's width
    };

    QString id; // UUID
    QString title;
    QList<Panel> panels;

    Json toJson() const;
    static Dashboard fromJson(const Json &json, const QString &path = {});
};

} // namespace opsdeck
