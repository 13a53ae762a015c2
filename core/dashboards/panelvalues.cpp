#include "dashboards/panelvalues.h"

#include "metrics/metricsnapshot.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace opsdeck::panelvalues {
namespace {

struct Scale {
    double factor;
    QLatin1StringView suffix;
};

// Digits after the point: fewer as the number grows, so that about three significant show.
int usefulDecimals(double value)
{
    const double magnitude = std::abs(value);
    if (magnitude == 0 || magnitude >= 100) {
        return 0;
    }
    if (magnitude >= 10) {
        return 1;
    }
    if (magnitude >= 1) {
        return 2;
    }
    return std::min(6, 2 - int(std::floor(std::log10(magnitude))));
}

QString number(double value, std::optional<int> decimals)
{
    const int digits = decimals ? std::clamp(*decimals, 0, 20) : usefulDecimals(value);
    QString text = QString::number(value, 'f', digits);
    if (!decimals && text.contains(QLatin1Char('.'))) {
        // "2.50" reads as "2.5"; fixed decimals keep their zeros.
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(QLatin1Char('.'))) {
            text.chop(1);
        }
    }
    return text;
}

// The largest scale the value reaches, then the number in it.
template <std::size_t N>
QString scaled(double value, const std::array<Scale, N> &scales, std::optional<int> decimals,
               const QString &unitAfter = {})
{
    const Scale *chosen = &scales.front();
    for (const Scale &scale : scales) {
        if (std::abs(value) >= scale.factor) {
            chosen = &scale;
        }
    }
    return number(value / chosen->factor, decimals) + chosen->suffix + unitAfter;
}

constexpr std::array<Scale, 7> kIec{
    {{1, QLatin1StringView(" B")},
     {1024.0, QLatin1StringView(" KiB")},
     {1024.0 * 1024, QLatin1StringView(" MiB")},
     {1024.0 * 1024 * 1024, QLatin1StringView(" GiB")},
     {1024.0 * 1024 * 1024 * 1024, QLatin1StringView(" TiB")},
     {1024.0 * 1024 * 1024 * 1024 * 1024, QLatin1StringView(" PiB")},
     {1024.0 * 1024 * 1024 * 1024 * 1024 * 1024, QLatin1StringView(" EiB")}}};
constexpr std::array<Scale, 7> kSi{{{1, QLatin1StringView(" ")},
                                    {1e3, QLatin1StringView(" k")},
                                    {1e6, QLatin1StringView(" M")},
                                    {1e9, QLatin1StringView(" G")},
                                    {1e12, QLatin1StringView(" T")},
                                    {1e15, QLatin1StringView(" P")},
                                    {1e18, QLatin1StringView(" E")}}};
constexpr std::array<Scale, 6> kShort{{{1, QLatin1StringView("")},
                                       {1e3, QLatin1StringView(" K")},
                                       {1e6, QLatin1StringView(" Mil")},
                                       {1e9, QLatin1StringView(" Bil")},
                                       {1e12, QLatin1StringView(" Tri")},
                                       {1e15, QLatin1StringView(" Quadr")}}};
constexpr std::array<Scale, 9> kSeconds{{{1e-9, QLatin1StringView(" ns")},
                                         {1e-6, QLatin1StringView(" µs")},
                                         {1e-3, QLatin1StringView(" ms")},
                                         {1, QLatin1StringView(" s")},
                                         {60, QLatin1StringView(" min")},
                                         {3600, QLatin1StringView(" hour")},
                                         {86400, QLatin1StringView(" day")},
                                         {7 * 86400, QLatin1StringView(" week")},
                                         {365 * 86400, QLatin1StringView(" year")}}};

} // namespace

QString seriesName(const QString &legendFormat, const QMap<QString, QString> &labels)
{
    if (legendFormat.trimmed().isEmpty() || legendFormat == QLatin1String("__auto")) {
        return MetricSnapshot::seriesNameOf(labels);
    }
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*([^{}\s]+)\s*\}\})"));
    QString name;
    qsizetype at = 0;
    for (auto match = placeholder.globalMatch(legendFormat); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        name += legendFormat.mid(at, found.capturedStart() - at);
        name += labels.value(found.captured(1));
        at = found.capturedEnd();
    }
    return name + legendFormat.mid(at);
}

QString format(std::optional<double> value, const QString &unit, std::optional<int> decimals)
{
    if (!value) {
        return QCoreApplication::translate("PanelValues", "No data");
    }
    const double v = *value;
    if (std::isnan(v)) {
        return QStringLiteral("NaN");
    }
    if (std::isinf(v)) {
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    }
    if (unit == QLatin1String("bytes")) {
        return scaled(v, kIec, decimals);
    }
    if (unit == QLatin1String("decbytes")) {
        return scaled(v, kSi, decimals) + QLatin1Char('B');
    }
    if (unit == QLatin1String("bits")) {
        return scaled(v, kSi, decimals) + QLatin1Char('b');
    }
    if (unit == QLatin1String("bps")) {
        return scaled(v, kSi, decimals) + QStringLiteral("b/s");
    }
    if (unit == QLatin1String("Bps") || unit == QLatin1String("binBps")) {
        return scaled(v, kIec, decimals) + QStringLiteral("/s");
    }
    if (unit == QLatin1String("s")) {
        return v == 0 ? QStringLiteral("0 s") : scaled(v, kSeconds, decimals);
    }
    if (unit == QLatin1String("ms")) {
        return v == 0 ? QStringLiteral("0 ms") : scaled(v / 1000.0, kSeconds, decimals);
    }
    if (unit == QLatin1String("percent")) {
        return number(v, decimals) + QLatin1Char('%');
    }
    if (unit == QLatin1String("percentunit")) {
        return number(v * 100.0, decimals) + QLatin1Char('%');
    }
    if (unit == QLatin1String("ops") || unit == QLatin1String("reqps") ||
        unit == QLatin1String("rps")) {
        const QString per =
            unit == QLatin1String("ops") ? QStringLiteral("ops/s") : QStringLiteral("req/s");
        return scaled(v, kSi, decimals) + per;
    }
    if (unit.isEmpty() || unit == QLatin1String("short")) {
        return scaled(v, kShort, decimals);
    }
    if (unit == QLatin1String("none")) {
        return number(v, decimals);
    }
    return number(v, decimals) + QLatin1Char(' ') + unit;
}

} // namespace opsdeck::panelvalues
