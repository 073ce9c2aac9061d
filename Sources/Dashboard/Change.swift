import PeerNetwork

/// A write the dashboard asks for. Each one can be undone.
public enum Change: Equatable, Sendable {
    case log(Interaction)
    /// The interaction as edited, and as read when the edit began (see `updateColleague`).
    case updateInteraction(Interaction, from: Interaction)
    case deleteInteraction(InteractionID)
    /// `allowingDuplicate`: added even beside someone with the same name or email.
    case addColleague(Colleague, allowingDuplicate: Bool = false)
    /// The colleague as edited, and as read when the edit began: only what the edit changed is
    /// saved, so what another program wrote meanwhile stays. `allowingDuplicate` as for adding.
    case updateColleague(Colleague, from: Colleague, allowingDuplicate: Bool = false)
    /// The ratings set, and those the popup showed when it opened (`shown`): a rating left as
    /// shown keeps whatever another program wrote meanwhile.
    case rate(ColleagueID, Ratings, shown: Ratings? = nil)
    /// The stance picked, and the one the popup showed (`shown`), as `rate` has it.
    case setStance(ColleagueID, Stance, shown: Stance? = nil)
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
    /// Logs a calendar meeting and records it as logged, in one step.
    case logMeeting(Interaction, MeetingToLog)
    /// Dismisses a calendar meeting, or mutes its series.
    case decideMeeting(MeetingToLog, MeetingDecision)
    /// Adds one tag to a colleague (kept if they have it).
    case addTag(ColleagueID, String)
    /// Keeps a typed quick-log line for ↑ after a restart (never undone: history is history).
    case rememberLine(String)
    indirect case batch([Change])
}

/// What a write did: how to take it back, and what to select once the screens reload.
public struct Applied: Equatable, Sendable {
    public var inverse: Inverse
    public var focus: Focus?

    public init(inverse: Inverse, focus: Focus?) {
        self.inverse = inverse
        self.focus = focus
    }
}

/// The thing a change or an undo was about, by identity, so the selection can follow it
/// whatever else moved in the lists meanwhile.
public enum Focus: Hashable, Sendable {
    case colleague(ColleagueID)
    case interaction(InteractionID)
    case reviewItem(String)
    /// A decision on the review: the selection stays on the same row.
    case reviewRow
}

/// An undo that found a row changed by another process since, and so changed nothing.
public struct UndoRefused: Error, Equatable, Sendable {
    /// What was changed: a colleague's name, or "That interaction".
    public var subject: String

    public init(subject: String) { self.subject = subject }
}

/// One step of this session's undo history: what was done, and its exact inverse.
public struct UndoEntry: Equatable, Sendable {
    public var description: String
    public var inverse: Inverse

    public init(description: String, inverse: Inverse) {
        self.description = description
        self.inverse = inverse
    }
}
