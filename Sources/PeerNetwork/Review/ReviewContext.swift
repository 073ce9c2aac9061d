import Foundation

/// What every insight rule reads: the input, the moment of the review, and a few things
/// worked out once for all rules.
public struct ReviewContext: Sendable {
    public var input: ReviewInput
    public var now: Date
    public var calendar: Calendar
    public var week: Week
    /// Where each colleague is in `input.people` (an index, not a copy: 10,000 people are big).
    private var indexByID: [ColleagueID: Int]

    public init(input: ReviewInput, now: Date, calendar: Calendar) {
        self.input = input
        self.now = now
        self.calendar = calendar
        week = Week.containing(now, calendar: calendar)
        indexByID = Dictionary(input.people.indices.compactMap { index in input.people[index].colleague.id.map { ($0, index) } }, uniquingKeysWith: { first, _ in first })
    }

    public var people: [ReviewInput.Person] { input.people }

    /// The people `test` holds for, copied out; `test` reads each one where it is in the input.
    /// Iterating the array copies every person (400 bytes, 15 references retained and then
    /// released), and most rules keep few of 10,000 people on a test of a field or two.
    public func people(where test: (UnsafePointer<ReviewInput.Person>) -> Bool) -> [ReviewInput.Person] {
        input.people.withUnsafeBufferPointer { people in
            guard let first = people.baseAddress else { return [] }
            return people.indices.compactMap { index in test(first + index) ? people[index] : nil }
        }
    }

    /// The person `areInIncreasingOrder` puts last, compared where they are in the input, as
    /// `people(where:)` tests them.
    public func person(
        maxBy areInIncreasingOrder: (UnsafePointer<ReviewInput.Person>, UnsafePointer<ReviewInput.Person>) -> Bool
    ) -> ReviewInput.Person? {
        input.people.withUnsafeBufferPointer { people in
            // An empty array's buffer may still have an address.
            guard let first = people.baseAddress, !people.isEmpty else { return nil }
            var best = first
            for index in people.indices.dropFirst() where areInIncreasingOrder(best, first + index) { best = first + index }
            return best.pointee
        }
    }

    /// Each person's team, in input order: a rule that groups people keeps their positions.
    public var teams: [String] {
        input.people.withUnsafeBufferPointer { people in people.indices.map { people[$0].colleague.team } }
    }

    public func person(_ id: ColleagueID) -> ReviewInput.Person? { indexByID[id].map { input.people[$0] } }

    /// Whole days since `date`, or nil for never.
    public func daysSince(_ date: Date?) -> Double? { date.map { now.timeIntervalSince($0) / 86_400 } }

    /// "last contact 6w ago" or "never contacted".
    public func lastContactPhrase(_ date: Date?) -> String {
        date.map { "last contact \(RelativeTime.ago(from: $0, to: now))" } ?? "never contacted"
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
