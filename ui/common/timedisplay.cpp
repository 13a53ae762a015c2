#include "common/timedisplay.h"

#include "common/appsettings.h"

namespace opsdeck::ui {

TimeDisplay::TimeDisplay()
    : m_utc(readSetting(settings::DisplayUtc))
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
    writeSetting(settings::DisplayUtc, utc);
    Q_EMIT changed(utc);
}

} // namespace opsdeck::ui
