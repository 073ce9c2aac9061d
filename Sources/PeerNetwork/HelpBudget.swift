import Foundation

/// The hours a week the user is willing to spend helping, against what this week used.
/// Minutes of exchanges the user *gave* count as help time; received and mutual ones do not.
public struct HelpBudget: Codable, Equatable, Sendable {
    public static let defaultWeeklyHours = 4.0
    /// What a week can hold. Every path that sets a budget keeps to it.
    public static let allowedWeeklyHours: ClosedRange<Double> = 0...168

    public var weeklyHours: Double
    public var usedMinutes: Int

    public init(weeklyHours: Double, usedMinutes: Int) {
        self.weeklyHours = weeklyHours
        self.usedMinutes = usedMinutes
    }

    public var usedHours: Double { Double(usedMinutes) / 60 }
    public var remainingHours: Double { weeklyHours - usedHours }
    public var isOver: Bool { usedHours > weeklyHours }
    /// 0 when nothing is used, 1 at the budget, above 1 when over it.
    public var fractionUsed: Double { weeklyHours > 0 ? usedHours / weeklyHours : (usedMinutes > 0 ? 1 : 0) }
}

/// A calendar week; ISO weeks start on Monday unless configured otherwise.
public struct Week: Equatable, Sendable {
    public var start: Date
    public var end: Date

    public static func containing(_ date: Date, calendar: Calendar = .iso8601Local) -> Week {
        let interval = calendar.dateInterval(of: .weekOfYear, for: date)!
        return Week(start: interval.start, end: interval.end)
    }
}

extension Calendar {
    /// ISO 8601 weeks (Monday first) in the user's time zone.
    public static var iso8601Local: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = .current
        return calendar
    }
}
