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
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE d MMM"
        let first = formatter.string(from: weekStart)
        formatter.dateFormat = "EEE d MMM yyyy"
        return "\(first) – \(formatter.string(from: weekEnd.addingTimeInterval(-1)))"
    }
}
