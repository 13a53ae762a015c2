#pragma once

#include "model/json.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace opsdeck {

// A JSON file or answer read into a document; when it is not JSON, `error` says where, as
// "line 3, column 14: syntax error while parsing object key - …", for a person to find it.
std::optional<Json> parseJsonText(QByteArrayView text, QString *error);

// Where byte `offset` (0-based) of `text` is, as "line L, column C" (both from 1).
QString textPosition(QByteArrayView text, qsizetype offset);

} // namespace opsdeck
