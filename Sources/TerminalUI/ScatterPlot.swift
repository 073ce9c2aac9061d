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
        positions(in: CellLayout(area: area, range: range, glyphWidth: glyphWidth))
    }

    private func positions(in layout: CellLayout) -> [(x: Int, y: Int)?] {
        var before = Array(repeating: 0, count: cellCount)
        return points.map { point in
            let cell = cellIndex(of: point)
            let sameBefore = before[cell]
            before[cell] = sameBefore + 1
            return sameBefore < layout.capacity ? layout.spot(of: point, slot: sameBefore) : nil
        }
    }

    /// Values are counted per cell in a flat array, not a dictionary: a map redraws 10,000
    /// points on every frame. Values outside `range` share one spare cell.
    private var cellCount: Int { range.count * range.count + 1 }

    private func cellIndex(of point: Point) -> Int {
        guard range.contains(point.x), range.contains(point.y) else { return range.count * range.count }
        return (point.x - range.lowerBound) * range.count + point.y - range.lowerBound
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

    /// The widest glyph; a run of equal glyphs (every dot) is measured once.
    var glyphWidth: Int {
        var widest = 0
        var measured: String?
        for point in points where point.glyph != measured {
            measured = point.glyph
            widest = max(widest, DisplayWidth.of(point.glyph))
        }
        return measured == nil ? 1 : widest
    }

    /// Draws the points that fit; a selected point whose cell is full takes the cell's last place.
    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let width = glyphWidth
        let layout = CellLayout(area: area, range: range, glyphWidth: width)
        var single: (text: String?, character: Character?) = (nil, nil)
        for (index, position) in positions(in: layout).enumerated() {
            let spot = position ?? (index == selected ? layout.spot(of: points[index], slot: layout.capacity - 1) : nil)
            guard let (x, y) = spot, area.contains(x: x, y: y) else { continue }
            var style = points[index].style
            if index == selected { style.reverse = true; style.bold = true }
            // A one-column glyph is one cell: taken apart once for a run of the same glyph (every
            // dot), not measured again for each point.
            if points[index].glyph != single.text {
                let glyph = points[index].glyph
                single = (glyph, width == 1 && glyph.count == 1 ? glyph.first : nil)
            }
            if let character = single.character {
                buffer.put(Cell(character, style: style), x: x, y: y)
            } else {
                buffer.write(points[index].glyph, x: x, y: y, style: style, maxWidth: width)
            }
        }
    }
}
