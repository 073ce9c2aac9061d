/// Where a colleague matched a filter, when it was not in what the table shows (name, team, role,
/// tags): "agenda: …hold opex flat…", so a row found by its notes says why it is there.
public enum FilterMatch {
    public static func hiddenField(of colleague: Colleague, matching filter: String) -> String? {
        guard !filter.isEmpty else { return nil }
        let needle = filter.trimmed.folded
        guard !needle.isEmpty else { return nil }
        let shown = [colleague.name, colleague.team, colleague.role] + colleague.tags
        if shown.contains(where: { $0.folded.contains(needle) }) { return nil }
        let fields = [("agenda", colleague.agenda), ("motivated by", colleague.motivators), ("put off by", colleague.demotivators),
                      ("values", colleague.valuedInfo), ("notes", colleague.notes)]
        guard let (label, text) = fields.first(where: { $0.1.folded.contains(needle) }) else { return nil }
        return "\(label): \(excerpt(text, around: needle))"
    }

    /// A few words either side of the match, on one line.
    static func excerpt(_ text: String, around needle: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let line = lines.first { $0.folded.contains(needle) } ?? text
        let words = line.split(separator: " ").map(String.init)
        let first = needle.split(separator: " ").first.map(String.init) ?? needle
        guard let index = words.firstIndex(where: { $0.folded.contains(first) }) else { return line }
        let slice = words[max(0, index - 2)..<min(words.count, index + 4)].joined(separator: " ")
        return (index > 2 ? "…" : "") + slice + (index + 4 < words.count ? "…" : "")
    }
}
