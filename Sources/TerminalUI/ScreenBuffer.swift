/// An in-memory frame. Every screen draws here; only the backend copies it to the terminal,
/// and tests compare its plain text with expected lines.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes sanitised `text` from (x, y), clipped to `maxWidth` columns and the buffer; a wide
    /// character that would straddle the edge is left out. Text cut short ends in "…", so the
    /// reader knows there is more; spaces cut off are not text. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        // Nothing to sanitise, and no grapheme breaking: a cell a scalar.
        let used = DisplayWidth.isOneGlyphPerScalar(text)
            ? place(text.unicodeScalars, x: x, y: y, limit: limit, style: style, columns: DisplayWidth.of(scalar:), glyph: Character.init)
            : place(TextSanitizer.sanitize(text), x: x, y: y, limit: limit, style: style, columns: DisplayWidth.of, glyph: { $0 })
        if let used { return used }
        return write(DisplayWidth.truncate(TextSanitizer.sanitize(text), to: limit - x), x: x, y: y, style: style, maxWidth: limit - x)
    }

    /// Puts `glyphs` in cells from (x, y) up to `limit`; returns the columns used, or nil when
    /// what did not fit is more than spaces (then `write` cuts it with an ellipsis instead).
    /// Inlined, so each of the two calls is specialised, its closures with it: it is the
    /// frame's hottest loop.
    @inline(__always)
    private mutating func place<Glyphs: Collection>(
        _ glyphs: Glyphs, x: Int, y: Int, limit: Int, style: Style,
        columns: (Glyphs.Element) -> Int, glyph: (Glyphs.Element) -> Character
    ) -> Int? {
        var column = x
        var index = glyphs.startIndex
        while index != glyphs.endIndex {
            let element = glyphs[index]
            let w = columns(element)
            if w > 0 {
                if column + w > limit { return glyphs[index...].allSatisfy { glyph($0) == " " } ? column - x : nil }
                if column >= 0 {
                    clearWideNeighbours(x: column, y: y, width: w)
                    cells[y * width + column] = Cell(glyph(element), style: style)
                    if w == 2 { cells[y * width + column + 1] = Cell(" ", style: style, isContinuation: true) }
                }
                column += w
            }
            index = glyphs.index(after: index)
        }
        return column - x
    }

    /// Puts one single-column cell at (x, y), if that is in the buffer: what `write` does for a
    /// one-character text, without measuring it again (the map puts thousands a frame).
    public mutating func put(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        clearWideNeighbours(x: x, y: y, width: 1)
        cells[y * width + x] = cell
    }

    /// Overwriting half of a wide character blanks its other half, so no stray halves remain.
    /// Read through `cells` in place: `self[x, y]` would copy each Cell out.
    private mutating func clearWideNeighbours(x: Int, y: Int, width w: Int) {
        let index = y * width + x
        if cells[index].isContinuation, x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
        if x + w < width, cells[index + w].isContinuation { cells[index + w] = Cell(" ", style: cells[index + w].style) }
    }

    /// Text cut with "…" or padded to exactly `width` columns.
    @discardableResult
    public mutating func write(_ text: String, in rect: Rect, row: Int = 0, style: Style = .plain, alignRight: Bool = false) -> Int {
        guard row < rect.height, rect.width > 0 else { return 0 }
        // Cut, then blank the rest of the rect in place: no padded copy of the text per cell.
        let cut = DisplayWidth.truncate(TextSanitizer.sanitize(text), to: rect.width)
        let padding = rect.width - DisplayWidth.of(cut)
        let y = rect.y + row
        let textX = alignRight ? rect.x + padding : rect.x
        fill(Rect(x: alignRight ? rect.x : rect.x + rect.width - padding, y: y, width: padding, height: 1), style: style)
        write(cut, x: textX, y: y, style: style, maxWidth: rect.width - (alignRight ? padding : 0))
        return rect.width
    }

    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let (left, right) = (max(0, rect.x), min(width, rect.maxX))
        guard left < right else { return }
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            clearWideNeighbours(x: left, y: y, width: right - left)
            for x in left..<right { self[x, y] = Cell(" ", style: style) }
        }
    }

    /// Applies `change` to the style of every cell in `rect` (used to highlight a selected row).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { change(&cells[y * width + x].style) }
        }
    }

    /// The frame as plain text, one string per row, trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
            return line
        }
    }

    /// Rows with trailing spaces removed, joined by newlines: the form snapshots are stored in.
    public var text: String {
        lines.map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }

    /// Each glyph's style as one character, row by row under `text`, so a snapshot shows the
    /// selection and the highlights: `#` reverse video, `*` bold, `.` dim, `_` underline, a
    /// colour's initial (`r`ed, `g`reen, `y`ellow, `b`lue, `m`agenta, `c`yan, `w`hite, blac`k`,
    /// upper-case when bold), a space when plain.
    public var styleText: String {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line.append(Self.mark(self[x, y].style)) }
            return String(line.reversed().drop(while: { $0 == " " }).reversed())
        }.joined(separator: "\n")
    }

    static func mark(_ style: Style) -> Character {
        if style.reverse { return "#" }
        if let color = style.foreground {
            let initial: Character = ["k", "r", "g", "y", "b", "m", "c", "w"][color.rawValue]
            return style.bold ? Character(initial.uppercased()) : initial
        }
        if style.bold { return "*" }
        if style.dim { return "." }
        if style.underline { return "_" }
        return " "
    }
}
