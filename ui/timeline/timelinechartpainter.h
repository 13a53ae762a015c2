#pragma once

#include "timeline/timelinechartlayout.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QPixmap>
#include <QRect>

#include <vector>

class QPainter;

namespace opsdeck::ui {

// How TimelineChart looks: draws a TimelineChartLayout onto a QPainter (lane labels and stripes,
// the time axis with its ticks, alerts as bars, status changes as labelled markers, every other
// event as a dot, pinned and selected rings, the "now" line) and says in words what one drawn
// item means (its tooltip). The widget keeps the state (range, selection, input); this class only
// turns a layout and that state into pixels, so neither has to know the other's details.
//
// Painting stays cheap with 10,000 events: a frame binary-searches the visible range, draws at
// most one dot per lane and pixel column, and blits dots from sprites made once per palette and
// pixel ratio instead of drawing ellipses.
class TimelineChartPainter {
    Q_DECLARE_TR_FUNCTIONS(opsdeck::ui::TimelineChartPainter)
public:
    // What a frame depends on besides the layout: the widget's rectangle and look, and the
    // chart's state.
    struct Frame {
        QRect rect;
        QPalette palette;
        QFont font;
        QLocale locale;       // day names on the axis
        qreal pixelRatio = 1; // of the screen the chart is on
        double nowMs = 0;     // where open alerts end and the "now" line is
        bool utc = false;     // ticks and dates in UTC, else local time
        int selectedIndex = -1;
        bool focused = false;
    };

    TimelineChartPainter();

    // The dot sprites, pens and brushes for this palette and pixel ratio. paint() remakes them
    // when the chart moves to a screen of another scale; the chart calls this when its palette
    // changes.
    void prepare(const QPalette &palette, qreal pixelRatio);

    void paint(QPainter &painter, const TimelineChartLayout &layout, const Frame &frame);

    // What hovering item `index` shows (plain text): time, type, author and summary, how long an
    // alert fired, and what the hollow (corrected) and ringed (pinned) drawings mean.
    static QString toolTip(const TimelineChartLayout &layout, int index, bool utc, double nowMs);

    // A marker's label: drawn from x + 8, `width` wide, in `lane`.
    struct MarkerLabel {
        double x = 0;
        double width = 0;
        int lane = 0;
    };
    // Which of the labels (in time order) are drawn: each only where it overlaps neither an
    // earlier drawn label nor the next marker of its lane, so labels never overlap; of markers
    // close together the newest is named.
    static QList<int> shownLabels(const QList<MarkerLabel> &labels);

private:
    void paintLanes(QPainter &painter, const TimelineChartLayout &layout, const Frame &frame) const;
    void paintAxis(QPainter &painter, const TimelineChartLayout &layout, const Frame &frame,
                   int top, int bottom) const;
    void paintBars(QPainter &painter, const TimelineChartLayout &layout, const Frame &frame) const;
    void paintPoints(QPainter &painter, const TimelineChartLayout &layout,
                     const Frame &frame) const;
    void paintHighlights(QPainter &painter, const TimelineChartLayout &layout,
                         const Frame &frame) const;

    std::vector<QColor> m_colours;  // per type, then per severity
    std::vector<QPixmap> m_sprites; // per colour: filled, hollow
    std::vector<QPen> m_pens;       // per colour: thin outline, thick (hollow) outline
    std::vector<QBrush> m_brushes;  // per colour
};

} // namespace opsdeck::ui
