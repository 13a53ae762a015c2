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
};

// A named dock layout for one kind of user. The first placement is the view that gets focus.
struct Perspective {
    QString id;
    QString iconName;
    const char *titleSource;       // English source text, translated by title()
    const char *descriptionSource; // English source text, translated by description()
    QList<DockPlacement> defaultLayout;

    QString title() const; // translated
    QString description() const;

    // On-call, Incident Command, Post-mortem, Review: shortcuts Ctrl+1 ... Ctrl+4 in this order.
    static QList<Perspective> standard();
};

} // namespace opsdeck::ui
