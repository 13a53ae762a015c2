#include "backends/backendprobe.h"

#include <nlohmann/json.hpp>

namespace opsdeck {
namespace {

// A status document is a few hundred bytes; anything far larger is not one.
constexpr qint64 kMaxStatusBytes = qint64{1024} * 1024;

} // namespace

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

} // namespace opsdeck
