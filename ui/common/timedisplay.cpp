#include "common/timedisplay.h"

#include "common/appsettings.h"

#include <QLocale>
#include <QRegularExpression>

namespace opsdeck::ui {

TimeDisplay::TimeDisplay()
    : m_utc(readSetting(settings::DisplayUtc))
{}

TimeDisplay &TimeDisplay::instance()
{
    static TimeDisplay display;
    return display;
}

QString TimeDisplay::dateTimeFormat(Precision precision)
{
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    // Two-digit years are ambiguous (12/4/26): always four.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    date.replace(shortYear, QStringLiteral("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (precision == Precision::Seconds && !time.contains(QLatin1String("ss"))) {
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    }
    return date + QLatin1Char(' ') + time;
}

QString TimeDisplay::dateTime(const QDateTime &time, Precision precision)
{
    return dateTime(time, instance().isUtc(), precision);
}

QString TimeDisplay::dateTime(const QDateTime &time, bool utc, Precision precision)
{
    if (!time.isValid()) {
        return {};
    }
    const QString text =
        QLocale().toString(utc ? time.toUTC() : time.toLocalTime(), dateTimeFormat(precision));
    return utc ? text + QStringLiteral(" UTC") : text;
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
