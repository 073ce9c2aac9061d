import TerminalUI

/// `?`: every binding, generated from the keymap, in a popup over the current screen.
enum HelpOverlay {
    static func lines() -> [(key: String, text: String, isTitle: Bool)] {
        var lines: [(key: String, text: String, isTitle: Bool)] = []
        for section in Keymap.helpSections {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append(("", section.title, true))
            lines += section.bindings.map { ($0.keyLabel, $0.help, false) }
        }
        return lines
    }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let all = lines()
        let content = state.layout.content
        // Two columns when one would not fit.
        let columns = all.count + 2 > content.height ? 2 : 1
        let perColumn = (all.count + columns - 1) / columns
        let columnWidth = 36
        let rect = content.centered(width: columnWidth * columns + 4, height: perColumn + 3)
        let inner = Box.popup(rect, into: &buffer, title: "Keys — Esc or ? closes")
        for (index, line) in all.enumerated() {
            let column = index / perColumn, row = index % perColumn
            let x = inner.x + column * columnWidth
            guard row < inner.height - 1 else { continue }
            if line.isTitle {
                buffer.write(line.text, x: x, y: inner.y + row, style: Style(foreground: .cyan, bold: true), maxWidth: columnWidth - 1)
            } else {
                buffer.write(line.key, x: x, y: inner.y + row, style: .bold, maxWidth: 12)
                buffer.write(line.text, x: x + 13, y: inner.y + row, maxWidth: columnWidth - 14)
            }
        }
    }
}
