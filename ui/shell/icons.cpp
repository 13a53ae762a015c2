#include "shell/icons.h"

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

} // namespace opsdeck::ui
