#include "backends/backendclient.h"

#include "backends/backendprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslKey>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace opsdeck {
namespace {

// The desktop's proxy settings (http_proxy, no_proxy ...), for this backend only.
class SystemProxyFactory : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

QByteArray readFile(const QString &path, const QString &what, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 %2: %3").arg(what, path, file.errorString());
        return {};
    }
    return file.readAll();
}

// What has arrived of an answer: the whole body, or, when it is passed on as it arrives, only
// its head.
struct Received {
    static constexpr qsizetype HeadBytes = 256;
    static constexpr qint64 PieceBytes = qint64{64} * 1024; // below glibc's threshold for mmap
    // Taken in one turn of the event loop at most: a 60 MB answer can arrive in a burst that
    // waits in the reply whole, and copying it out in one go held the thread for 20-50 ms.
    static constexpr qint64 TurnBytes = qint64{2} * 1024 * 1024;
    QByteArray body;
    qint64 bytes = 0;
    std::optional<bool> streaming; // decided by the first piece, once the headers are known
    bool turnQueued = false;       // the rest of what waits is taken in the next turn
    bool finished = false;         // the reply has finished: answer once all of it is taken
};

} // namespace

BackendClient::BackendClient(BackendDefinition definition, QString secret, QObject *parent)
    : QObject(parent)
    , m_definition(std::move(definition))
    , m_secret(std::move(secret))
    , m_network(new QNetworkAccessManager(this))
{
    QString urlError;
    m_baseUrl = BackendEndpoint::parseUrl(m_definition.url, &urlError);
    if (!m_baseUrl.isValid()) {
        m_configurationError = urlError;
    }
    if (m_definition.proxy == QLatin1String("none")) {
        m_network->setProxy(QNetworkProxy::NoProxy);
    } else if (m_definition.proxy == QLatin1String("system") || m_definition.proxy.isEmpty()) {
        m_network->setProxyFactory(new SystemProxyFactory);
    } else {
        const QUrl proxy(m_definition.proxy);
        if (!proxy.isValid() || proxy.host().isEmpty()) {
            m_configurationError = tr("the proxy '%1' is not a URL like http://proxy:3128")
                                       .arg(proxy.toDisplayString(QUrl::RemoveUserInfo));
        }
        m_network->setProxy(QNetworkProxy(proxy.scheme().startsWith(QLatin1String("socks"))
                                              ? QNetworkProxy::Socks5Proxy
                                              : QNetworkProxy::HttpProxy,
                                          proxy.host(), quint16(proxy.port(3128))));
    }
    m_network->setAutoDeleteReplies(false);
    // Only an https backend needs TLS: loading its defaults (the system's authorities) costs
    // a command line's start-up ~20 ms.
    if (m_baseUrl.scheme() == QLatin1String("https")) {
        m_tls = QSslConfiguration::defaultConfiguration();
        loadTls();
    }
}

BackendEndpoint BackendClient::endpoint() const
{
    return {m_definition.kind, m_definition.name, m_baseUrl};
}

void BackendClient::loadTls()
{
    if (!m_definition.verifyTls) {
        m_tls->setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    QString error;
    if (!m_definition.caFile.isEmpty()) {
        const QByteArray pem = readFile(m_definition.caFile, tr("CA file"), &error);
        const QList<QSslCertificate> authorities = QSslCertificate::fromData(pem);
        if (error.isEmpty() && authorities.isEmpty()) {
            error = tr("CA file %1 holds no PEM certificate").arg(m_definition.caFile);
        }
        m_tls->addCaCertificates(authorities);
    }
    if (error.isEmpty() && !m_definition.clientCertificate.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(
            readFile(m_definition.clientCertificate, tr("client certificate"), &error));
        const QByteArray keyPem = error.isEmpty()
                                      ? readFile(m_definition.clientKey, tr("client key"), &error)
                                      : QByteArray();
        QSslKey key(keyPem, QSsl::Rsa);
        if (key.isNull()) {
            key = QSslKey(keyPem, QSsl::Ec);
        }
        if (error.isEmpty() && certificates.isEmpty()) {
            error = tr("client certificate %1 holds no PEM certificate")
                        .arg(m_definition.clientCertificate);
        } else if (error.isEmpty() && key.isNull()) {
            error = tr("client key %1 is not an unencrypted PEM RSA or EC key")
                        .arg(m_definition.clientKey);
        }
        if (error.isEmpty()) {
            m_tls->setLocalCertificate(certificates.first());
            m_tls->setPrivateKey(key);
        }
    }
    if (!error.isEmpty() && m_configurationError.isEmpty()) {
        m_configurationError = error;
    }
}

QNetworkRequest BackendClient::request(const QString &path) const
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Opsdeck");
    if (m_tls) {
        request.setSslConfiguration(*m_tls);
    }
    switch (m_definition.auth) {
    case BackendDefinition::Auth::None:
        break;
    case BackendDefinition::Auth::Basic:
        request.setRawHeader(
            "Authorization",
            "Basic " + (m_definition.username + QLatin1Char(':') + m_secret).toUtf8().toBase64());
        break;
    case BackendDefinition::Auth::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_secret.toUtf8());
        break;
    }
    request.setTransferTimeout(0); // the deadline below covers the whole answer
    // A redirect to another host would carry the password or token there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

QPointer<QNetworkReply> BackendClient::get(const QString &path, Callback done)
{
    return start("GET", path, {}, true, {}, std::move(done));
}

QPointer<QNetworkReply> BackendClient::postForm(const QString &path, const QByteArray &form,
                                                Callback done)
{
    return start("POST", path, form, true, {}, std::move(done),
                 "application/x-www-form-urlencoded");
}

void BackendClient::getStreamed(const QString &path, BodySink sink, Callback done)
{
    start("GET", path, {}, true, std::move(sink), std::move(done));
}

void BackendClient::send(const QByteArray &method, const QString &path, const QByteArray &jsonBody,
                         Callback done)
{
    start(method, path, jsonBody, method != "DELETE", {}, std::move(done));
}

QPointer<QNetworkReply> BackendClient::start(const QByteArray &method, const QString &path,
                                             const QByteArray &body, bool expectJson, BodySink sink,
                                             Callback done, const QByteArray &contentType)
{
    if (!m_configurationError.isEmpty()) {
        HttpAnswer answer;
        answer.error = m_configurationError;
        answer.finishedAt = QDateTime::currentDateTimeUtc();
        // Asynchronous like every other answer, so callers need one code path.
        QTimer::singleShot(0, this, [answer, done = std::move(done)] { done(answer); });
        return nullptr;
    }
    QNetworkRequest request = this->request(path);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          contentType.isEmpty() ? QByteArray("application/json") : contentType);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto abortReason = std::make_shared<QString>();
    const int timeoutMs = std::max(1, m_definition.timeoutSeconds) * 1000;
    // A deadline for the whole answer, not only for silence: a server that trickles bytes
    // times out too.
    QTimer::singleShot(timeoutMs, reply, [reply, abortReason, timeoutMs] {
        // Finished in time and still being taken a turn at a time: not late.
        if (reply->isFinished()) {
            return;
        }
        *abortReason = tr("no complete answer within %1 s").arg(timeoutMs / 1000);
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, abortReason, cap = m_maxAnswerBytes](qint64 received, qint64) {
                if (received > cap && abortReason->isEmpty()) {
                    // In bytes unless whole MiB: a small cap must not read "larger than 0 MiB".
                    constexpr qint64 mebibyte = qint64{1024} * 1024;
                    *abortReason =
                        cap % mebibyte == 0
                            ? tr("the answer is larger than %1 MiB; aborted").arg(cap / mebibyte)
                            : tr("the answer is larger than %1 bytes; aborted").arg(cap);
                    reply->abort();
                }
            });
    // The answer is taken as it arrives, a network chunk at a time. Copying 60 MB out of the
    // reply at the end stalled the thread for a quarter of a second (faulting in the pages of
    // the copy), and held the answer twice. A streamed answer is passed on instead of kept.
    auto received = std::make_shared<Received>();
    // Returns whether all that waited has been taken (else the rest is for a later turn).
    const auto takeAvailable = [reply, received, expectJson, sink = std::move(sink),
                                cap = m_maxAnswerBytes] {
        if (!received->streaming) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
            received->streaming =
                sink && status >= 200 && status <= 299 &&
                (!expectJson || type.isEmpty() || type.contains(QLatin1String("json")));
            const qint64 announced =
                reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (!*received->streaming && announced > 0) {
                received->body.reserve(qsizetype(std::min(announced, cap)));
            }
        }
        if (!*received->streaming) {
            const QByteArray piece = reply->readAll();
            received->bytes += piece.size();
            received->body.append(piece);
            return true;
        }
        // In pieces small enough for the allocator to reuse freed memory: one piece of all
        // that arrived is fresh pages each time, and faulting in 60 MB of them cost the thread
        // over 100 ms per poll.
        qint64 taken = 0;
        while (reply->bytesAvailable() > 0) {
            if (taken >= Received::TurnBytes) {
                return false;
            }
            const QByteArray piece = reply->read(Received::PieceBytes);
            if (piece.isEmpty()) {
                break;
            }
            taken += piece.size();
            received->bytes += piece.size();
            if (received->body.size() < Received::HeadBytes) {
                received->body.append(piece.first(
                    std::min(piece.size(), Received::HeadBytes - received->body.size())));
            }
            sink(piece);
        }
        return true;
    };
    const auto complete = [reply, clock, abortReason, expectJson, received,
                           done = std::move(done)] {
        reply->deleteLater();
        HttpAnswer answer;
        answer.latencyMs = clock->elapsed();
        answer.finishedAt = QDateTime::currentDateTimeUtc();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        answer.body = std::move(received->body);
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (!abortReason->isEmpty()) {
            answer.error = *abortReason;
        } else if (answer.status != 0 && (answer.status < 200 || answer.status > 299)) {
            const QString text = QString::fromUtf8(answer.body.left(200)).simplified();
            answer.error =
                QStringLiteral("HTTP %1 %2")
                    .arg(answer.status)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()) +
                (text.isEmpty() || text.startsWith(QLatin1Char('<'))
                     ? QString()
                     : QStringLiteral(": %1").arg(text));
        } else if (announced > 0 && received->bytes < announced) {
            // Before the network error: Qt calls this one just "Connection closed".
            answer.error = tr("the answer was cut off after %1 of %2 bytes")
                               .arg(received->bytes)
                               .arg(announced);
        } else if (reply->error() != QNetworkReply::NoError) {
            answer.error = reply->errorString();
        } else if (expectJson && !answer.contentType.isEmpty() &&
                   !answer.contentType.contains(QLatin1String("json"))) {
            answer.error =
                tr("the answer is %1, not JSON (starts with \"%2\")")
                    .arg(answer.contentType, QString::fromUtf8(answer.body.left(40)).simplified());
        }
        done(answer);
    };
    // Takes a turn's worth of what waits; the rest follows in later turns, then the answer.
    // The connections below hold it; it holds itself weakly, for the turns it queues.
    auto drain = std::make_shared<std::function<void()>>();
    *drain = [reply, received, takeAvailable, complete,
              self = std::weak_ptr<std::function<void()>>(drain)] {
        // An aborted reply is closed: reading it would only warn.
        if (reply->isOpen() && !takeAvailable()) {
            if (!std::exchange(received->turnQueued, true)) {
                QTimer::singleShot(0, reply, [received, self] {
                    received->turnQueued = false;
                    if (const auto next = self.lock()) {
                        (*next)();
                    }
                });
            }
            return;
        }
        if (std::exchange(received->finished, false)) {
            complete();
        }
    };
    connect(reply, &QIODevice::readyRead, reply, [drain] { (*drain)(); });
    connect(reply, &QNetworkReply::finished, this, [drain, received] {
        received->finished = true;
        (*drain)();
    });
    return reply;
}

void BackendClient::fetchVersion(
    std::function<void(const HttpAnswer &, const QString &version)> done)
{
    const BackendEndpoint endpoint = this->endpoint();
    const QString path = endpoint.kind == BackendEndpoint::Kind::Prometheus
                             ? QStringLiteral("api/v1/status/buildinfo")
                             : QStringLiteral("api/v2/status");
    get(path, [kind = endpoint.kind, done = std::move(done)](const HttpAnswer &answer) {
        if (!answer.ok()) {
            done(answer, {});
            return;
        }
        const ProbeResult status = BackendProbe::parseStatus(kind, answer.body);
        HttpAnswer checked = answer;
        checked.error = status.error;
        done(checked, status.version);
    });
}

} // namespace opsdeck
