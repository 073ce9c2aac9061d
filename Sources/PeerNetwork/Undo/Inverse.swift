/// How to take back one change, in the terms of the store that made it. Opaque here: the
/// dashboard keeps it in its state and hands it back, and only the store reads what it holds,
/// so neither the domain nor the dashboard knows a table or a column.
public struct Inverse: Hashable, Sendable {
    public let record: (any UndoRecord)?

    public init(_ record: (any UndoRecord)? = nil) { self.record = record }

    /// True when the change wrote nothing (for example, a stance set to what it already was).
    public var isEmpty: Bool { record?.isEmpty ?? true }

    public static func == (a: Inverse, b: Inverse) -> Bool {
        switch (a.record, b.record) {
        case (nil, nil): true
        case (let a?, let b?): a.isEqual(to: b)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) { record?.hash(into: &hasher) }
}

/// What a store records to undo a change.
public protocol UndoRecord: Sendable {
    var isEmpty: Bool { get }
    func isEqual(to other: any UndoRecord) -> Bool
    func hash(into hasher: inout Hasher)
}

extension UndoRecord where Self: Hashable {
    public func isEqual(to other: any UndoRecord) -> Bool { (other as? Self) == self }
}
