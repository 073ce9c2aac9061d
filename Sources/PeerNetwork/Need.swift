import Foundation

public typealias NeedID = Int64

/// Something the user will need from a colleague by a date: "Dana's sign-off by March".
/// Knowing it early is what lets the review say "feed them now".
public struct Need: Codable, Equatable, Sendable, Identifiable {
    public var id: NeedID?
    public var colleagueID: ColleagueID
    public var what: String
    /// The start of the day it is needed by.
    public var dueAt: Date
    public var createdAt: Date
    /// When it was met or dropped; open needs have none.
    public var closedAt: Date?

    public init(id: NeedID? = nil, colleagueID: ColleagueID, what: String, dueAt: Date, createdAt: Date, closedAt: Date? = nil) {
        self.id = id
        self.colleagueID = colleagueID
        self.what = what
        self.dueAt = dueAt
        self.createdAt = createdAt
        self.closedAt = closedAt
    }

    public var isOpen: Bool { closedAt == nil }
}
