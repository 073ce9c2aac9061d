import Foundation

/// The day weeks begin on, for the budget and the weekly review. ISO weeks begin on Monday;
/// some teams plan Sunday to Saturday.
public enum WeekStart: Int, CaseIterable, Codable, Sendable {
    // Values are `Calendar.firstWeekday` numbers.
    case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

    public static let `default` = WeekStart.monday

    public var name: String { DueDate.weekdays[rawValue - 1] }

    public init?(parsing text: String) {
        let word = text.trimmed.folded
        guard word.count >= 3, let index = DueDate.weekdays.firstIndex(where: { $0.hasPrefix(word) }) else { return nil }
        self.init(rawValue: index + 1)
    }

    public static var spellings: String { allCases.map(\.name).joined(separator: ", ") }

    /// A calendar in the user's time zone whose weeks begin on this day and are numbered as
    /// ISO numbers them (week 1 holds the year's first Thursday).
    public func calendar(in timeZone: TimeZone = .current) -> Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        calendar.firstWeekday = rawValue
        return calendar
    }
}

extension Week {
    /// `2026-W48`: the ISO week its middle day falls in, so a week that starts on Sunday or
    /// Saturday carries the number of the ISO week it mostly overlaps.
    public func label(calendar: Calendar) -> String {
        let middle = calendar.date(byAdding: .day, value: 3, to: start)!
        let components = Self.isoCalendar(calendar).dateComponents([.yearForWeekOfYear, .weekOfYear], from: middle)
        return Self.label(year: components.yearForWeekOfYear ?? 0, number: components.weekOfYear ?? 0)
    }

    private static func label(year: Int, number: Int) -> String {
        DayText.zeroPadded(year, width: 4) + "-W" + DayText.zeroPadded(number, width: 2)
    }

    /// Reads `2026-W47` (or `2026w47`) back into the week, in `calendar`, that it labels.
    public static func parse(_ text: String, calendar: Calendar) -> Week? {
        let parts = text.trimmed.uppercased().split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2, let year = Int(parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "-"))),
              let number = Int(parts[1]), (1...53).contains(number), (1000...9999).contains(year)
        else { return nil }
        let iso = isoCalendar(calendar)
        guard let monday = iso.date(from: DateComponents(weekday: 2, weekOfYear: number, yearForWeekOfYear: year)),
              let thursday = iso.date(byAdding: .day, value: 3, to: monday)
        else { return nil }
        let week = containing(thursday, calendar: calendar)
        // Week 53 exists only in some years; don't let it roll into the next year's week 1.
        return week.label(calendar: calendar) == label(year: year, number: number) ? week : nil
    }

    private static func isoCalendar(_ calendar: Calendar) -> Calendar {
        var iso = Calendar(identifier: .iso8601)
        iso.timeZone = calendar.timeZone
        return iso
    }

    /// The `count` weeks ending with this one, oldest first.
    public func lastWeeks(_ count: Int, calendar: Calendar) -> [Week] {
        (0..<count).reversed().map { back in
            Week.containing(calendar.date(byAdding: .day, value: -7 * back, to: start)!.addingTimeInterval(3_600), calendar: calendar)
        }
    }

    public func contains(_ date: Date) -> Bool { date >= start && date < end }
}
