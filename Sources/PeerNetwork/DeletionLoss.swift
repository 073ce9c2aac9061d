/// What deleting a colleague takes with it, for the confirmation that says so: the
/// interactions with nobody else (shared ones stay), and every need and promise with them.
public struct DeletionLoss: Equatable, Sendable {
    public var interactions: Int
    public var needs: Int
    public var promises: Int

    public init(interactions: Int, needs: Int, promises: Int) {
        self.interactions = interactions
        self.needs = needs
        self.promises = promises
    }

    /// "Delete Dana Whitfield, their rating and stance history, 2 needs, 1 promise and 3
    /// interactions with nobody else? (shared ones stay)"
    public func question(deleting name: String) -> String {
        let count = Plural.count
        var parts = ["their rating and stance history"]
        if needs > 0 { parts.append(count(needs, "need")) }
        if promises > 0 { parts.append(count(promises, "promise")) }
        let last = count(interactions, "interaction") + " with nobody else"
        return "Delete \(name), \(parts.joined(separator: ", ")) and \(last)? (shared ones stay)"
    }
}
