import Foundation
import PeerNetwork
import TerminalUI

/// Screen 3: the interaction timeline, newest first, paged in from the store as you scroll.
enum LogScreen {
    static let firstSteps = FirstSteps(title: "Nothing logged yet.", steps: [
        ("l", "logs one in a line: dana gave info 30m shared the numbers"),
        ("rapport log", "the same from the shell: rapport log dana gave info 30m shared the numbers"),
    ])

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let area = state.layout.content
        guard !state.log.isEmpty else {
            if state.logFilter.isEmpty { return Self.firstSteps.render(in: area, into: &buffer) }
            buffer.write("No interaction matches “\(state.logFilter)”. Esc clears the filter.", x: area.x + 2, y: area.y + 1, style: .dim, maxWidth: area.width - 4)
            return
        }
        let wide = area.width >= 110
        // Only the rows drawn are formatted: the log loads page after page as you scroll.
        let window = Table.window(count: state.log.count, offset: state.logPosition.offset, area: area)
        let table = Table(
            columns: [
                TableColumn("When", width: 10),
                TableColumn("", width: 1),
                TableColumn("Kind", width: 11),
                TableColumn("Time", width: 5, alignRight: true),
                TableColumn("With", width: wide ? 32 : 18),
                TableColumn("Note", width: 0, flexible: true, prose: true),
            ],
            rows: state.log[window].map { row(for: $0, now: state.now) },
            selected: state.logPosition.selected - window.lowerBound, offset: 0)
        table.render(into: &buffer, area: area)
    }

    static func row(for entry: LogEntry, now: Date) -> [TableCell] {
        let interaction = entry.interaction
        let directionStyle: Style = switch interaction.direction {
        case .gave: .color(.magenta)
        case .received: .color(.cyan)
        case .mutual: .plain
        }
        return [
            TableCell(QuickLogSummary.day(interaction.occurredAt, now: now), style: .dim),
            TableCell(interaction.direction.symbol, style: directionStyle),
            TableCell(interaction.kind.rawValue),
            TableCell(interaction.minutes.map(QuickLogSummary.duration) ?? "", style: .dim),
            TableCell(entry.names.joined(separator: ", ")),
            TableCell(interaction.note.onOneLine),
        ]
    }
}
