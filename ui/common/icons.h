#pragma once

#include "backends/backendhealth.h"

#include <QIcon>
#include <QString>

namespace opsdeck::ui {

// The project's own SVG icons, compiled into the binary under :/icons.
struct Icons {
    static QString path(const QString &name); // ":/icons/<name>.svg"
    static QIcon load(const QString &name);
    static QIcon application();
    static QIcon health(BackendHealth::State state);
};

} // namespace opsdeck::ui
