#pragma once

#include <QStringList>

namespace opsdeck::ui {

class ViewRegistry;
struct MainWindowContext;

struct SelfTestResult {
    QStringList passed;   // one line per check that passed
    QStringList failures; // one line per check that failed, saying what
    bool ok() const { return failures.isEmpty(); }
};

// Builds the whole main window (offscreen when run with --self-test), checks that every
// registered view constructs and that every perspective lays out its docks.
SelfTestResult runSelfTest(const ViewRegistry &views, const MainWindowContext &context);

} // namespace opsdeck::ui
