import TerminalUI

/// `?`: every binding, generated from the keymap, in a popup over the current screen.
enum HelpOverlay {
    /// Every binding, section by section, unwrapped: the keys of `screen` first, those of
    /// fewest screens before those shared by many, then those that work everywhere, then the
    /// other screens'.
    static func entries(on screen: ScreenID = .colleagues) -> [(key: String, text: String, isTitle: Bool)] {
        var lines: [(key: String, text: String, isTitle: Bool)] = []
        func rank(_ contexts: [BindingContext]) -> Int {
            contexts.contains(.screen(screen)) ? contexts.count : contexts.contains(.global) ? 100 : 200
        }
        let sections = Keymap.helpSections.enumerated().sorted { a, b in
            (rank(a.element.bindings[0].contexts), a.offset) < (rank(b.element.bindings[0].contexts), b.offset)
        }
        for (_, section) in sections {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append(("", section.title, true))
            lines += section.bindings.map { ($0.keyLabel, $0.help, false) }
        }
        for kind in PopupKind.allCases {
            lines.append(("", "", false))
            lines.append(("", "In the " + kind.rawValue.lowercased(), true))
            lines += (Keymap.popupKeys[kind] ?? []).map { ($0.helpLabel, $0.label, false) }
        }
        lines.append(("", "", false))
        lines.append(("", "In any text field", true))
        lines += Keymap.textFieldKeys.map { ($0.helpLabel, $0.label, false) }
        lines.append(("", "", false))
        lines.append(("", "What the columns mean", true))
        lines += legend.map { ($0.0, $0.1, false) }
        return lines
    }

    /// The colleagues table's columns and the log's arrows, in words.
    static let legend: [(String, String)] = [
        ("V F Q T", "vital, frequency, quality, trust: 1 (low) to 5"),
        ("Stance", "sponsor, ally, neutral, skeptic, anti-sponsor, or unknown (not assessed yet)"),
        ("Bal", "give/receive balance, −1 (you only receive) to +1 (you only give)"),
        ("Last", "last contact; Due: next one by their rhythm"),
        ("→ ← ⇄", "in the log: you gave, you received, mutual"),
    ]

    /// The lines the overlay shows at this size: a text too long for its column goes on under
    /// itself, so no binding is cut short.
    static func lines(for layout: Layout, on screen: ScreenID = .colleagues) -> [(key: String, text: String, isTitle: Bool)] {
        let width = textWidth(layout)
        return entries(on: screen).flatMap { entry -> [(key: String, text: String, isTitle: Bool)] in
            guard !entry.isTitle else { return [entry] }
            // Keys too long for their column ("Tab/Shift-Tab/↓/↑") have a line of their own.
            let keyLine: [(key: String, text: String, isTitle: Bool)] = DisplayWidth.of(entry.key) > keyWidth ? [(entry.key, "", false)] : []
            let key = keyLine.isEmpty ? entry.key : ""
            guard DisplayWidth.of(entry.text) > width else { return keyLine + [(key, entry.text, false)] }
            return keyLine + TextWrap.lines(entry.text, width: width).enumerated().map { index, part in
                (index == 0 ? key : "", part, false)
            }
        }
    }

    /// Columns of keys the overlay uses: two when the terminal is wide enough.
    static func columns(_ layout: Layout) -> Int { layout.content.width >= 130 ? 2 : 1 }

    static func columnWidth(_ layout: Layout) -> Int {
        columns(layout) == 2 ? min(70, (layout.content.width - 6) / 2) : max(20, min(72, layout.content.width - 6))
    }

    /// Keys take the first 12 cells of a column and a space.
    static func textWidth(_ layout: Layout) -> Int { columnWidth(layout) - keyWidth - 1 }
    static let keyWidth = 12

    /// Rows of bindings the popup shows at this size; the rest scroll with j/k.
    static func visibleRows(_ layout: Layout) -> Int { max(1, layout.content.height - 2) * columns(layout) }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = state.layout
        let all = lines(for: layout, on: state.screen)
        let content = layout.content
        let columnCount = columns(layout)
        let perColumn = max(1, content.height - 2)
        let shown = min(all.count, perColumn * columnCount)
        let rows = min(perColumn, (shown + columnCount - 1) / columnCount)
        let scrolls = all.count > shown
        let columnWidth = columnWidth(layout)
        // A border and a space each side (`Box.popup`), and two spaces between columns.
        let rect = content.centered(width: columnWidth * columnCount + 4 + (columnCount - 1) * 2, height: rows + 2)
        let title = scrolls ? "Keys — j/k scroll · Esc closes" : "Keys — Esc or ? closes"
        let inner = Box.popup(rect, into: &buffer, title: title)
        for slot in 0..<(rows * columnCount) {
            let index = state.helpOffset + slot
            guard index < all.count else { break }
            let line = all[index]
            let x = inner.x + (slot / rows) * (columnWidth + 2)
            let y = inner.y + slot % rows
            if line.isTitle {
                buffer.write(line.text, x: x, y: y, style: Style(foreground: .cyan, bold: true), maxWidth: columnWidth)
            } else {
                buffer.write(line.key, x: x, y: y, style: .bold, maxWidth: line.text.isEmpty ? columnWidth : keyWidth)
                buffer.write(line.text, x: x + keyWidth + 1, y: y, maxWidth: columnWidth - keyWidth - 1)
            }
        }
        if scrolls {
            let more = state.helpOffset + shown < all.count ? "more ↓" : "end"
            buffer.write(" \(more) ", x: rect.maxX - DisplayWidth.of(more) - 4, y: rect.maxY - 1, style: .dim)
        }
    }
}
