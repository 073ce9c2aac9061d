import Foundation

/// A norm of the team's charter whose review date has passed: the charter holds the team's
/// defaults, and a norm nobody looks at again stops meaning anything.
public enum CharterRule: InsightRule {
    public static func insights(in context: ReviewContext) -> [Insight] {
        context.input.charter.filter { $0.reviewOn <= context.now }.map { norm in
            Insight(
                .charter, key: "charter:\(norm.id)", about: nil,
                why: "Due for review since \(DueDate.describe(norm.reviewOn, now: context.now, calendar: context.calendar)): “\(norm.what)”",
                action: "Bring the norm to the next exchange round: keep it, change it, or drop it (rapport team round)",
                priority: 45)
        }
    }
}
