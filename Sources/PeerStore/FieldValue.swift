/// One column's value exactly as the store holds it. Times are REAL seconds, kept to the bit,
/// so an undo can tell whether a row still holds what a change left there.
public enum FieldValue: Hashable, Sendable, Codable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}
