/// How an incoming contact meets the colleagues already there. A contact is matched to a
/// colleague by UID, then by email (any case), then by folded full name; a name that several
/// colleagues share matches none of them. A match gets only the fields it lacks, unless
/// `overwrite`; tags are added. Importing the same file twice changes nothing the second time.
public enum ImportMerge {
    /// The ways a contact can name a colleague, tried in this order.
    public enum KeyKind: Int, CaseIterable, Sendable { case uid, email, name }

    /// A colleague's keys, each as it is compared.
    public static func keys(of colleague: Colleague) -> [(KeyKind, String)] {
        var keys: [(KeyKind, String)] = []
        if let uid = colleague.uid, !uid.isEmpty { keys.append((.uid, uid)) }
        if !colleague.email.isEmpty { keys.append((.email, colleague.email.lowercased())) }
        keys.append((.name, colleague.name.singleSpaced.folded))
        return keys
    }

    /// The colleague a contact nobody matches becomes.
    public static func colleague(from candidate: ImportCandidate) -> Colleague {
        var colleague = candidate.colleague
        colleague.name = colleague.name.singleSpaced
        colleague.tags = tags([], adding: colleague.tags)
        return colleague
    }

    public static func merged(_ candidate: ImportCandidate, into colleague: Colleague, overwrite: Bool) -> Colleague {
        var colleague = colleague
        func fill(_ field: WritableKeyPath<Colleague, String>, _ value: String) {
            guard !value.isEmpty, overwrite || colleague[keyPath: field].isEmpty else { return }
            colleague[keyPath: field] = value
        }
        if overwrite { fill(\.name, candidate.name.singleSpaced) }
        fill(\.role, candidate.role)
        fill(\.team, candidate.team)
        fill(\.organisation, candidate.organisation)
        fill(\.email, candidate.email)
        fill(\.notes, candidate.notes)
        if let uid = candidate.uid, overwrite || colleague.uid == nil { colleague.uid = uid }
        colleague.tags = tags(colleague.tags, adding: candidate.tags)
        return colleague
    }

    /// Tags keep their order; new ones are added once, compared without case.
    static func tags(_ tags: [String], adding new: [String]) -> [String] {
        var result = tags
        for tag in new where !result.contains(where: { $0.lowercased() == tag.lowercased() }) { result.append(tag.lowercased()) }
        return result
    }

    /// What an import changed in a colleague, in the order of the form.
    public static func changedFields(_ a: Colleague, _ b: Colleague) -> [String] {
        var fields: [String] = []
        if a.name != b.name { fields.append("name") }
        if a.role != b.role { fields.append("role") }
        if a.team != b.team { fields.append("team") }
        if a.organisation != b.organisation { fields.append("organisation") }
        if a.email != b.email { fields.append("email") }
        if a.tags.map({ $0.lowercased() }).sorted() != b.tags.map({ $0.lowercased() }).sorted() { fields.append("tags") }
        if a.notes != b.notes { fields.append("notes") }
        if a.uid != b.uid { fields.append("uid") }
        return fields
    }
}
