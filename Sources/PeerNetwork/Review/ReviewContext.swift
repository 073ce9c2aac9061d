import Foundation

/// What every insight rule reads: the input, the moment of the review, and a few things
/// worked out once for all rules.
public struct ReviewContext: Sendable {
    public var input: ReviewInput
    public var now: Date
    public var calendar: Calendar
    public var week: Week
    /// Where each colleague is in `input.people`.
    private var indexByID: [ColleagueID: Int]

    public init(input: ReviewInput, now: Date, calendar: Calendar) {
        self.input = input
        self.now = now
        self.calendar = calendar
        week = Week.containing(now, calendar: calendar)
        indexByID = Dictionary(input.people.indices.compactMap { index in input.people[index].colleague.id.map { ($0, index) } }, uniquingKeysWith: { first, _ in first })
    }

    public var people: [ReviewInput.Person] { input.people }

    /// The people `test` holds for.
    public func people(where test: (ReviewInput.Person) -> Bool) -> [ReviewInput.Person] {
        input.people.filter(test)
    }

    /// The person `areInIncreasingOrder` puts last.
    public func person(maxBy areInIncreasingOrder: (ReviewInput.Person, ReviewInput.Person) -> Bool) -> ReviewInput.Person? {
        input.people.max(by: areInIncreasingOrder)
    }

    /// Each person's team, in input order: a rule that groups people keeps their positions.
    public var teams: [String] { input.people.map(\.colleague.team) }

    public func person(_ id: ColleagueID) -> ReviewInput.Person? { indexByID[id].map { input.people[$0] } }

    /// Whole days since `date`, or nil for never.
    public func daysSince(_ date: Date?) -> Double? { date.map { now.timeIntervalSince($0) / 86_400 } }

    /// "last contact 6w ago" or "never contacted".
    public func lastContactPhrase(_ date: Date?) -> String {
        date.map { "last contact \(RelativeTime.ago(from: $0, to: now, calendar: calendar))" } ?? "never contacted"
    }

    /// This review's week's totals, up to its moment.
    public var thisWeek: WeekTotals {
        input.weeks.first { $0.start == week.start } ?? WeekTotals(label: week.label(calendar: calendar), start: week.start)
    }
}

/// One rule of the weekly review. Rules are pure: the same context gives the same insights.
public protocol InsightRule: SendableMetatype {
    static func insights(in context: ReviewContext) -> [Insight]
}
