import Foundation

/// The help budget both ways: this week's help minutes above the weekly budget (overload),
/// and no help given at all for `idleDays` (14): turning everyone down stalls a career too.
/// Help minutes are the minutes of exchanges where the user gave.
public enum BudgetRule: InsightRule {
    public static let idleDays = 14.0

    public static func insights(in context: ReviewContext) -> [Insight] {
        [overBudget(context), noHelpGiven(context)].compactMap { $0 }
    }

    static func overBudget(_ context: ReviewContext) -> Insight? {
        let minutes = context.thisWeek.helpMinutes
        let budgetMinutes = context.input.weeklyBudgetHours * 60
        guard Double(minutes) > budgetMinutes else { return nil }
        let top = context.input.helpGivenThisWeek.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .lazy.compactMap { entry in context.person(entry.key).map { ($0.colleague, entry.value) } }.first
        var why = "\(QuickLogSummary.duration(minutes)) of help given this week against a \(BalanceFormat.budgetHours(context.input.weeklyBudgetHours)) budget"
        var action = "Defer new requests to next week"
        if let (colleague, spent) = top {
            why += "; \(QuickLogSummary.duration(spent)) went to \(colleague.firstName)"
            action += ", and ask \(colleague.firstName) what can wait"
        }
        return Insight(
            .budget, key: "budget:over:\(context.week.label(calendar: context.calendar))", about: top?.0, why: why,
            action: action, priority: 80)
    }

    static func noHelpGiven(_ context: ReviewContext) -> Insight? {
        guard !context.people.isEmpty else { return nil }
        let lastGiven = context.input.lastGiven
        if let since = context.daysSince(lastGiven), since <= idleDays { return nil }
        // Help the person you owe most; failing that, the most vital.
        let candidate = context.person { a, b in
            let owedA = a.balance.weightedReceived, owedB = b.balance.weightedReceived
            if owedA != owedB { return owedA < owedB }
            return (a.colleague.ratings.vital ?? 0, b.colleague.name) < (b.colleague.ratings.vital ?? 0, a.colleague.name)
        }?.colleague
        let why = lastGiven.map { "No help given for \(RelativeTime.short(from: $0, to: context.now))" }
            ?? "No help given yet"
        return Insight(
            .budget, key: "budget:none:\(context.week.label(calendar: context.calendar))", about: candidate, why: why,
            action: candidate.map { "Offer \($0.firstName) an hour of help this week" } ?? "Offer someone an hour of help this week",
            priority: 55)
    }
}
