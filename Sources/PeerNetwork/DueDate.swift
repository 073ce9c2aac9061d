import Foundation

/// Reads the day something is due: `2027-03-15`, `today`, `tomorrow`, a weekday (`friday`,
/// `fri`: the next one, today included), a month (`march`: its first day, the next one to
/// come; this month means its last day), or a distance (`3d`, `2w`). Days are returned as
/// the start of the day in the calendar's time zone.
public enum DueDate {
    public struct Error: Swift.Error, Equatable, CustomStringConvertible, Sendable {
        public var text: String
        public var description: String {
            "'\(text)' is not a date: use 2027-03-15, today, tomorrow, a weekday (friday), a month (march), or 3d / 2w"
        }
    }

    public static func parse(_ text: String, now: Date, calendar: Calendar = .iso8601Local) throws(Error) -> Date {
        let word = text.trimmed.folded
        let today = calendar.startOfDay(for: now)
        let day = { (days: Int) in calendar.date(byAdding: .day, value: days, to: today)! }
        switch word {
        case "today": return today
        case "tomorrow": return day(1)
        default: break
        }
        if let date = isoDay(word, calendar: calendar) { return date }
        if let distance = distanceInDays(word) { return day(distance) }
        if let weekday = index(of: word, in: weekdays) {
            let current = calendar.component(.weekday, from: today)
            return day((weekday + 1 - current + 7) % 7)
        }
        if let month = index(of: word, in: months) {
            let components = calendar.dateComponents([.year, .month], from: today)
            let thisMonth = calendar.date(from: components)!
            if month + 1 == components.month {
                return calendar.date(byAdding: DateComponents(month: 1, day: -1), to: thisMonth)!
            }
            let ahead = (month + 1 - components.month! + 12) % 12
            return calendar.date(byAdding: .month, value: ahead, to: thisMonth)!
        }
        throw Error(text: text)
    }

    /// English names whatever the locale, so a line typed today reads the same tomorrow.
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    static let months = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// A full name or a prefix of at least three letters (`fri`, `mar`).
    private static func index(of word: String, in names: [String]) -> Int? {
        guard word.count >= 3 else { return nil }
        return names.firstIndex { $0 == word || $0.hasPrefix(word) }
    }

    private static func distanceInDays(_ word: String) -> Int? {
        guard let unit = word.last, let count = Int(word.dropLast()), count >= 0, count <= 3_650 else { return nil }
        switch unit {
        case "d": return count
        case "w": return count * 7
        default: return nil
        }
    }

    static func isoDay(_ word: String, calendar: Calendar) -> Date? {
        let parts = word.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2], word.count == 10 else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    /// "Fri 27 Nov" this year, "27 Nov 2027" otherwise.
    public static func describe(_ date: Date, now: Date, calendar: Calendar = .iso8601Local) -> String {
        let sameYear = calendar.component(.year, from: date) == calendar.component(.year, from: now)
        return DayText.format(date, calendar: calendar, weekday: sameYear, year: !sameYear)
    }

    /// Whole days from today to the due day: 0 today, negative when overdue.
    public static func daysUntil(_ date: Date, now: Date, calendar: Calendar = .iso8601Local) -> Int {
        calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day ?? 0
    }

    /// "today", "tomorrow", "in 5 days", "2 days overdue".
    public static func relative(_ date: Date, now: Date, calendar: Calendar = .iso8601Local) -> String {
        let days = daysUntil(date, now: now, calendar: calendar)
        switch days {
        case 0: return "due today"
        case 1: return "due tomorrow"
        case 2...: return "due in \(days) days"
        case -1: return "1 day overdue"
        default: return "\(-days) days overdue"
        }
    }
}
