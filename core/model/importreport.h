#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// What an import of a file from another tool made of it, part by part: what was kept as it
// was, what was approximated and what was dropped, each with why. Nothing is dropped silently.
struct ImportReport {
    enum class Outcome { Kept, Approximated, Dropped };

    struct Entry {
        QString where; // `panel "CPU" (4)`, `variable $instance`, `dashboard`
        Outcome outcome = Outcome::Kept;
        QString what;
        bool operator==(const Entry &) const = default;
    };

    QList<Entry> entries;

    void kept(const QString &where, const QString &what);
    void approximated(const QString &where, const QString &what);
    void dropped(const QString &where, const QString &what);

    qsizetype count(Outcome outcome) const;
    // One line per entry, "approximated  panel "CPU" (4): …", and a summary line first.
    QString text() const;

    static QStringList outcomeNames(); // kept, approximated, dropped
};

} // namespace opsdeck
