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
        lines.append(("", "", false))
        lines.append(("", "What the columns mean", true))
        lines += legend.map { ($0.0, $0.1, false) }
        return lines
    }

    /// The colleagues table's columns and the log's arrows, in words.
    static let legend: [(String, String)] = [
        ("V F Q T", "vital, frequency, quality, trust: 1 (low) to 5"),
        ("Stance", "sponsor, ally, neutral, skeptic, anti-sponsor"),
        ("Bal", "give/receive balance, −1 (you only receive) to +1 (you only give)"),
        ("Last", "last contact; Due: next one by their rhythm"),
        ("→ ← ⇄", "in the log: you gave, you received, mutual"),
    ]

    /// Rows of bindings the popup shows at this size; the rest scroll with j/k.
    static func visibleRows(_ layout: Layout) -> Int { max(1, layout.content.height - 2) }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let all = lines()
        let content = state.layout.content
        let rows = min(all.count, visibleRows(state.layout))
        let scrolls = all.count > rows
        let rect = content.centered(width: 62, height: rows + 2)
        let title = scrolls ? "Keys — j/k scroll · Esc closes" : "Keys — Esc or ? closes"
        let inner = Box.popup(rect, into: &buffer, title: title)
        for row in 0..<rows {
            let index = state.helpOffset + row
            guard index < all.count else { break }
            let line = all[index]
            let y = inner.y - 1 + row + 1
            if line.isTitle {
                buffer.write(line.text, x: inner.x, y: y, style: Style(foreground: .cyan, bold: true), maxWidth: inner.width)
            } else {
                buffer.write(line.key, x: inner.x, y: y, style: .bold, maxWidth: 12)
                buffer.write(line.text, x: inner.x + 13, y: y, maxWidth: inner.width - 13)
            }
        }
        if scrolls {
            let more = state.helpOffset + rows < all.count ? "more ↓" : "end"
            buffer.write(" \(more) ", x: rect.maxX - DisplayWidth.of(more) - 4, y: rect.maxY - 1, style: .dim)
        }
    }
}
