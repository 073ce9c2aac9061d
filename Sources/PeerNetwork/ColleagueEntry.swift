/// A colleague's place in a list, with what the map plots: enough to list 10,000 people
/// cheaply and load the full rows (`ColleagueSummary`) only for those on screen.
public struct ColleagueEntry: Equatable, Sendable, Identifiable {
    public var id: ColleagueID
    public var name: String
    public var vital: Int?
    public var trust: Int?
    public var stance: Stance

    public init(id: ColleagueID, name: String, vital: Int? = nil, trust: Int? = nil, stance: Stance = .unknown) {
        self.id = id
        self.name = name
        self.vital = vital
        self.trust = trust
        self.stance = stance
    }

    public init(_ summary: ColleagueSummary) {
        let colleague = summary.colleague
        self.init(id: summary.id, name: colleague.name, vital: colleague.ratings.vital, trust: colleague.ratings.trust, stance: colleague.stance)
    }
}
