#include "shell/perspectivemanager.h"

#include "common/appsettings.h"
#include "common/icons.h"
#include "logging/logging.h"
#include "shell/viewdock.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QToolBar>

#include <spdlog/logger.h>

namespace opsdeck::ui {
namespace {

// Bumped when dock ids change so that stale layouts are ignored rather than half-applied.
constexpr int kLayoutVersion = 1;

} // namespace

PerspectiveManager::PerspectiveManager(QMainWindow *window, QHash<QString, ViewDock *> docks,
                                       QList<Perspective> perspectives)
    : QObject(window)
    , m_window(window)
    , m_docks(std::move(docks))
    , m_perspectives(std::move(perspectives))
    , m_switchGroup(new QActionGroup(this))
    , m_saveAction(new QAction(Icons::load(QStringLiteral("layout-save")), QString(), this))
    , m_resetAction(new QAction(Icons::load(QStringLiteral("layout-reset")), QString(), this))
{
    m_window->installEventFilter(this);
    m_switchGroup->setExclusive(true);
    int number = 1;
    for (const Perspective &perspective : std::as_const(m_perspectives)) {
        auto *action = new QAction(Icons::load(perspective.iconName), QString(), m_switchGroup);
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("perspective-") + perspective.id);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        const QString id = perspective.id;
        connect(action, &QAction::triggered, this, [this, id] { activate(id); });
        m_switchActions.insert(id, action);
        ++number;
    }
    m_saveAction->setObjectName(QStringLiteral("perspective-save"));
    m_resetAction->setObjectName(QStringLiteral("perspective-reset"));
    connect(m_saveAction, &QAction::triggered, this, &PerspectiveManager::saveCurrentLayout);
    connect(m_resetAction, &QAction::triggered, this, &PerspectiveManager::resetCurrentLayout);
    retranslateUi();
}

const Perspective *PerspectiveManager::perspective(const QString &id) const
{
    for (const Perspective &candidate : m_perspectives) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<QAction *> PerspectiveManager::switchActions() const
{
    return m_switchGroup->actions();
}

void PerspectiveManager::activate(const QString &id)
{
    const Perspective *target = perspective(id);
    if (target == nullptr) {
        return;
    }
    if (!m_currentId.isEmpty()) {
        m_sessionLayouts.insert(m_currentId, m_window->saveState(kLayoutVersion));
    }
    bool restored = false;
    if (m_sessionLayouts.contains(id)) {
        restored = m_window->restoreState(m_sessionLayouts.value(id), kLayoutVersion);
    } else if (hasSavedLayout(id)) {
        restored = restoreLayout(readSetting(settings::perspectiveLayout(id)),
                                 settings::perspectiveLayout(id).name);
    }
    if (!restored) {
        applyDefaultLayout(*target);
    }
    setCurrent(id);
}

void PerspectiveManager::saveCurrentLayout()
{
    if (m_currentId.isEmpty()) {
        return;
    }
    writeSetting(settings::perspectiveLayout(m_currentId), m_window->saveState(kLayoutVersion));
}

void PerspectiveManager::resetCurrentLayout()
{
    const Perspective *current = perspective(m_currentId);
    if (current == nullptr) {
        return;
    }
    removeSetting(settings::perspectiveLayout(m_currentId));
    m_sessionLayouts.remove(m_currentId);
    applyDefaultLayout(*current);
}

bool PerspectiveManager::hasSavedLayout(const QString &id) const
{
    return hasSetting(settings::perspectiveLayout(id));
}

void PerspectiveManager::restoreSession()
{
    m_window->restoreGeometry(readSetting(settings::WindowGeometry));
    const QString id = readSetting(settings::WindowPerspective);
    const QByteArray state = readSetting(settings::WindowState);
    if (perspective(id) != nullptr && !state.isEmpty() &&
        restoreLayout(state, settings::WindowState.name)) {
        setCurrent(id);
        return;
    }
    if (m_perspectives.isEmpty()) {
        return;
    }
    activate(perspective(id) != nullptr ? id : m_perspectives.constFirst().id);
}

void PerspectiveManager::saveSession() const
{
    writeSetting(settings::WindowGeometry, m_window->saveGeometry());
    writeSetting(settings::WindowState, m_window->saveState(kLayoutVersion));
    writeSetting(settings::WindowPerspective, m_currentId);
}

void PerspectiveManager::retranslateUi()
{
    for (const Perspective &perspective : std::as_const(m_perspectives)) {
        QAction *action = m_switchActions.value(perspective.id);
        action->setText(perspective.title());
        action->setStatusTip(perspective.description());
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            perspective.title(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_saveAction->setText(tr("&Save Layout to Perspective"));
    m_saveAction->setStatusTip(
        tr("Open this perspective with the current dock layout from now on"));
    m_resetAction->setText(tr("&Reset Perspective Layout"));
    m_resetAction->setStatusTip(tr("Put the docks of this perspective back where they started"));
}

void PerspectiveManager::applyDefaultLayout(const Perspective &perspective)
{
    for (ViewDock *dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        dock->hide();
    }
    for (const DockPlacement &placement : perspective.defaultLayout) {
        ViewDock *dock = m_docks.value(placement.viewId);
        ViewDock *anchor = m_docks.value(placement.relativeTo);
        if (dock == nullptr) {
            continue;
        }
        if (placement.kind == DockPlacement::Kind::Area || anchor == nullptr) {
            m_window->addDockWidget(placement.kind == DockPlacement::Kind::Area
                                        ? placement.area
                                        : Qt::LeftDockWidgetArea,
                                    dock);
        } else if (placement.kind == DockPlacement::Kind::TabWith) {
            m_window->tabifyDockWidget(anchor, dock);
        } else {
            m_window->splitDockWidget(
                anchor, dock,
                placement.kind == DockPlacement::Kind::SplitBelow ? Qt::Vertical : Qt::Horizontal);
        }
        dock->show();
    }
    // A tab group shows its first tab.
    for (const DockPlacement &placement : perspective.defaultLayout) {
        if (ViewDock *anchor = m_docks.value(placement.relativeTo);
            anchor != nullptr && placement.kind == DockPlacement::Kind::TabWith) {
            anchor->raise();
        }
    }
    // Sizes are shares of the window, known only once it is shown at its final size.
    QTimer::singleShot(0, this, [this, id = perspective.id] {
        if (m_currentId == id) {
            applyDefaultSizes(*this->perspective(id));
        }
    });
    const auto toolbars = m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly);
    for (QToolBar *toolbar : toolbars) {
        toolbar->show();
    }
}

bool PerspectiveManager::eventFilter(QObject *watched, QEvent *event)
{
    constexpr qint64 SettlingMs = 1500;
    if (watched == m_window && event->type() == QEvent::Resize && m_sinceDefaultSizes.isValid() &&
        m_sinceDefaultSizes.elapsed() < SettlingMs) {
        QTimer::singleShot(0, this, [this, id = m_currentId] {
            if (m_currentId == id && perspective(id) != nullptr) {
                applyDefaultSizes(*perspective(id));
            }
        });
    }
    return QObject::eventFilter(watched, event);
}

void PerspectiveManager::applyDefaultSizes(const Perspective &perspective)
{
    m_sinceDefaultSizes.start();
    for (const DockPlacement &placement : perspective.defaultLayout) {
        ViewDock *dock = m_docks.value(placement.viewId);
        ViewDock *anchor = m_docks.value(placement.relativeTo);
        if (dock == nullptr || anchor == nullptr || placement.percent <= 0 ||
            placement.kind == DockPlacement::Kind::Area ||
            placement.kind == DockPlacement::Kind::TabWith) {
            continue;
        }
        const Qt::Orientation orientation =
            placement.kind == DockPlacement::Kind::SplitBelow ? Qt::Vertical : Qt::Horizontal;
        const int extent = orientation == Qt::Vertical ? anchor->height() + dock->height()
                                                       : anchor->width() + dock->width();
        m_window->resizeDocks(
            {anchor, dock},
            {extent * (100 - placement.percent) / 100, extent * placement.percent / 100},
            orientation);
    }
    QList<QDockWidget *> columns;
    QList<int> widths;
    for (const auto &[view, width] :
         defaultColumnWidths(perspective.defaultLayout, m_window->width())) {
        if (ViewDock *dock = m_docks.value(view)) {
            columns.append(dock);
            widths.append(width);
        }
    }
    m_window->resizeDocks(columns, widths, Qt::Horizontal);
}

bool PerspectiveManager::restoreLayout(const QByteArray &layout, const QString &settingsKey)
{
    if (m_window->restoreState(layout, kLayoutVersion)) {
        m_sinceDefaultSizes.invalidate(); // the user's sizes, not to be replaced
        return true;
    }
    logging::component("ui")->warn("ignored the unreadable layout {} in {}; using the default",
                                   settingsKey.toStdString(),
                                   openAppSettings()->fileName().toStdString());
    return false;
}

void PerspectiveManager::setCurrent(const QString &id)
{
    m_currentId = id;
    if (QAction *action = m_switchActions.value(id)) {
        action->setChecked(true);
    }
    Q_EMIT currentChanged(id);
}

} // namespace opsdeck::ui
