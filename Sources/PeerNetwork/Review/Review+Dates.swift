import Foundation

extension Review {
    /// "1 done, 2 snoozed", or empty when nothing is hidden.
    public var hiddenSummary: String {
        ReviewDecision.Choice.allCases.compactMap { choice in hidden[choice].map { "\($0) \(choice.rawValue)" } }
            .joined(separator: ", ")
    }

    /// "snoozed until Tue 1 Dec" (or "dismissed") for a hidden insight; nil for an open one.
    public func decisionPhrase(_ insight: Insight, calendar: Calendar) -> String? {
        guard let decision = insight.decision else { return nil }
        let until = decision.until.map { " until \(DueDate.describe($0, now: now, calendar: calendar))" } ?? ""
        return decision.choice.rawValue + until
    }

    /// "Mon 23 Nov – Sun 29 Nov 2026": the review's week, in the calendar it was counted in.
    public func dateRange(calendar: Calendar) -> String {
        let first = DayText.format(weekStart, calendar: calendar, weekday: true, year: false)
        return "\(first) – \(DayText.format(weekEnd.addingTimeInterval(-1), calendar: calendar, weekday: true, year: true))"
    }
}
