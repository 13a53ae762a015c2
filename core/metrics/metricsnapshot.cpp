#include "metrics/metricsnapshot.h"

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

// Prometheus writes sample values as Go's strconv.FormatFloat does: "1.5", "NaN", "+Inf", "-Inf".
std::optional<double> parseSampleValue(const std::string &text)
{
    if (text == "NaN") {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (text == "+Inf" || text == "Inf") {
        return std::numeric_limits<double>::infinity();
    }
    if (text == "-Inf") {
        return -std::numeric_limits<double>::infinity();
    }
    const char *first = text.data();
    const char *last = first + text.size();
    if (first != last && *first == '+') {
        ++first; // from_chars does not take a plus sign
    }
    double value = 0;
    const auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last || first == last) {
        return std::nullopt;
    }
    return value;
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

// One series of a query_range answer: {"metric": {...}, "values": [[1700000000.123, "1.5"], ...]}.
MetricSnapshot::Series parseSeries(const Json &item, const QString &path)
{
    if (!item.is_object()) {
        throw ModelError(
            path, QCoreApplication::translate("MetricSnapshot", "expected an object, found %1")
                      .arg(kindOf(item)));
    }
    MetricSnapshot::Series series;
    const QString metricPath = path + QStringLiteral(".metric");
    const auto metric = item.find("metric");
    if (metric != item.end() && !metric->is_null()) {
        if (!metric->is_object()) {
            throw ModelError(metricPath, QCoreApplication::translate("MetricSnapshot",
                                                                     "expected an object, found %1")
                                             .arg(kindOf(*metric)));
        }
        for (auto it = metric->begin(); it != metric->end(); ++it) {
            if (!it->is_string()) {
                throw ModelError(
                    metricPath + QLatin1Char('.') + QString::fromStdString(it.key()),
                    QCoreApplication::translate("MetricSnapshot", "expected a string, found %1")
                        .arg(kindOf(*it)));
            }
            series.labels.insert(QString::fromStdString(it.key()),
                                 QString::fromStdString(it->get<std::string>()));
        }
    }
    const QString valuesPath = path + QStringLiteral(".values");
    const auto values = item.find("values");
    if (values == item.end() || values->is_null()) {
        return series; // a native histogram series has "histograms" instead: no line to draw
    }
    if (!values->is_array()) {
        throw ModelError(
            valuesPath, QCoreApplication::translate("MetricSnapshot", "expected an array, found %1")
                            .arg(kindOf(*values)));
    }
    series.points.reserve(values->size());
    for (std::size_t i = 0; i < values->size(); ++i) {
        const Json &sample = values->at(i);
        // Built only for an error: an answer holds up to a million samples.
        const auto samplePath = [&valuesPath, i] {
            return indexed(valuesPath, i);
        };
        if (!sample.is_array() || sample.size() != 2) {
            throw ModelError(samplePath(),
                             QCoreApplication::translate("MetricSnapshot",
                                                         "expected [time, \"value\"], found %1")
                                 .arg(kindOf(sample)));
        }
        if (!sample.at(0).is_number()) {
            throw ModelError(indexed(samplePath(), 0),
                             QCoreApplication::translate(
                                 "MetricSnapshot", "expected a Unix time in seconds, found %1")
                                 .arg(kindOf(sample.at(0))));
        }
        const Json &valueJson = sample.at(1);
        const std::optional<double> value =
            valueJson.is_string() ? parseSampleValue(valueJson.get<std::string>()) : std::nullopt;
        if (!value) {
            throw ModelError(
                indexed(samplePath(), 1),
                QCoreApplication::translate("MetricSnapshot",
                                            "expected a number as a string (\"1.5\", \"NaN\", "
                                            "\"+Inf\"), found %1")
                    .arg(valueJson.is_string()
                             ? QStringLiteral("\"%1\"").arg(
                                   QString::fromStdString(valueJson.get<std::string>()))
                             : kindOf(valueJson)));
        }
        const double seconds = sample.at(0).get<double>();
        series.points.emplace_back(qint64(std::llround(seconds * 1000.0)), *value);
    }
    return series;
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
                    value = parseSampleValue(text);
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
    error->clear();
    if (seriesInAnswer) {
        *seriesInAnswer = 0;
    }
    Json json;
    try {
        json = Json::parse(body.cbegin(), body.cend());
    } catch (const Json::parse_error &e) {
        // nlohmann's text starts with "[json.exception.parse_error.101] parse error at ...".
        QString reason = QString::fromUtf8(e.what());
        reason = reason.mid(reason.indexOf(QLatin1Char(']')) + 1).trimmed();
        // nlohmann counts from 1 and counts the end of the input as a byte: a 0-based offset
        // within the body is what a reader of the raw answer needs.
        const auto offset = std::min<qsizetype>(qsizetype(e.byte) - 1, body.size());
        *error = QCoreApplication::translate("MetricSnapshot",
                                             "the answer is not JSON (at byte %1 of %2): %3")
                     .arg(std::max<qsizetype>(0, offset))
                     .arg(body.size())
                     .arg(reason);
        return {};
    } catch (const Json::exception &e) {
        // A number beyond a double ("1e309") is out_of_range, not a parse_error, and has no
        // byte offset.
        QString reason = QString::fromUtf8(e.what());
        reason = reason.mid(reason.indexOf(QLatin1Char(']')) + 1).trimmed();
        *error =
            QCoreApplication::translate("MetricSnapshot", "the answer is not JSON: %1").arg(reason);
        return {};
    }
    try {
        const JsonReader answer(json, {});
        const QString status = answer.string("status");
        if (status == QLatin1String("error")) {
            const QString type = answer.optionalString("errorType");
            const QString text = answer.optionalString("error");
            *error = type.isEmpty() ? text : QStringLiteral("%1: %2").arg(type, text);
            if (error->isEmpty()) {
                *error = QCoreApplication::translate(
                    "MetricSnapshot", "Prometheus reported an error without saying which");
            }
            return {};
        }
        if (status != QLatin1String("success")) {
            throw ModelError(
                answer.pathOf("status"),
                QCoreApplication::translate("MetricSnapshot",
                                            "expected \"success\" or \"error\", found \"%1\"")
                    .arg(status));
        }
        if (warnings) {
            *warnings = answer.strings("warnings");
        }
        const Json &dataJson = json.contains("data") ? json.at("data") : Json();
        const JsonReader data(dataJson, QStringLiteral("data"));
        const QString resultType = data.string("resultType");
        if (resultType != QLatin1String("matrix")) {
            throw ModelError(
                data.pathOf("resultType"),
                QCoreApplication::translate("MetricSnapshot",
                                            "expected \"matrix\" (a range query's answer), found "
                                            "\"%1\"")
                    .arg(resultType));
        }
        const QString resultPath = data.pathOf("result");
        const Json &result = dataJson.contains("result") ? dataJson.at("result") : Json();
        if (!result.is_array()) {
            throw ModelError(resultPath, QCoreApplication::translate("MetricSnapshot",
                                                                     "expected an array, found %1")
                                             .arg(kindOf(result)));
        }
        if (seriesInAnswer) {
            *seriesInAnswer = qsizetype(result.size());
        }
        const std::size_t keep =
            maxSeries < 0 ? result.size() : std::min(result.size(), std::size_t(maxSeries));
        QList<Series> series;
        series.reserve(qsizetype(keep));
        for (std::size_t i = 0; i < keep; ++i) {
            series.append(parseSeries(result.at(i), indexed(resultPath, i)));
        }
        return series;
    } catch (const ModelError &e) {
        *error = e.text();
        return {};
    }
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
