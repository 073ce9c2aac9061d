import TerminalUI

/// The bottom row: the filter being typed, a status message, or the screen's main keys.
enum StatusBar {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let area = state.layout.statusBar
        buffer.fill(area, style: .plain)
        if let field = state.filterField {
            let label = "Filter: "
            buffer.write(label, x: area.x, y: area.y, style: .bold)
            let hint = "  Enter keep · Esc clear"
            let fieldWidth = area.width - DisplayWidth.of(label) - DisplayWidth.of(hint)
            field.render(into: &buffer, x: area.x + DisplayWidth.of(label), y: area.y, width: max(1, fieldWidth))
            buffer.write(hint, x: area.maxX - DisplayWidth.of(hint), y: area.y, style: .dim)
            return
        }
        if let status = state.status {
            buffer.write(status.shown(fitting: area.width), in: area, style: status.isError ? .color(.red, bold: true) : .color(.green))
            return
        }
        var x = area.x
        if state.redacted { x += buffer.write("REDACTED ", x: x, y: area.y, style: Style(foreground: .yellow, bold: true, reverse: true)) + 1 }
        // The team works from its cache while its server is away, and says so on every screen.
        if state.team != nil, state.teamOffline != nil {
            x += buffer.write("TEAM OFFLINE ", x: x, y: area.y, style: Style(foreground: .yellow, bold: true, reverse: true)) + 1
        }
        if state.screen == .colleagues, !state.marked.isEmpty {
            x += buffer.write("\(state.marked.count) marked", x: x, y: area.y, style: Style(foreground: .magenta, bold: true, reverse: true)) + 2
        }
        // Meetings that ended and wait to be logged, on every screen.
        if !state.meetings.isEmpty {
            let count = state.meetings.count
            x += buffer.write("\(count) meeting\(count == 1 ? "" : "s") to log", x: x, y: area.y, style: Style(foreground: .magenta, bold: true, reverse: true))
            x += buffer.write(" m", x: x, y: area.y, style: Style(foreground: .cyan, bold: true)) + 2
        }
        for binding in Keymap.statusBarBindings(on: state.screen) {
            let key = binding.keyLabel, text = " \(binding.statusLabel ?? binding.help)  "
            guard x + DisplayWidth.of(key + text) <= area.maxX else { break }
            x += buffer.write(key, x: x, y: area.y, style: Style(foreground: .cyan, bold: true))
            x += buffer.write(text, x: x, y: area.y, style: .plain)
        }
    }
}
