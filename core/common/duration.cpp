#include "common/duration.h"

#include <algorithm>

namespace opsdeck {

QString formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60) {
        return QStringLiteral("%1s").arg(seconds);
    }
    if (seconds < 3600) {
        return QStringLiteral("%1m").arg(seconds / 60);
    }
    if (seconds < 86400) {
        return QStringLiteral("%1h %2m")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1d %2h")
        .arg(seconds / 86400)
        .arg((seconds % 86400) / 3600, 2, 10, QLatin1Char('0'));
}

} // namespace opsdeck
