#pragma once

#include <QList>
#include <QString>
#include <Qt>

#include <utility>

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
    // For an Area dock, the most it takes of a wide screen, in pixels (0: no limit): a list
    // beside the work area needs no more at 1920 px than it does at 1366, and the work area
    // gets the rest.
    int maxPixels = 0;

    static DockPlacement inArea(const char *view, Qt::DockWidgetArea area, int percent = 0,
                                int maxPixels = 0);
    static DockPlacement beside(const char *view, Kind kind, const char *relativeTo,
                                int percent = 0);
};

// The default widths of a layout's columns in a window `windowWidth` wide, by view id, in the
// layout's order: each Area dock with a share gets its percent, at most its maxPixels, and what
// the caps leave goes to the widest uncapped one. A dock split right of another with no share
// of its own is the work area: it gets what the Area docks leave (without it, that width would
// be shared out among them).
QList<std::pair<QString, int>> defaultColumnWidths(const QList<DockPlacement> &layout,
                                                   int windowWidth);

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
