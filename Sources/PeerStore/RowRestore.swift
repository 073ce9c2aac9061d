import PeerNetwork

/// One row that an undo puts back.
///
/// `expected` is what the change left in the row; nil means the change deleted it, so it must
/// still be absent. `restore` is what was there before; nil means the change inserted the row,
/// so undo deletes it. For an update both list only the fields the change changed.
public struct RowRestore: Hashable, Sendable, Codable {
    public var table: String
    /// The primary key: column to value.
    public var key: [String: FieldValue]
    public var expected: [String: FieldValue]?
    public var restore: [String: FieldValue]?

    public init(table: String, key: [String: FieldValue], expected: [String: FieldValue]?, restore: [String: FieldValue]?) {
        self.table = table
        self.key = key
        self.expected = expected
        self.restore = restore
    }

    /// The value of `column` in either image of the row (the key first).
    public func value(of column: String) -> FieldValue? {
        key[column] ?? expected?[column] ?? restore?[column]
    }
}

/// The rows a change touched, in the order to put them back: the store's `UndoRecord`.
public struct RowInverse: UndoRecord, Hashable, Codable {
    public var restores: [RowRestore]

    public init(restores: [RowRestore] = []) { self.restores = restores }

    public var isEmpty: Bool { restores.isEmpty }

    /// The values of `column` in the rows of `table` this inverse restores, in order, without repeats.
    public func values(of column: String, in table: String) -> [FieldValue] {
        var seen = Set<FieldValue>()
        return restores.filter { $0.table == table }.compactMap { $0.value(of: column) }.filter { seen.insert($0).inserted }
    }
}

extension Inverse {
    /// What the store recorded; empty for an inverse some other store made.
    var rows: RowInverse { record as? RowInverse ?? RowInverse() }
}
