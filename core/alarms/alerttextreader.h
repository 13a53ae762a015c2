#pragma once

#include "alarms/alerttextpool.h"
#include "model/alert.h"

#include <QByteArrayView>

#include <optional>

namespace opsdeck {

// Reads one alert of an Alertmanager /api/v2/alerts answer straight from its JSON text into the
// model, without building a document for it: what AlertParser's full reading of the text gives,
// at a fraction of its time and allocations. Returns nothing for a text it is not sure of (JSON
// beyond JsonCursor's subset, a name given twice, a label that is not a string, no start time):
// the full reading then decides, and names what is wrong.
std::optional<Alert> readAlertmanagerAlert(QByteArrayView text, const QStringList &sources,
                                           AlertTextPool &pool);

} // namespace opsdeck
