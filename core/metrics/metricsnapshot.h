#pragma once

#include "model/json.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <utility>
#include <vector>

namespace opsdeck {

// The data of one PromQL range query, kept in the workspace (the payload of a metric_snapshot
// timeline event) so that its chart still shows offline and in the post-mortem.
struct MetricSnapshot {
    // Prometheus refuses a range query with more points than this per series.
    static constexpr qint64 MaxPointsPerSeries = 11000;
    // Enough for a chart as wide as a screen, small enough to store a hundred series.
    static constexpr qint64 TargetPointsPerSeries = 500;
    // More series than this make an unreadable chart and a large timeline event.
    static constexpr int MaxSeries = 100;

    struct Series {
        QMap<QString, QString> labels;
        // Unix milliseconds (UTC) and value; NaN and ±Inf are kept as Prometheus reported them.
        std::vector<std::pair<qint64, double>> points;

        bool operator==(const Series &other) const;
    };

    QString query;
    QString backendId;
    QString backendName;
    QDateTime start; // UTC
    QDateTime end;   // UTC
    int stepSeconds = 0;
    QList<Series> series;
    // Why the snapshot is incomplete (series left out) or what Prometheus warned about; empty
    // when nothing is.
    QString warning;

    // `name{a="b", c="d"}` as PromQL writes a series (`{}` for a series without labels).
    QString seriesName(qsizetype index) const;
    static QString seriesNameOf(const QMap<QString, QString> &labels);

    qsizetype pointCount() const; // over all series

    // The metric_snapshot payload: {"query", "backendId", "backendName", "start", "end",
    // "stepSeconds", "series": [{"labels": {..}, "points": [[epochMs, value], ..]}]} and
    // "warning" when there is one. JSON has no NaN or infinity: such values are the strings
    // "NaN", "+Inf" and "-Inf", as Prometheus writes them.
    Json toPayload() const;
    // Throws ModelError naming the field's path (below `path`).
    static MetricSnapshot fromPayload(const Json &payload, const QString &path = {});

    // The series of a Prometheus /api/v1/query_range answer (resultType "matrix"). On failure
    // returns nothing and sets `error`: Prometheus's own error for a "status": "error" answer,
    // else what is wrong and where (byte offset or field path). At most `maxSeries` series are
    // kept (all if negative); `seriesInAnswer` receives how many the answer held and
    // `warnings` Prometheus's warnings.
    static QList<Series> parseQueryRange(const QByteArray &body, QString *error,
                                         qsizetype maxSeries = -1,
                                         qsizetype *seriesInAnswer = nullptr,
                                         QStringList *warnings = nullptr);

    // The step for a range query over [start, end]: about TargetPointsPerSeries points, at
    // least one second, never more than MaxPointsPerSeries points.
    static int stepSecondsFor(const QDateTime &start, const QDateTime &end);

    bool operator==(const MetricSnapshot &other) const;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::MetricSnapshot)
