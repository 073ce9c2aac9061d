import Foundation
import PeerNetwork
import TerminalUI

/// Screen 1: the colleague table, sorted and filtered, with ratings, stance, balance and last contact.
enum ColleaguesScreen {
    /// Wide terminals get rating bars and full column names, narrow ones digits and initials.
    static let barsFromWidth = 110
    /// Wider still, the role gets a column of its own.
    static let roleFromWidth = 150

    /// The name gives way last: below this width, other columns go first.
    static let minimumNameWidth = 18

    /// Columns that make room for the name, in the order they go.
    enum Yielding: CaseIterable {
        case due, last, team, balance

        func width(bars: Bool) -> Int {
            switch self {
            case .due: bars ? 9 : 8
            case .last: bars ? 12 : 5
            case .team: bars ? 16 : 11
            case .balance: bars ? 8 : 6
            }
        }
    }

    /// The columns left out at `width`, so the name keeps `minimumNameWidth` where it can.
    static func hidden(width: Int, bars: Bool) -> Set<Yielding> {
        let ratings = 4 * ((bars ? 7 : 2) + 1)
        let stance = 12 + 1
        var hidden = Set<Yielding>()
        func nameWidth() -> Int {
            width - ratings - stance - Yielding.allCases.filter { !hidden.contains($0) }.reduce(0) { $0 + $1.width(bars: bars) + 1 }
        }
        for column in Yielding.allCases where nameWidth() < minimumNameWidth { hidden.insert(column) }
        return hidden
    }

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
        let hidden = hidden(width: area.width, bars: bars)
        var columns = [TableColumn(title("Name", .name), width: 0, flexible: true)]
        if showRole { columns.append(TableColumn("Role", width: 0, flexible: true)) }
        if !hidden.contains(.team) { columns.append(TableColumn(title("Team", .team), width: Yielding.team.width(bars: bars))) }
        for (dimension, text) in zip(RatingDimension.allCases, ratingTitles) {
            columns.append(TableColumn(title(text, ColleagueSort(rawValue: dimension.rawValue)!), width: ratingWidth, alignRight: !bars))
        }
        columns.append(TableColumn(title("Stance", .stance), width: 12))
        // Wide enough for the sort arrow after the title.
        if !hidden.contains(.balance) { columns.append(TableColumn(title(bars ? "Balance" : "Bal", .balance), width: Yielding.balance.width(bars: bars), alignRight: true)) }
        if !hidden.contains(.last) { columns.append(TableColumn(title(bars ? "Last contact" : "Last", .last), width: Yielding.last.width(bars: bars), alignRight: true)) }
        if !hidden.contains(.due) { columns.append(TableColumn("Due", width: Yielding.due.width(bars: bars), alignRight: true)) }
        // Only the rows on screen are formatted: the list may hold 10,000 people.
        let position = state.colleaguePosition
        let nameWidth = Table(columns: columns, rows: [], selected: nil, offset: 0).widths(for: area.width)[0]
        let window = Table.window(count: state.colleagues.count, offset: position.offset, area: area)
        let rows = window.map { index -> [TableCell] in
            guard let summary = state.colleagues[index] else { return [TableCell(state.colleagues.entries[index].name, style: .dim)] }
            let colleague = summary.colleague
            // Found through a field the table does not show: say which, with what matched where
            // there is room, else the field alone.
            let found = FilterMatch.hiddenField(of: colleague, matching: state.query.filter).map { match -> String in
                let label = String(match.prefix { $0 != ":" })
                let room = nameWidth - DisplayWidth.of(colleague.name) - 4
                return DisplayWidth.of(match) <= room ? "  · " + match : DisplayWidth.of(label) <= room ? "  · " + label : ""
            } ?? ""
            let mark = state.marked.contains(colleague.id ?? -1)
            var cells = [TableCell((mark ? "● " : "") + colleague.name + (colleague.archived ? " (archived)" : "") + found,
                                   style: mark ? .color(.magenta, bold: true) : colleague.archived ? .dim : .plain)]
            if showRole { cells.append(TableCell(colleague.role.onOneLine, style: .dim)) }
            if !hidden.contains(.team) { cells.append(TableCell(colleague.team.onOneLine)) }
            for dimension in RatingDimension.allCases {
                let value = colleague.ratings[dimension]
                let style = dimension == .vital ? Presentation.vitalStyle(value) : Presentation.ratingStyle(value)
                guard !state.redacted else { cells.append(TableCell(bars ? "·····" : "·", style: .dim)); continue }
                cells.append(TableCell(bars ? Presentation.bar(value) : Presentation.digit(value), style: style))
            }
            cells.append(TableCell(colleague.stance.rawValue, style: Presentation.style(for: colleague.stance)))
            if !hidden.contains(.balance) { cells.append(TableCell(BalanceFormat.signed(summary.balance.score), style: Presentation.balanceStyle(summary.balance))) }
            if !hidden.contains(.last) {
                cells.append(TableCell(RelativeTime.short(from: summary.lastContact, to: state.now), style: summary.lastContact == nil ? .dim : .plain))
            }
            if !hidden.contains(.due) { cells.append(due(summary, now: state.now)) }
            return cells
        }
        guard !state.colleagues.isEmpty else {
            if state.query.filter.isEmpty { return Self.firstSteps.render(in: area, into: &buffer) }
            buffer.write("No colleague matches “\(state.query.filter)”. Esc clears the filter.", x: area.x + 2, y: area.y + 1, style: .dim, maxWidth: area.width - 4)
            return
        }
        Table(columns: columns, rows: rows, selected: position.selected - window.lowerBound, offset: 0)
            .render(into: &buffer, area: area)
    }

    /// An empty network's first screen: how to start from here.
    static let firstSteps = FirstSteps(title: "No colleagues yet.", steps: [
        ("a", "add one here"),
        ("l", "log an exchange; a new name offers to add them"),
        ("rapport import FILE", "from vCards, or a LinkedIn, Google or Outlook CSV"),
        ("rapport --demo", "look around a demo network first"),
    ])

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
