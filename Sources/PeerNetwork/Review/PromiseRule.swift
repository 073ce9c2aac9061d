import Foundation

/// Open promises in both directions that are due within `soonDays` (3) or overdue; a promise
/// without a day comes up once it has been open for `undatedDays` (14).
public enum PromiseRule: InsightRule {
    public static let soonDays = 3
    public static let undatedDays = 14.0

    public static func insights(in context: ReviewContext) -> [Insight] {
        context.input.promises.compactMap { promise -> Insight? in
            guard promise.isOpen, let id = promise.id, let colleague = context.person(promise.colleagueID)?.colleague else { return nil }
            let when: String
            var urgency = 0.0
            if let due = promise.dueAt {
                let days = DueDate.daysUntil(due, now: context.now, calendar: context.calendar)
                guard days <= soonDays else { return nil }
                when = "\(DueDate.relative(due, now: context.now, calendar: context.calendar)) (\(DueDate.describe(due, now: context.now, calendar: context.calendar)))"
                urgency = Double(soonDays - days)
            } else {
                guard let open = context.daysSince(promise.createdAt), open > undatedDays else { return nil }
                when = "open for \(RelativeTime.short(from: promise.createdAt, to: context.now))"
            }
            var insight: Insight
            switch promise.direction {
            case .mine:
                insight = Insight(
                    .promise, key: "promise:\(id)", about: colleague,
                    why: "You promised \(colleague.firstName) “\(promise.what)”, \(when)",
                    action: "Deliver “\(promise.what)” to \(colleague.firstName), or agree a new date", priority: 85 + urgency)
            case .theirs:
                insight = Insight(
                    .promise, key: "promise:\(id)", about: colleague,
                    why: "\(colleague.firstName) promised you “\(promise.what)”, \(when)",
                    action: "Check in with \(colleague.firstName) about “\(promise.what)”, and offer help if it's stuck",
                    priority: 70 + urgency)
            }
            insight.promiseID = id
            insight.promiseDirection = promise.direction
            insight.promised = promise.what
            return insight
        }
    }
}
