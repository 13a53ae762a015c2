#include "common/appsettings.h"
#include "incidents/incidentservice.h"
#include "shell/mainwindow.h"
#include "shell/perspectivemanager.h"
#include "shell/viewdock.h"
#include "testconsole.h"
#include "testhome.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::ui;

// Every perspective's default layout on the screens people have: a 1366×768 laptop and a
// 1920×1080 monitor. No dock squeezed below what it needs, the window never grown past the
// screen by the docks' minimum sizes, and the tables show their default columns without
// scrolling sideways. Each with no incident and with one open, as a commander sees it.
class PerspectiveLayoutsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestConsole> m_console;

    MainWindowContext context() const
    {
        return {m_console->workspacePath(), QStringLiteral("/tmp/logs/opsdeck.log")};
    }

    QTemporaryDir m_runbooks;

    // An incident for a firing alert with a long title, open as the console reopens it, and
    // the team's runbook for that alert: eight steps.
    void openIncident()
    {
        QFile runbook(m_runbooks.filePath(QStringLiteral("checkout.md")));
        QVERIFY(runbook.open(QIODevice::WriteOnly));
        QByteArray text =
            "---\ntitle: Checkout errors\nalerts: alertname=\"CheckoutErrors\"\n---\n";
        for (int step = 1; step <= 8; ++step) {
            text += "- [ ] Step " + QByteArray::number(step) + " of the checkout runbook\n";
        }
        runbook.write(text);
        runbook.close();
        writeSetting(settings::RunbooksFolder, m_runbooks.path());

        Alert alert;
        alert.fingerprint = QStringLiteral("4a1b2c3d4e5f6071");
        alert.labels = {{QStringLiteral("alertname"), QStringLiteral("CheckoutErrors")},
                        {QStringLiteral("severity"), QStringLiteral("critical")}};
        alert.startsAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        Incident incident;
        incident.title = QStringLiteral("Checkout errors above 5 % for card payments in eu-west");
        incident.severity = Incident::Severity::Sev2;
        incident.commander = QStringLiteral("alex.morgan");
        QString error;
        QVERIFY2(IncidentService(m_console->store())
                     .declare(incident, {alert}, QStringLiteral("alex.morgan"), &error),
                 qPrintable(error));
        writeSetting(settings::OpenIncident, incident.id);
    }

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

    // The rows of `view` shown whole, top to bottom.
    static int wholeRowsShown(const QAbstractItemView &view)
    {
        int rows = 0;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            if (view.viewport()->rect().contains(view.visualRect(view.model()->index(row, 0)))) {
                ++rows;
            }
        }
        return rows;
    }

    // The width `box` needs to show its current choice whole, as the style draws it.
    static int widthForCurrentText(const QComboBox &box)
    {
        QStyleOptionComboBox option;
        option.initFrom(&box);
        option.editable = box.isEditable();
        const QSize text(box.fontMetrics().horizontalAdvance(box.currentText()),
                         box.fontMetrics().height());
        return box.style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, &box).width();
    }

private Q_SLOTS:
    void init()
    {
        opsdeck::openAppSettings()->clear();
        m_console = std::make_unique<TestConsole>();
    }

    // On a wide screen a list beside the work area keeps the width it has on a laptop and the
    // work area gets the rest; on a laptop each takes its share.
    void wideScreensGiveTheirExtraWidthToTheWorkArea()
    {
        const QList<DockPlacement> layout{
            DockPlacement::inArea("list", Qt::LeftDockWidgetArea, 28, 460),
            DockPlacement::beside("items", DockPlacement::Kind::SplitBelow, "list", 45),
            DockPlacement::inArea("editor", Qt::RightDockWidgetArea, 72)};
        using Widths = QList<std::pair<QString, int>>;
        QCOMPARE(defaultColumnWidths(layout, 1366),
                 (Widths{{QStringLiteral("list"), 382}, {QStringLiteral("editor"), 983}}));
        QCOMPARE(
            defaultColumnWidths(layout, 1920),
            (Widths{{QStringLiteral("list"), 460}, {QStringLiteral("editor"), 1382 + 537 - 460}}));
        // Two capped columns with the work area between them (Incident Command): both capped,
        // the middle dock, which has no share of its own, takes what is left.
        const QList<DockPlacement> threeColumns{
            DockPlacement::inArea("list", Qt::LeftDockWidgetArea, 26, 440),
            DockPlacement::beside("work", DockPlacement::Kind::SplitRight, "list"),
            DockPlacement::inArea("runbooks", Qt::RightDockWidgetArea, 36, 600)};
        QCOMPARE(defaultColumnWidths(threeColumns, 1366), (Widths{{QStringLiteral("list"), 355},
                                                                  {QStringLiteral("runbooks"), 491},
                                                                  {QStringLiteral("work"), 520}}));
        QCOMPARE(defaultColumnWidths(threeColumns, 1920), (Widths{{QStringLiteral("list"), 440},
                                                                  {QStringLiteral("runbooks"), 600},
                                                                  {QStringLiteral("work"), 880}}));
    }

    void everyPerspectiveFits_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("perspective");
        QTest::addColumn<bool>("incidentOpen");
        const TestConsole console;
        const MainWindow window(console.features(), {console.workspacePath(), QString()});
        for (const QSize screen : {QSize(1366, 768), QSize(1920, 1080)}) {
            for (const Perspective &perspective : window.perspectives()->perspectives()) {
                for (const bool incidentOpen : {false, true}) {
                    const QString row =
                        QStringLiteral("%1x%2 %3%4")
                            .arg(screen.width())
                            .arg(screen.height())
                            .arg(perspective.id,
                                 incidentOpen ? QStringLiteral(" incident open") : QString());
                    QTest::newRow(qPrintable(row)) << screen << perspective.id << incidentOpen;
                }
            }
        }
    }

    void everyPerspectiveFits()
    {
        QFETCH(const QSize, screen);
        QFETCH(const QString, perspective);
        QFETCH(const bool, incidentOpen);
        if (incidentOpen) {
            openIncident();
        }
        // The space a maximised window gets under a desktop's panel and title bar.
        const QSize available(screen.width(), screen.height() - 60);
        MainWindow window(m_console->features(), context());
        window.resize(available);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_console->start(window);
        if (incidentOpen) {
            const auto *banner = window.findChild<QWidget *>(QStringLiteral("incidentBanner"));
            QVERIFY(banner != nullptr);
            QTRY_VERIFY(banner->isVisibleTo(window.dock(QStringLiteral("incident"))));
        }
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
            // A filter shows its choice whole ("Open + past 24 h", not "Open and re").
            const auto boxes = dock->findChildren<QComboBox *>();
            for (const QComboBox *box : boxes) {
                if (box->isVisible() && !box->currentText().isEmpty()) {
                    QVERIFY2(box->width() >= widthForCurrentText(*box),
                             qPrintable(QStringLiteral("“%1” in %2 is cut (%3 of %4 px)")
                                            .arg(box->currentText(), dock->viewId())
                                            .arg(box->width())
                                            .arg(widthForCurrentText(*box))));
                }
            }
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
        // The commander sees the plan: the incident's runbook, chosen, with its steps in view.
        if (incidentOpen && perspective == QLatin1String("incident")) {
            const auto *steps = window.findChild<QAbstractItemView *>(QStringLiteral("checklist"));
            QVERIFY(steps != nullptr);
            QTRY_COMPARE(steps->model()->rowCount(), 8);
            QVERIFY2(wholeRowsShown(*steps) >= 6,
                     qPrintable(QStringLiteral("%1 of 8 steps shown").arg(wholeRowsShown(*steps))));
        }
    }
};

OPSDECK_TEST_MAIN_WITH(QApplication, PerspectiveLayoutsTest)
#include "tst_perspectivelayouts.moc"
