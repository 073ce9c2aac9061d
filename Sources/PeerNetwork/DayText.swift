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
