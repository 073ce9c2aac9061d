/// Where a quick-log parse looks colleagues up, one question at a time: the whole network held in
/// memory (the dashboard, `rapport log -`), or a store that answers each question with an
/// indexed query, so that `rapport log` reads the two or three colleagues a line names instead of
/// every one whose first name it shares. Arguments are folded (`String.folded`).
public protocol QuickLogNames {
    func colleague(id: ColleagueID) -> QuickLogCandidate?
    /// Whose tags include `tag`, compared folded.
    func colleagues(tagged tag: String) -> [QuickLogCandidate]
    /// Whose folded name starts with `prefix`; a full name is its own prefix.
    func colleagues(named prefix: String) -> [QuickLogCandidate]
    /// Whose folded name has a word after the first that starts with `prefix` (a surname, say).
    func colleagues(withLaterName prefix: String) -> [QuickLogCandidate]
}

extension QuickLogCandidate {
    public func isNamed(_ prefix: String) -> Bool { foldedName.hasPrefix(prefix) }
    public func hasLaterName(_ prefix: String) -> Bool { foldedWords.dropFirst().contains { $0.hasPrefix(prefix) } }
    public func isTagged(_ tag: String) -> Bool { tags.contains { $0.folded == tag } }
}

/// Everyone, in memory.
extension Array: QuickLogNames where Element == QuickLogCandidate {
    public func colleague(id: ColleagueID) -> QuickLogCandidate? { first { $0.id == id } }
    public func colleagues(tagged tag: String) -> [QuickLogCandidate] { filter { $0.isTagged(tag) } }
    public func colleagues(named prefix: String) -> [QuickLogCandidate] { filter { $0.isNamed(prefix) } }
    public func colleagues(withLaterName prefix: String) -> [QuickLogCandidate] { filter { $0.hasLaterName(prefix) } }
}
