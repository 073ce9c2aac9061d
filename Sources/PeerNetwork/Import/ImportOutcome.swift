/// What an import does, or would do, with one colleague or one contact.
public enum ImportOutcome: Equatable, Sendable {
    /// `sources`: the contacts that made it, as `FILE:LINE`.
    case create(Colleague, sources: [String])
    /// `fields`: what changed, in the order of the form.
    case update(before: Colleague, after: Colleague, fields: [String], sources: [String])
    case unchanged(Colleague, sources: [String])
    case skip(source: String, reason: String)
}
