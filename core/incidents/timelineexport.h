#pragma once

#include "model/incident.h"
#include "model/timelineevent.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace opsdeck {

// An incident's timeline as a file: Markdown for a report (corrected events struck through
// with their correction), CSV for a spreadsheet, JSON for a script. Times are UTC.
class TimelineExport {
public:
    enum class Format { Markdown, Csv, JsonArray };

    static std::optional<Format> formatFromName(const QString &name); // md, csv, json
    static QString suffix(Format format);
    static QByteArray render(Format format, const Incident &incident,
                             const QList<TimelineEvent> &events);
    // Written whole or not at all: an interrupted export never leaves half a file.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace opsdeck
