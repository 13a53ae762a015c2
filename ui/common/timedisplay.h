#pragma once

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QString>

namespace opsdeck::ui {

// Whether times show in local time or UTC (incident commanders across time zones switch to
// UTC). One setting for every view; views follow changed().
class TimeDisplay : public QObject {
    Q_OBJECT
public:
    static TimeDisplay &instance();
    bool isUtc() const { return m_utc; }
    void setUtc(bool utc);

    enum class Precision { Minutes, Seconds, Milliseconds };
    // The one way views write a date and time: the locale's short order (12/4/2026 3:38 PM,
    // 04.12.2026 15:38) with a four-digit year, in local time or UTC as switched ("UTC"
    // appended then). Empty for an invalid time.
    static QString dateTime(const QDateTime &time, Precision precision = Precision::Minutes);
    // The same for a view that keeps its own UTC switch.
    static QString dateTime(const QDateTime &time, bool utc,
                            Precision precision = Precision::Minutes);
    // The format dateTime() uses, for the locale and precision (for editors and tests).
    static QString dateTimeFormat(Precision precision = Precision::Minutes);
    // Its date part alone (a chart's day, a due date), four-digit year.
    static QString date(const QDate &day);
    static QString dateFormat();
    // Its time part alone (a chart's ticks, "autosaved at"), in the locale's 12- or 24-hour
    // clock.
    static QString timeFormat(Precision precision = Precision::Minutes);
    // A time of day as switched (local or UTC, "UTC" appended then).
    static QString time(const QDateTime &time, Precision precision = Precision::Seconds);

Q_SIGNALS:
    void changed(bool utc);

private:
    TimeDisplay();
    static QString makeFormat(const QLocale &locale, Precision precision);
    static QString makeTimeFormat(const QLocale &locale, Precision precision);
    bool m_utc = false;
};

} // namespace opsdeck::ui
