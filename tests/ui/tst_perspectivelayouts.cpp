#include "common/appsettings.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/viewdock.h"
#include "testconsole.h"
#include "testhome.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QScrollBar>
#include <QTest>

using namespace opsdeck::ui;

// Every perspective's default layout on the screens people have: a 1366×768 laptop and a
// 1920×1080 monitor. No dock squeezed below what it needs, the window never grown past the
// screen by the docks' minimum sizes, and the tables show their default columns without
// scrolling sideways.
class PerspectiveLayoutsTest : public QObject {
    Q_OBJECT

private:
    TestConsole m_console;
    const QList<Feature *> m_features = m_console.features();
    const MainWindowContext m_context{m_console.workspacePath(),
                                      QStringLiteral("/tmp/logs/opsdeck.log")};

    // The docks a user sees: shown, and the current tab where docks share a place.
    static QList<ViewDock *> seenDocks(const MainWindow &window)
    {
        QList<ViewDock *> seen;
        for (ViewDock *dock : window.docks()) {
            if (dock->isVisible() && !dock->visibleRegion().isEmpty()) {
                seen.append(dock);
            }
        }
        return seen;
    }

private Q_SLOTS:
    void init() { opsdeck::openAppSettings()->clear(); }

    void everyPerspectiveFits_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("perspective");
        const MainWindow window(m_features, m_context);
        for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
            for (const Perspective &perspective : window.perspectives()->perspectives()) {
                const QString row = QStringLiteral("%1x%2 %3")
                                        .arg(screen.width())
                                        .arg(screen.height())
                                        .arg(perspective.id);
                QTest::newRow(qPrintable(row)) << screen << perspective.id;
            }
        }
    }

    void everyPerspectiveFits()
    {
        QFETCH(const QSize, screen);
        QFETCH(const QString, perspective);
        // The space a maximised window gets under a desktop's panel and title bar.
        const QSize available(screen.width(), screen.height() - 60);
        MainWindow window(m_features, m_context);
        window.resize(available);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.perspectives()->activate(perspective);
        QCOMPARE(window.perspectives()->currentId(), perspective);
        // The default sizes are applied once the layout has settled (a queued call).
        QTRY_VERIFY(!seenDocks(window).isEmpty());
        QCoreApplication::processEvents();

        QVERIFY2(window.minimumSizeHint().width() <= available.width() &&
                     window.minimumSizeHint().height() <= available.height(),
                 qPrintable(QStringLiteral("the docks need %1×%2")
                                .arg(window.minimumSizeHint().width())
                                .arg(window.minimumSizeHint().height())));
        QCOMPARE(window.size(), available);

        for (const ViewDock *dock : seenDocks(window)) {
            const QSize needed = dock->minimumSizeHint().expandedTo(dock->minimumSize());
            QVERIFY2(dock->width() >= needed.width() && dock->height() >= needed.height(),
                     qPrintable(QStringLiteral("%1 is %2×%3, needs %4×%5")
                                    .arg(dock->viewId())
                                    .arg(dock->width())
                                    .arg(dock->height())
                                    .arg(needed.width())
                                    .arg(needed.height())));
            const auto views = dock->findChildren<QAbstractItemView *>();
            for (const QAbstractItemView *view : views) {
                if (!view->isVisible() || view->objectName().isEmpty()) {
                    continue;
                }
                QTRY_VERIFY2(!view->horizontalScrollBar()->isVisible(),
                             qPrintable(QStringLiteral("%1 in %2 scrolls sideways (%3 px wide)")
                                            .arg(view->objectName(), dock->viewId())
                                            .arg(view->viewport()->width())));
            }
        }
    }
};

OPSDECK_TEST_MAIN_WITH(QApplication, PerspectiveLayoutsTest)
#include "tst_perspectivelayouts.moc"
