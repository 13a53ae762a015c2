#pragma once

#include "model/backenddefinition.h"
#include "model/backendendpoint.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace opsdeck {

// One finished HTTP exchange with a backend. `error` is empty when a 2xx answer arrived whole
// (and, when JSON was expected, was labelled as JSON); otherwise it is the exact reason.
struct HttpAnswer {
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QString contentType;
    QString error;
    qint64 latencyMs = -1; // request sent until the last byte
    QDateTime finishedAt;  // UTC
    bool ok() const { return error.isEmpty(); }
};

// A configured backend: its definition plus the secret read from the keychain.
// Builds the requests (authentication, TLS, proxy) and enforces the limits every exchange
// has: a deadline for the whole answer and a size cap.
class BackendClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpAnswer &)>;
    using BodySink = std::function<void(const QByteArray &piece)>;

    BackendClient(BackendDefinition definition, QString secret, QObject *parent = nullptr);

    const BackendDefinition &definition() const { return m_definition; }
    BackendEndpoint endpoint() const;

    // Answers larger than this are aborted. 256 MiB by default: 50,000 alerts are ~45 MB.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

    // `path` is relative to the backend's URL ("api/v2/alerts"). Callbacks run on this object's
    // thread and never after it is destroyed. The reply returned may be aborted; `done` then
    // still runs, with Qt's "Operation canceled" as the error.
    QPointer<QNetworkReply> get(const QString &path, Callback done);
    // A POST of `form` (application/x-www-form-urlencoded, as Prometheus's query endpoints take
    // a query too long for a URL).
    QPointer<QNetworkReply> postForm(const QString &path, const QByteArray &form, Callback done);
    // Like get, but a 2xx JSON answer's body goes to `sink` piece by piece as it arrives, so
    // that it can be read while the rest is on its way and is never held whole. The answer
    // given to `done` then holds only the body's first bytes (for messages); an answer that is
    // not 2xx JSON is not streamed and arrives whole as with get.
    void getStreamed(const QString &path, BodySink sink, Callback done);
    void send(const QByteArray &method, const QString &path, const QByteArray &jsonBody,
              Callback done);

    // Asks for the server's version (/api/v1/status/buildinfo or /api/v2/status).
    void fetchVersion(std::function<void(const HttpAnswer &, const QString &version)> done);

    // What is wrong with the TLS files of the definition (unreadable CA file, key that does not
    // load ...); empty if nothing. Requests fail with this message until it is fixed.
    QString configurationError() const { return m_configurationError; }

private:
    QPointer<QNetworkReply> start(const QByteArray &method, const QString &path,
                                  const QByteArray &body, bool expectJson, BodySink sink,
                                  Callback done, const QByteArray &contentType = {});
    QNetworkRequest request(const QString &path) const;
    void loadTls();

    BackendDefinition m_definition;
    QString m_secret;
    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
    // Only for an https backend: even an empty configuration loads the TLS library and the
    // system's authorities, tens of milliseconds of a command line's start.
    std::optional<QSslConfiguration> m_tls;
    QString m_configurationError;
    qint64 m_maxAnswerBytes = qint64{256} * 1024 * 1024;
};

} // namespace opsdeck
