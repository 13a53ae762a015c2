#include "shell/perspective.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace opsdeck::ui {

DockPlacement DockPlacement::inArea(const char *view, Qt::DockWidgetArea area, int percent,
                                    int maxPixels)
{
    return {QString::fromLatin1(view), Kind::Area, area, {}, percent, maxPixels};
}

DockPlacement DockPlacement::beside(const char *view, Kind kind, const char *relativeTo,
                                    int percent)
{
    return {QString::fromLatin1(view), kind, Qt::NoDockWidgetArea, QString::fromLatin1(relativeTo),
            percent};
}

QList<int> areaColumnWidths(const QList<DockPlacement> &layout, int windowWidth)
{
    QList<int> widths;
    int freed = 0;
    int widestUncapped = -1;
    for (const DockPlacement &placement : layout) {
        if (placement.kind != DockPlacement::Kind::Area || placement.percent <= 0) {
            continue;
        }
        const int share = windowWidth * placement.percent / 100;
        if (placement.maxPixels > 0 && share > placement.maxPixels) {
            freed += share - placement.maxPixels;
            widths.append(placement.maxPixels);
            continue;
        }
        if (placement.maxPixels == 0 && (widestUncapped < 0 || share > widths.at(widestUncapped))) {
            widestUncapped = int(widths.size());
        }
        widths.append(share);
    }
    if (widestUncapped >= 0) {
        widths[widestUncapped] += freed;
    }
    return widths;
}

QString Perspective::title() const
{
    return QCoreApplication::translate("Perspective", titleSource);
}

QString Perspective::description() const
{
    return QCoreApplication::translate("Perspective", descriptionSource);
}

QList<Perspective> assemblePerspectives(QList<Perspective> perspectives,
                                        const QList<PerspectivePlacement> &placements)
{
    for (Perspective &perspective : perspectives) {
        QList<DockPlacement> pending = perspective.defaultLayout;
        for (const PerspectivePlacement &added : placements) {
            if (added.perspectiveId == perspective.id) {
                pending.append(added.placement);
            }
        }
        QSet<QString> inLayout;
        for (const DockPlacement &placement : std::as_const(pending)) {
            inLayout.insert(placement.viewId);
        }
        // Stable: the led docks keep their order; a relative placement waits for its anchor.
        QList<DockPlacement> ordered;
        QSet<QString> placed;
        while (!pending.isEmpty()) {
            const auto ready =
                std::find_if(pending.begin(), pending.end(), [&](const DockPlacement &placement) {
                    return placement.kind == DockPlacement::Kind::Area ||
                           placed.contains(placement.relativeTo) ||
                           !inLayout.contains(placement.relativeTo);
                });
            // An anchor cycle cannot be resolved: the rest goes in as it is.
            const auto next = ready != pending.end() ? ready : pending.begin();
            placed.insert(next->viewId);
            ordered.append(*next);
            pending.erase(next);
        }
        perspective.defaultLayout = ordered;
    }
    return perspectives;
}

} // namespace opsdeck::ui
