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

    enum class Precision { Minutes, Seconds };
    // The one way views write a date and time: the locale's short order (12/4/2026 3:38 PM,
    // 04.12.2026 15:38) with a four-digit year, in local time or UTC as switched ("UTC"
    // appended then). Empty for an invalid time.
    static QString dateTime(const QDateTime &time, Precision precision = Precision::Minutes);
    // The same for a view that keeps its own UTC switch.
    static QString dateTime(const QDateTime &time, bool utc,
                            Precision precision = Precision::Minutes);
    // The format dateTime() uses, for the locale and precision (for editors and tests).
    static QString dateTimeFormat(Precision precision = Precision::Minutes);
    // Its date part alone (a chart's day), four-digit year.
    static QString date(const QDate &day);

Q_SIGNALS:
    void changed(bool utc);

private:
    TimeDisplay();
    static QString makeFormat(const QLocale &locale, Precision precision);
    bool m_utc = false;
};

} // namespace opsdeck::ui
