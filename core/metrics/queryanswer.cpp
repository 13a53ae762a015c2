#include "metrics/queryanswer.h"

#include "common/jsontokenreaders.h"
#include "model/json.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace opsdeck {
namespace {

using Kind = JsonCursor::Kind;
using opsdeck::json::CursorReader;
using opsdeck::json::DocumentReader;

QString translated(const char *text)
{
    return QCoreApplication::translate("QueryAnswer", text);
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Object:
        return QStringLiteral("an object");
    case Kind::Array:
        return QStringLiteral("an array");
    case Kind::String:
        return QStringLiteral("a string");
    case Kind::Number:
        return QStringLiteral("a number");
    case Kind::True:
    case Kind::False:
        return QStringLiteral("a boolean");
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::End:
    case Kind::Other:
        break;
    }
    return QStringLiteral("nothing");
}

// The fast reader gave up (a form it does not read); the full one takes over.
struct Declined {};

} // namespace

std::optional<double> QueryAnswer::sampleValue(QByteArrayView text)
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
        ++first; // from_chars takes no plus sign
    }
    double value = 0;
    const auto [end, error] = std::from_chars(first, last, value);
    if (first == last || error != std::errc() || end != last) {
        return std::nullopt;
    }
    return value;
}

namespace {

// Walks an answer with either reader; semantic faults throw ModelError naming the path, a
// reader that gives up throws Declined.
template <typename Reader>
class AnswerWalk {
public:
    AnswerWalk(Reader &reader, qsizetype maxSeries)
        : m_reader(reader)
        , m_maxSeries(maxSeries)
    {}

    // The answer, or the server's error for a "status": "error" one.
    std::optional<QueryAnswer> run(QString *serverError)
    {
        expectKind(Kind::Object, {});
        need(m_reader.beginObject());
        QString status;
        QString errorType;
        QString errorText;
        bool sawData = false;
        QByteArrayView name;
        while (m_reader.nextMember(&name)) {
            if (name == "status") {
                status = readText(QStringLiteral("status"));
            } else if (name == "data") {
                sawData = m_reader.peek() != Kind::Null;
                // An error's data, or that of an answer with a status not understood, is not
                // read: the status is what is wrong.
                if (sawData && (status.isEmpty() || status == QLatin1String("success"))) {
                    readData();
                } else {
                    need(m_reader.skipValue());
                }
            } else if (name == "warnings") {
                m_answer.warnings = readTexts(QStringLiteral("warnings"));
            } else if (name == "infos") {
                m_answer.infos = readTexts(QStringLiteral("infos"));
            } else if (name == "errorType") {
                errorType = readText(QStringLiteral("errorType"));
            } else if (name == "error") {
                errorText = readText(QStringLiteral("error"));
            } else {
                need(m_reader.skipValue());
            }
        }
        need(!m_reader.declined() && m_reader.atEnd());
        if (status == QLatin1String("error")) {
            *serverError = errorType.isEmpty() || errorText.isEmpty()
                               ? errorType + errorText
                               : QStringLiteral("%1: %2").arg(errorType, errorText);
            if (serverError->isEmpty()) {
                *serverError = translated("the server reported an error without saying which");
            }
            return std::nullopt;
        }
        if (status.isEmpty()) {
            throw ModelError(QStringLiteral("status"), translated("is missing"));
        }
        if (status != QLatin1String("success")) {
            throw ModelError(
                QStringLiteral("status"),
                translated("expected \"success\" or \"error\", found \"%1\"").arg(status));
        }
        if (!sawData) {
            throw ModelError(QStringLiteral("data"), translated("is missing"));
        }
        if (m_dataFault) {
            throw *m_dataFault;
        }
        return std::move(m_answer);
    }

private:
    void need(bool ok) const
    {
        if (!ok || m_reader.declined()) {
            throw Declined{};
        }
    }
    void expectKind(Kind wanted, const QString &path)
    {
        const Kind found = m_reader.peek();
        if (found != wanted) {
            need(found != Kind::Other &&
                 found != Kind::End); // broken JSON: the full reader says where
            throw ModelError(
                path.isEmpty() ? QStringLiteral("(answer)") : path,
                translated("expected %1, found %2").arg(kindName(wanted), kindName(found)));
        }
    }
    QString readText(const QString &path)
    {
        expectKind(Kind::String, path);
        QByteArrayView value;
        need(m_reader.readString(&value, &m_scratch));
        return QString::fromUtf8(value);
    }
    QStringList readTexts(const QString &path)
    {
        QStringList texts;
        if (m_reader.peek() == Kind::Null) {
            need(m_reader.skipValue());
            return texts;
        }
        expectKind(Kind::Array, path);
        need(m_reader.beginArray());
        while (m_reader.nextElement()) {
            texts.append(readText(QStringLiteral("%1[%2]").arg(path).arg(texts.size())));
        }
        need(!m_reader.declined());
        return texts;
    }

    void readData()
    {
        const QString path = QStringLiteral("data");
        expectKind(Kind::Object, path);
        need(m_reader.beginObject());
        QString resultType;
        bool sawResult = false;
        bool resultIsPair = false;
        QByteArrayView name;
        while (m_reader.nextMember(&name)) {
            if (name == "resultType") {
                resultType = readText(QStringLiteral("data.resultType"));
            } else if (name == "result") {
                sawResult = true;
                resultIsPair = readResult();
            } else {
                need(m_reader.skipValue());
            }
        }
        need(!m_reader.declined());
        // Checked once the whole object is read, and reported after the status: what is wrong
        // with the data matters less than an answer that is not a success.
        m_dataFault = checkData(resultType, sawResult, resultIsPair);
    }

    std::optional<ModelError> checkData(const QString &resultType, bool sawResult,
                                        bool resultIsPair)
    {
        const qsizetype type = QueryAnswer::resultTypeNames().indexOf(resultType);
        if (type < 0) {
            return ModelError(QStringLiteral("data.resultType"),
                              resultType.isEmpty()
                                  ? translated("is missing")
                                  : translated("expected matrix, vector, scalar or string, found "
                                               "\"%1\"")
                                        .arg(resultType));
        }
        m_answer.resultType = QueryAnswer::ResultType(type);
        const bool wantsPair = m_answer.resultType == QueryAnswer::ResultType::Scalar ||
                               m_answer.resultType == QueryAnswer::ResultType::String;
        if (!sawResult) {
            return ModelError(QStringLiteral("data.result"), translated("is missing"));
        }
        if (wantsPair != resultIsPair && (resultIsPair || m_answer.seriesInAnswer > 0)) {
            return ModelError(
                QStringLiteral("data.result"),
                wantsPair ? translated("expected [time, \"value\"] for a %1").arg(resultType)
                          : translated("expected a list of series for a %1").arg(resultType));
        }
        if (m_answer.resultType == QueryAnswer::ResultType::String) {
            m_answer.text = m_pairText;
            m_answer.series.clear();
            m_answer.seriesInAnswer = 0;
        } else if (!m_badValue.isEmpty()) {
            return ModelError(m_badValue,
                              translated("expected a number as a string (\"1.5\", \"NaN\", "
                                         "\"+Inf\"), found \"%1\"")
                                  .arg(m_badText));
        }
        return std::nullopt;
    }

    // A list of series, or a scalar's or string's [time, "value"] pair (true).
    bool readResult()
    {
        const QString path = QStringLiteral("data.result");
        expectKind(Kind::Array, path);
        need(m_reader.beginArray());
        if (!m_reader.nextElement()) {
            need(!m_reader.declined());
            return false; // empty: no series
        }
        if (m_reader.peek() != Kind::Object) {
            // A scalar: its time first, then the value. The series is read as the only one.
            MetricSnapshot::Series &series = m_answer.series.emplace_back();
            m_answer.seriesInAnswer = 1;
            readPairRest(path, series, true);
            return true;
        }
        qsizetype index = 0;
        do {
            const QString seriesPath = QStringLiteral("data.result[%1]").arg(index);
            if (m_maxSeries < 0 || m_answer.series.size() < m_maxSeries) {
                readSeries(seriesPath, m_answer.series.emplace_back());
            } else {
                expectKind(Kind::Object, seriesPath);
                need(m_reader.skipValue());
            }
            ++index;
        } while (m_reader.nextElement());
        need(!m_reader.declined());
        m_answer.seriesInAnswer = index;
        return false;
    }

    void readSeries(const QString &path, MetricSnapshot::Series &series)
    {
        expectKind(Kind::Object, path);
        need(m_reader.beginObject());
        QByteArrayView name;
        while (m_reader.nextMember(&name)) {
            if (name == "metric") {
                readLabels(path + QStringLiteral(".metric"), series.labels);
            } else if (name == "values") {
                const QString valuesPath = path + QStringLiteral(".values");
                expectKind(Kind::Array, valuesPath);
                need(m_reader.beginArray());
                std::size_t index = 0;
                while (m_reader.nextElement()) {
                    readPair(QStringLiteral("%1[%2]").arg(valuesPath).arg(index), series);
                    ++index;
                }
                need(!m_reader.declined());
            } else if (name == "value") {
                readPair(path + QStringLiteral(".value"), series);
            } else {
                need(m_reader.skipValue()); // "histogram(s)": native histograms draw no line
            }
        }
        need(!m_reader.declined());
    }

    void readLabels(const QString &path, QMap<QString, QString> &labels)
    {
        if (m_reader.peek() == Kind::Null) {
            need(m_reader.skipValue());
            return;
        }
        expectKind(Kind::Object, path);
        need(m_reader.beginObject());
        QByteArrayView name;
        while (m_reader.nextMember(&name)) {
            const QString label = QString::fromUtf8(name);
            labels.insert(label, readText(path + QLatin1Char('.') + label));
        }
        need(!m_reader.declined());
    }

    void readPair(const QString &path, MetricSnapshot::Series &series)
    {
        expectKind(Kind::Array, path);
        need(m_reader.beginArray());
        need(m_reader.nextElement());
        readPairRest(path, series);
    }

    // [time, "value"] with the '[' and the time's place read.
    void readPairRest(const QString &path, MetricSnapshot::Series &series, bool keepText = false)
    {
        const auto fault = [&path](int index, const QString &what) {
            return ModelError(QStringLiteral("%1[%2]").arg(path).arg(index), what);
        };
        if (m_reader.peek() != Kind::Number) {
            need(m_reader.peek() != Kind::Other);
            throw fault(0, translated("expected a Unix time in seconds, found %1")
                               .arg(kindName(m_reader.peek())));
        }
        double seconds = 0;
        need(m_reader.readDouble(&seconds));
        if (!std::isfinite(seconds) || std::abs(seconds) > 1e13) {
            throw fault(0, translated("the time %1 is out of range").arg(seconds));
        }
        if (!m_reader.nextElement()) {
            need(!m_reader.declined());
            throw fault(1, translated("is missing"));
        }
        if (m_reader.peek() != Kind::String) {
            need(m_reader.peek() != Kind::Other);
            throw fault(1, translated("expected a number as a string (\"1.5\", \"NaN\", "
                                      "\"+Inf\"), found %1")
                               .arg(kindName(m_reader.peek())));
        }
        QByteArrayView text;
        need(m_reader.readString(&text, &m_scratch));
        const std::optional<double> value = QueryAnswer::sampleValue(text);
        if (keepText) {
            m_pairText = QString::fromUtf8(text);
        }
        if (!value && m_badValue.isEmpty()) {
            // Words are a string result's value and wrong anywhere else: which this is shows
            // once resultType is read, and it may come last.
            m_badValue = QStringLiteral("%1[1]").arg(path);
            m_badText = QString::fromUtf8(text);
        }
        if (m_reader.nextElement()) {
            throw fault(2, translated("expected [time, \"value\"], found more"));
        }
        need(!m_reader.declined());
        if (value) {
            series.points.emplace_back(qint64(std::llround(seconds * 1000.0)), *value);
        }
    }

    Reader &m_reader;
    qsizetype m_maxSeries;
    QueryAnswer m_answer;
    std::string m_scratch;
    QString m_pairText;
    QString m_badValue;
    QString m_badText;
    std::optional<ModelError> m_dataFault;
};

} // namespace

QStringList QueryAnswer::resultTypeNames()
{
    return {QStringLiteral("matrix"), QStringLiteral("vector"), QStringLiteral("scalar"),
            QStringLiteral("string")};
}

std::optional<QueryAnswer> QueryAnswer::parse(QByteArrayView body, qsizetype maxSeries,
                                              QString *error)
{
    error->clear();
    QString serverError;
    try {
        try {
            CursorReader reader(body);
            std::optional<QueryAnswer> answer =
                AnswerWalk<CursorReader>(reader, maxSeries).run(&serverError);
            if (!answer) {
                *error = serverError;
            }
            return answer;
        } catch (const Declined &) {
            // The full reader below gives the verdict, and the place of broken JSON.
        }
        Json document;
        try {
            document = Json::parse(body.cbegin(), body.cend());
        } catch (const Json::parse_error &e) {
            QString reason = QString::fromUtf8(e.what());
            reason = reason.mid(reason.indexOf(QLatin1Char(']')) + 1).trimmed();
            // nlohmann counts from 1 and counts the end of the input as a byte.
            const auto offset = std::clamp<qsizetype>(qsizetype(e.byte) - 1, 0, body.size());
            *error = translated("the answer is not JSON (at byte %1 of %2): %3")
                         .arg(offset)
                         .arg(body.size())
                         .arg(reason);
            return std::nullopt;
        } catch (const Json::exception &e) {
            // A number beyond a double ("1e309") has no byte offset.
            QString reason = QString::fromUtf8(e.what());
            *error = translated("the answer is not JSON: %1")
                         .arg(reason.mid(reason.indexOf(QLatin1Char(']')) + 1).trimmed());
            return std::nullopt;
        }
        DocumentReader reader(document);
        std::optional<QueryAnswer> answer =
            AnswerWalk<DocumentReader>(reader, maxSeries).run(&serverError);
        if (!answer) {
            *error = serverError;
        }
        return answer;
    } catch (const ModelError &e) {
        *error = e.text();
        return std::nullopt;
    } catch (const Declined &) {
        *error = translated("the answer could not be read"); // unreachable: see DocumentReader
        return std::nullopt;
    }
}

} // namespace opsdeck
