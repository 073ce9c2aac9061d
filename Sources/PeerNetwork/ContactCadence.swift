import Foundation

/// How often to be in touch with a colleague, by default from how vital they are: every 2 weeks
/// at vital 5, 3 weeks at 4, 6 weeks at 3, and no rhythm below that.
public enum ContactCadence {
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
        guard let weeks = defaultWeeks(forVital: person.colleague.ratings.vital) else { return nil }
        let since = person.lastContact ?? person.addedAt
        let late = Int(now.timeIntervalSince(since) / 86_400) - weeks * 7
        return late > 0 ? late : nil
    }
}
