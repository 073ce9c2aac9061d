import Foundation

extension Review {
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
