import Foundation

public typealias ColleagueID = Int64

/// Someone in the user's peer network. Names need not be unique: the id identifies them.
public struct Colleague: Equatable, Hashable, Sendable, Identifiable {
    public var id: ColleagueID?
    public var name: String
    public var role: String
    public var team: String
    /// The organisation they work for; empty for the user's own. The review's silos and the
    /// departments map count only the user's own organisation; others are partners.
    public var organisation: String
    public var email: String
    public var tags: [String]
    public var notes: String
    /// What drives their business agenda.
    public var agenda: String
    public var motivators: String
    public var demotivators: String
    /// What information they value, so it can be fed to them before anything is needed.
    public var valuedInfo: String
    public var stance: Stance
    public var ratings: Ratings
    /// When the ratings were last reviewed; nil while unrated.
    public var ratedAt: Date?
    public var archived: Bool
    /// A stable identity outside Rapport (a vCard UID), so importing the same contact again
    /// updates it instead of adding a twin. The store gives every colleague one.
    public var uid: String?
    /// How often to be in touch, in weeks: nil follows vital (see `ContactCadence`), 0 means no rhythm.
    public var contactEveryWeeks: Int?

    public init(
        id: ColleagueID? = nil, name: String, role: String = "", team: String = "", organisation: String = "",
        email: String = "", tags: [String] = [], notes: String = "", agenda: String = "",
        motivators: String = "", demotivators: String = "", valuedInfo: String = "",
        stance: Stance = .unknown, ratings: Ratings = Ratings(), ratedAt: Date? = nil,
        archived: Bool = false, uid: String? = nil, contactEveryWeeks: Int? = nil
    ) {
        self.contactEveryWeeks = contactEveryWeeks
        self.uid = uid
        self.id = id
        self.name = name
        self.role = role
        self.team = team
        self.organisation = organisation
        self.email = email
        self.tags = tags
        self.notes = notes
        self.agenda = agenda
        self.motivators = motivators
        self.demotivators = demotivators
        self.valuedInfo = valuedInfo
        self.stance = stance
        self.ratings = ratings
        self.ratedAt = ratedAt
        self.archived = archived
    }
}
