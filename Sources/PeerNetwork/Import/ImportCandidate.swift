/// A contact offered by an import, in Rapport's fields, with where it came from (`FILE:LINE`).
public struct ImportCandidate: Equatable, Sendable {
    public var source: String
    public var uid: String?
    public var name: String
    public var role: String
    public var team: String
    /// The company (vCard ORG's first part, a CSV's Company).
    public var organisation: String
    public var email: String
    public var tags: [String]
    public var notes: String
    /// A contact Rapport exported archived (vCard `X-RAPPORT-ARCHIVED`) comes back archived.
    public var archived: Bool

    public init(source: String, uid: String? = nil, name: String, role: String = "", team: String = "", organisation: String = "",
                email: String = "", tags: [String] = [], notes: String = "", archived: Bool = false) {
        self.organisation = organisation
        self.archived = archived
        self.source = source
        self.uid = uid
        self.name = name
        self.role = role
        self.team = team
        self.email = email
        self.tags = tags
        self.notes = notes
    }
}
