import Foundation
import PeerNetwork
import PeerStore
import TerminalUI

/// A colleague as a Markdown page for a notes app: fields, ratings, stance, what drives them,
/// open needs and promises, and recent interactions.
public enum MarkdownExport {
    public struct Page {
        var summary: ColleagueSummary
        var needs: [Need]
        var promises: [Promise]
        var recent: [Interaction]
        var names: [ColleagueID: String]

        public init(summary: ColleagueSummary, needs: [Need], promises: [Promise], recent: [Interaction], names: [ColleagueID: String]) {
            self.summary = summary
            self.needs = needs
            self.promises = promises
            self.recent = recent
            self.names = names
        }
    }

    public static func page(_ page: Page, calendar: Calendar) -> String {
        let c = page.summary.colleague
        func day(_ date: Date) -> String {
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        }
        var lines = ["# \(c.name)", ""]
        let about = [c.role, c.team, c.email].filter { !$0.isEmpty }.map(\.onOneLine)
        if !about.isEmpty { lines.append(about.joined(separator: " · ")) }
        if !c.tags.isEmpty { lines.append("Tags: " + c.tags.map { "#\($0)" }.joined(separator: " ")) }
        lines.append("Stance: \(c.stance.rawValue)" + (c.archived ? " (archived)" : ""))
        let ratings = RatingDimension.allCases.map { "\($0.rawValue) \(c.ratings[$0].map(String.init) ?? "–")" }.joined(separator: ", ")
        lines.append("Ratings: \(ratings)" + (c.ratedAt.map { " (reviewed \(day($0)))" } ?? ""))
        let balance = page.summary.balance
        lines.append("Balance: gave \(balance.givenCount), received \(balance.receivedCount), mutual \(balance.mutualCount)"
            + (page.summary.lastContact.map { "; last contact \(day($0))" } ?? ""))
        for (title, text) in [("Agenda", c.agenda), ("Motivated by", c.motivators), ("Put off by", c.demotivators),
                              ("Values", c.valuedInfo), ("Notes", c.notes)] where !text.isEmpty {
            lines += ["", "## \(title)", "", text]
        }
        if !page.needs.isEmpty {
            lines += ["", "## Open needs", ""] + page.needs.map { "- [ ] \($0.what.onOneLine), by \(day($0.dueAt))" }
        }
        if !page.promises.isEmpty {
            lines += ["", "## Open promises", ""] + page.promises.map { promise in
                let who = promise.direction == .mine ? "I promised" : "They promised"
                return "- [ ] \(who): \(promise.what.onOneLine)" + (promise.dueAt.map { ", by \(day($0))" } ?? "")
            }
        }
        if !page.recent.isEmpty {
            lines += ["", "## Recent interactions", ""] + page.recent.map { interaction in
                let others = interaction.colleagueIDs.filter { $0 != c.id }.compactMap { page.names[$0] }
                var line = "- \(day(interaction.occurredAt)) \(interaction.direction.rawValue) \(interaction.kind.rawValue)"
                if let minutes = interaction.minutes { line += ", \(minutes)m" }
                if !others.isEmpty { line += " (with \(others.joined(separator: ", ")))" }
                if !interaction.note.isEmpty { line += " — \(interaction.note.onOneLine)" }
                return line
            }
        }
        return TextSanitizer.sanitize(lines.joined(separator: "\n"), keepingNewlines: true) + "\n"
    }

    /// A file name for a colleague's page: letters, digits and dashes, with the id to keep it unique.
    public static func fileName(_ colleague: Colleague) -> String {
        let slug = colleague.name.folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return "\(slug.isEmpty ? "colleague" : slug)-\(colleague.id ?? 0).md"
    }
}
