#pragma once

#include "model/postmortem.h"

#include <QImage>
#include <QSize>

namespace opsdeck::ui {

// A post-mortem's frozen metric snapshot drawn with QPainter into a QImage, so that the
// preview, the HTML export and the PDF show the same chart. Safe on a worker thread.
class PostMortemChartPainter {
public:
    // Axes, one line per series, a legend; a chart whose data cannot be read says why.
    static QImage image(const PostMortem::Chart &chart, const QSize &size);
};

} // namespace opsdeck::ui
