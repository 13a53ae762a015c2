#include "shell/selftest.h"

#include "shell/aboutdialog.h"
#include "shell/icons.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/viewdock.h"
#include "shell/viewregistry.h"

#include <QFile>

#include <memory>

namespace opsdeck::ui {

SelfTestResult runSelfTest(const ViewRegistry &views, const MainWindowContext &context)
{
    SelfTestResult result;
    auto check = [&result](bool ok, const QString &what) {
        (ok ? result.passed : result.failures).append(what);
    };

    check(QFile::exists(Icons::path(QStringLiteral("opsdeck"))) && !Icons::application().isNull(),
          QStringLiteral("application icon loads"));

    for (const ViewDescriptor &view : views.views()) {
        std::unique_ptr<ViewDock> dock(view.create ? view.create(context.views, nullptr) : nullptr);
        if (!dock) {
            check(false, QStringLiteral("view %1 constructs").arg(view.id));
            continue;
        }
        check(dock->viewId() == view.id,
              QStringLiteral("view %1 has the object name %2").arg(view.id, dock->viewId()));
        check(!dock->windowTitle().isEmpty(), QStringLiteral("view %1 has a title").arg(view.id));
        check(!dock->windowIcon().isNull(), QStringLiteral("view %1 has an icon").arg(view.id));
    }

    MainWindow window(views, context);
    for (const ViewDescriptor &view : views.views()) {
        check(window.dock(view.id) != nullptr,
              QStringLiteral("main window holds the %1 dock").arg(view.id));
    }
    PerspectiveManager *perspectives = window.perspectives();
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
