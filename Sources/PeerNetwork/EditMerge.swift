/// An edit begun from a value as read (`base`) and saved after other programs may have changed
/// it: the fields the edit changed are laid onto the value as it is now (`current`), and a field
/// the edit left alone keeps what was written meanwhile.
struct EditMerge<Root> {
    private let edited: Root
    private let base: Root
    private(set) var merged: Root
    /// Fields the edit and another program both changed, to different values.
    private(set) var clashes: [String] = []

    init(_ edited: Root, from base: Root, onto current: Root) {
        (self.edited, self.base, merged) = (edited, base, current)
    }

    mutating func take<Value: Equatable>(_ field: WritableKeyPath<Root, Value>, _ name: String) {
        guard edited[keyPath: field] != base[keyPath: field] else { return }
        if merged[keyPath: field] != base[keyPath: field], merged[keyPath: field] != edited[keyPath: field] { clashes.append(name) }
        merged[keyPath: field] = edited[keyPath: field]
    }

    func result(naming name: String) throws(EditConflict) -> Root {
        guard clashes.isEmpty else { throw EditConflict(name: name, fields: clashes) }
        return merged
    }
}

/// A value an edit can be saved onto after others wrote it meanwhile.
public protocol Mergeable {
    /// This edit, made from `base`, laid onto `current`, the value as stored now.
    func edits(from base: Self, onto current: Self) throws(EditConflict) -> Self
}

extension Colleague: Mergeable {
    /// This edit, made from `base`, laid onto `current` (`EditMerge`). The id stays; `ratedAt`
    /// is the store's to set.
    public func edits(from base: Colleague, onto current: Colleague) throws(EditConflict) -> Colleague {
        var merge = EditMerge(self, from: base, onto: current)
        merge.take(\.name, "name")
        merge.take(\.role, "role")
        merge.take(\.team, "team")
        merge.take(\.organisation, "organisation")
        merge.take(\.email, "email")
        merge.take(\.tags, "tags")
        merge.take(\.notes, "notes")
        merge.take(\.agenda, "agenda")
        merge.take(\.motivators, "motivators")
        merge.take(\.demotivators, "demotivators")
        merge.take(\.valuedInfo, "valued info")
        merge.take(\.stance, "stance")
        for dimension in RatingDimension.allCases { merge.take(\.ratings[dimension], dimension.rawValue) }
        merge.take(\.archived, "archived")
        merge.take(\.uid, "uid")
        merge.take(\.contactEveryWeeks, "contact rhythm")
        return try merge.result(naming: current.name + "'s")
    }
}

extension Interaction: Mergeable {
    /// This edit of an interaction, made from `base`, laid onto `current` (`EditMerge`).
    public func edits(from base: Interaction, onto current: Interaction) throws(EditConflict) -> Interaction {
        var merge = EditMerge(self, from: base, onto: current)
        merge.take(\.occurredAt, "time")
        merge.take(\.peopleAsSet, "people")
        merge.take(\.direction, "direction")
        merge.take(\.kind, "kind")
        merge.take(\.minutes, "length")
        merge.take(\.note, "note")
        return try merge.result(naming: "Interaction #\(current.id.map(String.init) ?? "?")'s")
    }

    /// The people, whatever order they were read or typed in.
    private var peopleAsSet: Set<ColleagueID> {
        get { Set(colleagueIDs) }
        set { colleagueIDs = colleagueIDs.filter(newValue.contains) + newValue.subtracting(colleagueIDs).sorted() }
    }
}

/// Fields an edit changed that another program changed too, to something else, meanwhile.
public struct EditConflict: Error, Equatable, Sendable, CustomStringConvertible {
    /// Whose fields, possessive: "Dana Whitfield's".
    public var name: String
    public var fields: [String]

    public var description: String {
        "\(name) \(fields.joined(separator: ", ")) changed in another program while you edited; nothing was saved (open it again)"
    }
}
