import PeerNetwork
import TerminalUI

/// Aligned plain-text columns for subcommand output; widths count terminal columns, so wide
/// names line up, and every cell is one line (its line breaks spaces) and sanitised.
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
        let cells = ([headers] + rows).map { $0.map(Self.cell) }
        return lines(cells, widths: widths(ofSanitized: cells))
    }

    /// Each column's width: its widest cell, header included, within `maxWidths`.
    public func widths() -> [Int] {
        widths(ofSanitized: ([headers] + rows).map { $0.map(Self.cell) })
    }

    /// The rows laid out in `widths`, and the header first if asked: a table printed a page at a
    /// time keeps the widths it started with.
    public func rendered(widths: [Int], includingHeader: Bool) -> String {
        lines(((includingHeader ? [headers] : []) + rows).map { $0.map(Self.cell) }, widths: widths)
    }

    private static func cell(_ text: String) -> String { TextSanitizer.sanitize(text.onOneLine) }

    private func widths(ofSanitized cells: [[String]]) -> [Int] {
        headers.indices.map { column in min(maxWidths[column] ?? .max, cells.map { DisplayWidth.of($0[column]) }.max() ?? 0) }
    }

    private func lines(_ cells: [[String]], widths: [Int]) -> String {
        cells.map { row in
            row.indices.map { column in
                let last = column == row.count - 1 && !rightAligned.contains(column)
                return last ? DisplayWidth.truncate(row[column], to: widths[column])
                    : DisplayWidth.pad(row[column], to: widths[column], alignRight: rightAligned.contains(column))
            }.joined(separator: "  ")
        }.map(Self.droppingTrailingSpaces).joined(separator: "\n")
    }

    /// An empty last cell would leave the separator dangling at the end of the line. Dropped by
    /// bytes: a space is one byte of UTF-8 and never part of the character before it. Walking the
    /// line's characters backwards is far slower.
    static func droppingTrailingSpaces(_ line: String) -> String {
        let bytes = line.utf8
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") { end = bytes.index(before: end) }
        return String(line[..<end])
    }
}
