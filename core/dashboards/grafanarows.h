#pragma once

#include "model/json.h"

namespace opsdeck {

// Grafana's own upgrade of a dashboard from before schema 16 — `rows[]` of panels with a `span`
// of 12 columns and a height in pixels — to the grid of 24 columns: the same places, the same
// row panels (added when any row is collapsed, repeated or shows its title), so that an old
// dashboard looks in Opsdeck as it does in Grafana.
class GrafanaRows {
public:
    // The panels of `rows` on the grid, row panels included, in the order Grafana puts them.
    // Malformed members (a span that is not a number, a row that is not an object) take
    // Grafana's defaults; `rows` must be an array.
    static Json toGrid(const Json &rows);

    // A height in pixels ("250px" or 250) as grid rows, at least three.
    static int gridHeight(const Json &height, int fallbackPixels);
};

} // namespace opsdeck
