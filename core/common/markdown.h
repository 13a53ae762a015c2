#pragma once

#include <QString>

namespace opsdeck {

// Text for one cell of a Markdown table: backslashes and pipes escaped, line breaks kept as
// <br> so that a row stays a row.
QString markdownTableCell(const QString &text);

} // namespace opsdeck
