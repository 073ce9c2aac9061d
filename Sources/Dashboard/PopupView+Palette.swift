import PeerNetwork
import TerminalUI

extension PopupView {
    static func renderTag(_ popup: TagPopup, area: Rect, into buffer: inout ScreenBuffer) {
        let width = min(area.width - 4, 70)
        let who = TextWrap.lines("For " + naming(popup.names), width: width - 4)
        let rect = area.centered(width: width, height: who.count + 5)
        let inner = Box.popup(rect, into: &buffer, title: "Tag " + Plural.count(popup.names.count, "colleague"))
        for (index, line) in who.enumerated() { buffer.write(line, x: inner.x, y: inner.y + index, style: .dim, maxWidth: inner.width) }
        buffer.write("@", x: inner.x, y: inner.y + who.count + 1, style: .color(.cyan, bold: true))
        popup.field.render(into: &buffer, x: inner.x + 1, y: inner.y + who.count + 1, width: inner.width - 1)
        let footer = popup.error.map { "✗ " + $0 } ?? Keymap.footer(.tag)
        buffer.write(footer, x: inner.x, y: inner.maxY - 1, style: popup.error == nil ? .dim : .color(.red, bold: true), maxWidth: inner.width)
    }

    static func renderPalette(_ popup: PalettePopup, area: Rect, into buffer: inout ScreenBuffer) {
        let matches = popup.matches
        let width = min(area.width - 2, 90)
        let rows = max(1, min(matches.count, area.height - 5))
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: min(area.height - 1, rows + 4))
        let inner = Box.popup(rect, into: &buffer, title: title("Command palette", keys: Keymap.footerItems(.palette), width: width))
        buffer.write(": ", x: inner.x, y: inner.y, style: .color(.cyan, bold: true))
        popup.field.render(into: &buffer, x: inner.x + 2, y: inner.y, width: inner.width - 2)
        guard !matches.isEmpty else {
            buffer.write("No action here matches", x: inner.x, y: inner.y + 1, style: .dim, maxWidth: inner.width)
            return
        }
        let first = max(0, popup.selected - rows + 1)
        for (row, index) in (first..<min(matches.count, first + min(rows, inner.height - 1))).enumerated() {
            let binding = matches[index]
            let y = inner.y + 1 + row
            let selected = index == popup.selected
            let line = DisplayWidth.pad(DisplayWidth.pad(binding.keyLabel, to: 12) + " " + DisplayWidth.truncateWords(binding.help, to: inner.width - 13), to: inner.width)
            buffer.write(line, x: inner.x, y: y, style: selected ? Style(reverse: true) : .plain, maxWidth: inner.width)
            if !selected { buffer.write(binding.keyLabel, x: inner.x, y: y, style: Style(foreground: .cyan, bold: true), maxWidth: 12) }
        }
    }
}
