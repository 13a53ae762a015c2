#include "model/importreport.h"

#include <QCoreApplication>

namespace opsdeck {

void ImportReport::kept(const QString &where, const QString &what)
{
    entries.append({where, Outcome::Kept, what});
}

void ImportReport::approximated(const QString &where, const QString &what)
{
    entries.append({where, Outcome::Approximated, what});
}

void ImportReport::dropped(const QString &where, const QString &what)
{
    entries.append({where, Outcome::Dropped, what});
}

qsizetype ImportReport::count(Outcome outcome) const
{
    return std::count_if(entries.cbegin(), entries.cend(),
                         [outcome](const Entry &entry) { return entry.outcome == outcome; });
}

QString ImportReport::text() const
{
    QString result =
        QCoreApplication::translate("ImportReport", "%1 kept, %2 approximated, %3 dropped\n")
            .arg(count(Outcome::Kept))
            .arg(count(Outcome::Approximated))
            .arg(count(Outcome::Dropped));
    for (const Entry &entry : entries) {
        result += QStringLiteral("%1  %2: %3\n")
                      .arg(outcomeNames().at(int(entry.outcome)), -12)
                      .arg(entry.where, entry.what);
    }
    return result;
}

QStringList ImportReport::outcomeNames()
{
    return {QStringLiteral("kept"), QStringLiteral("approximated"), QStringLiteral("dropped")};
}

} // namespace opsdeck
