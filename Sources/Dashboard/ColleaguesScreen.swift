import Foundation
import PeerNetwork
import TerminalUI

/// Screen 1: the colleague table, sorted and filtered, with ratings, stance, balance and last contact.
enum ColleaguesScreen {
    /// Wide terminals get rating bars and full column names, narrow ones digits and initials.
    static let barsFromWidth = 110
    /// Wider still, the role gets a column of its own.
    static let roleFromWidth = 150

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let area = state.layout.content
        let bars = area.width >= barsFromWidth
        // ↓ means the values fall down the column, whichever order the key starts in.
        let sortMark = state.query.sort.isDescending(reversed: state.query.descending) ? "↓" : "↑"
        func title(_ text: String, _ sort: ColleagueSort) -> String {
            state.query.sort == sort ? text + sortMark : text
        }
        let ratingWidth = bars ? 7 : 2
        let ratingTitles = bars ? ["Vital", "Freq", "Quality", "Trust"] : ["V", "F", "Q", "T"]
        let showRole = area.width >= roleFromWidth
        var columns = [TableColumn(title("Name", .name), width: 0, flexible: true)]
        if showRole { columns.append(TableColumn("Role", width: 0, flexible: true)) }
        columns.append(TableColumn(title("Team", .team), width: bars ? 16 : 11))
        for (dimension, text) in zip(RatingDimension.allCases, ratingTitles) {
            columns.append(TableColumn(title(text, ColleagueSort(rawValue: dimension.rawValue)!), width: ratingWidth, alignRight: !bars))
        }
        columns += [
            TableColumn(title("Stance", .stance), width: 12),
            // Wide enough for the sort arrow after the title.
            TableColumn(title(bars ? "Balance" : "Bal", .balance), width: bars ? 8 : 6, alignRight: true),
            TableColumn(title(bars ? "Last contact" : "Last", .last), width: bars ? 12 : 5, alignRight: true),
            TableColumn("Due", width: bars ? 9 : 8, alignRight: true),
        ]
        // Only the rows on screen are formatted: the list may hold 10,000 people.
        let position = state.colleaguePosition
        let window = Table.window(count: state.colleagues.count, offset: position.offset, area: area)
        let rows = window.map { index -> [TableCell] in
            guard let summary = state.colleagues[index] else { return [TableCell(state.colleagues.entries[index].name, style: .dim)] }
            let colleague = summary.colleague
            // Found through a field the table does not show: say which.
            let found = FilterMatch.hiddenField(of: colleague, matching: state.query.filter).map { "  · " + $0 } ?? ""
            var cells = [TableCell(colleague.name + (colleague.archived ? " (archived)" : "") + found, style: colleague.archived ? .dim : .plain)]
            if showRole { cells.append(TableCell(colleague.role, style: .dim)) }
            cells.append(TableCell(colleague.team))
            for dimension in RatingDimension.allCases {
                let value = colleague.ratings[dimension]
                let style = dimension == .vital ? Presentation.vitalStyle(value) : Presentation.ratingStyle(value)
                guard !state.redacted else { cells.append(TableCell(bars ? "·····" : "·", style: .dim)); continue }
                cells.append(TableCell(bars ? Presentation.bar(value) : Presentation.digit(value), style: style))
            }
            cells += [
                TableCell(colleague.stance.rawValue, style: Presentation.style(for: colleague.stance)),
                TableCell(BalanceFormat.signed(summary.balance.score), style: Presentation.balanceStyle(summary.balance)),
                TableCell(RelativeTime.short(from: summary.lastContact, to: state.now), style: summary.lastContact == nil ? .dim : .plain),
                due(summary, now: state.now),
            ]
            return cells
        }
        guard !state.colleagues.isEmpty else {
            let message = state.query.filter.isEmpty
                ? "No colleagues yet. Add one from the shell: rapport add \"Dana Whitfield\" --team Finance"
                : "No colleague matches “\(state.query.filter)”. Esc clears the filter."
            buffer.write(message, x: area.x + 2, y: area.y + 1, style: .dim, maxWidth: area.width - 4)
            return
        }
        Table(columns: columns, rows: rows, selected: position.selected - window.lowerBound, offset: 0)
            .render(into: &buffer, area: area)
    }

    /// When the next contact is due by their keep-in-touch rhythm: "in 3d", "5d late", "due"
    /// for someone never contacted; blank without a rhythm.
    static func due(_ summary: ColleagueSummary, now: Date) -> TableCell {
        guard let weeks = ContactCadence.weeks(for: summary.colleague), !summary.colleague.archived else { return TableCell("") }
        guard let last = summary.lastContact else { return TableCell("due", style: .color(.yellow)) }
        let days = Int((last.addingTimeInterval(Double(weeks * 7) * 86_400).timeIntervalSince(now) / 86_400).rounded(.down))
        if days < 0 { return TableCell("\(-days)d late", style: .color(.yellow)) }
        // Weeks to the nearest: a 3-week rhythm contacted a minute ago is due "in 3w", not 2.
        return TableCell(days == 0 ? "today" : days < 14 ? "in \(days)d" : "in \(Int((Double(days) / 7).rounded()))w", style: .dim)
    }
}
