#pragma once

#include <QByteArray>
#include <QUrl>

namespace opsdeck::test {

struct HttpResult {
    int status = 0; // 0: no HTTP answer (refused, timed out)
    QByteArray body;
    QString error;
};

// A plain GET or POST for test set-up and checks, waiting with the test's event loop.
HttpResult httpGet(const QUrl &url, int timeoutMs = 5000);
HttpResult httpPostJson(const QUrl &url, const QByteArray &json, int timeoutMs = 5000);

} // namespace opsdeck::test
