import Foundation

/// What a decision on a review item means, one meaning for the dashboard and the shell alike.
/// Done on your promise keeps it. Done on theirs means you checked in: their promise stays open,
/// and the item comes back in a week.
public struct DecidedItem: Equatable, Sendable {
    public var decision: ReviewDecision
    /// The promise the decision marks kept, if any.
    public var keeping: PromiseID?
    /// What happened, in words for the status line or the shell.
    public var description: String
}

extension Insight {
    public func decided(_ choice: ReviewDecision.Choice, at now: Date) -> DecidedItem {
        guard choice == .done, let promiseID else {
            return DecidedItem(decision: ReviewDecision(key: key, choice: choice, at: now), keeping: nil, description: "\(choice.pastTense): \(action)")
        }
        if promiseDirection == .theirs {
            return DecidedItem(
                decision: ReviewDecision(key: key, choice: .snoozed, at: now), keeping: nil,
                description: "Checked in, back in a week: \(action)")
        }
        return DecidedItem(decision: ReviewDecision(key: key, choice: .done, at: now), keeping: promiseID, description: "Done, promise kept: \(action)")
    }

    /// `K` in the dashboard: the promise is kept, whoever made it.
    public func keptPromise(at now: Date) -> DecidedItem? {
        guard let promiseID else { return nil }
        return DecidedItem(decision: ReviewDecision(key: key, choice: .done, at: now), keeping: promiseID, description: "Promise kept: \(promised.map { "“\($0)”" } ?? action)")
    }
}
