#pragma once

#include <QList>
#include <QString>
#include <Qt>

namespace opsdeck::ui {

// Where one dock goes in a perspective's default layout.
struct DockPlacement {
    enum class Kind {
        Area,       // into `area`
        SplitBelow, // below `relativeTo`
        SplitRight, // right of `relativeTo`
        TabWith,    // as a tab beside `relativeTo`
    };
    QString viewId;
    Kind kind = Kind::Area;
    Qt::DockWidgetArea area = Qt::LeftDockWidgetArea;
    QString relativeTo;
    // Share of the window's width (Area) or of the anchor's split (SplitBelow/SplitRight), in
    // percent; 0 leaves it to the layout.
    int percent = 0;

    static DockPlacement inArea(const char *view, Qt::DockWidgetArea area, int percent = 0);
    static DockPlacement beside(const char *view, Kind kind, const char *relativeTo,
                                int percent = 0);
};

// A named dock layout for one kind of user, led by one feature; other features add their docks
// to it (PerspectivePlacement). Placements relative to a dock follow that dock.
struct Perspective {
    QString id;
    QString iconName;
    const char *titleSource;       // English source text, translated by title()
    const char *descriptionSource; // English source text, translated by description()
    QList<DockPlacement> defaultLayout;

    QString title() const; // translated
    QString description() const;
};

// A dock placed in a perspective that another feature leads (alarms below the incidents list
// in Incident Command, say).
struct PerspectivePlacement {
    QString perspectiveId;
    DockPlacement placement;
};

// The perspectives as the window shows them: each led perspective with the placements other
// features add to it, ordered so that a dock placed relative to another comes after it.
// Placements for a perspective nobody leads are dropped.
QList<Perspective> assemblePerspectives(QList<Perspective> perspectives,
                                        const QList<PerspectivePlacement> &placements);

} // namespace opsdeck::ui
