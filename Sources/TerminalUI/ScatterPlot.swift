/// Points on a small grid of discrete values (1–5 ratings), drawn as glyphs in a framed plot.
public struct ScatterPlot: Sendable {
    public struct Point: Sendable {
        public var x: Int
        public var y: Int
        /// A glyph ("●") or a short label (initials), all of one width in a plot.
        public var glyph: String
        public var style: Style

        public init(x: Int, y: Int, glyph: String, style: Style) {
            self.x = x
            self.y = y
            self.glyph = glyph
            self.style = style
        }
    }

    public var points: [Point]
    public var range: ClosedRange<Int>
    /// Index into `points` of the one to highlight.
    public var selected: Int?

    public init(points: [Point], range: ClosedRange<Int> = 1...5, selected: Int?) {
        self.points = points
        self.range = range
        self.selected = selected
    }

    /// Where each point lands in `area`, spreading points that share a value side by side; nil
    /// for a point its cell has no room left for. One pass with a count per value: a network of
    /// 10,000 has hundreds of points to a cell.
    public func positions(in area: Rect) -> [(x: Int, y: Int)?] {
        let layout = CellLayout(area: area, range: range, glyphWidth: glyphWidth)
        var before: [Int: Int] = [:]
        return points.map { point in
            let cell = point.x * 1_000 + point.y
            let sameBefore = before[cell, default: 0]
            before[cell] = sameBefore + 1
            return sameBefore < layout.capacity ? layout.spot(of: point, slot: sameBefore) : nil
        }
    }

    /// The grid of one plot: how big a value's cell is and where its n-th point goes.
    private struct CellLayout {
        let area: Rect, range: ClosedRange<Int>
        let cellWidth: Int, cellHeight: Int, step: Int, perRow: Int

        init(area: Rect, range: ClosedRange<Int>, glyphWidth: Int) {
            self.area = area
            self.range = range
            let steps = range.upperBound - range.lowerBound
            cellWidth = max(1, area.width / (steps + 1))
            cellHeight = max(1, area.height / (steps + 1))
            // Labels longer than one column keep a space between them.
            step = glyphWidth > 1 ? glyphWidth + 1 : 1
            perRow = max(1, (cellWidth - 1) / step)
        }

        var capacity: Int { perRow * cellHeight }

        func spot(of point: Point, slot: Int) -> (x: Int, y: Int) {
            let column = point.x - range.lowerBound, row = range.upperBound - point.y
            return (area.x + column * cellWidth + (slot % perRow) * step, area.y + row * cellHeight + slot / perRow)
        }
    }

    var glyphWidth: Int { points.map { DisplayWidth.of($0.glyph) }.max() ?? 1 }

    /// The most points that share one value, the crowded cell a labelling must fit.
    public var mostInOneCell: Int {
        Dictionary(points.map { ($0.x * 1_000 + $0.y, 1) }, uniquingKeysWith: +).values.max() ?? 0
    }

    /// Draws the points that fit; a selected point whose cell is full takes the cell's last place.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let width = glyphWidth
        let layout = CellLayout(area: area, range: range, glyphWidth: width)
        for (index, position) in positions(in: area).enumerated() {
            let spot = position ?? (index == selected ? layout.spot(of: points[index], slot: layout.capacity - 1) : nil)
            guard let (x, y) = spot, area.contains(x: x, y: y) else { continue }
            var style = points[index].style
            if index == selected { style.reverse = true; style.bold = true }
            buffer.write(points[index].glyph, x: x, y: y, style: style, maxWidth: width)
        }
    }
}
