import Foundation
import PeerNetwork

/// JSON shapes of needs, promises and the weekly review (see README, "JSON output").
extension JSONValue {
    public static func need(_ need: Need, name: String?) -> JSONValue {
        .object([
            ("id", .optional(need.id) { .int(Int($0)) }),
            ("colleague", colleagueRef(need.colleagueID, name: name)),
            ("what", .string(need.what)),
            ("dueAt", .date(need.dueAt)),
            ("createdAt", .date(need.createdAt)),
            ("closedAt", .date(need.closedAt)),
        ])
    }

    public static func promise(_ promise: Promise, name: String?) -> JSONValue {
        .object([
            ("id", .optional(promise.id) { .int(Int($0)) }),
            ("colleague", colleagueRef(promise.colleagueID, name: name)),
            ("direction", .string(promise.direction.rawValue)),
            ("what", .string(promise.what)),
            ("dueAt", .date(promise.dueAt)),
            ("createdAt", .date(promise.createdAt)),
            ("keptAt", .date(promise.keptAt)),
        ])
    }

    public static func colleagueRef(_ id: ColleagueID?, name: String?) -> JSONValue {
        optional(id) { .object([("id", .int(Int($0))), ("name", .optional(name, JSONValue.string))]) }
    }

    public static func review(_ review: Review) -> JSONValue {
        return .object([
            ("week", .string(review.weekLabel)),
            ("start", .date(review.weekStart)),
            ("end", .date(review.weekEnd)),
            ("asOf", .date(review.now)),
            ("thisWeek", .weekTotals(review.thisWeek)),
            ("budget", .object([
                ("weeklyHours", .double(review.budget.weeklyHours)),
                ("usedMinutes", .int(review.budget.usedMinutes)),
                ("over", .bool(review.budget.isOver)),
            ])),
            ("history", .array(review.history.map(JSONValue.weekTotals))),
            ("cards", .array(review.cards.map(JSONValue.card))),
            ("insights", .array(review.insights.map(JSONValue.insight))),
            ("hiddenInsights", .array(review.hiddenInsights.map(JSONValue.insight))),
            ("hidden", .object(ReviewDecision.Choice.allCases.map { ($0.rawValue, .int(review.hidden[$0] ?? 0)) })),
        ])
    }

    /// One card per colleague: the suggested action, and every reason with its key.
    public static func card(_ card: ReviewCard) -> JSONValue {
        .object([
            ("colleague", colleagueRef(card.colleagueID, name: card.colleagueName)),
            ("kind", .string(card.lead.kind.rawValue)),
            ("action", .string(card.action)),
            ("reasons", .array(card.reasons.map(JSONValue.insight))),
        ])
    }

    public static func insight(_ insight: Insight) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("key", .string(insight.key)),
            ("kind", .string(insight.kind.rawValue)),
            ("title", .string(insight.kind.title)),
            ("colleague", colleagueRef(insight.colleagueID, name: insight.colleagueName)),
            ("action", .string(insight.action)),
            ("why", .string(insight.why)),
        ]
        if let decision = insight.decision {
            fields.append(("decision", .object([
                ("choice", .string(decision.choice.rawValue)), ("decidedAt", .date(decision.decidedAt)), ("until", .date(decision.until)),
            ])))
        }
        return .object(fields)
    }

    public static func weekTotals(_ totals: WeekTotals) -> JSONValue {
        .object([
            ("week", .string(totals.label)),
            ("start", .date(totals.start)),
            ("given", .int(totals.givenCount)),
            ("received", .int(totals.receivedCount)),
            ("mutual", .int(totals.mutualCount)),
            ("givenMinutes", .int(totals.givenMinutes)),
            ("receivedMinutes", .int(totals.receivedMinutes)),
        ])
    }
}
