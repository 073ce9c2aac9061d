/// An error for the user: printed on one line, and the process exits 1. Messages often quote
/// what the user typed; the executable sanitises them as it prints them (`exit(sanitizing:)`).
public struct CLIError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
