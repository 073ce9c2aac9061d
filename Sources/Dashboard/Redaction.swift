import PeerNetwork

/// Screen-sharing mode (`--redact`, Ctrl-P): colleagues show as initials, and what you think of
/// them (notes, agenda, motivators, values, interaction notes, ratings) is hidden. The data is
/// redacted as it loads, so no screen can leak it; ratings stay in the data for the map's
/// placement but are never shown.
public enum Redaction {
    /// "Dana Whitfield" → "D. W."; "陈静 (Chen Jing)" → "陈. (. C. J."
    public static func initials(_ name: String) -> String {
        name.split(separator: " ").compactMap { $0.first.map { "\($0)." } }.joined(separator: " ")
    }

    public static func colleague(_ colleague: Colleague) -> Colleague {
        var copy = colleague
        copy.name = initials(colleague.name)
        copy.email = ""
        copy.notes = ""
        copy.agenda = ""
        copy.motivators = ""
        copy.demotivators = ""
        copy.valuedInfo = ""
        return copy
    }

    public static func summary(_ summary: ColleagueSummary) -> ColleagueSummary {
        var copy = summary
        copy.colleague = colleague(summary.colleague)
        return copy
    }

    public static func list(_ list: ColleagueList) -> ColleagueList {
        var copy = list
        copy.entries = list.entries.map { entry in
            var redacted = entry
            redacted.name = initials(entry.name)
            return redacted
        }
        copy.rows = list.rows.mapValues(summary)
        return copy
    }

    public static func entry(_ entry: LogEntry) -> LogEntry {
        var copy = entry
        copy.names = entry.names.map(initials)
        copy.interaction.note = ""
        return copy
    }

    public static func detail(_ detail: ColleagueDetail) -> ColleagueDetail {
        var copy = detail
        copy.summary = summary(detail.summary)
        copy.recent = detail.recent.map(entry)
        return copy
    }

    /// Review sentences name people and quote their agenda: names become initials, quotes "…".
    public static func page(_ page: ReviewPage) -> ReviewPage {
        var copy = page
        let names = page.colleagues.values.map(\.name) + page.review.insights.compactMap(\.colleagueName)
        func text(_ sentence: String) -> String {
            var result = sentence
            for name in names.sorted(by: { $0.count > $1.count }) where !name.isEmpty {
                result = result.replacingOccurrences(of: name, with: initials(name))
                if let first = name.split(separator: " ").first, first.count > 1 {
                    result = result.replacingOccurrences(of: String(first), with: "\(first.first!).")
                }
            }
            return hidingQuotes(result)
        }
        func insight(_ insight: Insight) -> Insight {
            var copy = insight
            copy.colleagueName = insight.colleagueName.map(initials)
            copy.action = text(insight.action)
            copy.why = text(insight.why)
            return copy
        }
        copy.review.insights = page.review.insights.map(insight)
        copy.review.hiddenInsights = page.review.hiddenInsights.map(insight)
        copy.colleagues = page.colleagues.mapValues(colleague)
        return copy
    }

    static func hidingQuotes(_ text: String) -> String {
        var result = ""
        var quoted = false
        for character in text {
            if character == "“" { quoted = true; result += "“…"; continue }
            if character == "”" { quoted = false }
            if !quoted { result.append(character) }
        }
        return result
    }
}
