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

    /// Where each point lands in `area`, spreading points that share a value side by side. One
    /// pass with a count per value: a network of 10,000 has thousands of points to a cell.
    public func positions(in area: Rect) -> [(x: Int, y: Int)] {
        let steps = range.upperBound - range.lowerBound
        let cellWidth = max(1, area.width / (steps + 1))
        let cellHeight = max(1, area.height / (steps + 1))
        // Labels longer than one column keep a space between them.
        let width = glyphWidth
        let step = width > 1 ? width + 1 : 1
        let perRow = max(1, (cellWidth - 1) / step)
        var before: [Int: Int] = [:]
        return points.map { point in
            let column = point.x - range.lowerBound, row = range.upperBound - point.y
            let cell = point.x * 1_000 + point.y
            let sameBefore = before[cell, default: 0]
            before[cell] = sameBefore + 1
            let dx = (sameBefore % perRow) * step, dy = min(cellHeight - 1, sameBefore / perRow)
            return (area.x + column * cellWidth + dx, area.y + row * cellHeight + dy)
        }
    }

    var glyphWidth: Int { points.map { DisplayWidth.of($0.glyph) }.max() ?? 1 }

    /// The most points that share one value, the crowded cell a labelling must fit.
    public var mostInOneCell: Int {
        Dictionary(points.map { ($0.x * 1_000 + $0.y, 1) }, uniquingKeysWith: +).values.max() ?? 0
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let width = glyphWidth
        for (index, (x, y)) in positions(in: area).enumerated() {
            guard area.contains(x: x, y: y) else { continue }
            var style = points[index].style
            if index == selected { style.reverse = true; style.bold = true }
            buffer.write(points[index].glyph, x: x, y: y, style: style, maxWidth: width)
        }
    }
}
