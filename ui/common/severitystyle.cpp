#include "common/severitystyle.h"

#include "common/appsettings.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSettings>

namespace opsdeck::ui {
namespace {

const QStringList &standardOrder()
{
    static const QStringList order{QStringLiteral("critical"), QStringLiteral("error"),
                                   QStringLiteral("warning"), QStringLiteral("info")};
    return order;
}

// Spellings seen in the wild, so that most setups need no mapping at all.
const QHash<QString, QString> &builtInSeverityAliases()
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("page"), QStringLiteral("critical")},
        {QStringLiteral("fatal"), QStringLiteral("critical")},
        {QStringLiteral("emergency"), QStringLiteral("critical")},
        {QStringLiteral("p1"), QStringLiteral("critical")},
        {QStringLiteral("high"), QStringLiteral("error")},
        {QStringLiteral("major"), QStringLiteral("error")},
        {QStringLiteral("p2"), QStringLiteral("error")},
        {QStringLiteral("warn"), QStringLiteral("warning")},
        {QStringLiteral("medium"), QStringLiteral("warning")},
        {QStringLiteral("minor"), QStringLiteral("warning")},
        {QStringLiteral("p3"), QStringLiteral("warning")},
        {QStringLiteral("low"), QStringLiteral("info")},
        {QStringLiteral("none"), QStringLiteral("info")},
        {QStringLiteral("p4"), QStringLiteral("info")},
    };
    return aliases;
}

} // namespace

const QStringList &SeverityStyle::standardSeverities()
{
    return standardOrder();
}

QString SeverityStyle::standardSeverity(const QString &value,
                                        const QHash<QString, QString> &mapping)
{
    // Sorting 50,000 rows by severity asks this a million times: the common case, a standard
    // value in lower case and no mapping of it, goes without allocating.
    if (standardOrder().contains(value) && !mapping.contains(value)) {
        return value;
    }
    QString lower = value.toLower();
    if (const auto mapped = mapping.constFind(lower); mapped != mapping.cend()) {
        return *mapped;
    }
    if (standardOrder().contains(lower)) {
        return lower;
    }
    return builtInSeverityAliases().value(lower);
}

int SeverityStyle::rank(const QString &standardSeverity)
{
    const qsizetype rank = standardOrder().indexOf(standardSeverity);
    return rank < 0 ? int(standardOrder().size()) : int(rank);
}

QHash<QString, QString> SeverityStyle::mappingFromSettings()
{
    QHash<QString, QString> mapping;
    const QString text = readSetting(settings::SeverityMapping);
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString value = pair.section(QLatin1Char('='), 0, 0).trimmed().toLower();
        const QString standard = pair.section(QLatin1Char('='), 1).trimmed().toLower();
        if (!value.isEmpty() && standardOrder().contains(standard)) {
            mapping.insert(value, standard);
        }
    }
    return mapping;
}

QColor SeverityStyle::color(const QString &standardSeverity)
{
    if (standardSeverity == QLatin1String("critical")) {
        return {0xd3, 0x2f, 0x2f};
    }
    if (standardSeverity == QLatin1String("error")) {
        return {0xe6, 0x5c, 0x00};
    }
    if (standardSeverity == QLatin1String("warning")) {
        return {0xe0, 0xa8, 0x00};
    }
    if (standardSeverity == QLatin1String("info")) {
        return {0x1e, 0x88, 0xe5};
    }
    return {0x8a, 0x8a, 0x8a};
}

QIcon SeverityStyle::dot(const QString &standardSeverity)
{
    static QHash<QString, QIcon> cache;
    const auto found = cache.constFind(standardSeverity);
    if (found != cache.cend()) {
        return *found;
    }
    QIcon icon;
    for (const int side : {16, 32}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color(standardSeverity));
        const double margin = side * 0.2;
        painter.drawEllipse(QRectF(margin, margin, side - 2 * margin, side - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(standardSeverity, icon);
    return icon;
}

} // namespace opsdeck::ui
