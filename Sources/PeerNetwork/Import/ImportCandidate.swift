/// A contact offered by an import: the colleague it would become, and where it came from
/// (`FILE:LINE`). Its fields are the colleague's (`candidate.name` is `candidate.colleague.name`).
@dynamicMemberLookup
public struct ImportCandidate: Equatable, Sendable {
    public var source: String
    public var colleague: Colleague

    public init(source: String, colleague: Colleague) {
        self.source = source
        self.colleague = colleague
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Colleague, Value>) -> Value {
        get { colleague[keyPath: field] }
        set { colleague[keyPath: field] = newValue }
    }
}
