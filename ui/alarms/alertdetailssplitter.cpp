#include "alarms/alertdetailssplitter.h"

#include "common/appsettings.h"

namespace opsdeck::ui {
namespace {

const SettingKey<QByteArray> &keyFor(Qt::Orientation orientation)
{
    return orientation == Qt::Horizontal ? settings::AlarmsDetailsBeside
                                         : settings::AlarmsDetailsBelow;
}

} // namespace

AlertDetailsSplitter::AlertDetailsSplitter(QWidget *table, QWidget *details, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
{
    setObjectName(QStringLiteral("alarmSplitter"));
    setChildrenCollapsible(false);
    addWidget(table);
    addWidget(details);
    setStretchFactor(0, 2);
    setStretchFactor(1, 1);
    connect(this, &QSplitter::splitterMoved, this,
            [this] { writeSetting(keyFor(orientation()), saveState()); });
}

void AlertDetailsSplitter::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    place();
}

void AlertDetailsSplitter::place()
{
    const Qt::Orientation wanted = width() >= BesideMinWidth ? Qt::Horizontal : Qt::Vertical;
    if (wanted == orientation() && m_placed) {
        return;
    }
    m_placed = true;
    const QByteArray kept = readSetting(keyFor(wanted));
    const bool restored = !kept.isEmpty() && restoreState(kept);
    setOrientation(wanted); // a stored state carries an orientation too
    if (!restored) {
        const int extent = wanted == Qt::Horizontal ? width() : height();
        // The list keeps the room its summaries need; the detail pane wraps its text.
        setSizes({extent * 70 / 100, extent * 30 / 100});
    }
}

} // namespace opsdeck::ui
