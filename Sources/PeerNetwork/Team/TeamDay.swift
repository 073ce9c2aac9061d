import Foundation

/// A day as PostgreSQL's `date` writes it, `2026-12-20`, and back: the start of that day in
/// the member's calendar.
public enum TeamDay {
    public static func text(_ date: Date, calendar: Calendar = .iso8601Local) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    public static func date(_ text: String, calendar: Calendar = .iso8601Local) -> Date {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return .distantPast }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) ?? .distantPast
    }
}
