import Foundation

/// Compact ages for tables: "now", "5h", "3d", "5w", "4mo", "2y".
public enum RelativeTime {
    /// "just now", "5h ago", "yesterday", "3d ago", "Fri 4 Dec", "4 Dec 2025", "never": when
    /// something happened, for a sentence. Hours within the day, then days as `DayText.said` says them.
    public static func ago(from date: Date?, to now: Date, calendar: Calendar = .iso8601Local) -> String {
        guard let date else { return "never" }
        guard calendar.isDate(date, inSameDayAs: now), date <= now else { return DayText.said(date, now: now, calendar: calendar) }
        let age = short(from: date, to: now)
        return age == "now" ? "just now" : "\(age) ago"
    }

    public static func short(from date: Date?, to now: Date) -> String {
        guard let date else { return "never" }
        let seconds = now.timeIntervalSince(date)
        if seconds < 3_600 { return "now" }
        let hours = Int(seconds / 3_600)
        if hours < 24 { return "\(hours)h" }
        let days = hours / 24
        if days < 14 { return "\(days)d" }
        if days < 70 { return "\(days / 7)w" }
        if days < 365 { return "\(days / 30)mo" }
        return "\(days / 365)y"
    }
}
