#pragma once

#include <QStringList>

namespace opsdeck::ui {

class Feature;
struct MainWindowContext;

struct SelfTestResult {
    QStringList passed;   // one line per check that passed
    QStringList failures; // one line per check that failed, saying what
    bool ok() const { return failures.isEmpty(); }
};

// Builds the whole main window from the features (offscreen when run with --self-test, against
// a temporary workspace), checks that every view has its title and icon and that every
// perspective lays out its docks.
SelfTestResult runSelfTest(const QList<Feature *> &features, const MainWindowContext &context);

} // namespace opsdeck::ui
