#pragma once

#include "commandline.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace opsdeck::app::cli {

// A headless command (`opsdeck info`, later `opsdeck alerts ...`). It runs under a
// QCoreApplication: no window, no display needed. `arguments` starts with the command's name.
struct Subcommand {
    QString name;
    const char *summary; // source text; translated when listed
    std::function<int(const QStringList &arguments, const GlobalOptions &options)> run;
    // Draws documents (HTML, PDF): runs under a QGuiApplication on the offscreen platform, still
    // without a display.
    bool paints = false;
};

class SubcommandRegistry {
public:
    static const SubcommandRegistry &standard();

    bool contains(const QString &name) const;
    bool paints(const QString &name) const;
    QStringList names() const;
    QList<QPair<QString, QString>> summaries() const; // name and translated summary
    int run(const GlobalOptions &options) const;

private:
    QList<Subcommand> m_commands;
};

} // namespace opsdeck::app::cli
