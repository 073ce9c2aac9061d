/// An edit made from a colleague as read, saved while other programs may have changed them.
extension Colleague {
    /// The fields this edit changed from `base`, laid onto `current`, the colleague as stored
    /// now: a field the edit left alone keeps what another program wrote meanwhile. Throws the
    /// fields both changed, to different values; `ratedAt` is the store's, and the id stays.
    public func edits(from base: Colleague, onto current: Colleague) throws(EditConflict) -> Colleague {
        var merged = current
        var clashes: [String] = []
        func take<Value: Equatable>(_ field: WritableKeyPath<Colleague, Value>, _ name: String) {
            guard self[keyPath: field] != base[keyPath: field] else { return }
            if current[keyPath: field] != base[keyPath: field], current[keyPath: field] != self[keyPath: field] { clashes.append(name) }
            merged[keyPath: field] = self[keyPath: field]
        }
        take(\.name, "name")
        take(\.role, "role")
        take(\.team, "team")
        take(\.organisation, "organisation")
        take(\.email, "email")
        take(\.tags, "tags")
        take(\.notes, "notes")
        take(\.agenda, "agenda")
        take(\.motivators, "motivators")
        take(\.demotivators, "demotivators")
        take(\.valuedInfo, "valued info")
        take(\.stance, "stance")
        for dimension in RatingDimension.allCases { take(\.ratings[dimension], dimension.rawValue) }
        take(\.archived, "archived")
        take(\.uid, "uid")
        take(\.contactEveryWeeks, "contact rhythm")
        guard clashes.isEmpty else { throw EditConflict(name: current.name, fields: clashes) }
        return merged
    }
}

/// Fields an edit changed that another program changed too, to something else, meanwhile.
public struct EditConflict: Error, Equatable, Sendable, CustomStringConvertible {
    public var name: String
    public var fields: [String]

    public var description: String {
        "\(name)'s \(fields.joined(separator: ", ")) changed in another program while you edited; nothing was saved (open it again)"
    }
}
