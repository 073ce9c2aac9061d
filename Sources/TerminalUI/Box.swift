/// Borders, titled panels and popups drawn with box-drawing characters.
public enum Box {
    public static func draw(_ rect: Rect, into buffer: inout ScreenBuffer, title: String = "", style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        buffer.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.write("│", x: rect.x, y: y, style: style)
            buffer.write("│", x: rect.maxX - 1, y: y, style: style)
        }
        if !title.isEmpty {
            buffer.write(" \(title) ", x: rect.x + 2, y: rect.y, style: Style(bold: true), maxWidth: rect.width - 4)
        }
    }

    /// Clears `rect`, frames it and returns the inside.
    @discardableResult
    public static func popup(_ rect: Rect, into buffer: inout ScreenBuffer, title: String) -> Rect {
        buffer.fill(rect)
        draw(rect, into: &buffer, title: title, style: .color(.cyan))
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
