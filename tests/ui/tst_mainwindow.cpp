#include "common/appsettings.h"
#include "common/buildinfo.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/selftest.h"
#include "shell/shortcutsdialog.h"
#include "shell/viewdock.h"
#include "testconsole.h"
#include "testhome.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QSet>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace opsdeck::ui;

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    TestConsole m_console;
    const QList<Feature *> m_views = m_console.features();
    const MainWindowContext m_context{QStringLiteral("/tmp/team.opsdeck"),
                                      QStringLiteral("/tmp/logs/opsdeck.log")};

    // A feature whose perspective names a view it never creates.
    class BrokenFeature : public Feature {
    public:
        QList<ViewDock *> createViews(WindowHost &host) override
        {
            Q_UNUSED(host)
            return {};
        }
        QList<Perspective> perspectives() const override
        {
            return {{QStringLiteral("broken"),
                     QStringLiteral("perspective-review"),
                     "Broken",
                     "A perspective without its view",
                     {DockPlacement::inArea("broken", Qt::LeftDockWidgetArea)}}};
        }
    };

    std::unique_ptr<MainWindow> openWindow() const
    {
        auto window = std::make_unique<MainWindow>(m_views, m_context);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get())) {
            return nullptr;
        }
        return window;
    }

    static QSet<QString> visibleDocks(const MainWindow &window)
    {
        QSet<QString> ids;
        for (const ViewDock *dock : window.docks()) {
            if (!dock->isHidden()) {
                ids.insert(dock->viewId());
            }
        }
        return ids;
    }

    static QSet<QString> defaultDocksOf(const PerspectiveManager &manager, const QString &id)
    {
        QSet<QString> ids;
        for (const DockPlacement &placement : manager.perspective(id)->defaultLayout) {
            ids.insert(placement.viewId);
        }
        return ids;
    }

    static QMenu *menuNamed(const MainWindow &window, const QString &title)
    {
        for (QAction *action : window.menuBar()->actions()) {
            if (action->menu() != nullptr && action->text().remove(QLatin1Char('&')) == title) {
                return action->menu();
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void init() { opsdeck::openAppSettings()->clear(); }

    void registryIdsAreUniqueAndEveryViewIsADock()
    {
        QSet<QString> ids;
        const MainWindow window(m_views, m_context);
        for (const ViewDock *dock : window.docks()) {
            QVERIFY2(!ids.contains(dock->viewId()), qPrintable(dock->viewId()));
            ids.insert(dock->viewId());
        }
        QVERIFY(ids.size() >= 10);
        QCOMPARE(window.docks().size(), ids.size());
        for (const QString &id : ids) {
            QVERIFY2(window.dock(id) != nullptr, qPrintable(id));
            QCOMPARE(window.dock(id)->objectName(), id);
        }
    }

    void withoutBackendsTheBackendsDockSaysSo()
    {
        const MainWindow window(m_views, m_context);
        QVERIFY(window.dock(QStringLiteral("backends"))->isShowingEmptyState());
    }

    // The Review views still to come say what will be there and take the user to what can be
    // seen today (Dashboards' empty state offers Import: tst_dashboardview).
    void reviewEmptyStatesLeadToWhatExistsToday()
    {
        const auto window = openWindow();
        QVERIFY(window);
        PerspectiveManager *perspectives = window->perspectives();
        const QList<std::pair<QString, QString>> leads{
            {QStringLiteral("maturity"), QStringLiteral("incident")}};
        for (const auto &[viewId, perspectiveId] : leads) {
            perspectives->activate(QStringLiteral("review"));
            ViewDock *dock = window->dock(viewId);
            if (dock == nullptr) {
                QFAIL(qPrintable(viewId));
            }
            QVERIFY(dock->isShowingEmptyState());
            const QList<QToolButton *> buttons = dock->findChildren<QToolButton *>();
            const auto offered = std::find_if(buttons.cbegin(), buttons.cend(), [](auto *button) {
                return button->defaultAction() != nullptr && button->isVisibleTo(button->window());
            });
            QVERIFY2(offered != buttons.cend(), qPrintable(viewId));
            QTest::mouseClick(*offered, Qt::LeftButton);
            QCOMPARE(perspectives->currentId(), perspectiveId);
        }
    }

    void viewMenuListsEveryDock()
    {
        const MainWindow window(m_views, m_context);
        QMenu *view = menuNamed(window, QStringLiteral("View"));
        QVERIFY(view != nullptr);
        for (ViewDock *dock : window.docks()) {
            QVERIFY2(view->actions().contains(dock->toggleViewAction()),
                     qPrintable(dock->viewId()));
            QCOMPARE(dock->toggleViewAction()->text(), dock->windowTitle());
        }
        for (const char *menu : {"File", "Perspective", "Help"}) {
            QVERIFY2(menuNamed(window, QLatin1String(menu)) != nullptr, menu);
        }
    }

    void firstStartShowsOnCall()
    {
        const auto window = openWindow();
        QVERIFY(window);
        PerspectiveManager *perspectives = window->perspectives();
        QCOMPARE(perspectives->currentId(), QStringLiteral("oncall"));
        QCOMPARE(visibleDocks(*window), defaultDocksOf(*perspectives, QStringLiteral("oncall")));
    }

    void ctrlNumberSwitchesPerspective()
    {
        const auto window = openWindow();
        QVERIFY(window);
        PerspectiveManager *perspectives = window->perspectives();
        const QStringList order{QStringLiteral("oncall"), QStringLiteral("incident"),
                                QStringLiteral("postmortem"), QStringLiteral("review")};
        for (int index = int(order.size()) - 1; index >= 0; --index) {
            QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
            QCOMPARE(perspectives->currentId(), order.at(index));
            QCOMPARE(visibleDocks(*window), defaultDocksOf(*perspectives, order.at(index)));
            QVERIFY(perspectives->switchActions().at(index)->isChecked());
        }
    }

    void changesAreKeptWhenSwitchingAwayAndBack()
    {
        const auto window = openWindow();
        QVERIFY(window);
        PerspectiveManager *perspectives = window->perspectives();
        window->dock(QStringLiteral("backends"))->close();
        perspectives->activate(QStringLiteral("incident"));
        QVERIFY(!window->dock(QStringLiteral("incidents"))->isHidden());
        perspectives->activate(QStringLiteral("oncall"));
        QVERIFY(window->dock(QStringLiteral("backends"))->isHidden());
        QVERIFY(!window->dock(QStringLiteral("alarms"))->isHidden());
    }

    void savedLayoutOutlivesTheSessionAndResetRestoresTheDefault()
    {
        {
            const auto window = openWindow();
            QVERIFY(window);
            window->dock(QStringLiteral("silences"))->close();
            window->dock(QStringLiteral("runbooks"))->show();
            QVERIFY(!window->perspectives()->hasSavedLayout(QStringLiteral("oncall")));
            window->perspectives()->saveLayoutAction()->trigger();
            QVERIFY(window->perspectives()->hasSavedLayout(QStringLiteral("oncall")));
        }
        // A new session that starts in another perspective and switches to On-call gets the
        // saved layout, not the default.
        opsdeck::openAppSettings()->remove(QStringLiteral("mainwindow"));
        const auto window = openWindow();
        QVERIFY(window);
        PerspectiveManager *perspectives = window->perspectives();
        perspectives->activate(QStringLiteral("review"));
        perspectives->activate(QStringLiteral("oncall"));
        QVERIFY(window->dock(QStringLiteral("silences"))->isHidden());
        QVERIFY(!window->dock(QStringLiteral("runbooks"))->isHidden());

        perspectives->resetLayoutAction()->trigger();
        QVERIFY(!perspectives->hasSavedLayout(QStringLiteral("oncall")));
        QCOMPARE(visibleDocks(*window), defaultDocksOf(*perspectives, QStringLiteral("oncall")));
    }

    void layoutAndPerspectiveAreRestoredOnNextStart()
    {
        QByteArray geometry;
        {
            const auto window = openWindow();
            QVERIFY(window);
            window->perspectives()->activate(QStringLiteral("postmortem"));
            window->dock(QStringLiteral("maturity"))->show();
            window->resize(1200, 700);
            QVERIFY(window->close());
        }
        const auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->perspectives()->currentId(), QStringLiteral("postmortem"));
        QVERIFY(!window->dock(QStringLiteral("maturity"))->isHidden());
        QVERIFY(!window->dock(QStringLiteral("postmortems"))->isHidden());
        QVERIFY(window->dock(QStringLiteral("alarms"))->isHidden());
        QCOMPARE(window->size(), QSize(1200, 700));
    }

    void aCorruptStoredLayoutFallsBackToTheDefault()
    {
        const auto settings = opsdeck::openAppSettings();
        settings->setValue(QStringLiteral("mainwindow/perspective"), QStringLiteral("incident"));
        settings->setValue(QStringLiteral("mainwindow/state"), QByteArray("not a layout"));
        settings->setValue(QStringLiteral("perspectives/incident/layout"), QByteArray("\x01\x02"));
        settings->sync();
        const auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->perspectives()->currentId(), QStringLiteral("incident"));
        QCOMPARE(visibleDocks(*window),
                 defaultDocksOf(*window->perspectives(), QStringLiteral("incident")));
    }

    void aboutDialogNamesVersionAndPaths()
    {
        const AboutDialog about(m_context.workspacePath, m_context.logFilePath);
        const QString details = about.detailsText();
        QVERIFY2(details.contains(opsdeck::BuildInfo::version()), qPrintable(details));
        QVERIFY(details.contains(opsdeck::BuildInfo::qtRuntimeVersion()));
        QVERIFY(details.contains(m_context.workspacePath));
        QVERIFY(details.contains(m_context.logFilePath));
        QVERIFY(details.contains(opsdeck::openAppSettings()->fileName()));
    }

    void shortcutListShowsEveryShortcut()
    {
        const MainWindow window(m_views, m_context);
        const ShortcutsDialog dialog(&window);
        const QStringList entries = dialog.entries();
        for (const char *expected :
             {"On-call\tCtrl+1", "Incident Command\tCtrl+2", "Post-mortem\tCtrl+3",
              "Review\tCtrl+4", "Quit\tCtrl+Q", "Keyboard Shortcuts\tF1", "Full Screen\t"}) {
            const bool listed =
                std::any_of(entries.begin(), entries.end(), [expected](const QString &entry) {
                    return entry.startsWith(QLatin1String(expected));
                });
            QVERIFY2(listed, qPrintable(QLatin1String(expected) + QStringLiteral(" not in ") +
                                        entries.join(QStringLiteral(" | "))));
        }
    }

    void noTwoActionsShareAShortcutWhereBothApply()
    {
        const MainWindow window(m_views, m_context);
        const QStringList clashes = ShortcutsDialog::clashes(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        // The same keys in two views are listed with the view each applies in.
        const QStringList entries = ShortcutsDialog(&window).entries();
        QVERIFY2(entries.contains(QStringLiteral("Go to the filter\tCtrl+F\tAlarms")),
                 qPrintable(entries.join(QStringLiteral(" | "))));
        QVERIFY2(entries.contains(QStringLiteral("Quit\tCtrl+Q\tEverywhere")),
                 qPrintable(entries.join(QStringLiteral(" | "))));
    }

    void selfTestPasses()
    {
        const SelfTestResult result = runSelfTest(m_views, m_context);
        QVERIFY2(result.ok(), qPrintable(result.failures.join(QLatin1Char('\n'))));
        QVERIFY(result.passed.size() > 10);
    }

    void selfTestReportsAViewThatDoesNotConstruct()
    {
        BrokenFeature brokenFeature;
        QList<Feature *> broken = m_views;
        broken.append(&brokenFeature);
        const SelfTestResult result = runSelfTest(broken, m_context);
        QVERIFY(!result.ok());
        QVERIFY2(result.failures.join(QLatin1Char('\n')).contains(QStringLiteral("broken")),
                 qPrintable(result.failures.join(QLatin1Char('\n'))));
    }
};

OPSDECK_TEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
