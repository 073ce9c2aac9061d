import TerminalUI

/// The top row: the app name and one tab per numbered screen, the current one highlighted.
enum TabBar {
    static let brand = " Rapport "

    static func tabLabel(_ screen: ScreenID) -> String { " \(screen.rawValue) \(screen.title) " }

    /// Column ranges of the tabs, for mouse clicks.
    static func tabRanges() -> [(ScreenID, Range<Int>)] {
        var x = DisplayWidth.of(brand) + 1
        return ScreenID.tabs.map { screen in
            let width = DisplayWidth.of(tabLabel(screen))
            defer { x += width + 1 }
            return (screen, x..<(x + width))
        }
    }

    static func screen(atColumn column: Int) -> ScreenID? {
        tabRanges().first { $0.1.contains(column) }?.0
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let area = state.layout.tabBar
        buffer.write(brand, x: area.x, y: area.y, style: Style(foreground: .cyan, bold: true, reverse: true))
        let current = state.screen == .detail ? state.returnScreen : state.screen
        for (screen, range) in tabRanges() {
            let style = screen == current ? Style(bold: true, reverse: true) : Style.plain
            buffer.write(tabLabel(screen), x: range.lowerBound, y: area.y, style: style)
        }
        let count = state.colleagues.total
        // An active filter stays in sight after Enter, until Esc clears it.
        let filter = state.query.filter.isEmpty || state.filterField != nil ? "" : "“\(state.query.filter)”: "
        let summary = filter + "\(count) colleague\(count == 1 ? "" : "s") "
        let x = area.maxX - DisplayWidth.of(summary)
        if x > (tabRanges().last?.1.upperBound ?? 0) + 1 { buffer.write(summary, x: x, y: area.y, style: .dim) }
    }
}
