#include "common/icons.h"

namespace opsdeck::ui {

QString Icons::path(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon Icons::load(const QString &name)
{
    return QIcon(path(name));
}

QIcon Icons::application()
{
    return load(QStringLiteral("opsdeck"));
}

QIcon Icons::health(BackendHealth::State state)
{
    switch (state) {
    case BackendHealth::State::Ok:
        return load(QStringLiteral("health-ok"));
    case BackendHealth::State::Degraded:
        return load(QStringLiteral("health-degraded"));
    case BackendHealth::State::Down:
        return load(QStringLiteral("health-down"));
    case BackendHealth::State::Unknown:
        break;
    }
    return load(QStringLiteral("health-unknown"));
}

} // namespace opsdeck::ui
