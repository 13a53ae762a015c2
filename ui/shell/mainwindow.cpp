#include "shell/mainwindow.h"

#include "common/buildinfo.h"
#include "common/icons.h"
#include "logging/logging.h"
#include "shell/aboutdialog.h"
#include "shell/perspectivemanager.h"
#include "shell/shortcutsdialog.h"
#include "shell/viewdock.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

#include <spdlog/logger.h>

namespace opsdeck::ui {
namespace {

// Some platforms (and the offscreen one) bind no key to a standard action; fall back to what
// desktop users try first.
QKeySequence standardKeyOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QKeySequence standard(key);
    return standard.isEmpty() ? fallback : standard;
}

} // namespace

MainWindow::MainWindow(const QList<Feature *> &features, MainWindowContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_features(features)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(Icons::application());
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks | GroupedDragging);
    resize(1400, 860);

    QList<ViewDock *> orderedDocks;
    QList<Perspective> perspectives;
    QList<PerspectivePlacement> placements;
    for (Feature *feature : std::as_const(m_features)) {
        for (ViewDock *dock : feature->createViews(*this)) {
            if (m_docks.contains(dock->viewId())) {
                logging::component("ui")->error("two views with the id {}; the second is dropped",
                                                dock->viewId().toStdString());
                delete dock;
                continue;
            }
            addDockWidget(Qt::LeftDockWidgetArea, dock);
            dock->hide();
            m_docks.insert(dock->viewId(), dock);
            orderedDocks.append(dock);
        }
        perspectives.append(feature->perspectives());
        placements.append(feature->placements());
    }
    m_perspectives =
        new PerspectiveManager(this, m_docks, assemblePerspectives(perspectives, placements));

    m_perspectiveBar = addToolBar(QString());
    m_perspectiveBar->setObjectName(QStringLiteral("perspectivesToolBar"));
    m_perspectiveBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_perspectiveBar->addActions(m_perspectives->switchActions());

    for (Feature *feature : std::as_const(m_features)) {
        for (QWidget *widget : feature->createStatusWidgets(*this)) {
            statusBar()->addPermanentWidget(widget);
        }
    }

    createActionsAndMenus(orderedDocks);
    connect(m_perspectives, &PerspectiveManager::currentChanged, this, [this](const QString &id) {
        for (ViewDock *dock : std::as_const(m_docks)) {
            dock->setPerspective(id);
        }
        if (const Perspective *perspective = m_perspectives->perspective(id)) {
            statusBar()->showMessage(tr("Perspective: %1").arg(perspective->title()), 3000);
        }
    });
    retranslateUi();
    m_perspectives->restoreSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::addDocumentDock(QDockWidget *dock, const QString &besideViewId)
{
    dock->setParent(this);
    dock->setAttribute(Qt::WA_DeleteOnClose);
    // A document goes where there is the most room: tabbed with the widest view in sight
    // (a dashboard's grid wants width), the larger one of two as wide.
    QDockWidget *beside = nullptr;
    std::pair<int, qint64> largest{0, 0};
    for (QDockWidget *candidate : findChildren<QDockWidget *>()) {
        const std::pair<int, qint64> room{candidate->width(),
                                          qint64(candidate->width()) * candidate->height()};
        if (candidate != dock && candidate->isVisible() && !candidate->isFloating() &&
            room > largest) {
            beside = candidate;
            largest = room;
        }
    }
    if (beside == nullptr) {
        beside = m_docks.value(besideViewId);
    }
    if (beside != nullptr && beside->isVisible() && !beside->isFloating()) {
        tabifyDockWidget(beside, dock);
    } else {
        addDockWidget(Qt::RightDockWidgetArea, dock);
    }
    dock->show();
    dock->raise();
}

QList<ViewDock *> MainWindow::docks() const
{
    return m_docks.values();
}

void MainWindow::createActionsAndMenus(const QList<ViewDock *> &orderedDocks)
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(
        standardKeyOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(
        standardKeyOr(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    connect(m_fullScreenAction, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(Icons::load(QStringLiteral("about")), QString(), this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    for (Feature *feature : std::as_const(m_features)) {
        m_fileMenu->addActions(feature->fileActions(*this));
    }
    if (!m_fileMenu->isEmpty()) {
        m_fileMenu->addSeparator();
    }
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (ViewDock *dock : orderedDocks) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setIcon(dock->windowIcon());
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_perspectiveBar->toggleViewAction());
    m_viewMenu->addAction(m_fullScreenAction);

    for (Feature *feature : std::as_const(m_features)) {
        for (QMenu *menu : feature->createMenus(*this)) {
            menuBar()->addMenu(menu);
        }
    }

    m_perspectiveMenu = menuBar()->addMenu(QString());
    m_perspectiveMenu->addActions(m_perspectives->switchActions());
    m_perspectiveMenu->addSeparator();
    m_perspectiveMenu->addAction(m_perspectives->saveLayoutAction());
    m_perspectiveMenu->addAction(m_perspectives->resetLayoutAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    for (Feature *feature : std::as_const(m_features)) {
        feature->retranslateUi();
    }
    m_perspectiveMenu->setTitle(tr("&Perspective"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close Opsdeck"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_shortcutsAction->setStatusTip(tr("List every keyboard shortcut"));
    m_aboutAction->setText(tr("&About Opsdeck"));
    m_aboutAction->setStatusTip(tr("Version, log file and workspace of this Opsdeck"));
    m_perspectiveBar->setWindowTitle(tr("Perspectives"));
    m_perspectives->retranslateUi();
    updateTitle();
}

void MainWindow::showPerspective(const QString &perspectiveId)
{
    m_perspectives->activate(perspectiveId);
}

bool MainWindow::isViewShown(const QString &viewId) const
{
    const ViewDock *view = m_docks.value(viewId);
    return view != nullptr && view->isVisible();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1 — %2").arg(QFileInfo(m_context.workspacePath).fileName(),
                                                 BuildInfo::applicationName()));
}

// Dialogs open window-modal and delete themselves: no nested event loop.
void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_context.workspacePath, m_context.logFilePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_perspectives->saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

} // namespace opsdeck::ui
