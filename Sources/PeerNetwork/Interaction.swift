import Foundation

public typealias InteractionID = Int64

/// Which way help or information flowed, seen from the user.
public enum Direction: String, CaseIterable, Codable, Sendable {
    case gave
    case received
    case mutual

    public var symbol: String {
        switch self {
        case .gave: "→"
        case .received: "←"
        case .mutual: "⇄"
        }
    }
}

public enum InteractionKind: String, CaseIterable, Codable, Sendable {
    case help
    case info
    case intro
    case recognition
    case feedback
    case meeting
    case favor

    public static var spellings: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// One exchange with one or more colleagues.
public struct Interaction: Codable, Equatable, Sendable, Identifiable {
    public var id: InteractionID?
    public var occurredAt: Date
    public var colleagueIDs: [ColleagueID]
    public var direction: Direction
    public var kind: InteractionKind
    public var minutes: Int?
    public var note: String

    /// An exchange's length: a minute to a day. Every path that stores one keeps to it.
    public static let allowedMinutes = 1...1440

    public init(
        id: InteractionID? = nil, occurredAt: Date, colleagueIDs: [ColleagueID],
        direction: Direction, kind: InteractionKind, minutes: Int? = nil, note: String = ""
    ) {
        self.id = id
        self.occurredAt = occurredAt
        self.colleagueIDs = colleagueIDs
        self.direction = direction
        self.kind = kind
        self.minutes = minutes
        self.note = note
    }
}
