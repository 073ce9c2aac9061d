import PeerNetwork
import TerminalUI

/// Screen 2: colleagues placed by trust (across) and vital (up), in the four quadrants of the
/// mapping exercise, with the selected one named and a panel of departments beside it.
enum MapScreen {
    /// Quadrant advice: vital and trusted people are kept close; vital people without trust
    /// are where to invest first.
    static let quadrants = (
        topLeft: "invest here first", topRight: "keep close", bottomLeft: "monitor", bottomRight: "keep warm")
    /// Ratings above this count as high on either axis.
    static let highFrom = 4

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = state.layout
        // Worked out once a frame, for the plot and for the panel's who-is-who.
        let (cellWidth, cellHeight) = cellSize(layout.mapPlot)
        let labelled = labels(state.mapColleagues, cellWidth: cellWidth, cellHeight: cellHeight)
        renderPlot(state, labelled: labelled, area: layout.mapPlot, into: &buffer)
        renderPanel(state, labelled: labelled, area: layout.mapPanel, into: &buffer)
    }

    static func renderPlot(_ state: AppState, labelled: Labels, area: Rect, into buffer: inout ScreenBuffer) {
        Box.draw(area, into: &buffer, title: "Vital ↑ × Trust →")
        // Leave a column for the vital scale and a row for the trust scale.
        let inner = Rect(x: area.x + 3, y: area.y + 1, width: area.width - 4, height: area.height - 3)
        guard inner.width >= 10, inner.height >= 5 else { return }
        let (cellWidth, cellHeight) = cellSize(area)
        let plot = Rect(x: inner.x, y: inner.y, width: cellWidth * 5, height: cellHeight * 5)
        // Scale labels line up with where points of that value start.
        for value in 1...5 {
            buffer.write(String(value), x: area.x + 1, y: plot.y + 1 + (5 - value) * cellHeight, style: .dim)
            buffer.write(String(value), x: plot.x + 1 + (value - 1) * cellWidth, y: plot.maxY, style: .dim)
        }
        // Quadrant lines between 3 and 4 on both axes.
        let splitX = plot.x + (highFrom - 1) * cellWidth - 1
        let splitY = plot.y + (5 - highFrom + 1) * cellHeight
        for y in plot.y..<plot.maxY { buffer.write("┊", x: splitX, y: y, style: .dim) }
        buffer.write(String(repeating: "┈", count: plot.width), x: plot.x, y: splitY, style: .dim)
        let labelStyle = Style(foreground: .cyan, dim: true)
        buffer.write(quadrants.topLeft, x: plot.x, y: plot.y, style: labelStyle, maxWidth: splitX - plot.x)
        buffer.write(quadrants.topRight, x: splitX + 1, y: plot.y, style: labelStyle, maxWidth: plot.maxX - splitX - 1)
        buffer.write(quadrants.bottomLeft, x: plot.x, y: plot.maxY - 1, style: labelStyle, maxWidth: splitX - plot.x)
        buffer.write(quadrants.bottomRight, x: splitX + 1, y: plot.maxY - 1, style: labelStyle, maxWidth: plot.maxX - splitX - 1)

        let mapped = state.mapColleagues
        guard !mapped.isEmpty else {
            buffer.write("Rate vital and trust to place colleagues here (rapport rate NAME --vital 4 --trust 2)", x: plot.x, y: plot.y + plot.height / 2 - 1, style: .dim, maxWidth: plot.width)
            return
        }
        let scatter = ScatterPlot(
            points: mapped.map { entry in
                ScatterPlot.Point(x: entry.trust!, y: entry.vital!, glyph: labelled.label(entry.name), style: Presentation.style(for: entry.stance))
            },
            selected: mapped.indices.contains(state.mapPosition.selected) ? state.mapPosition.selected : nil)
        // Points sit one row below each cell's top so the quadrant labels stay readable.
        let pointArea = Rect(x: plot.x + 1, y: plot.y + 1, width: plot.width, height: plot.height)
        scatter.render(into: &buffer, area: pointArea)
    }

    /// How people are labelled on the plot: names where the most crowded cell has room for them,
    /// then initials, then dots.
    enum Labels: Equatable {
        case names(width: Int), initials, dots

        func label(_ name: String) -> String {
            switch self {
            case .names(let width): DisplayWidth.pad(DisplayWidth.truncate(MapScreen.shortName(name), to: width), to: width)
            case .initials: MapScreen.initials(name)
            case .dots: "●"
            }
        }
    }

    static func labels(_ mapped: [ColleagueEntry], cellWidth: Int, cellHeight: Int) -> Labels {
        var perCell: [Int: Int] = [:]
        for entry in mapped { perCell[entry.trust! * 10 + entry.vital!, default: 0] += 1 }
        let crowd = perCell.values.max() ?? 0
        let rows = max(1, cellHeight - 1)
        func fits(_ width: Int) -> Bool { (crowd + rows - 1) / rows * (width + 1) <= cellWidth - 1 }
        // A crowd too big for initials is dots, without measuring 10,000 names every frame.
        guard fits(2) else { return .dots }
        let nameWidth = min(12, mapped.map { DisplayWidth.of(shortName($0.name)) }.max() ?? 0)
        return fits(nameWidth) ? .names(width: nameWidth) : .initials
    }

    /// The plot's cells at this layout, as `renderPlot` draws them.
    static func cellSize(_ area: Rect) -> (width: Int, height: Int) {
        ((area.width - 4) / 5, (area.height - 3) / 5)
    }

    /// "Dana W." for Dana Whitfield: the first name and the last one's initial, as the plot labels
    /// people when it has room.
    static func shortName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last?.first else { return name }
        return "\(words[0]) \(last)."
    }

    /// "DW" for Dana Whitfield: two columns, so labels line up. A name with a romanised form in
    /// parentheses ("田中 浩 (Hiroshi Tanaka)") uses that; a wide letter fills both columns.
    static func initials(_ name: String) -> String {
        var source = name
        if let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
            source = String(name[name.index(after: open)..<close])
        }
        let words = source.split(separator: " ").filter { $0.first?.isLetter == true }
        var label = words.prefix(2).compactMap(\.first).map { String($0).uppercased() }.joined()
        if label.count == 1, let word = words.first { label += word.dropFirst().prefix(1) }
        while DisplayWidth.of(label) > 2 { label.removeLast() }
        return DisplayWidth.of(label) == 2 ? label : DisplayWidth.pad(label, to: 2)
    }

    static func renderPanel(_ state: AppState, labelled: Labels, area: Rect, into buffer: inout ScreenBuffer) {
        Box.draw(area, into: &buffer, title: "Selected")
        let inner = area.inset(by: 1)
        var row = 0
        func line(_ text: String, _ style: Style = .plain) {
            guard row < inner.height else { return }
            buffer.write(text, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height), row: row, style: style)
            row += 1
        }
        let mapped = state.mapColleagues
        if let entry = state.mapSelection {
            line(entry.name, .bold)
        }
        if let entry = state.mapSelection, let summary = state.colleagues.rows[entry.id] {
            let colleague = summary.colleague
            line([colleague.role, colleague.team].filter { !$0.isEmpty }.map(\.onOneLine).joined(separator: " · "), .dim)
            line(colleague.stance.rawValue, Presentation.style(for: colleague.stance))
            if !state.redacted { line("vital \(Presentation.digit(colleague.ratings.vital)) · trust \(Presentation.digit(colleague.ratings.trust))") }
            line("last contact \(RelativeTime.short(from: summary.lastContact, to: state.now))", .dim)
            if state.colleagues.count > mapped.count {
                line("\(state.colleagues.count - mapped.count) not rated, not shown", .dim)
            }
        } else if mapped.isEmpty {
            line("Nobody on the map yet", .dim)
        }
        row += 1
        guard row < inner.height else { return }
        line("Departments", Style(bold: true, underline: true))
        let departments = state.departments.sorted(by: { ($0.activeCount, $0.name) < ($1.activeCount, $1.name) })
        // The count says it, in red for nobody and yellow for one: no phrase to cut on each row.
        for department in departments {
            let style: Style = department.activeCount == 0 ? .color(.red, bold: true) : department.activeCount == 1 ? .color(.yellow) : .plain
            // The count keeps every digit (a team can have thousands); the name gives way.
            let count = String(format: "%4d", department.activeCount)
            line(DisplayWidth.pad(department.name.isEmpty ? "(no team)" : department.name, to: max(4, inner.width - 1 - count.count)) + count, style)
        }
        // Initials on the plot: who is who, when the whole legend fits.
        if labelled == .initials, inner.height - row >= mapped.count + 2 {
            row += 1
            line("Who is who", Style(bold: true, underline: true))
            for entry in mapped.sorted(by: { $0.name < $1.name }) { line(initials(entry.name) + " " + entry.name, .dim) }
        }
    }
}
