/// Whether a new colleague is probably someone already in the network: the same full name
/// (ignoring case and accents) or the same email (ignoring case).
public struct LikelyDuplicate: Error, Equatable, Sendable, CustomStringConvertible {
    public var existing: Colleague
    /// "the same name" or "the same email".
    public var reason: String

    /// "Dana Whitfield (#3) is already here, with the same name".
    public var description: String {
        "\(existing.name) (#\(existing.id ?? 0)\(existing.archived ? ", archived" : "")) is already here, with \(reason)"
    }

    public static func find(for colleague: Colleague, among others: [Colleague]) -> LikelyDuplicate? {
        let name = colleague.name.singleSpaced.folded
        if let twin = others.first(where: { $0.name.singleSpaced.folded == name }) {
            return LikelyDuplicate(existing: twin, reason: "the same name")
        }
        let email = colleague.email.trimmed.lowercased()
        if !email.isEmpty, let twin = others.first(where: { $0.email.trimmed.lowercased() == email }) {
            return LikelyDuplicate(existing: twin, reason: "the same email")
        }
        return nil
    }
}
