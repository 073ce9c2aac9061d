import Foundation

public typealias PromiseID = Int64

/// Who owes whom in a promise.
public enum PromiseDirection: String, CaseIterable, Codable, Sendable {
    /// "I promised Dana the deck."
    case mine
    /// "Dana promised me an intro."
    case theirs
}

/// A commitment between the user and a colleague, in either direction. Keeping them is how
/// trust is earned; the review shows the ones coming due.
public struct Promise: Codable, Equatable, Sendable, Identifiable {
    public var id: PromiseID?
    public var colleagueID: ColleagueID
    public var direction: PromiseDirection
    public var what: String
    /// The start of the day it is due, when a day was named.
    public var dueAt: Date?
    public var createdAt: Date
    /// When it was kept (or let go); open promises have none.
    public var keptAt: Date?

    public init(
        id: PromiseID? = nil, colleagueID: ColleagueID, direction: PromiseDirection, what: String,
        dueAt: Date? = nil, createdAt: Date, keptAt: Date? = nil
    ) {
        self.id = id
        self.colleagueID = colleagueID
        self.direction = direction
        self.what = what
        self.dueAt = dueAt
        self.createdAt = createdAt
        self.keptAt = keptAt
    }

    public var isOpen: Bool { keptAt == nil }
}
