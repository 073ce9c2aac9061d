import TerminalUI

/// An error for the user: ArgumentParser prints its description on one line and exits 1.
/// Messages often quote what the user typed, so they are sanitised here, once for all.
public struct CLIError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = TextSanitizer.sanitize(description) }
}
