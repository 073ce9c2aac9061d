import Foundation
import PeerNetwork
import TerminalUI

/// The team's board, balance and round as text, Markdown and JSON. Ids are shown by their
/// first eight characters, which the commands accept back.
public enum TeamReport {
    public static func shortID(_ id: String) -> String { String(id.prefix(8)) }

    /// The board as text, a line an item: what members wrote over several lines is put on it.
    public static func board(_ rows: TeamRows, me: String, now: Date, calendar: Calendar = .iso8601Local) -> String {
        var lines = ["Team \(rows.team)"]
        let open = rows.asks.filter { $0.closedAt == nil }
        lines.append("")
        lines.append(open.isEmpty ? "Asks: none open" : "Asks (\(open.count) open, oldest first):")
        for ask in open {
            lines.append("  \(shortID(ask.id))  \(rows.name(of: ask.author)): \(ask.what) · by \(DueDate.describe(ask.due, now: now, calendar: calendar)) · done when \(ask.doneMeans)")
            for offer in rows.offers where offer.forAsk == ask.id { lines.append("            offered by \(rows.name(of: offer.author)): \(offer.what)") }
        }
        let free = rows.offers.filter { $0.forAsk == nil }
        if !free.isEmpty {
            lines.append("")
            lines.append("Offers:")
            for offer in free { lines.append("  \(shortID(offer.id))  \(rows.name(of: offer.author)): \(offer.what)") }
        }
        let waiting = rows.awaitingConfirmation(by: me)
        lines.append("")
        lines.append(waiting.isEmpty ? "Nothing awaits your confirmation" : "Awaiting your confirmation (rapport team confirm ID):")
        for exchange in waiting { lines.append("  \(shortID(exchange.id))  \(describe(exchange, in: rows))") }
        let thanks = rows.thanks.suffix(5).reversed()
        if !thanks.isEmpty {
            lines.append("")
            lines.append("Thanks, newest first:")
            for thank in thanks { lines.append("  \(rows.name(of: thank.author)) thanked \(rows.name(of: thank.recipient)): \(thank.what)") }
        }
        if !rows.norms.isEmpty {
            lines.append("")
            lines.append("Charter:")
            for norm in rows.norms { lines.append("  \(norm.what) · review by \(DayText.format(norm.reviewOn, calendar: calendar, weekday: false, year: true))") }
        }
        let flags = TeamFlag.all(rows, now: now, calendar: calendar)
        if !flags.isEmpty {
            lines.append("")
            lines.append("Next actions:")
            for flag in flags { lines.append("  \(flag.text)") }
        }
        return lines.map(\.onOneLine).joined(separator: "\n")
    }

    public static func balance(_ rows: TeamRows) -> String {
        let balances = TeamBalance.of(rows)
        let width = max(6, balances.map { DisplayWidth.of($0.member.name) }.max() ?? 0)
        func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) }
        var lines = ["Given and received, confirmed by both sides (by name):", "  " + padded("Member", width) + "  " + padded("Given", 13) + "  Received"]
        for balance in balances {
            let given = "\(balance.givenCount) · \(QuickLogSummary.duration(balance.givenMinutes))"
            let received = "\(balance.receivedCount) · \(QuickLogSummary.duration(balance.receivedMinutes))"
            lines.append("  " + padded(balance.member.name, width) + "  " + padded(given, 13) + "  " + received)
        }
        return lines.joined(separator: "\n")
    }

    /// The next exchange meeting's agenda, in Markdown for its notes.
    public static func round(_ rows: TeamRows, now: Date, calendar: Calendar = .iso8601Local) -> String {
        var lines = ["# \(rows.team): exchange round, \(DayText.format(now, calendar: calendar, weekday: true, year: true))", "", "## Open asks, oldest first"]
        let open = rows.asks.filter { $0.closedAt == nil }
        lines += open.isEmpty ? ["- none"] : open.map { "- \(markdown(rows.name(of: $0.author))): \(markdown($0.what)) (by \(TeamDay.text($0.due, calendar: calendar)); done when \(markdown($0.doneMeans)))" }
        lines += ["", "## Fresh offers"]
        let fresh = rows.offers.filter { now.timeIntervalSince($0.createdAt) < 14 * 86_400 }
        lines += fresh.isEmpty ? ["- none"] : fresh.map { "- \(markdown(rows.name(of: $0.author))): \(markdown($0.what))" }
        lines += ["", "## Exchanges awaiting confirmation"]
        let pending = rows.exchanges.filter { !$0.isConfirmed }
        lines += pending.isEmpty ? ["- none"] : pending.map { "- \(markdown(describe($0, in: rows)))" }
        lines += ["", "## Norms due for review"]
        let due = rows.norms.filter { $0.reviewOn <= now }
        lines += due.isEmpty ? ["- none"] : due.map { "- \(markdown($0.what)) (review by \(TeamDay.text($0.reviewOn, calendar: calendar)))" }
        return lines.joined(separator: "\n")
    }

    static func describe(_ exchange: TeamRows.Exchange, in rows: TeamRows) -> String {
        "\(rows.name(of: exchange.giver)) gave \(rows.name(of: exchange.receiver)) \(QuickLogSummary.duration(exchange.minutes)): \(exchange.what)"
    }

    /// A member's text inside a Markdown list item: on one line, and Markdown's own characters
    /// escaped, so it cannot restructure the notes.
    static func markdown(_ text: String) -> String {
        var escaped = ""
        for character in text.onOneLine {
            if "\\`*_{}[]()#+-.!|<>".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// The whole board as `--json` prints it, through the one JSON writer: what members wrote
    /// comes out exactly, its controls escaped.
    public static func json(_ rows: TeamRows, me: String, now: Date, calendar: Calendar = .iso8601Local) -> JSONValue {
        let day = { (date: Date) in JSONValue.string(TeamDay.text(date, calendar: calendar)) }
        let name = { (role: String) in JSONValue.string(rows.name(of: role)) }
        return .object([
            ("team", .string(rows.team)),
            ("weeklyBudgetMinutes", .int(rows.weeklyBudgetMinutes)),
            ("asks", .array(rows.asks.map { ask in
                .object([("id", .string(ask.id)), ("author", name(ask.author)), ("what", .string(ask.what)), ("due", day(ask.due)),
                         ("doneMeans", .string(ask.doneMeans)), ("open", .bool(ask.closedAt == nil))])
            })),
            ("offers", .array(rows.offers.map { offer in
                .object([("id", .string(offer.id)), ("author", name(offer.author)), ("what", .string(offer.what)),
                         ("forAsk", .optional(offer.forAsk, JSONValue.string))])
            })),
            ("awaitingYourConfirmation", .array(rows.awaitingConfirmation(by: me).map { .string($0.id) })),
            ("exchanges", .array(rows.exchanges.map { exchange in
                .object([("id", .string(exchange.id)), ("giver", name(exchange.giver)), ("receiver", name(exchange.receiver)),
                         ("minutes", .int(exchange.minutes)), ("what", .string(exchange.what)), ("on", day(exchange.occurredOn)),
                         ("confirmed", .bool(exchange.isConfirmed))])
            })),
            ("balance", balanceJSON(rows)),
            ("thanks", .array(rows.thanks.map { .object([("from", name($0.author)), ("to", name($0.recipient)), ("what", .string($0.what))]) })),
            ("charter", .array(rows.norms.map { .object([("what", .string($0.what)), ("reviewOn", day($0.reviewOn))]) })),
            ("flags", .array(TeamFlag.all(rows, now: now, calendar: calendar).map {
                .object([("kind", .string($0.kind.rawValue)), ("about", .string($0.about)), ("text", .string($0.text))])
            })),
        ])
    }

    public static func balanceJSON(_ rows: TeamRows) -> JSONValue {
        .array(TeamBalance.of(rows).map { balance in
            .object([("member", .string(balance.member.name)), ("givenCount", .int(balance.givenCount)), ("givenMinutes", .int(balance.givenMinutes)),
                     ("receivedCount", .int(balance.receivedCount)), ("receivedMinutes", .int(balance.receivedMinutes))])
        })
    }
}
