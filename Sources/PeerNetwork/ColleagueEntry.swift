import Foundation

/// A colleague's place in a list, with what the map plots and what the list sorts by: enough
/// to list and re-sort 10,000 people cheaply, and load the full rows (`ColleagueSummary`) only
/// for those on screen.
public struct ColleagueEntry: Equatable, Sendable, Identifiable {
    public var id: ColleagueID
    public var name: String
    public var team: String
    public var vital: Int?
    public var frequency: Int?
    public var quality: Int?
    public var trust: Int?
    public var stance: Stance
    /// The balance score without the decay both sums share (`colleague_stats.score`).
    public var score: Double?
    public var lastContact: Date?
    /// Where the name sort puts them (names A→Z, then id): what every other sort falls back to.
    public var nameRank: Int

    public init(
        id: ColleagueID, name: String, team: String = "", vital: Int? = nil, frequency: Int? = nil, quality: Int? = nil,
        trust: Int? = nil, stance: Stance = .unknown, score: Double? = nil, lastContact: Date? = nil, nameRank: Int = 0
    ) {
        self.id = id
        self.name = name
        self.team = team
        self.vital = vital
        self.frequency = frequency
        self.quality = quality
        self.trust = trust
        self.stance = stance
        self.score = score
        self.lastContact = lastContact
        self.nameRank = nameRank
    }

    public init(_ summary: ColleagueSummary, nameRank: Int) {
        let colleague = summary.colleague
        let ratings = colleague.ratings
        self.init(
            id: summary.id, name: colleague.name, team: colleague.team, vital: ratings.vital, frequency: ratings.frequency,
            quality: ratings.quality, trust: ratings.trust, stance: colleague.stance, score: summary.balance.score,
            lastContact: summary.lastContact, nameRank: nameRank)
    }
}
