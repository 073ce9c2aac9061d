import Foundation

/// One line saying what a quick-log entry will save, for confirmations and the live preview.
public enum QuickLogSummary {
    public static func describe(_ entry: QuickLogEntry, now: Date, calendar: @autoclosure () -> Calendar = .iso8601Local) -> String {
        let names = entry.colleagues.map(\.name).joined(separator: ", ")
        var parts = ["\(entry.direction.rawValue) \(entry.kind.rawValue)", names]
        if let minutes = entry.minutes { parts.append(duration(minutes)) }
        parts.append(day(entry.occurredAt, now: now, calendar: calendar()))
        let head = parts.joined(separator: " · ")
        return entry.note.isEmpty ? head : "\(head) — \(entry.note.onOneLine)"
    }

    public static func duration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if hours == 0 { return "\(rest)m" }
        return rest == 0 ? "\(hours)h" : "\(hours)h\(rest)m"
    }

    /// Most entries are logged as they happen, and a moment needs no calendar to be today: the
    /// first one in the user's time zone costs more than the rest of a `rapport log`.
    public static func day(_ date: Date, now: Date, calendar makeCalendar: @autoclosure () -> Calendar = .iso8601Local) -> String {
        if date == now { return "today" }
        return DayText.said(date, now: now, calendar: makeCalendar())
    }

    /// `2026-11-20`, in the calendar's time zone: also a date the quick-log grammar reads back.
    /// From the calendar's components, not a DateFormatter: the log draws one a row, and a
    /// formatter costs more to make than the whole row.
    public static func isoDay(_ date: Date, calendar: Calendar = .iso8601Local) -> String {
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(day.year ?? 0)-\(DayText.zeroPadded(day.month ?? 0, width: 2))-\(DayText.zeroPadded(day.day ?? 0, width: 2))"
    }
}
