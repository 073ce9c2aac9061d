import Foundation
import PeerNetwork
import TerminalUI

/// A colleague's page: fields, ratings with their history, stance history, balance, what they
/// value and care about, and their recent interactions.
enum DetailScreen {
    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = state.layout
        guard let detail = state.detail else {
            buffer.write("Loading…", x: layout.content.x + 2, y: layout.content.y + 1, style: .dim)
            return
        }
        let colleague = detail.summary.colleague
        let top = layout.detailTop(interactions: detail.recent.count)
        let header = [colleague.role, colleague.team].filter { !$0.isEmpty }.map(\.onOneLine).joined(separator: " · ")
        var x = buffer.write(colleague.name, x: top.x + 1, y: top.y, style: .bold)
        x += buffer.write("  #\(colleague.id ?? 0)  ", x: top.x + 1 + x, y: top.y, style: .dim)
        x += buffer.write(header, x: top.x + 1 + x, y: top.y, maxWidth: top.width - x - 2)
        if colleague.archived { buffer.write("  archived", x: top.x + 1 + x, y: top.y, style: .dim) }

        let body = Rect(x: top.x, y: top.y + 1, width: top.width, height: top.height - 1)
        let (left, right) = body.splitColumns(body.width / 2)
        renderProfile(detail, now: state.now, area: Rect(x: left.x + 1, y: left.y, width: left.width - 2, height: left.height), into: &buffer)
        renderNumbers(detail, now: state.now, redacted: state.redacted, area: Rect(x: right.x + 1, y: right.y, width: right.width - 2, height: right.height), into: &buffer)
        renderInteractions(state, detail: detail, area: layout.detailInteractions(interactions: detail.recent.count), into: &buffer)
    }

    static func renderProfile(_ detail: ColleagueDetail, now: Date, area: Rect, into buffer: inout ScreenBuffer) {
        let colleague = detail.summary.colleague
        let labelWidth = 13
        var row = 0
        // Open commitments come right after the stance: they are what to act on.
        let fields: [(String, String)] = [("Stance", colleague.stance.rawValue)] + commitments(needs: detail.needs, promises: detail.promises, now: now) + [
            ("Email", colleague.email),
            ("Tags", colleague.tags.map { "@" + $0 }.joined(separator: " ")),
            ("Values", colleague.valuedInfo),
            ("Agenda", colleague.agenda),
            ("Motivated by", colleague.motivators),
            ("Put off by", colleague.demotivators),
            ("Notes", colleague.notes),
        ]
        let total = fields.filter { !$0.1.isEmpty }.map { TextWrap.lines($0.1, width: area.width - labelWidth).count }.reduce(0, +)
        // What does not fit is a key away: the last row says so.
        let rows = total > area.height ? area.height - 1 : area.height
        if total > area.height {
            buffer.write(DisplayWidth.joining(["… more", "E opens every field in your editor"], separator: ": ", fitting: area.width), x: area.x, y: area.y + rows, style: .dim, maxWidth: area.width)
        }
        for (label, value) in fields where !value.isEmpty {
            let lines = TextWrap.lines(value, width: area.width - labelWidth)
            for (index, line) in lines.enumerated() {
                guard row < rows else { return }
                if index == 0 { buffer.write(label, x: area.x, y: area.y + row, style: .dim) }
                let style = label == "Stance" ? Presentation.style(for: colleague.stance) : Style.plain
                buffer.write(line, x: area.x + labelWidth, y: area.y + row, style: style, maxWidth: area.width - labelWidth)
                row += 1
            }
        }
    }

    /// "You need", "You owe" and "Owes you" lines, soonest first.
    static func commitments(needs: [Need], promises: [Promise], now: Date) -> [(String, String)] {
        let needs = needs.map { need in
            ("You need", "\(need.what.onOneLine) · by \(DueDate.describe(need.dueAt, now: now))")
        }
        let promises = promises.map { promise in
            let due = promise.dueAt.map { " · " + DueDate.relative($0, now: now) } ?? ""
            return (promise.direction == .mine ? "You owe" : "Owes you", promise.what.onOneLine + due)
        }
        return needs + promises
    }

    static func renderNumbers(_ detail: ColleagueDetail, now: Date, redacted: Bool = false, area: Rect, into buffer: inout ScreenBuffer) {
        var row = 0
        func line(_ text: String, _ style: Style = .plain) {
            guard row < area.height else { return }
            buffer.write(text, in: area, row: row, style: style)
            row += 1
        }
        let colleague = detail.summary.colleague
        let reviewed = colleague.ratedAt.map { "reviewed \(RelativeTime.ago(from: $0, to: now))" } ?? "not rated yet"
        line(redacted ? "Ratings hidden (redacted)" : "Ratings  (\(reviewed))", .dim)
        for dimension in RatingDimension.allCases where !redacted {
            let history = detail.ratingHistory.filter { $0.dimension == dimension }.map(\.value)
            let value = colleague.ratings[dimension]
            let label = dimension.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            guard row < area.height else { return }
            var x = buffer.write(label, x: area.x, y: area.y + row)
            x += buffer.write(Presentation.bar(value) + " ", x: area.x + x, y: area.y + row, style: Presentation.ratingStyle(value))
            if history.count > 1 {
                buffer.write(Sparkline.render(history, width: max(1, area.width - x - 1)), x: area.x + x, y: area.y + row, style: .color(.cyan))
            }
            row += 1
        }
        if detail.stanceHistory.count > 1 {
            line("stance    " + detail.stanceHistory.map(\.stance.rawValue).joined(separator: " → "), .dim)
        }
        row += 1
        let balance = detail.summary.balance
        line("Balance, last \(Balance.defaultWindowDays) days", .dim)
        line("gave \(balance.givenCount) · received \(balance.receivedCount) · mutual \(balance.mutualCount)")
        line("time given \(QuickLogSummary.duration(balance.givenMinutes)) · received \(QuickLogSummary.duration(balance.receivedMinutes))")
        let leaning = BalanceFormat.oneWay(balance).map { "  " + $0 } ?? ""
        line("score \(BalanceFormat.signed(balance.score)) by count, \(BalanceFormat.signed(balance.minutesScore)) by time\(leaning)", Presentation.balanceStyle(balance))
        line("last contact \(RelativeTime.short(from: detail.summary.lastContact, to: now))", .dim)
    }

    static func renderInteractions(_ state: AppState, detail: ColleagueDetail, area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height > 1 else { return }
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: .dim)
        buffer.write(" Recent interactions ", x: area.x + 2, y: area.y, style: .bold)
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        guard !detail.recent.isEmpty else {
            buffer.write("Nothing logged with them yet.", x: list.x + 2, y: list.y, style: .dim)
            return
        }
        Table(
            columns: [
                TableColumn("When", width: 10), TableColumn("", width: 1), TableColumn("Kind", width: 11),
                TableColumn("Time", width: 5, alignRight: true), TableColumn("Note", width: 0, flexible: true, prose: true),
            ],
            rows: detail.recent.map { entry in
                var cells = LogScreen.row(for: entry, now: state.now)
                cells.remove(at: 4)  // "With" is this colleague
                return cells
            },
            selected: state.detailPosition.selected, offset: state.detailPosition.offset
        ).render(into: &buffer, area: list)
    }
}
