#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace opsdeck {

// Where one monitoring backend answers.
struct BackendEndpoint {
    enum class Kind { Prometheus, Alertmanager };

    Kind kind = Kind::Prometheus;
    QString name; // shown to the user, e.g. "prometheus" or "alertmanager-2"
    QUrl url;     // base URL, e.g. http://127.0.0.1:9090/ (always ends with '/')

    static QString kindName(Kind kind); // "Prometheus", "Alertmanager"

    // Accepts http(s) URLs with a host; the path is kept as a prefix (for servers behind a
    // reverse proxy). Returns an invalid url and sets `error` otherwise.
    static QUrl parseUrl(const QString &text, QString *error);

    // The URL of the server's version endpoint: /api/v1/status/buildinfo or /api/v2/status.
    QUrl statusUrl() const;
};

} // namespace opsdeck
