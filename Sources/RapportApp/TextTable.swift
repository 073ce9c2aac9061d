import TerminalUI

/// Aligned plain-text columns for subcommand output; widths count terminal columns, so wide
/// names line up, and every cell is sanitised.
public struct TextTable {
    public var headers: [String]
    public var rightAligned: Set<Int> = []
    public var maxWidths: [Int: Int] = [:]
    public var rows: [[String]] = []

    public init(headers: [String], rightAligned: Set<Int> = [], maxWidths: [Int: Int] = [:], rows: [[String]] = []) {
        self.headers = headers
        self.rightAligned = rightAligned
        self.maxWidths = maxWidths
        self.rows = rows
    }

    public func rendered() -> String {
        let cells = ([headers] + rows).map { $0.map(TextSanitizer.sanitize) }
        let widths = headers.indices.map { column in
            min(maxWidths[column] ?? .max, cells.map { DisplayWidth.of($0[column]) }.max() ?? 0)
        }
        return cells.map { row in
            row.indices.map { column in
                let last = column == row.count - 1 && !rightAligned.contains(column)
                return last ? DisplayWidth.truncate(row[column], to: widths[column])
                    : DisplayWidth.pad(row[column], to: widths[column], alignRight: rightAligned.contains(column))
            }.joined(separator: "  ")
        }.map { line in
            // An empty last cell would leave the separator dangling at the end of the line.
            String(line.reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }
}
