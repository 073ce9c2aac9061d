import Foundation
import PeerNetwork
import TerminalUI

/// The weekly review as text for the terminal, or Markdown for pasting into notes.
public struct ReviewReport {
    public var review: Review
    public var calendar: Calendar
    public var showsHidden = false

    public init(review: Review, calendar: Calendar, showsHidden: Bool = false) {
        self.review = review
        self.calendar = calendar
        self.showsHidden = showsHidden
    }

    public var dates: String { review.dateRange(calendar: calendar) }

    public var given: String { "\(review.thisWeek.givenCount) · \(QuickLogSummary.duration(review.thisWeek.givenMinutes))" }
    public var received: String { "\(review.thisWeek.receivedCount) · \(QuickLogSummary.duration(review.thisWeek.receivedMinutes))" }

    public var budgetLine: String {
        let budget = review.budget
        let percent = Int((budget.fractionUsed * 100).rounded())
        return "\(QuickLogSummary.duration(budget.usedMinutes)) of \(BalanceFormat.budgetHours(budget.weeklyHours)) (\(percent)%)\(budget.isOver ? ", over budget" : "")"
    }

    public var hiddenSummary: String { review.hiddenSummary.isEmpty ? "" : " (\(review.hiddenSummary))" }

    public func text() -> String {
        var lines = [
            "Week \(review.weekLabel) · \(dates)",
            "Given     \(given)",
            "Received  \(received)   mutual \(review.thisWeek.mutualCount)",
            "Help      \(Meter.render(review.budget.fractionUsed, width: 20))  \(budgetLine)",
            "",
            "Last \(Review.chartWeeks) weeks  " + review.history.map { "W" + $0.label.suffix(2) }.map { DisplayWidth.pad($0, to: 6, alignRight: true) }.joined(),
        ]
        for (label, minutes) in [("  given     ", review.history.map(\.givenMinutes)), ("  received  ", review.history.map(\.receivedMinutes))] {
            lines.append(label + minutes.map { DisplayWidth.pad($0 == 0 ? "·" : QuickLogSummary.duration($0), to: 6, alignRight: true) }.joined())
        }
        lines.append("")
        let cards = review.cards
        lines.append(cards.isEmpty
            ? "Nothing to act on this week\(hiddenSummary)."
            : "Next actions: \(Plural.count(cards.count, "card"))\(hiddenSummary)")
        for (index, card) in cards.enumerated() {
            lines += textCard(card, number: String(format: "%2d. ", index + 1))
        }
        if showsHidden, !review.hiddenInsights.isEmpty {
            lines += ["", "Done, snoozed or dismissed (rapport review --restore KEY brings one back):"]
            for insight in review.hiddenInsights { lines += textItem(insight, number: "  - ") }
        }
        return lines.joined(separator: "\n")
    }

    /// A card: who and the action, then each reason with its why and key.
    public func textCard(_ card: ReviewCard, number: String) -> [String] {
        guard card.reasons.count > 1 else { return textItem(card.lead, number: number) }
        var lines = [number + (card.colleagueName ?? card.lead.kind.title), "    " + card.action]
        for reason in card.reasons {
            lines.append("    - \(reason.kind.title): \(reason.why)")
        }
        return lines
    }

    public func textItem(_ insight: Insight, number: String) -> [String] {
        let who = insight.colleagueName.map { " · \($0)" } ?? ""
        var lines = [number + insight.kind.title + who + decisionNote(insight), "    " + insight.action, "    why: " + insight.why]
        if insight.decision != nil { lines.append("    key: " + insight.key) }
        return lines
    }

    /// " [snoozed until Tue 1 Dec]" for a hidden item.
    public func decisionNote(_ insight: Insight) -> String {
        review.decisionPhrase(insight, calendar: calendar).map { " [\($0)]" } ?? ""
    }

    public func markdown() -> String {
        var lines = [
            "## Week \(review.weekLabel) (\(dates))",
            "",
            "| | count | time |",
            "|---|---:|---:|",
            "| given | \(review.thisWeek.givenCount) | \(QuickLogSummary.duration(review.thisWeek.givenMinutes)) |",
            "| received | \(review.thisWeek.receivedCount) | \(QuickLogSummary.duration(review.thisWeek.receivedMinutes)) |",
            "| mutual | \(review.thisWeek.mutualCount) | |",
            "",
            "Help: \(budgetLine).",
            "",
            "| week | " + review.history.map { "W" + $0.label.suffix(2) }.joined(separator: " | ") + " |",
            "|---|" + String(repeating: "---:|", count: review.history.count),
            "| given | " + review.history.map { QuickLogSummary.duration($0.givenMinutes) }.joined(separator: " | ") + " |",
            "| received | " + review.history.map { QuickLogSummary.duration($0.receivedMinutes) }.joined(separator: " | ") + " |",
            "",
            "### Next actions\(hiddenSummary)",
            "",
        ]
        if review.insights.isEmpty { lines.append("Nothing to act on this week.") }
        for card in review.cards + (showsHidden ? review.hiddenCards : []) {
            let insight = card.lead
            let who = card.colleagueName.map { " **\(Self.escape($0))**:" } ?? ""
            let box = insight.decision?.choice == .done ? "[x]" : "[ ]"
            lines.append("- \(box) \(insight.kind.title)\(Self.escape(decisionNote(insight))) —\(who) \(Self.escape(card.action))  ")
            for reason in card.reasons {
                lines.append("  _\(Self.escape(card.reasons.count > 1 ? "\(reason.kind.title): \(reason.why)" : reason.why))_  ")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Names and notes are the user's words: keep Markdown from reading them as formatting.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
