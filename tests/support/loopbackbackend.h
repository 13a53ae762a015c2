#pragma once

#include "model/backenddefinition.h"
#include "model/json.h"

#include <QUrl>

namespace opsdeck::test {

// A backend definition for a server the test started on loopback: a new id, no proxy (a
// desktop's proxy setting must not interfere), everything else as the defaults.
inline BackendDefinition loopbackBackend(BackendKind kind, const QUrl &url, const QString &name)
{
    BackendDefinition definition;
    definition.id = newId();
    definition.name = name;
    definition.kind = kind;
    definition.url = url.toString();
    definition.proxy = QStringLiteral("none");
    return definition;
}

} // namespace opsdeck::test
