#include "incidents/timelineexport.h"

#include "common/markdown.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>

namespace opsdeck {
namespace {

// An RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled.
// Text a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe, so
// that opening an export never runs what someone typed into a note.
QString csvField(const QString &raw)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const QString text =
        !raw.isEmpty() && formulaStarts.contains(raw.front()) ? QLatin1Char('\'') + raw : raw;
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray markdown(const Incident &incident, const QList<TimelineEvent> &events)
{
    QString text =
        QStringLiteral("# %1: %2\n\n").arg(incident.key, markdownTableCell(incident.title));
    text += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
                .arg(QCoreApplication::translate("TimelineExport", "Time (UTC)"),
                     QCoreApplication::translate("TimelineExport", "Type"),
                     QCoreApplication::translate("TimelineExport", "Author"),
                     QCoreApplication::translate("TimelineExport", "Text"));
    QHash<QString, QString> corrections; // corrected event id -> the correcting text
    for (const TimelineEvent &event : events) {
        if (!event.correctsId.isEmpty()) {
            corrections.insert(event.correctsId, event.text);
        }
    }
    for (const TimelineEvent &event : events) {
        QString cell = markdownTableCell(event.text);
        if (corrections.contains(event.id)) {
            cell = QCoreApplication::translate("TimelineExport", "~~%1~~ (corrected: %2)")
                       .arg(cell, markdownTableCell(corrections.value(event.id)));
        }
        text += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                    .arg(toIsoUtc(event.time), TimelineEvent::typeName(event.type),
                         markdownTableCell(event.author), cell);
    }
    return text.toUtf8();
}

QByteArray csv(const QList<TimelineEvent> &events)
{
    // The header names columns for scripts: not translated.
    QString text = QStringLiteral("time,type,author,text\r\n");
    for (const TimelineEvent &event : events) {
        text += QStringList{toIsoUtc(event.time), TimelineEvent::typeName(event.type),
                            csvField(event.author), csvField(event.text)}
                    .join(QLatin1Char(','));
        text += QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray json(const QList<TimelineEvent> &events)
{
    Json array = Json::array();
    for (const TimelineEvent &event : events) {
        array.push_back(event.toJson());
    }
    return QByteArray::fromStdString(array.dump(2)) + '\n';
}

} // namespace

std::optional<TimelineExport::Format> TimelineExport::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown")) {
        return Format::Markdown;
    }
    if (lower == QLatin1String("csv")) {
        return Format::Csv;
    }
    if (lower == QLatin1String("json")) {
        return Format::JsonArray;
    }
    return std::nullopt;
}

QString TimelineExport::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::JsonArray:
        break;
    }
    return QStringLiteral("json");
}

QByteArray TimelineExport::render(Format format, const Incident &incident,
                                  const QList<TimelineEvent> &events)
{
    switch (format) {
    case Format::Markdown:
        return markdown(incident, events);
    case Format::Csv:
        return csv(events);
    case Format::JsonArray:
        break;
    }
    return json(events);
}

bool TimelineExport::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace opsdeck
