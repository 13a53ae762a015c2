#include "dashboards/timerange.h"

#include "common/duration.h"

#include <QDateTime>
#include <QRegularExpression>

namespace opsdeck {

std::optional<qint64> parseDashboardTime(const QString &text, qint64 nowMs)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression relative(
        QStringLiteral(R"(^now(?:([+-])([0-9a-z]+))?(?:/([smhdwy]))?$)"));
    if (const QRegularExpressionMatch match = relative.match(trimmed); match.hasMatch()) {
        qint64 at = nowMs;
        if (match.capturedLength(1) > 0) {
            const std::optional<qint64> offset = parsePrometheusDurationMs(match.captured(2));
            if (!offset) {
                return std::nullopt;
            }
            at += match.captured(1) == QLatin1String("-") ? -*offset : *offset;
        }
        if (match.capturedLength(3) > 0) {
            const std::optional<qint64> unit =
                parsePrometheusDurationMs(QStringLiteral("1") + match.captured(3));
            if (!unit) {
                return std::nullopt;
            }
            at -= ((at % *unit) + *unit) % *unit;
        }
        return at;
    }
    bool number = false;
    const qint64 ms = trimmed.toLongLong(&number);
    if (number) {
        return ms;
    }
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (time.isValid() &&
        (trimmed.endsWith(QLatin1Char('Z')) || trimmed.contains(QLatin1Char('+')) ||
         trimmed.lastIndexOf(QLatin1Char('-')) > 10)) {
        return time.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace opsdeck
