import Foundation

/// The bytes that take a terminal from one frame to the next: the changed cells only, a cursor
/// move where a run of them starts, and a style's sequence where the style changes, each made
/// once and kept. ncurses weighs several cursor motions for every changed cell, and a screen
/// switch on a large terminal changes thousands of them.
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

        /// terminfo's `cup` on xterm, tmux, screen and the Linux console.
        public static let ansiCursorAddress = "\u{1b}[%i%p1%d;%p2%dH"

        /// What `ansiCursorAddress` gives for column `x`, row `y` (from 0), made directly rather
        /// than through tparm for every move.
        public static func ansiMoveTo(_ x: Int, _ y: Int) -> [UInt8] {
            // Digits by hand: string interpolation costs more than the move itself.
            func digits(_ value: Int, into out: inout [UInt8]) {
                var divisor = 1
                while divisor * 10 <= value { divisor *= 10 }
                while divisor > 0 {
                    out.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                    divisor /= 10
                }
            }
            var out: [UInt8] = []
            out.reserveCapacity(12)
            out.append(0x1b)
            out.append(UInt8(ascii: "["))
            digits(y + 1, into: &out)
            out.append(UInt8(ascii: ";"))
            digits(x + 1, into: &out)
            out.append(UInt8(ascii: "H"))
            return out
        }
    }

    private let sequences: Sequences
    /// False under a locale that is not UTF-8: every cell goes out as ASCII.
    private let unicode: Bool
    /// Each style's sequence, by `Style.code`: a frame changes style about a thousand times.
    private var styles = [[UInt8]?](repeating: nil, count: Style.codes)
    /// Each cell's cursor move, by index, for frames of `movesWidth` columns.
    private var moves: [[UInt8]?] = []
    private var movesWidth = 0

    public init(_ sequences: Sequences, unicode: Bool) {
        self.sequences = sequences
        self.unicode = unicode
    }

    /// What draws `frame` over `previous`; over whatever is there (a clear first) when there
    /// is no previous frame of the same size. Ends in the plain style.
    public mutating func encode(_ frame: ScreenBuffer, since previous: ScreenBuffer?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(frame.cells.count * 2)
        // What the screen shows: the previous frame, or after a clear one blank cell for all,
        // read with a stride of 0 rather than made 10,000 times.
        let shown: [Cell]
        let shownStride: Int
        if let previous, previous.width == frame.width, previous.height == frame.height {
            (shown, shownStride) = (previous.cells, 1)
        } else {
            out += style(.plain) + sequences.clearScreen
            (shown, shownStride) = ([.blank], 0)
        }
        let width = frame.width
        let last = sequences.writesLastCell ? -1 : frame.cells.count - 1
        var cursor = -1
        // Every frame ends in the plain style, and a clear starts in it.
        var current = Style.plain
        // The cells are read in place through their buffers: copying each Cell out costs more
        // than everything else done with it.
        frame.cells.withUnsafeBufferPointer { now in
            shown.withUnsafeBufferPointer { before in
                for index in 0..<now.count where index != last && !Cell.drawnAlike(now.baseAddress! + index, before.baseAddress! + index * shownStride) {
                    let cell = now.baseAddress! + index
                    let glyph: Character
                    if cell.pointee.isContinuation {
                        // A wide character moved the cursor over this cell already; in ASCII it
                        // was one column, and this one is drawn blank.
                        if unicode { continue }
                        glyph = " "
                    } else {
                        glyph = unicode ? cell.pointee.character : ASCIIFallback.character(for: cell.pointee.character)
                    }
                    if cursor != index { out += move(index % width, index / width, width: width, cells: now.count) }
                    if cell.pointee.style != current {
                        current = cell.pointee.style
                        out += style(current)
                    }
                    // Most cells are one byte: appended as such, not through a UTF-8 view.
                    let bytes = glyph.utf8
                    if bytes.count == 1 { out.append(bytes[bytes.startIndex]) } else { out.append(contentsOf: bytes) }
                    let next = index % width + 1
                    let wide = unicode && next < width && (cell + 1).pointee.isContinuation
                    // At the right edge the cursor waits to wrap: the next run moves it explicitly.
                    cursor = next + (wide ? 1 : 0) < width ? index + (wide ? 2 : 1) : -1
                }
            }
        }
        if current != .plain { out += style(.plain) }
        return out
    }

    private mutating func style(_ style: Style) -> [UInt8] {
        if let made = styles[style.code] { return made }
        let made = sequences.style(style)
        styles[style.code] = made
        return made
    }

    private mutating func move(_ x: Int, _ y: Int, width: Int, cells: Int) -> [UInt8] {
        if movesWidth != width || moves.count != cells {
            moves = Array(repeating: nil, count: cells)
            movesWidth = width
        }
        let index = y * width + x
        if let made = moves[index] { return made }
        let made = sequences.moveTo(x, y)
        moves[index] = made
        return made
    }
}

extension Style {
    /// A number for each style, 0..<`codes`: the colours (or none) and the four attributes.
    var code: Int {
        let colours = (foreground.map { $0.rawValue + 1 } ?? 0) * 9 + (background.map { $0.rawValue + 1 } ?? 0)
        return colours << 4 | (bold ? 1 : 0) | (dim ? 2 : 0) | (reverse ? 4 : 0) | (underline ? 8 : 0)
    }

    static let codes = 81 << 4
}

extension Cell {
    /// Whether the cells at `a` and `b` are shown the same, compared in place: copying a Cell
    /// out retains its character, and a frame compares 10,000. Characters are compared by their
    /// stored bytes, not by Unicode equivalence (a slow comparison for every changed cell); two
    /// spellings of one character only get drawn once more.
    static func drawnAlike(_ a: UnsafePointer<Cell>, _ b: UnsafePointer<Cell>) -> Bool {
        guard a.pointee.isContinuation == b.pointee.isContinuation, a.pointee.style == b.pointee.style,
              let offset = MemoryLayout<Cell>.offset(of: \.character) else { return false }
        return memcmp(UnsafeRawPointer(a) + offset, UnsafeRawPointer(b) + offset, MemoryLayout<Character>.size) == 0
    }
}
