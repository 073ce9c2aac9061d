import Foundation

/// Days as Rapport writes them, in English whatever the locale: "Fri 27 Nov", "27 Nov 2027",
/// "Fri 27 Nov 2026". From the calendar's components, not a DateFormatter: making one loads
/// ICU's locale data.
public enum DayText {
    /// `weekday`: "Fri " in front; `year`: " 2026" behind.
    public static func format(_ date: Date, calendar: Calendar, weekday: Bool, year: Bool) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        var text = weekday ? weekdays[((parts.weekday ?? 1) - 1) % 7] + " " : ""
        text += "\(parts.day ?? 0) " + months[((parts.month ?? 1) - 1) % 12]
        if year { text += " " + zeroPadded(parts.year ?? 0, width: 4) }
        return text
    }

    /// The one way a day is said, on screen and in text: relative within a week ("today",
    /// "yesterday", "3d ago", "tomorrow", "in 3d"), "Fri 4 Dec" within the year, "4 Dec 2025"
    /// beyond. JSON keeps ISO 8601.
    public static func said(_ date: Date, now: Date, calendar: Calendar = .iso8601Local) -> String {
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: now), to: calendar.startOfDay(for: date)).day ?? 0
        switch days {
        case 0: return "today"
        case -1: return "yesterday"
        case 1: return "tomorrow"
        case -6 ... -2: return "\(-days)d ago"
        case 2...6: return "in \(days)d"
        default:
            let sameYear = calendar.component(.year, from: date) == calendar.component(.year, from: now)
            return format(date, calendar: calendar, weekday: sameYear, year: !sameYear)
        }
    }

    /// "14:05" on the calendar's clock.
    public static func clock(_ date: Date, calendar: Calendar) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return zeroPadded(parts.hour ?? 0, width: 2) + ":" + zeroPadded(parts.minute ?? 0, width: 2)
    }

    /// Calendar weekday numbers start at Sunday, 1.
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `value` with zeros in front up to `width` characters, as `%0*d` prints it. Not
    /// `String(format:)`, whose first call in a process loads locale data.
    public static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - digits.count - sign.count)) + digits
    }
}
