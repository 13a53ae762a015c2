#include "model/backendendpoint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdeck {

QString backendKindId(BackendKind kind)
{
    return kind == BackendKind::Prometheus ? QStringLiteral("prometheus")
                                           : QStringLiteral("alertmanager");
}

QStringList backendKindIds()
{
    return {backendKindId(BackendKind::Prometheus), backendKindId(BackendKind::Alertmanager)};
}

std::optional<BackendKind> backendKindFromId(const QString &id)
{
    for (const BackendKind kind : {BackendKind::Prometheus, BackendKind::Alertmanager}) {
        if (backendKindId(kind) == id) {
            return kind;
        }
    }
    return std::nullopt;
}

QString BackendEndpoint::kindName(Kind kind)
{
    return kind == Kind::Prometheus ? QStringLiteral("Prometheus") : QStringLiteral("Alertmanager");
}

namespace {

// "https://user:secret@host/" -> "https://***@host/": a typed password never reaches a message.
QString withoutCredentials(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("(://)[^/@]*@"));
    return QString(text).replace(userInfo, QStringLiteral("\\1***@"));
}

} // namespace

QUrl BackendEndpoint::parseUrl(const QString &text, QString *error)
{
    QUrl url = QUrl::fromUserInput(text.trimmed());
    const QString scheme = url.scheme();
    if (text.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        !text.contains(QLatin1String("://"))) {
        *error = QCoreApplication::translate("BackendEndpoint",
                                             "'%1' is not an http:// or https:// URL with a host")
                     .arg(withoutCredentials(text));
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        // Credentials belong in the keychain, never in a URL that ends up in logs and settings.
        *error = QCoreApplication::translate("BackendEndpoint",
                                             "'%1' carries credentials; remove the user name and "
                                             "password from the URL")
                     .arg(withoutCredentials(text));
        return {};
    }
    if (!url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl BackendEndpoint::statusUrl() const
{
    return url.resolved(QUrl(kind == Kind::Prometheus ? QStringLiteral("api/v1/status/buildinfo")
                                                      : QStringLiteral("api/v2/status")));
}

} // namespace opsdeck
