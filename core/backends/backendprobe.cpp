#include "backends/backendprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace opsdeck {
namespace {

// A status document is a few hundred bytes; anything far larger is not one.
constexpr qint64 kMaxStatusBytes = qint64{1024} * 1024;

} // namespace

BackendProbe::BackendProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

ProbeResult BackendProbe::parseStatus(BackendEndpoint::Kind kind, const QByteArray &body)
{
    ProbeResult result;
    const nlohmann::json document =
        nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (document.is_discarded() || !document.is_object()) {
        result.error = tr("the answer is not JSON (starts with \"%1\")")
                           .arg(QString::fromUtf8(body.left(40)).simplified());
        return result;
    }
    const char *path =
        kind == BackendEndpoint::Kind::Prometheus ? "/data/version" : "/versionInfo/version";
    const nlohmann::json::json_pointer pointer(path);
    if (!document.contains(pointer) || !document.at(pointer).is_string()) {
        result.error = tr("the answer has no %1 string at %2; is this a %3 server?")
                           .arg(QStringLiteral("version"), QString::fromLatin1(path),
                                BackendEndpoint::kindName(kind));
        return result;
    }
    result.ok = true;
    result.version = QString::fromStdString(document.at(pointer).get<std::string>());
    return result;
}

void BackendProbe::probe(const BackendEndpoint &endpoint,
                         std::function<void(const ProbeResult &)> done)
{
    QNetworkRequest request(endpoint.statusUrl());
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto tooLarge = std::make_shared<bool>(false);
    auto timedOut = std::make_shared<bool>(false);
    // A deadline for the whole answer, not just for silence: a server that trickles bytes
    // still times out.
    QTimer::singleShot(m_timeoutMs, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, tooLarge](qint64 received, qint64) {
                if (received > kMaxStatusBytes) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    // Bound to `this`: when the probe goes, the reply (its grandchild) goes and nothing is called.
    connect(reply, &QNetworkReply::finished, this,
            [reply, timer, tooLarge, timedOut, timeoutMs = m_timeoutMs, kind = endpoint.kind,
             done = std::move(done)] {
                reply->deleteLater();
                ProbeResult result;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (*tooLarge) {
                    result.error = tr("the answer is larger than %1 KiB; not a status document")
                                       .arg(kMaxStatusBytes / 1024);
                } else if (*timedOut) {
                    result.error = tr("no answer within %1 ms").arg(timeoutMs);
                } else if (status != 0 && (status < 200 || status > 299)) {
                    result.error =
                        tr("HTTP %1 %2")
                            .arg(status)
                            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                     .toString());
                } else if (reply->error() != QNetworkReply::NoError) {
                    result.error = reply->errorString();
                } else {
                    result = parseStatus(kind, reply->readAll());
                    result.answered = true;
                }
                result.latencyMs = timer->elapsed();
                result.finishedAt = QDateTime::currentDateTimeUtc();
                done(result);
            });
}

} // namespace opsdeck
