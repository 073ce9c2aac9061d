/// Everything the review has to say about one colleague, as one card: each reason they appear
/// (invest first, engage, one-way, feed before you need, a promise, stale ratings), most urgent
/// first, and one suggested action, the lead reason's. Items about no one (a silo, the budget, the
/// colleagues an import brought in) are cards of their own.
public struct ReviewCard: Equatable, Sendable, Identifiable {
    public var reasons: [Insight]

    public init(reasons: [Insight]) { self.reasons = reasons }

    /// The most urgent reason: its kind colours the card, its action is the card's.
    public var lead: Insight { reasons[0] }
    public var id: String { lead.colleagueID.map { "colleague:\($0)" } ?? lead.key }
    public var colleagueID: ColleagueID? { lead.colleagueID }
    public var colleagueName: String? { lead.colleagueName }
    public var action: String { lead.action }
    public var keys: [String] { reasons.map(\.key) }

    /// Cards in the order of their most urgent reason; `insights` arrive most urgent first.
    public static func group(_ insights: [Insight]) -> [ReviewCard] {
        var order: [String] = []
        var reasons: [String: [Insight]] = [:]
        for insight in insights {
            let id = insight.colleagueID.map { "colleague:\($0)" } ?? insight.key
            if reasons[id] == nil { order.append(id) }
            reasons[id, default: []].append(insight)
        }
        return order.map { ReviewCard(reasons: reasons[$0]!) }
    }
}

extension Review {
    /// The open items, one card per colleague.
    public var cards: [ReviewCard] { ReviewCard.group(insights) }
    /// The done, snoozed and dismissed items, one card per colleague.
    public var hiddenCards: [ReviewCard] { ReviewCard.group(hiddenInsights) }
}
