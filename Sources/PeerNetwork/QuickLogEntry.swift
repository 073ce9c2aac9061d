import Foundation

/// A colleague as the quick-log parser sees them: enough to match by name or tag.
public struct QuickLogCandidate: Equatable, Hashable, Sendable {
    public var id: ColleagueID
    public var name: String
    public var tags: [String]
    /// The name folded once: matching a line against thousands of colleagues must not fold
    /// every name again for every word.
    public let foldedName: String
    let foldedWords: [Substring]

    /// `foldedName`: `name.folded`, when the store has it already.
    public init(id: ColleagueID, name: String, foldedName: String? = nil, tags: [String] = []) {
        self.id = id
        self.name = name
        self.tags = tags
        self.foldedName = foldedName ?? name.folded
        foldedWords = self.foldedName.split(separator: " ")
    }
}

/// What a quick-log line means, ready to become an `Interaction`.
public struct QuickLogEntry: Equatable, Sendable {
    public static let defaultDirection = Direction.mutual
    public static let defaultKind = InteractionKind.meeting

    public var colleagues: [QuickLogCandidate]
    public var direction: Direction
    public var kind: InteractionKind
    public var minutes: Int?
    public var occurredAt: Date
    public var note: String

    public var interaction: Interaction {
        Interaction(
            occurredAt: occurredAt, colleagueIDs: colleagues.map(\.id), direction: direction,
            kind: kind, minutes: minutes, note: note)
    }
}
