import Foundation

/// Open needs coming up within `horizonDays` (90), or already past their day, from a colleague
/// the user has not shared information with for `quietDays` (30): feed them now, so
/// reciprocity is working by the time the need arrives.
public enum FeedBeforeNeedRule: InsightRule {
    public static let horizonDays = 90
    public static let quietDays = 30.0

    public static func insights(in context: ReviewContext) -> [Insight] {
        context.input.needs.compactMap { need in
            guard need.isOpen, let id = need.id, let person = context.person(need.colleagueID) else { return nil }
            let daysLeft = DueDate.daysUntil(need.dueAt, now: context.now, calendar: context.calendar)
            guard daysLeft <= horizonDays else { return nil }
            if let since = context.daysSince(person.lastInfoShared), since <= quietDays { return nil }
            let colleague = person.colleague
            let shared = person.lastInfoShared.map { "last shared info \(RelativeTime.ago(from: $0, to: context.now, calendar: context.calendar))" }
                ?? "no information shared yet"
            let when = daysLeft < 0 ? "Needed since" : "Needed by"
            let valued = colleague.valuedInfo.inSentence
            let action = valued.isEmpty
                ? "Send \(colleague.firstName) an update they would value, before asking"
                : "Share “\(valued)” with \(colleague.firstName)"
            return Insight(
                .feedBeforeNeed, key: "feed-before-need:\(id)", about: colleague,
                why: "\(when) \(DueDate.describe(need.dueAt, now: context.now, calendar: context.calendar)): “\(need.what)”; \(shared)",
                action: action,
                priority: 75 + Double(horizonDays - max(0, daysLeft)) / Double(horizonDays) * 10)
        }
    }
}
