#include "shell/selftest.h"

#include "common/icons.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/viewdock.h"

#include <QFile>

namespace opsdeck::ui {

SelfTestResult runSelfTest(const QList<Feature *> &features, const MainWindowContext &context)
{
    SelfTestResult result;
    auto check = [&result](bool ok, const QString &what) {
        (ok ? result.passed : result.failures).append(what);
    };

    check(QFile::exists(Icons::path(QStringLiteral("opsdeck"))) && !Icons::application().isNull(),
          QStringLiteral("application icon loads"));

    MainWindow window(features, context);
    check(!window.docks().isEmpty(), QStringLiteral("the features create views"));
    for (const ViewDock *dock : window.docks()) {
        const QString id = dock->viewId();
        check(window.dock(id) == dock, QStringLiteral("main window holds the %1 dock").arg(id));
        check(!dock->windowTitle().isEmpty(), QStringLiteral("view %1 has a title").arg(id));
        check(!dock->windowIcon().isNull(), QStringLiteral("view %1 has an icon").arg(id));
    }
    PerspectiveManager *perspectives = window.perspectives();
    check(!perspectives->perspectives().isEmpty(),
          QStringLiteral("the features lead perspectives"));
    for (const Perspective &perspective : perspectives->perspectives()) {
        perspectives->activate(perspective.id);
        QStringList missing;
        for (const DockPlacement &placement : perspective.defaultLayout) {
            const ViewDock *dock = window.dock(placement.viewId);
            if (dock == nullptr || dock->isHidden()) {
                missing.append(placement.viewId);
            }
        }
        check(perspectives->currentId() == perspective.id && missing.isEmpty(),
              QStringLiteral("perspective %1 shows its docks%2")
                  .arg(perspective.id, missing.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" (hidden: %1)")
                                                 .arg(missing.join(QStringLiteral(", ")))));
    }
    const AboutDialog about(context.workspacePath, context.logFilePath);
    check(about.detailsText().contains(context.workspacePath),
          QStringLiteral("about dialog names the workspace"));
    return result;
}

} // namespace opsdeck::ui
