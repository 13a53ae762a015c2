#include "metrics/metricsnapshot.h"

#include "metrics/queryanswer.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>

namespace opsdeck {
namespace {

QString kindOf(const Json &json)
{
    return QString::fromLatin1(json.type_name());
}

QString indexed(const QString &path, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(path).arg(index);
}

Json valueToJson(double value)
{
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "+Inf" : "-Inf";
    }
    return value;
}

bool sameValue(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

QString escapeLabelValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\n')) {
            escaped += QStringLiteral("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

} // namespace

bool MetricSnapshot::Series::operator==(const Series &other) const
{
    if (labels != other.labels || points.size() != other.points.size()) {
        return false;
    }
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].first != other.points[i].first ||
            !sameValue(points[i].second, other.points[i].second)) {
            return false;
        }
    }
    return true;
}

bool MetricSnapshot::operator==(const MetricSnapshot &other) const
{
    return query == other.query && backendId == other.backendId &&
           backendName == other.backendName && start == other.start && end == other.end &&
           stepSeconds == other.stepSeconds && series == other.series && warning == other.warning;
}

QString MetricSnapshot::seriesName(qsizetype index) const
{
    return index >= 0 && index < series.size() ? seriesNameOf(series.at(index).labels) : QString();
}

QString MetricSnapshot::seriesNameOf(const QMap<QString, QString> &labels)
{
    const QString nameLabel = QStringLiteral("__name__");
    QStringList pairs;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != nameLabel) {
            pairs.append(QStringLiteral("%1=\"%2\"").arg(it.key(), escapeLabelValue(it.value())));
        }
    }
    QString name = labels.value(nameLabel); // returned: moved, not copied
    if (!name.isEmpty() && pairs.isEmpty()) {
        return name;
    }
    return name + QLatin1Char('{') + pairs.join(QStringLiteral(", ")) + QLatin1Char('}');
}

qsizetype MetricSnapshot::pointCount() const
{
    qsizetype count = 0;
    for (const Series &one : series) {
        count += qsizetype(one.points.size());
    }
    return count;
}

Json MetricSnapshot::toPayload() const
{
    Json seriesJson = Json::array();
    for (const Series &one : series) {
        Json points = Json::array();
        for (const auto &[ms, value] : one.points) {
            points.push_back(Json::array({ms, valueToJson(value)}));
        }
        seriesJson.push_back(Json{{"labels", one.labels}, {"points", std::move(points)}});
    }
    Json payload{{"query", query},
                 {"backendId", backendId},
                 {"backendName", backendName},
                 {"start", toIsoUtc(start)},
                 {"end", toIsoUtc(end)},
                 {"stepSeconds", stepSeconds},
                 {"series", std::move(seriesJson)}};
    if (!warning.isEmpty()) {
        payload["warning"] = warning;
    }
    return payload;
}

MetricSnapshot MetricSnapshot::fromPayload(const Json &payload, const QString &path)
{
    const JsonReader reader(payload, path);
    MetricSnapshot snapshot;
    snapshot.query = reader.string("query");
    snapshot.backendId = reader.optionalString("backendId");
    snapshot.backendName = reader.optionalString("backendName");
    snapshot.start = reader.time("start");
    snapshot.end = reader.time("end");
    snapshot.stepSeconds = int(reader.integer("stepSeconds"));
    if (snapshot.stepSeconds <= 0) {
        throw ModelError(reader.pathOf("stepSeconds"),
                         QCoreApplication::translate(
                             "MetricSnapshot", "expected a positive number of seconds, found %1")
                             .arg(snapshot.stepSeconds));
    }
    snapshot.warning = reader.optionalString("warning");
    const QString seriesPath = reader.pathOf("series");
    static const Json noSeries = Json::array();
    const Json &seriesJson = reader.present("series") ? payload.at("series") : noSeries;
    if (!seriesJson.is_array()) {
        throw ModelError(
            seriesPath, QCoreApplication::translate("MetricSnapshot", "expected an array, found %1")
                            .arg(kindOf(seriesJson)));
    }
    for (std::size_t s = 0; s < seriesJson.size(); ++s) {
        const Json &item = seriesJson.at(s);
        // JsonReader reads the labels; a point is a two-element array, read here.
        const JsonReader itemReader(item, indexed(seriesPath, s));
        Series &series = snapshot.series.emplace_back();
        series.labels = itemReader.stringMap("labels");
        const QString pointsPath = itemReader.pathOf("points");
        const auto points = item.find("points");
        if (points == item.end() || points->is_null()) {
            continue;
        }
        if (!points->is_array()) {
            throw ModelError(pointsPath, QCoreApplication::translate("MetricSnapshot",
                                                                     "expected an array, found %1")
                                             .arg(kindOf(*points)));
        }
        auto &target = series.points;
        target.reserve(points->size());
        for (std::size_t i = 0; i < points->size(); ++i) {
            const Json &point = points->at(i);
            const auto pointPath = [&pointsPath, i] {
                return indexed(pointsPath, i);
            };
            if (!point.is_array() || point.size() != 2) {
                throw ModelError(pointPath(),
                                 QCoreApplication::translate("MetricSnapshot",
                                                             "expected [epochMs, value], found %1")
                                     .arg(kindOf(point)));
            }
            if (!point.at(0).is_number_integer()) {
                throw ModelError(indexed(pointPath(), 0),
                                 QCoreApplication::translate("MetricSnapshot",
                                                             "expected Unix milliseconds, found %1")
                                     .arg(kindOf(point.at(0))));
            }
            const Json &valueJson = point.at(1);
            std::optional<double> value;
            if (valueJson.is_number()) {
                value = valueJson.get<double>();
            } else if (valueJson.is_string()) {
                const std::string text = valueJson.get<std::string>();
                if (text == "NaN" || text == "+Inf" || text == "-Inf") {
                    value = QueryAnswer::sampleValue(
                        QByteArrayView(text.data(), qsizetype(text.size())));
                }
            }
            if (!value) {
                throw ModelError(
                    indexed(pointPath(), 1),
                    QCoreApplication::translate("MetricSnapshot",
                                                "expected a number, \"NaN\", \"+Inf\" or \"-Inf\", "
                                                "found %1")
                        .arg(kindOf(valueJson)));
            }
            target.emplace_back(point.at(0).get<qint64>(), *value);
        }
    }
    return snapshot;
}

QList<MetricSnapshot::Series> MetricSnapshot::parseQueryRange(const QByteArray &body,
                                                              QString *error, qsizetype maxSeries,
                                                              qsizetype *seriesInAnswer,
                                                              QStringList *warnings)
{
    if (seriesInAnswer) {
        *seriesInAnswer = 0;
    }
    std::optional<QueryAnswer> answer = QueryAnswer::parse(body, maxSeries, error);
    if (!answer) {
        return {};
    }
    if (answer->resultType != QueryAnswer::ResultType::Matrix) {
        *error =
            ModelError(QStringLiteral("data.resultType"),
                       QCoreApplication::translate("MetricSnapshot",
                                                   "expected \"matrix\" (a range query's "
                                                   "answer), found \"%1\"")
                           .arg(QueryAnswer::resultTypeNames().at(qsizetype(answer->resultType))))
                .text();
        return {};
    }
    if (seriesInAnswer) {
        *seriesInAnswer = answer->seriesInAnswer;
    }
    if (warnings) {
        *warnings = answer->warnings;
    }
    return std::move(answer->series);
}

int MetricSnapshot::stepSecondsFor(const QDateTime &start, const QDateTime &end)
{
    const qint64 rangeSeconds = std::max<qint64>(0, (start.msecsTo(end) + 999) / 1000);
    qint64 step =
        std::max<qint64>(1, (rangeSeconds + TargetPointsPerSeries - 1) / TargetPointsPerSeries);
    // Prometheus counts both ends: range / step + 1 points.
    while (rangeSeconds / step + 1 > MaxPointsPerSeries) {
        ++step;
    }
    return int(std::min<qint64>(step, std::numeric_limits<int>::max()));
}

} // namespace opsdeck
