import Foundation

/// `QuickLogSummary.day` for many dates in a row, as a history prints them: the label depends on
/// the day alone, so the calendar is asked once a day rather than once a date.
public struct DayLabels {
    private let now: Date
    private let calendar: Calendar
    private var day: (start: Date, end: Date, label: String)?

    public init(now: Date, calendar: Calendar = .iso8601Local) {
        self.now = now
        self.calendar = calendar
    }

    public mutating func label(for date: Date) -> String {
        if let day, date >= day.start, date < day.end { return day.label }
        let label = QuickLogSummary.day(date, now: now, calendar: calendar)
        if let interval = calendar.dateInterval(of: .day, for: date) { day = (interval.start, interval.end, label) }
        return label
    }
}
