import Foundation

/// How often to be in touch with a colleague: what the user set, else from how vital they are
/// (every 2 weeks at vital 5, 3 weeks at 4, 6 weeks at 3, no rhythm below that).
public enum ContactCadence {
    /// A rhythm the user can set: 0 is none, else every 1 to 52 weeks.
    public static let allowedWeeks = 0...52

    /// The rhythm in weeks, or nil for none.
    public static func weeks(for colleague: Colleague) -> Int? {
        if let set = colleague.contactEveryWeeks { return set > 0 ? set : nil }
        return defaultWeeks(forVital: colleague.ratings.vital)
    }

    /// "3w", "none" or "default (2w)": how `--every` and the form show a rhythm.
    public static func describe(_ colleague: Colleague) -> String {
        switch colleague.contactEveryWeeks {
        case 0?: "none"
        case let weeks?: "\(weeks)w"
        case nil: defaultWeeks(forVital: colleague.ratings.vital).map { "default (\($0)w)" } ?? "default (none)"
        }
    }

    /// Reads `3w`, `3` (weeks), `none`, or `default`; nil when it is none of these.
    public static func parse(_ text: String) -> Int?? {
        let word = text.trimmed.lowercased()
        if word == "default" || word.isEmpty { return .some(nil) }
        if word == "none" || word == "never" { return .some(0) }
        let digits = word.hasSuffix("w") ? String(word.dropLast()) : word
        guard let weeks = Int(digits), weeks > 0, allowedWeeks.contains(weeks) else { return nil }
        return .some(weeks)
    }

    public static func defaultWeeks(forVital vital: Int?) -> Int? {
        switch vital {
        case 5: 2
        case 4: 3
        case 3: 6
        default: nil
        }
    }

    /// Days past the rhythm since the last contact (or since they were added, if never); nil
    /// when on time or without a rhythm.
    public static func daysLate(_ person: ReviewInput.Person, now: Date) -> Int? {
        guard let weeks = weeks(for: person.colleague) else { return nil }
        let since = person.lastContact ?? person.addedAt
        let late = Int(now.timeIntervalSince(since) / 86_400) - weeks * 7
        return late > 0 ? late : nil
    }
}
