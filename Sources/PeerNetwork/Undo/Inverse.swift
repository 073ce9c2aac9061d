/// How to take back one change: the rows it touched, with the values to check and to put back,
/// in the order to apply them. A plain value, so the dashboard keeps it in its state; the store
/// applies it in one transaction, and refuses when any row no longer holds what the change left.
public struct Inverse: Hashable, Sendable {
    public var restores: [RowRestore]

    public init(restores: [RowRestore] = []) { self.restores = restores }

    /// True when the change wrote nothing (for example, a stance set to what it already was).
    public var isEmpty: Bool { restores.isEmpty }

    /// The values of `column` in the rows of `table` this inverse restores, in order, without repeats.
    public func values(of column: String, in table: String) -> [FieldValue] {
        var seen = Set<FieldValue>()
        return restores.filter { $0.table == table }.compactMap { $0.value(of: column) }.filter { seen.insert($0).inserted }
    }
}
