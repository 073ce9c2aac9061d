import Foundation

/// The weekly review: this week's exchange against the budget, the eight weeks before it for
/// comparison, and the queue of next actions still open.
public struct Review: Equatable, Sendable {
    public var weekLabel: String
    public var weekStart: Date
    public var weekEnd: Date
    public var now: Date
    public var thisWeek: WeekTotals
    /// The last eight weeks, oldest first; the last one is this week.
    public var history: [WeekTotals]
    public var budget: HelpBudget
    /// Open next actions, most urgent first.
    public var insights: [Insight]
    /// The ones a decision hides (done, snoozed, dismissed), each with its `decision`, in the same order.
    public var hiddenInsights: [Insight]

    /// How many insights are hidden, by choice.
    public var hidden: [ReviewDecision.Choice: Int] {
        hiddenInsights.reduce(into: [:]) { counts, insight in
            if let choice = insight.decision?.choice { counts[choice, default: 0] += 1 }
        }
    }

    public static let chartWeeks = 8

    /// Every rule, in the order their insights are listed when priorities tie.
    public static let rules: [any InsightRule.Type] = [
        PromiseRule.self, FeedBeforeNeedRule.self, InvestFirstRule.self, EngageRule.self,
        OneWayRule.self, BudgetRule.self, KeepInTouchRule.self, SiloRule.self, RateImportedRule.self, RateNewRule.self,
        StaleRatingsRule.self, CharterRule.self,
    ]

    public static func build(_ input: ReviewInput, now: Date, calendar: Calendar = .iso8601Local) -> Review {
        let context = ReviewContext(input: input, now: now, calendar: calendar)
        let weeks = context.week.lastWeeks(chartWeeks, calendar: calendar)
        let totals = Dictionary(input.weeks.map { ($0.start, $0) }, uniquingKeysWith: { first, _ in first })
        let history = weeks.map { week in
            var found = totals[week.start] ?? WeekTotals(label: "", start: week.start)
            found.label = week.label(calendar: calendar)
            return found
        }
        let thisWeek = history[history.count - 1]

        let decisions = Dictionary(input.decisions.map { ($0.key, $0) }, uniquingKeysWith: { $0.decidedAt > $1.decidedAt ? $0 : $1 })
        // A stable sort: equal priorities keep rule order, then each rule's own order.
        let ordered = insights(of: rules, in: context).enumerated().sorted { a, b in
            a.element.priority != b.element.priority ? a.element.priority > b.element.priority : a.offset < b.offset
        }.map { entry in
            var insight = entry.element
            insight.decision = decisions[insight.key].flatMap { $0.hides(at: now) ? $0 : nil }
            return insight
        }
        return Review(
            weekLabel: context.week.label(calendar: calendar), weekStart: context.week.start, weekEnd: context.week.end, now: now,
            thisWeek: thisWeek, history: history,
            budget: HelpBudget(weeklyHours: input.weeklyBudgetHours, usedMinutes: thisWeek.helpMinutes),
            insights: ordered.filter { $0.decision == nil }, hiddenInsights: ordered.filter { $0.decision != nil })
    }

    /// Every rule's insights, in rule order.
    static func insights(of rules: [any InsightRule.Type], in context: ReviewContext) -> [Insight] {
        rules.flatMap { $0.insights(in: context) }
    }
}
