import Foundation

/// What the user decided about an insight. Stored, so the queue shrinks and next week's
/// review starts from what is left.
public struct ReviewDecision: Equatable, Sendable {
    public enum Choice: String, CaseIterable, Sendable {
        /// Acted on. If the situation is still there four weeks later, it comes back.
        case done
        /// Not this week: back in seven days.
        case snoozed
        /// Not useful: never shown again.
        case dismissed

        public var hiddenDays: Int? {
            switch self {
            case .done: 28
            case .snoozed: 7
            case .dismissed: nil
            }
        }

        public var pastTense: String {
            switch self {
            case .done: "Done"
            case .snoozed: "Snoozed for a week"
            case .dismissed: "Dismissed"
            }
        }
    }

    public var key: String
    public var choice: Choice
    public var decidedAt: Date
    /// Hidden until then; nil hides it for good.
    public var until: Date?

    public init(key: String, choice: Choice, decidedAt: Date, until: Date?) {
        self.key = key
        self.choice = choice
        self.decidedAt = decidedAt
        self.until = until
    }

    public init(key: String, choice: Choice, at now: Date) {
        self.init(
            key: key, choice: choice, decidedAt: now,
            until: choice.hiddenDays.map { now.addingTimeInterval(Double($0) * 86_400) })
    }

    /// Whether the insight is hidden at `now`. Decisions made after `now` don't count, so a
    /// past week's review looks as it did then.
    public func hides(at now: Date) -> Bool {
        decidedAt <= now && (until.map { $0 > now } ?? true)
    }
}
