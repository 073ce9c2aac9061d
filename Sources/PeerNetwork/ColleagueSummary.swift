import Foundation

/// A colleague with the aggregates a list needs: last contact and balance over the window.
public struct ColleagueSummary: Equatable, Sendable, Identifiable {
    public var colleague: Colleague
    public var lastContact: Date?
    public var balance: Balance

    public var id: ColleagueID { colleague.id ?? -1 }

    public init(colleague: Colleague, lastContact: Date?, balance: Balance) {
        self.colleague = colleague
        self.lastContact = lastContact
        self.balance = balance
    }
}

/// Orders a colleague list. Each key has the order a user usually wants first: names A→Z,
/// ratings and stance best first, balance most one-sided-towards-you first (you are drawing
/// down goodwill), last contact longest ago first (never contacted at the top).
public enum ColleagueSort: String, CaseIterable, Codable, Sendable {
    case name
    case team
    case vital
    case frequency
    case quality
    case trust
    case stance
    case balance
    case last

    public static var spellings: String { allCases.map(\.rawValue).joined(separator: "|") }
}
