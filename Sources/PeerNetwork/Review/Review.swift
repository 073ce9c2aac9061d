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
    /// How many insights are hidden by a decision, by choice.
    public var hidden: [ReviewDecision.Choice: Int]

    public static let chartWeeks = 8

    /// Every rule, in the order their insights are listed when priorities tie.
    public static let rules: [any InsightRule.Type] = [
        PromiseRule.self, FeedBeforeNeedRule.self, InvestFirstRule.self, EngageRule.self,
        OneWayRule.self, BudgetRule.self, SiloRule.self, StaleRatingsRule.self,
    ]

    public static func build(_ input: ReviewInput, now: Date, calendar: Calendar = .iso8601Local) -> Review {
        let context = ReviewContext(input: input, now: now, calendar: calendar)
        let weeks = context.week.lastWeeks(chartWeeks, calendar: calendar)
        var history = weeks.map { WeekTotals(label: $0.label(calendar: calendar), start: $0.start) }
        for interaction in input.interactions where interaction.occurredAt <= now {
            if let index = weeks.firstIndex(where: { $0.contains(interaction.occurredAt) }) { history[index].add(interaction) }
        }
        let thisWeek = history[history.count - 1]

        let decisions = Dictionary(input.decisions.map { ($0.key, $0) }, uniquingKeysWith: { $0.decidedAt > $1.decidedAt ? $0 : $1 })
        var insights: [Insight] = []
        var hidden: [ReviewDecision.Choice: Int] = [:]
        for rule in rules {
            for insight in rule.insights(in: context) {
                if let decision = decisions[insight.key], decision.hides(at: now) {
                    hidden[decision.choice, default: 0] += 1
                } else {
                    insights.append(insight)
                }
            }
        }
        // A stable sort: equal priorities keep rule order, then each rule's own order.
        let ordered = insights.enumerated().sorted { a, b in
            a.element.priority != b.element.priority ? a.element.priority > b.element.priority : a.offset < b.offset
        }.map(\.element)
        return Review(
            weekLabel: context.week.label(calendar: calendar), weekStart: context.week.start, weekEnd: context.week.end, now: now,
            thisWeek: thisWeek, history: history,
            budget: HelpBudget(weeklyHours: input.weeklyBudgetHours, usedMinutes: thisWeek.helpMinutes),
            insights: ordered, hidden: hidden)
    }
}
