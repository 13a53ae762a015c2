#include "shell/timedisplay.h"

#include "common/appsettings.h"

namespace opsdeck::ui {
namespace {
const QString UtcKey = QStringLiteral("display/utc");
} // namespace

TimeDisplay::TimeDisplay()
    : m_utc(openAppSettings()->value(UtcKey, false).toBool())
{}

TimeDisplay &TimeDisplay::instance()
{
    static TimeDisplay display;
    return display;
}

void TimeDisplay::setUtc(bool utc)
{
    if (utc == m_utc) {
        return;
    }
    m_utc = utc;
    openAppSettings()->setValue(UtcKey, utc);
    Q_EMIT changed(utc);
}

} // namespace opsdeck::ui
