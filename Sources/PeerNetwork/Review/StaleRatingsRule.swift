import Foundation

/// Ratings not reviewed for `staleDays` (56, eight weeks), or never rated since the colleague
/// was added that long ago, for colleagues who matter (vital `minimumVital` or more): re-rating
/// the marginal ones is noise. The why line shows the last values and which way each last moved.
public enum StaleRatingsRule: InsightRule {
    public static let staleDays = 56.0
    public static let minimumVital = 3

    public static func insights(in context: ReviewContext) -> [Insight] {
        context.people(where: { isStale($0, now: context.now) }).compactMap { person in
            let colleague = person.colleague
            guard let id = colleague.id, isStale(person, now: context.now) else { return nil }
            let why = colleague.ratedAt.map { "Reviewed \(RelativeTime.ago(from: $0, to: context.now, calendar: context.calendar)): \(trend(person))" }
                ?? "Never rated; added \(RelativeTime.short(from: person.addedAt, to: context.now)) ago"
            return Insight(
                .staleRatings, key: "stale-ratings:\(id)", about: colleague, why: why,
                action: "\(colleague.ratedAt == nil ? "Rate" : "Re-rate") \(colleague.firstName): has anything changed?",
                priority: 30 + Double(colleague.ratings.vital ?? 0))
        }
    }

    /// Whether `person` is due for a re-rating at `now`.
    public static func isStale(_ person: ReviewInput.Person, now: Date) -> Bool {
        (person.colleague.ratings.vital ?? 0) >= minimumVital
            && now.timeIntervalSince(person.colleague.ratedAt ?? person.addedAt) / 86_400 > staleDays
    }

    /// "vital 5 · frequency 2↑ · quality 2↑ · trust 2↑": each value with the direction of its
    /// last change.
    public static func trend(_ person: ReviewInput.Person) -> String {
        RatingDimension.allCases.compactMap { dimension in
            guard let value = person.colleague.ratings[dimension] else { return nil }
            let history = person.ratingHistory.filter { $0.dimension == dimension }.sorted { $0.changedAt < $1.changedAt }.map(\.value)
            var arrow = ""
            if history.count >= 2 {
                let previous = history[history.count - 2], last = history[history.count - 1]
                arrow = last > previous ? "↑" : last < previous ? "↓" : ""
            }
            return "\(dimension.rawValue) \(value)\(arrow)"
        }.joined(separator: " · ")
    }
}
