import Foundation

/// Colleagues added by hand with no ratings, as `RateImportedRule` asks for imported ones: a new
/// user who adds people without rating them would otherwise see an empty map and a review with
/// nothing to do. Its key names the newest of them.
public enum RateNewRule: InsightRule {
    public static func insights(in context: ReviewContext) -> [Insight] {
        let unrated = context.people(where: { $0.importedAt == nil && $0.colleague.ratings.isUnrated && $0.colleague.id != nil })
        return RatingRequest.insights(for: unrated, kind: .rateNew, arrived: "added", arrival: \.addedAt, now: context.now)
    }
}
