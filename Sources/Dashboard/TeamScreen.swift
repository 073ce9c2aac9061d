import Foundation
import PeerNetwork
import TerminalUI

/// `5`: the team's mutual-aid board, from the local cache: what awaits the member's
/// confirmation (`c` confirms the selected one), open asks and offers, given and received per
/// member by name, the charter and the next actions.
enum TeamScreen {
    /// At most this many exchanges (awaiting, then recent) are listed at once.
    static let listRows = 6

    static let firstSteps = FirstSteps(title: "No team joined on this network.", steps: [
        ("rapport team join LINE", "with the line your team's administrator gives you; the mutual-aid board on the team's PostgreSQL (asks, offers, confirmed exchanges) then shows here"),
    ])

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let area = state.layout.content
        guard let page = state.team else { return Self.firstSteps.render(in: area, into: &buffer) }
        var y = area.y
        let width = area.width - 2
        func line(_ text: String, _ style: Style = .plain, indent: Int = 0) {
            guard y < area.maxY else { return }
            buffer.write(text, x: area.x + 1 + indent, y: y, style: style, maxWidth: width - indent)
            y += 1
        }
        let rows = page.rows
        // The member reads about themselves as "you".
        func who(_ role: String, start: Bool = false) -> String { role == page.me ? (start ? "You" : "you") : rows.name(of: role) }
        let synced = page.syncedAt.map { "synced \(RelativeTime.ago(from: $0, to: state.now))" } ?? "not synced yet"
        let waiting = page.pending > 0 ? " · \(page.pending) waiting to send" : ""
        line("Team \(rows.team) · \(synced)\(waiting)\(state.teamOffline == nil ? "" : " · offline")", .bold)

        // One list, one selection: what awaits your confirmation (c), then your recent
        // confirmed exchanges (L copies one into your own log).
        let awaiting = page.awaiting, list = page.selectable
        let first = min(state.teamPosition.offset, max(0, list.count - 1))
        let shown = first..<min(list.count, first + listRows)
        func exchangeLine(_ index: Int) {
            let exchange = list[index]
            var text = "\(who(exchange.giver, start: true)) gave \(who(exchange.receiver)) \(QuickLogSummary.duration(exchange.minutes)): \(exchange.what)"
            if index >= awaiting.count {
                text = DayText.format(exchange.occurredOn, calendar: .iso8601Local, weekday: false, year: false) + "  " + text
                if page.copied.contains(exchange.id) { text += "  (in your log)" }
            }
            line(text, index == state.teamPosition.selected ? Style(reverse: true) : .plain, indent: 1)
        }
        line("")
        line(awaiting.isEmpty ? "Nothing awaits your confirmation" : "Awaiting your confirmation (c confirms)", awaiting.isEmpty ? .dim : .bold)
        for index in shown where index < awaiting.count { exchangeLine(index) }
        if !page.recent.isEmpty {
            line("")
            line("Your recent confirmed exchanges (L copies one into your log)", .bold)
            for index in shown where index >= awaiting.count { exchangeLine(index) }
        }

        let open = rows.asks.filter { $0.closedAt == nil }
        line("")
        line(open.isEmpty ? "No open asks" : "Asks (\(open.count) open, oldest first)", open.isEmpty ? .dim : .bold)
        for ask in open {
            let late = ask.due < Calendar.iso8601Local.startOfDay(for: state.now)
            line("\(rows.name(of: ask.author)): \(ask.what) · by \(DueDate.describe(ask.due, now: state.now)) · done when \(ask.doneMeans)",
                 late ? .color(.red) : .plain, indent: 1)
            for offer in rows.offers where offer.forAsk == ask.id { line("offered by \(rows.name(of: offer.author)): \(offer.what)", .dim, indent: 3) }
        }
        let offers = rows.offers.filter { $0.forAsk == nil }
        if !offers.isEmpty {
            line("")
            line("Offers", .bold)
            for offer in offers { line("\(rows.name(of: offer.author)): \(offer.what)", indent: 1) }
        }

        line("")
        line("Given and received, confirmed by both sides", .bold)
        let balances = page.balances
        let nameWidth = min(24, balances.map { DisplayWidth.of($0.member.name) }.max() ?? 0)
        for balance in balances {
            let name = balance.member.name + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(balance.member.name)))
            let given = "given \(balance.givenCount) · \(QuickLogSummary.duration(balance.givenMinutes))"
            let received = "received \(balance.receivedCount) · \(QuickLogSummary.duration(balance.receivedMinutes))"
            line("\(name)  \(given.padding(toLength: max(18, given.count), withPad: " ", startingAt: 0))  \(received)", indent: 1)
        }

        let thanks = rows.thanks.suffix(3).reversed()
        if !thanks.isEmpty {
            line("")
            line("Thanks, newest first", .bold)
            for thank in thanks { line("\(who(thank.author, start: true)) thanked \(who(thank.recipient)): \(thank.what)", indent: 1) }
        }

        if !rows.norms.isEmpty {
            line("")
            line("Charter", .bold)
            for norm in rows.norms {
                line("\(norm.what) · review by \(DueDate.describe(norm.reviewOn, now: state.now))", norm.reviewOn <= state.now ? .color(.yellow) : .plain, indent: 1)
            }
        }
        let flags = page.flags
        if !flags.isEmpty {
            line("")
            line("Next actions", .bold)
            for flag in flags { line(flag.text, indent: 1) }
        }
    }
}
