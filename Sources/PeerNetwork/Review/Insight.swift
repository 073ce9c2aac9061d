import Foundation

/// One next action of the weekly review: whom it is about, why, and what to do, phrased as
/// something to do rather than something neglected.
public struct Insight: Equatable, Sendable, Identifiable {
    public var kind: InsightKind
    /// Stable across reviews, so a decision about it (done, snoozed, dismissed) sticks.
    public var key: String
    public var colleagueID: ColleagueID?
    public var colleagueName: String?
    /// Everyone the item is about: the one colleague, or several for an item about a group
    /// (the colleagues an import brought in).
    public var colleagueIDs: [ColleagueID]
    /// One line of evidence: "vital 5, trust 2; last contact 6w ago".
    public var why: String
    /// The next action, one line: "Ask Dana what would help with …".
    public var action: String
    /// Higher comes first in the queue.
    public var priority: Double
    /// The promise the item is about: marking the item done marks the promise kept.
    public var promiseID: PromiseID?
    /// Whose promise it is: done on yours keeps it; on theirs it means you checked in.
    public var promiseDirection: PromiseDirection?
    /// What was promised, for saying which promise was kept.
    public var promised: String?
    /// What hides it, for the items a decision took out of the queue.
    public var decision: ReviewDecision?

    public init(
        kind: InsightKind, key: String, colleagueID: ColleagueID?, colleagueName: String?, why: String, action: String,
        priority: Double
    ) {
        self.kind = kind
        self.key = key
        self.colleagueID = colleagueID
        self.colleagueName = colleagueName
        colleagueIDs = colleagueID.map { [$0] } ?? []
        // Sentences quote what the user wrote (what they value, a need, a promise), which may
        // run over several lines: a card, a table row and a line of `rapport review` hold one.
        self.why = why.onOneLine
        self.action = action.onOneLine
        self.priority = priority
    }

    public var id: String { key }

    init(_ kind: InsightKind, key: String, about colleague: Colleague?, why: String, action: String, priority: Double) {
        self.init(
            kind: kind, key: key, colleagueID: colleague?.id, colleagueName: colleague?.name, why: why, action: action,
            priority: priority)
    }
}

extension Colleague {
    /// What actions call them: the first word of the name.
    var firstName: String {
        let word = name.drop { $0 == " " }.prefix { $0 != " " }
        return word.isEmpty ? name : String(word)
    }
}

extension String {
    /// The user's note as part of a sentence: "Regulatory changes" becomes "regulatory
    /// changes", but "EMEA usage" keeps its capitals.
    var inSentence: String {
        let text = trimmed
        guard let first = text.first, first.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
