#include "model/jsontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck {
namespace {

// nlohmann's text starts with "[json.exception.parse_error.101] parse error at line 1, …: ".
QString reasonOf(const Json::exception &problem)
{
    QString reason = QString::fromUtf8(problem.what());
    reason = reason.mid(reason.indexOf(QLatin1Char(']')) + 1).trimmed();
    const qsizetype colon = reason.indexOf(QLatin1String(": "));
    return colon < 0 ? reason : reason.mid(colon + 2);
}

} // namespace

QString textPosition(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before = text.first(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Columns count characters, not bytes: UTF-8 continuation bytes are not counted.
    qsizetype column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        column += (uchar(text.at(i)) & 0xC0U) == 0x80U ? 0 : 1;
    }
    return QCoreApplication::translate("JsonText", "line %1, column %2").arg(line).arg(column);
}

std::optional<Json> parseJsonText(QByteArrayView text, QString *error)
{
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error &problem) {
        // nlohmann counts bytes from 1, and the end of the input as one more.
        *error = QStringLiteral("%1: %2").arg(textPosition(text, qsizetype(problem.byte) - 1),
                                              reasonOf(problem));
    } catch (const Json::exception &problem) {
        // A number beyond a double ("1e309") is out_of_range, with no place.
        *error = QCoreApplication::translate("JsonText", "not JSON: %1").arg(reasonOf(problem));
    }
    return std::nullopt;
}

} // namespace opsdeck
