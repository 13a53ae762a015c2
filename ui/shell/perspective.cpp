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

QList<std::pair<QString, int>> defaultColumnWidths(const QList<DockPlacement> &layout,
                                                   int windowWidth)
{
    QList<std::pair<QString, int>> widths;
    QString rest;
    int freed = 0;
    int widestUncapped = -1;
    for (const DockPlacement &placement : layout) {
        if (placement.kind == DockPlacement::Kind::SplitRight && placement.percent <= 0) {
            rest = placement.viewId;
        }
        if (placement.kind != DockPlacement::Kind::Area || placement.percent <= 0) {
            continue;
        }
        const int share = windowWidth * placement.percent / 100;
        if (placement.maxPixels > 0 && share > placement.maxPixels) {
            freed += share - placement.maxPixels;
            widths.append({placement.viewId, placement.maxPixels});
            continue;
        }
        if (placement.maxPixels == 0 &&
            (widestUncapped < 0 || share > widths.at(widestUncapped).second)) {
            widestUncapped = int(widths.size());
        }
        widths.append({placement.viewId, share});
    }
    if (widestUncapped >= 0) {
        widths[widestUncapped].second += freed;
    }
    if (!rest.isEmpty() && !widths.isEmpty()) {
        int used = 0;
        for (const auto &[view, width] : std::as_const(widths)) {
            used += width;
        }
        widths.append({rest, std::max(0, windowWidth - used)});
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
