import Foundation
import PeerNetwork
import TerminalUI

/// Given and received time over the last weeks: a bar chart where there is room, two
/// sparklines where there is not. Both share one scale so the two sides compare.
enum WeekChart {
    static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func scale(_ history: [WeekTotals]) -> Int {
        max(1, history.map { max($0.givenMinutes, $0.receivedMinutes) }.max() ?? 1)
    }

    /// One line: `8 weeks  given ▂▄▅▁▃▂▄█  received ▁▇▁▂▄▃▄▂  W41–W48`.
    static func renderSparklines(_ history: [WeekTotals], area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height > 0, let first = history.first, let last = history.last else { return }
        let top = scale(history)
        var x = area.x + buffer.write("\(history.count) weeks ", x: area.x, y: area.y, style: .dim)
        x += buffer.write(" given ", x: x, y: area.y, style: .dim)
        x += buffer.write(spark(history.map(\.givenMinutes), top: top), x: x, y: area.y, style: .color(.magenta))
        x += buffer.write("  received ", x: x, y: area.y, style: .dim)
        x += buffer.write(spark(history.map(\.receivedMinutes), top: top), x: x, y: area.y, style: .color(.cyan))
        buffer.write("  \(first.label.suffix(3))–\(last.label.suffix(3))", x: x, y: area.y, style: .dim, maxWidth: area.maxX - x)
    }

    /// A sparkline where a week with nothing shows `·`, not the lowest bar.
    static func spark(_ minutes: [Int], top: Int) -> String {
        String(minutes.map { $0 == 0 ? "·" : Sparkline.render([$0], range: 0...top).first! })
    }

    /// A legend line, bars in eighths of a row, and week labels under them.
    static func render(_ history: [WeekTotals], area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height >= 4 else { return renderSparklines(history, area: area, into: &buffer) }
        let top = scale(history)
        var x = area.x + buffer.write("Last \(history.count) weeks  ", x: area.x, y: area.y, style: .dim)
        x += buffer.write("██", x: x, y: area.y, style: .color(.magenta))
        x += buffer.write(" given  ", x: x, y: area.y, style: .dim)
        x += buffer.write("██", x: x, y: area.y, style: .color(.cyan))
        x += buffer.write(" received  ", x: x, y: area.y, style: .dim)
        buffer.write("top \(QuickLogSummary.duration(top))", x: x, y: area.y, style: .dim)

        let barRows = area.height - 2
        let labelY = area.maxY - 1
        let columnWidth = 7
        for (index, week) in history.enumerated() {
            let left = area.x + index * columnWidth
            guard left + columnWidth <= area.maxX else { break }
            for (offset, minutes, color) in [(0, week.givenMinutes, Color.magenta), (3, week.receivedMinutes, Color.cyan)] {
                let column = bar(minutes: minutes, top: top, rows: barRows)
                for (row, character) in column.enumerated() where character != " " {
                    buffer.write(String(repeating: character, count: 2), x: left + offset, y: area.y + 1 + row, style: .color(color))
                }
            }
            let isThisWeek = index == history.count - 1
            buffer.write("W" + week.label.suffix(2), x: left + 1, y: labelY, style: isThisWeek ? .bold : .dim)
        }
    }

    /// A bar `rows` tall, top row first, in eighths; anything above zero shows at least ▁.
    static func bar(minutes: Int, top: Int, rows: Int) -> [Character] {
        guard rows > 0 else { return [] }
        var eighthsTall = Int((Double(minutes) / Double(top) * Double(rows * 8)).rounded())
        if minutes > 0 { eighthsTall = max(1, eighthsTall) }
        return (0..<rows).map { row in
            let fromBottom = rows - 1 - row
            return eighths[min(8, max(0, eighthsTall - fromBottom * 8))]
        }
    }
}
