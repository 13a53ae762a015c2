#include "common/timedisplay.h"

#include "common/appsettings.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>

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
    // Tables ask for every cell they paint: the format is worked out once a locale.
    const QLocale locale;
    static QString cachedLocale;
    static std::array<QString, 3> cached;
    if (cachedLocale != locale.name()) {
        cachedLocale = locale.name();
        for (const Precision each :
             {Precision::Minutes, Precision::Seconds, Precision::Milliseconds}) {
            cached.at(std::size_t(each)) = makeFormat(locale, each);
        }
    }
    return cached.at(std::size_t(precision));
}

namespace {

QString dateFormatOf(const QLocale &locale)
{
    QString date = locale.dateFormat(QLocale::ShortFormat);
    // Two-digit years are ambiguous (12/4/26): always four.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    date.replace(shortYear, QStringLiteral("yyyy"));
    return date;
}

} // namespace

QString TimeDisplay::date(const QDate &day)
{
    const QLocale locale;
    return locale.toString(day, dateFormatOf(locale));
}

QString TimeDisplay::dateFormat()
{
    return dateFormatOf(QLocale());
}

QString TimeDisplay::makeTimeFormat(const QLocale &locale, Precision precision)
{
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (precision != Precision::Minutes && !time.contains(QLatin1String("ss"))) {
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    }
    if (precision == Precision::Milliseconds) {
        time.replace(QLatin1String("ss"), QLatin1String("ss.zzz"));
    }
    return time;
}

QString TimeDisplay::timeFormat(Precision precision)
{
    return makeTimeFormat(QLocale(), precision);
}

QString TimeDisplay::makeFormat(const QLocale &locale, Precision precision)
{
    return dateFormatOf(locale) + QLatin1Char(' ') + makeTimeFormat(locale, precision);
}

QString TimeDisplay::time(const QDateTime &time, Precision precision)
{
    if (!time.isValid()) {
        return {};
    }
    const bool utc = instance().isUtc();
    const QString text =
        QLocale().toString(utc ? time.toUTC() : time.toLocalTime(), timeFormat(precision));
    return utc ? text + QStringLiteral(" UTC") : text;
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
