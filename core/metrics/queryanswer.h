#pragma once

#include "metrics/metricsnapshot.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdeck {

// The answer of a Prometheus API query (/api/v1/query or /api/v1/query_range), as Prometheus,
// VictoriaMetrics, Thanos and Mimir write it. Read token by token: a panel's answer may hold a
// million samples.
struct QueryAnswer {
    enum class ResultType { Matrix, Vector, Scalar, String };

    ResultType resultType = ResultType::Matrix;
    // A matrix's series; a vector's with one point each; a scalar as one series without labels.
    QList<MetricSnapshot::Series> series;
    qsizetype seriesInAnswer = 0; // more than series.size() when some were left out
    QString text;                 // a string result
    QStringList warnings;         // the server's, shown on the panel
    QStringList infos;

    static QStringList resultTypeNames(); // matrix, vector, scalar, string

    // A sample value as Prometheus writes it (Go's strconv): "1.5", "NaN", "+Inf", "-Inf".
    static std::optional<double> sampleValue(QByteArrayView text);

    // The answer in `body`, keeping at most `maxSeries` series (all when negative). Nothing on
    // failure, and `error` says why: the server's own "errorType: error" for a "status":
    // "error" answer (a PromQL syntax error, say), else what is wrong and where (a byte offset
    // for broken JSON, a field path such as `data.result[3].values[7][1]` for the rest).
    static std::optional<QueryAnswer> parse(QByteArrayView body, qsizetype maxSeries,
                                            QString *error);
};

} // namespace opsdeck
