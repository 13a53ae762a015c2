#pragma once

#include <QString>

namespace opsdeck {

// "45s", "12m", "1h 07m", "3d 04h": the one way the product writes how long something lasts,
// in the window and on the command line. Negative durations count as 0.
QString formatDuration(qint64 seconds);

} // namespace opsdeck
