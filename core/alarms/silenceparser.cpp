#include "alarms/silenceparser.h"

#include "model/json.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace opsdeck {
namespace {

QDateTime requiredTime(const QJsonObject &object, const char *key, const QString &path)
{
    const auto parsed = fromIsoUtc(object.value(QLatin1String(key)).toString());
    if (!parsed) {
        throw ModelError(path + QLatin1Char('.') + QLatin1String(key),
                         QCoreApplication::translate(
                             "ModelError", "expected an ISO 8601 time with a zone, found \"%1\"")
                             .arg(object.value(QLatin1String(key)).toString()));
    }
    return *parsed;
}

} // namespace

ParsedSilences SilenceParser::parse(const QByteArray &body, const QString &backendId)
{
    ParsedSilences result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        result.error =
            parseError.error != QJsonParseError::NoError
                ? QCoreApplication::translate("AlertParser",
                                              "the answer is not JSON (%1 at byte %2)")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QCoreApplication::translate("SilenceParser", "expected a JSON array of silences");
        return result;
    }
    const QJsonArray silences = document.array();
    for (qsizetype i = 0; i < silences.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        try {
            const QJsonObject item = silences.at(i).toObject();
            Silence silence;
            silence.id = item.value(QLatin1String("id")).toString();
            if (silence.id.isEmpty()) {
                throw ModelError(path + QStringLiteral(".id"),
                                 QCoreApplication::translate("ModelError", "is missing"));
            }
            const QJsonArray matchers = item.value(QLatin1String("matchers")).toArray();
            for (const QJsonValue &value : matchers) {
                const QJsonObject matcher = value.toObject();
                silence.matchers.append({matcher.value(QLatin1String("name")).toString(),
                                         matcher.value(QLatin1String("value")).toString(),
                                         matcher.value(QLatin1String("isRegex")).toBool(),
                                         matcher.value(QLatin1String("isEqual")).toBool(true)});
            }
            silence.startsAt = requiredTime(item, "startsAt", path);
            silence.endsAt = requiredTime(item, "endsAt", path);
            silence.updatedAt =
                fromIsoUtc(item.value(QLatin1String("updatedAt")).toString()).value_or(QDateTime());
            silence.createdBy = item.value(QLatin1String("createdBy")).toString();
            silence.comment = item.value(QLatin1String("comment")).toString();
            const QString state = item.value(QLatin1String("status"))
                                      .toObject()
                                      .value(QLatin1String("state"))
                                      .toString();
            const qsizetype stateIndex = Silence::stateNames().indexOf(state);
            if (stateIndex < 0) {
                throw ModelError(path + QStringLiteral(".status.state"),
                                 QCoreApplication::translate("ModelError", "expected one of %1")
                                     .arg(Silence::stateNames().join(QStringLiteral(", "))));
            }
            silence.state = Silence::State(stateIndex);
            silence.sources = {backendId};
            result.silences.append(std::move(silence));
        } catch (const ModelError &problem) {
            result.warnings.append(problem.text());
        }
    }
    return result;
}

QJsonArray SilenceParser::matchersJson(const Silence &silence)
{
    QJsonArray matchers;
    for (const Silence::Matcher &matcher : silence.matchers) {
        matchers.append(QJsonObject{{QStringLiteral("name"), matcher.name},
                                    {QStringLiteral("value"), matcher.value},
                                    {QStringLiteral("isRegex"), matcher.isRegex},
                                    {QStringLiteral("isEqual"), matcher.isEqual}});
    }
    return matchers;
}

QByteArray SilenceParser::toApiJson(const Silence &silence)
{
    QJsonObject object{{QStringLiteral("matchers"), matchersJson(silence)},
                       {QStringLiteral("startsAt"), toIsoUtc(silence.startsAt)},
                       {QStringLiteral("endsAt"), toIsoUtc(silence.endsAt)},
                       {QStringLiteral("createdBy"), silence.createdBy},
                       {QStringLiteral("comment"), silence.comment}};
    if (!silence.id.isEmpty()) {
        object.insert(QStringLiteral("id"), silence.id);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString SilenceParser::createdId(const QByteArray &body, QString *error)
{
    const QString id =
        QJsonDocument::fromJson(body).object().value(QLatin1String("silenceID")).toString();
    if (id.isEmpty()) {
        *error = QCoreApplication::translate("SilenceParser",
                                             "the answer names no silenceID (starts with \"%1\")")
                     .arg(QString::fromUtf8(body.left(60)).simplified());
    }
    return id;
}

QList<Silence> SilenceParser::merge(const QList<QList<Silence>> &perBackend)
{
    QHash<QString, qsizetype> position;
    QList<Silence> merged;
    for (const QList<Silence> &silences : perBackend) {
        for (const Silence &silence : silences) {
            const auto found = position.constFind(silence.id);
            if (found == position.cend()) {
                position.insert(silence.id, merged.size());
                merged.append(silence);
            } else {
                Silence &kept = merged[*found];
                QStringList sources = kept.sources;
                for (const QString &source : silence.sources) {
                    if (!sources.contains(source)) {
                        sources.append(source);
                    }
                }
                // A cluster member that has not heard of the latest change yet (an expiry, a
                // new end) reports an older copy: the most recently updated one is the truth.
                if (silence.updatedAt > kept.updatedAt) {
                    kept = silence;
                }
                kept.sources = std::move(sources);
            }
        }
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Silence &a, const Silence &b) {
        const bool aExpired = a.state == Silence::State::Expired;
        const bool bExpired = b.state == Silence::State::Expired;
        if (aExpired != bExpired) {
            return bExpired;
        }
        return a.endsAt > b.endsAt;
    });
    return merged;
}

} // namespace opsdeck
