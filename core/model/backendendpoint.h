#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace opsdeck {

// The kinds of monitoring backend Opsdeck talks to.
enum class BackendKind { Prometheus, Alertmanager };

// How a kind is written in stored documents and on the command line: "prometheus",
// "alertmanager" (the one conversion to and from text).
QString backendKindId(BackendKind kind);
std::optional<BackendKind> backendKindFromId(const QString &id);
QStringList backendKindIds();

// Where one monitoring backend answers.
struct BackendEndpoint {
    using Kind = BackendKind;

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
