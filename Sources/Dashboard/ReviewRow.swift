import PeerNetwork

/// One row of the review queue: a card, or one reason of an open card.
public struct ReviewRow: Equatable, Sendable {
    public var card: ReviewCard
    /// nil for the card itself.
    public var reason: Insight?

    public var id: String { reason.map { "\(card.id)/\($0.key)" } ?? card.id }

    /// The reasons a decision on this row acts on: the one reason, or every reason on the card
    /// that is still in the same state as the card's lead (open, or hidden when shown).
    public var decidable: [Insight] {
        if let reason { return [reason] }
        return card.reasons.filter { ($0.decision == nil) == (card.lead.decision == nil) }
    }
}
