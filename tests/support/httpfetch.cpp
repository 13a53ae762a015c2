#include "httpfetch.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

namespace opsdeck::test {
namespace {

HttpResult waitFor(QNetworkReply *reply, int timeoutMs)
{
    std::unique_ptr<QNetworkReply> owned(reply);
    HttpResult result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs)) {
        reply->abort();
        result.error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError) {
        result.error = reply->errorString();
    }
    return result;
}

// Owned by the application object, so it is gone before Qt shuts down.
QNetworkAccessManager &manager()
{
    static auto *instance = new QNetworkAccessManager(QCoreApplication::instance());
    return *instance;
}

} // namespace

HttpResult httpGet(const QUrl &url, int timeoutMs)
{
    return waitFor(manager().get(QNetworkRequest(url)), timeoutMs);
}

HttpResult httpPostJson(const QUrl &url, const QByteArray &json, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return waitFor(manager().post(request, json), timeoutMs);
}

} // namespace opsdeck::test
