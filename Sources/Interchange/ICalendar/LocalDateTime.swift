import Foundation

/// A wall-clock date and time with no zone, as iCalendar writes one. Recurrences are worked out
/// on the wall clock of the event's zone (RFC 5545 §3.3.10), so a weekly 09:00 stays at 09:00
/// across a DST change; only then is each one placed in time. Plain integer arithmetic on days
/// since 1970-01-01, which is what expanding a rule over years needs.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds since midnight.
    public var seconds: Int

    public init(year: Int, month: Int, day: Int, seconds: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.seconds = seconds
    }

    public init(days: Int, seconds: Int = 0) {
        (year, month, day) = Self.civil(fromDays: days)
        self.seconds = seconds
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var days: Int { Self.days(year: year, month: month, day: day) }

    /// 1 Monday … 7 Sunday (ISO 8601).
    public var weekday: Int { Self.weekday(ofDays: days) }

    /// Seconds since 1970-01-01T00:00:00 on this wall clock, as if it were UTC.
    public var wallSeconds: Int { days * 86_400 + seconds }

    public init(wallSeconds: Int) {
        let days = Int((Double(wallSeconds) / 86_400).rounded(.down))
        self.init(days: days, seconds: wallSeconds - days * 86_400)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.wallSeconds < b.wallSeconds }

    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= Self.daysIn(month: month, year: year) && (0..<86_400).contains(seconds)
    }

    /// `YYYYMMDDTHHMMSS`, as iCalendar writes a floating time.
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = self.year < 1000 ? String(repeating: "0", count: 4 - "\(self.year)".count) + "\(self.year)" : "\(self.year)"
        return year + two(month) + two(day) + "T" + two(seconds / 3600) + two(seconds / 60 % 60) + two(seconds % 60)
    }

    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 Monday … 7 Sunday; 1970-01-01 was a Thursday.
    public static func weekday(ofDays days: Int) -> Int {
        ((days % 7 + 7 + 3) % 7) + 1
    }

    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
