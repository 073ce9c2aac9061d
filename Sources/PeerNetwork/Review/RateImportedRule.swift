import Foundation

/// Colleagues an import brought in have no ratings: one item asks for all of them
/// (`RatingRequest`). Its key names the latest import.
public enum RateImportedRule: InsightRule {
    public static func insights(in context: ReviewContext) -> [Insight] {
        let unrated = context.people(where: { $0.importedAt != nil && $0.colleague.ratings.isUnrated && $0.colleague.id != nil })
        return RatingRequest.insights(for: unrated, kind: .rateImported, arrived: "imported", arrival: \.importedAt, now: context.now)
    }
}
