import PeerNetwork

/// A write the dashboard asks for. Each one can be undone.
public enum Change: Equatable, Sendable {
    case log(Interaction)
    case updateInteraction(Interaction)
    case deleteInteraction(InteractionID)
    case addColleague(Colleague)
    case updateColleague(Colleague)
    case rate(ColleagueID, Ratings)
    case setStance(ColleagueID, Stance)
    case setArchived(ColleagueID, Bool)
    case deleteColleague(ColleagueID)
    /// `keeping`: done on a promise item also marks the promise kept.
    case decide(ReviewDecision, keeping: PromiseID? = nil)
    /// Puts a done, snoozed or dismissed review item back in the queue.
    case forgetDecision(String)
    case addNeed(Need)
    case addPromise(Promise)
    case keepPromise(PromiseID)
    case closeNeed(NeedID)
    /// Several changes as one step, undone together (a log that also completes a review item).
    indirect case batch([Change])
}

/// Names an undo the data source keeps until it is used.
public struct UndoToken: Hashable, Sendable {
    public let id: Int
    public init(id: Int) { self.id = id }
}

/// One step of this session's undo history: what was done, and how to take it back.
public struct UndoEntry: Equatable, Sendable {
    public var description: String
    public var token: UndoToken
}
