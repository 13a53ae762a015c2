#include "common/duration.h"

#include <algorithm>
#include <array>
#include <limits>

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

namespace {

struct DurationUnit {
    QLatin1StringView name;
    qint64 ms;
};

// Longest first: the order a duration names them in (and "ms" before "m" when reading).
constexpr std::array<DurationUnit, 7> kUnits{{{QLatin1StringView("y"), 365LL * 86'400'000},
                                              {QLatin1StringView("w"), 7LL * 86'400'000},
                                              {QLatin1StringView("d"), 86'400'000},
                                              {QLatin1StringView("h"), 3'600'000},
                                              {QLatin1StringView("m"), 60'000},
                                              {QLatin1StringView("s"), 1'000},
                                              {QLatin1StringView("ms"), 1}}};

} // namespace

std::optional<qint64> parsePrometheusDurationMs(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool bare = false;
    const qint64 seconds = text.toLongLong(&bare);
    if (bare) {
        if (seconds < 0 || seconds > std::numeric_limits<qint64>::max() / 1000) {
            return std::nullopt;
        }
        return seconds * 1000;
    }
    qint64 total = 0;
    std::size_t nextUnit = 0; // units come longest first, each once
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype digitsFrom = at;
        while (at < text.size() && text.at(at).isDigit()) {
            ++at;
        }
        if (at == digitsFrom || at == text.size()) {
            return std::nullopt;
        }
        bool ok = false;
        const qint64 count = text.mid(digitsFrom, at - digitsFrom).toLongLong(&ok);
        if (!ok) {
            return std::nullopt;
        }
        // "ms" is read before "m".
        const bool millis = text.mid(at).startsWith(QLatin1StringView("ms"));
        const QStringView unitText = text.mid(at, millis ? 2 : 1);
        std::size_t unit = nextUnit;
        while (unit < kUnits.size() && kUnits.at(unit).name != unitText) {
            ++unit;
        }
        if (unit == kUnits.size()) {
            return std::nullopt;
        }
        const qint64 unitMs = kUnits.at(unit).ms;
        if (count > (std::numeric_limits<qint64>::max() - total) / unitMs) {
            return std::nullopt;
        }
        total += count * unitMs;
        nextUnit = unit + 1;
        at += unitText.size();
    }
    return total;
}

QString formatPrometheusDuration(qint64 ms)
{
    if (ms <= 0) {
        return QStringLiteral("0s");
    }
    QString text;
    for (const DurationUnit &unit : kUnits) {
        if (ms >= unit.ms) {
            text += QString::number(ms / unit.ms) + unit.name;
            ms %= unit.ms;
        }
    }
    return text;
}

} // namespace opsdeck
