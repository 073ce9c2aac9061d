import Foundation
import PeerNetwork

/// Helpers for typing a quick-log line: name completion and turning an interaction back into a line.
public enum QuickLogLine {
    /// Names that complete the word being typed, while it is still in the names part of the line.
    public static func completions(for text: String, candidates: [QuickLogCandidate], limit: Int = 5) -> [QuickLogCandidate] {
        guard !text.hasSuffix(" "), let word = text.split(separator: " ").last, !word.hasPrefix("@") else { return [] }
        // Only before the first keyword: after it, words belong to the note.
        let parser = QuickLogParser(candidates: candidates, now: Date())
        if text.split(separator: " ").dropLast().contains(where: { parser.isKeyword(String($0)) }) { return [] }
        let matches = parser.matches(prefix: String(word))
        // Exactly the name typed already: nothing left to complete.
        if matches.count == 1, matches[0].foldedName == String(word).folded { return [] }
        return Array(matches.prefix(limit))
    }

    /// Replaces the word being typed with the full name, ready for the next word.
    public static func accept(_ candidate: QuickLogCandidate, in text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        words.removeLast()
        return (words + [candidate.name]).joined(separator: " ") + " "
    }

    /// An existing interaction written as a line, so the quick-log popup can edit it.
    public static func line(for entry: LogEntry, now: Date, calendar: Calendar = .iso8601Local) -> String {
        let interaction = entry.interaction
        var parts = [entry.names.joined(separator: ", "), interaction.direction.rawValue, interaction.kind.rawValue]
        if let minutes = interaction.minutes { parts.append(QuickLogSummary.duration(minutes)) }
        parts.append(calendar.isDate(interaction.occurredAt, inSameDayAs: now) ? "today" : QuickLogSummary.isoDay(interaction.occurredAt, calendar: calendar))
        if !interaction.note.isEmpty { parts.append(interaction.note) }
        return parts.joined(separator: " ")
    }
}
