#include "dashboards/grafanarows.h"

#include "dashboards/grafanajson.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace opsdeck {
namespace {

using namespace grafana;

constexpr int GridColumns = 24;
constexpr int CellHeight = 30;
constexpr int CellMargin = 8;
constexpr int MinPanelHeight = CellHeight * 3;
constexpr int DefaultRowHeight = 250;
constexpr int DefaultSpan = 4;

// The columns of one row band and how far down each is filled, as Grafana's RowArea.
class RowArea {
public:
    RowArea(int height, int top)
        : m_top(top)
        , m_height(height)
    {}

    int top() const { return m_top; }

    // Where a panel `width` wide goes: the rightmost free run of columns that is wide enough,
    // else the start of a new band below.
    std::pair<int, int> place(int width)
    {
        if (const auto spot = freeSpot(width)) {
            return *spot;
        }
        m_top += m_height;
        m_filled.fill(0);
        return freeSpot(width).value_or(std::pair(0, 0));
    }

    void add(int x, int y, int width, int height)
    {
        for (int i = x; i < std::min(x + width, GridColumns); ++i) {
            m_filled.at(std::size_t(i)) = std::max(m_filled.at(std::size_t(i)), y + height - m_top);
        }
    }

private:
    std::optional<std::pair<int, int>> freeSpot(int width) const
    {
        std::optional<int> start;
        std::optional<int> end;
        for (int i = GridColumns - 1; i >= 0; --i) {
            if (m_height - m_filled.at(std::size_t(i)) <= 0) {
                break;
            }
            if (!end) {
                end = i;
            } else if (i < GridColumns - 1 &&
                       m_filled.at(std::size_t(i)) <= m_filled.at(std::size_t(i) + 1)) {
                start = i;
            } else {
                break;
            }
        }
        if (!start || !end || *end - *start < width - 1) {
            return std::nullopt;
        }
        const int y = *std::max_element(m_filled.begin() + *start, m_filled.end());
        return std::pair(*start, y);
    }

    std::array<int, GridColumns> m_filled{};
    int m_top;
    int m_height;
};

int span(const Json &panel)
{
    const Json &value = member(panel, "span");
    const double number = value.is_number() ? value.get<double>() : DefaultSpan;
    if (!std::isfinite(number) || number <= 0) {
        return DefaultSpan;
    }
    return std::clamp(int(std::floor(number)), 1, 12);
}

} // namespace

int GrafanaRows::gridHeight(const Json &height, int fallbackPixels)
{
    double pixels = fallbackPixels;
    if (height.is_number()) {
        pixels = height.get<double>();
    } else if (height.is_string()) {
        // parseInt: the leading digits, "250px" → 250.
        const std::string text = height.get<std::string>();
        std::size_t digits = 0;
        while (digits < text.size() && digits < 9 &&
               std::isdigit(static_cast<unsigned char>(text[digits])) != 0) {
            ++digits;
        }
        if (digits > 0) {
            pixels = std::stod(text.substr(0, digits));
        }
    }
    if (!std::isfinite(pixels) || pixels < MinPanelHeight) {
        pixels = MinPanelHeight;
    }
    pixels = std::min(pixels, 1.0e6);
    return int(std::ceil(pixels / (CellHeight + CellMargin)));
}

Json GrafanaRows::toGrid(const Json &rows)
{
    Json panels = Json::array();
    qint64 nextRowId = 1;
    bool showRows = false;
    for (const Json &row : rows) {
        showRows = showRows || truthy(member(row, "collapse")) ||
                   truthy(member(row, "showTitle")) || truthy(member(row, "repeat"));
        const Json &rowPanels = member(row, "panels");
        for (const Json &panel : rowPanels.is_array() ? rowPanels : Json::array()) {
            const Json &id = member(panel, "id");
            if (id.is_number_integer()) {
                nextRowId = std::max(nextRowId, std::min(id.get<qint64>(), qint64(1) << 50) + 1);
            }
        }
    }
    int y = 0;
    for (const Json &row : rows) {
        if (!row.is_object() || truthy(member(row, "repeatIteration"))) {
            continue;
        }
        const int rowHeight = gridHeight(member(row, "height"), DefaultRowHeight);
        const bool collapsed = truthy(member(row, "collapse"));
        Json rowPanel;
        if (showRows) {
            rowPanel = {
                {"id", nextRowId++},
                {"type", "row"},
                {"title", member(row, "title").is_string() ? member(row, "title") : Json("")},
                {"collapsed", collapsed},
                {"panels", Json::array()},
                {"gridPos", {{"x", 0}, {"y", y}, {"w", GridColumns}, {"h", rowHeight}}}};
            if (row.contains("repeat")) {
                rowPanel["repeat"] = row.at("repeat");
            }
            ++y;
        }
        RowArea area(rowHeight, y);
        const Json &rowPanels = member(row, "panels");
        for (Json panel : rowPanels.is_array() ? rowPanels : Json::array()) {
            if (!panel.is_object()) {
                continue;
            }
            const int width = span(panel) * (GridColumns / 12);
            const int height = panel.contains("height")
                                   ? gridHeight(panel.at("height"), DefaultRowHeight)
                                   : rowHeight;
            const auto [x, inBand] = area.place(width);
            y = area.top();
            panel["gridPos"] = {{"x", x}, {"y", y + inBand}, {"w", width}, {"h", height}};
            area.add(x, y + inBand, width, height);
            panel.erase("span");
            if (showRows && collapsed) {
                rowPanel["panels"].push_back(panel);
            } else {
                panels.push_back(panel);
            }
        }
        if (showRows) {
            panels.push_back(rowPanel);
        }
        if (!(showRows && collapsed)) {
            y += rowHeight;
        }
    }
    return panels;
}

} // namespace opsdeck
