/// A column of a `Table`: a fixed width, or `flexible` to take what the fixed ones leave.
public struct TableColumn: Sendable {
    public var title: String
    public var width: Int
    public var flexible: Bool
    public var alignRight: Bool
    /// Sentences, cut after a whole word (`DisplayWidth.truncateWords`) rather than mid-word.
    public var prose: Bool

    public init(_ title: String, width: Int, flexible: Bool = false, alignRight: Bool = false, prose: Bool = false) {
        self.title = title
        self.width = width
        self.flexible = flexible
        self.alignRight = alignRight
        self.prose = prose
    }
}

public struct TableCell: Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A scrolling table with a header row and a selected row drawn in reverse video.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var rows: [[TableCell]]
    public var selected: Int?
    public var offset: Int
    public var headerStyle = Style(bold: true, underline: true)

    public init(columns: [TableColumn], rows: [[TableCell]], selected: Int?, offset: Int) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
    }

    /// Column widths for `totalWidth`: fixed ones as asked, the flexible one takes the rest
    /// (at least 4 columns), separated by one space.
    public func widths(for totalWidth: Int) -> [Int] {
        let separators = max(0, columns.count - 1)
        let fixed = columns.filter { !$0.flexible }.reduce(0) { $0 + $1.width }
        let flexibleCount = columns.filter(\.flexible).count
        let spare = max(0, totalWidth - fixed - separators)
        return columns.map { column in
            column.flexible ? max(4, spare / max(1, flexibleCount)) : column.width
        }
    }

    /// A table of `count` rows of which only those on screen (from `offset`, as many as fit in
    /// `area`) are built by `row`: long lists cost per frame what they show, not what they hold.
    public static func window(count: Int, offset: Int, area: Rect) -> Range<Int> {
        (offset..<(offset + max(0, area.height - 1))).clamped(to: 0..<max(0, count))
    }

    /// The first visible row, moved just enough to keep `selected` on screen.
    public static func offset(keeping selected: Int, visible: Int, current: Int, count: Int) -> Int {
        guard visible > 0 else { return 0 }
        var offset = current
        if selected < offset { offset = selected }
        if selected >= offset + visible { offset = selected - visible + 1 }
        return max(0, min(offset, max(0, count - visible)))
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.height > 0 else { return }
        let widths = widths(for: area.width)
        var x = area.x
        for (index, column) in columns.enumerated() {
            buffer.write(column.title, in: Rect(x: x, y: area.y, width: widths[index], height: 1), style: headerStyle, alignRight: column.alignRight)
            x += widths[index] + 1
        }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        for row in 0..<body.height {
            let index = offset + row
            guard index < rows.count else { break }
            var x = body.x
            for (columnIndex, column) in columns.enumerated() where columnIndex < rows[index].count {
                let cell = rows[index][columnIndex]
                let text = column.prose ? DisplayWidth.truncateWords(cell.text, to: widths[columnIndex]) : cell.text
                buffer.write(text, in: Rect(x: x, y: body.y + row, width: widths[columnIndex], height: 1), style: cell.style, alignRight: column.alignRight)
                x += widths[columnIndex] + 1
            }
            if index == selected {
                buffer.restyle(Rect(x: body.x, y: body.y + row, width: body.width, height: 1)) { $0.reverse = true }
            }
        }
    }
}
