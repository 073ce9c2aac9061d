import Foundation

/// A day, as `history --since` and `--until` take it: `today`, `yesterday`, a weekday (the most
/// recent one), `2026-11-20` (a later one too: a bound, not a log), or a distance back (`3d`, `2w`).
public enum PastDay {
    public static let spellings = "today, yesterday, a weekday, 2026-11-20, 3d or 2w (ago)"

    /// The start of that day in `calendar`.
    public static func parse(_ text: String, now: Date, calendar: Calendar) -> Date? {
        let token = text.trimmed.folded
        let today = calendar.startOfDay(for: now)
        if token == "today" { return today }
        if let day = DueDate.isoDay(token, calendar: calendar) { return day }
        if let unit = token.last, let count = Int(token.dropLast()), count >= 0, unit == "d" || unit == "w" {
            return calendar.date(byAdding: .day, value: -(unit == "w" ? count * 7 : count), to: today)
        }
        guard let date = try? QuickLogKeyword.parseDate(token, raw: text, now: now, calendar: { calendar }) else { return nil }
        return calendar.startOfDay(for: date)
    }
}
