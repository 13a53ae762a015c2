#pragma once

#include <QObject>

namespace opsdeck::ui {

// Whether times show in local time or UTC (incident commanders across time zones switch to
// UTC). One setting for every view; views follow changed().
class TimeDisplay : public QObject {
    Q_OBJECT
public:
    static TimeDisplay &instance();
    bool isUtc() const { return m_utc; }
    void setUtc(bool utc);

Q_SIGNALS:
    void changed(bool utc);

private:
    TimeDisplay();
    bool m_utc = false;
};

} // namespace opsdeck::ui
