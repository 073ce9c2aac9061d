/// The bytes that take a terminal from one frame to the next: the changed cells only, a cursor
/// move where a run of them starts, and a style's sequence where the style changes, each made
/// once and kept. ncurses spent about 1,200 instructions on each changed cell, weighing several
/// cursor motions every time; a screen switch at 200×50 changes 6,500 cells.
public struct FrameEncoder {
    /// What this terminal needs, from terminfo (or plain ANSI in tests).
    public struct Sequences {
        /// Clears the screen to the default colours, the cursor top left.
        public var clearScreen: [UInt8]
        public var moveTo: (_ x: Int, _ y: Int) -> [UInt8]
        /// Sets `style` whatever the terminal's current one (so it starts by resetting).
        public var style: (Style) -> [UInt8]
        /// False when writing the bottom-right cell would scroll the screen (automatic margins
        /// without the xterm-style pending wrap): that cell is then left alone.
        public var writesLastCell: Bool

        public init(clearScreen: [UInt8], moveTo: @escaping (Int, Int) -> [UInt8], style: @escaping (Style) -> [UInt8], writesLastCell: Bool) {
            self.clearScreen = clearScreen
            self.moveTo = moveTo
            self.style = style
            self.writesLastCell = writesLastCell
        }
    }

    private let sequences: Sequences
    /// False under a locale that is not UTF-8: every cell goes out as ASCII.
    private let unicode: Bool
    private var styles: [Style: [UInt8]] = [:]
    private var moves: [Int: [UInt8]] = [:]

    public init(_ sequences: Sequences, unicode: Bool) {
        self.sequences = sequences
        self.unicode = unicode
    }

    /// What draws `frame` over `previous`; over whatever is there (a clear first) when there
    /// is no previous frame of the same size. Ends in the plain style.
    public mutating func encode(_ frame: ScreenBuffer, since previous: ScreenBuffer?) -> [UInt8] {
        var out: [UInt8] = []
        var shown = previous
        if shown?.width != frame.width || shown?.height != frame.height {
            out += style(.plain) + sequences.clearScreen
            shown = ScreenBuffer(width: frame.width, height: frame.height)
        }
        var cursor: (x: Int, y: Int)?
        // Every frame ends in the plain style, and a clear starts in it.
        var current = Style.plain
        frame.forEachChange(since: shown) { x, y, cell in
            if x == frame.width - 1, y == frame.height - 1, !sequences.writesLastCell { return }
            let glyph: Character
            if cell.isContinuation {
                // A wide character moved the cursor over this cell already; in ASCII it was one
                // column, and this one is drawn blank.
                if unicode { return }
                glyph = " "
            } else {
                glyph = unicode ? cell.character : ASCIIFallback.character(for: cell.character)
            }
            if cursor?.x != x || cursor?.y != y { out += move(x, y) }
            if cell.style != current {
                out += style(cell.style)
                current = cell.style
            }
            out += glyph.utf8
            let wide = unicode && x + 1 < frame.width && frame[x + 1, y].isContinuation
            let next = x + (wide ? 2 : 1)
            // At the right edge the cursor waits to wrap: the next run moves it explicitly.
            cursor = next < frame.width ? (next, y) : nil
        }
        if current != .plain { out += style(.plain) }
        return out
    }

    private mutating func style(_ style: Style) -> [UInt8] {
        if let made = styles[style] { return made }
        let made = sequences.style(style)
        styles[style] = made
        return made
    }

    private mutating func move(_ x: Int, _ y: Int) -> [UInt8] {
        let key = y << 16 | x
        if let made = moves[key] { return made }
        let made = sequences.moveTo(x, y)
        moves[key] = made
        return made
    }
}
