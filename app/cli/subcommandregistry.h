#pragma once

#include "commandline.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace opsdeck::app::cli {

// A headless command (`opsdeck info`, `opsdeck alerts ...`). It runs under a QCoreApplication:
// no window, no display needed. `arguments` starts with the command's name.
struct Subcommand {
    using Run = std::function<int(const QStringList &arguments, const GlobalOptions &options)>;
    QString name;
    const char *summary; // source text; translated when listed
    Run run;             // empty for a command that paints: the console executable provides it
    // Draws documents (HTML, PDF): runs in the console executable, which links the ui layer,
    // under a QGuiApplication on the offscreen platform, still without a display.
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

    // The same commands with `name` run by `run`: how the console executable adds the commands
    // that paint, which `opsdeck` lists but hands over to it.
    SubcommandRegistry providing(const QString &name, const Subcommand::Run &run) const;

private:
    QList<Subcommand> m_commands;
};

} // namespace opsdeck::app::cli
